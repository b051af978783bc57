"""The numbers of each role's home page, always through what the viewer may see, for a date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from biliktilik.audit.models import AuditEntry, AuditHead
from biliktilik.audit.services import Break, audit_verify
from biliktilik.catalog.selectors import act_list
from biliktilik.staff.models import CategoryAward, Employee, ImportJob
from biliktilik.staff.scoping import visible_employees
from biliktilik.staff.selectors import EXPIRY_WARNING_DAYS
from biliktilik.staff.selectors_import import import_jobs

ACT_STATUSES = ("in_force", "repealed", "not_yet_in_force", "unknown")
RECENT_IMPORTS = 5
UNCONFIRMED_SHOWN = 10


def _held_on(on: dt.date) -> Q:
    return Q(assigned_on__lte=on, valid_until__gte=on)


def categories_expiring(*, viewer, on: dt.date, days: int = EXPIRY_WARNING_DAYS) -> QuerySet[CategoryAward]:
    """Categories held on ``on`` whose term ends within ``days``, soonest first."""
    return (
        CategoryAward.objects.filter(employee__in=visible_employees(viewer))
        .filter(_held_on(on), valid_until__lte=on + dt.timedelta(days=days))
        .select_related("employee", "employee__organization")
        .order_by("valid_until", "employee__last_name_kk", "id")
    )


def categories_held_by_kind(*, viewer, on: dt.date) -> dict[str, int]:
    awards = CategoryAward.objects.filter(employee__in=visible_employees(viewer)).filter(_held_on(on))
    return dict(Counter(awards.values_list("category", flat=True)).most_common())


def _month_starts(on: dt.date, months: int) -> list[dt.date]:
    starts = []
    year, month = on.year, on.month
    for _ in range(months):
        starts.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


def expiries_by_month(*, viewer, on: dt.date, months: int = 12) -> list[tuple[dt.date, int]]:
    """How many held categories end in each month from ``on``'s month, ``months`` of them."""
    starts = _month_starts(on, months + 1)
    ends = (
        CategoryAward.objects.filter(employee__in=visible_employees(viewer))
        .filter(_held_on(on), valid_until__lt=starts[-1])
        .values_list("valid_until", flat=True)
    )
    counts = Counter(dt.date(end.year, end.month, 1) for end in ends)
    return [(start, counts.get(start, 0)) for start in starts[:-1]]


def without_confirmed_register_entry(*, viewer, on: dt.date) -> QuerySet[Employee]:
    """People whose position held on ``on`` has no confirmed register entry."""
    current = Q(positions__start__lte=on) & (Q(positions__end__isnull=True) | Q(positions__end__gte=on))
    return (
        visible_employees(viewer)
        .filter(current, positions__register_confirmed=False)
        .select_related("organization")
        .distinct()
    )


def recent_imports(*, viewer) -> list[ImportJob]:
    return list(import_jobs(viewer=viewer).defer("content", "report").order_by("-id")[:RECENT_IMPORTS])


@dataclass(frozen=True)
class ActsOverview:
    counts: dict[str, int]
    review_overdue: list[dict]
    total: int


def acts_overview(*, on: dt.date) -> ActsOverview:
    acts = act_list(on)
    counts = Counter(act["status"] for act in acts)
    return ActsOverview(
        counts={status: counts.get(status, 0) for status in ACT_STATUSES},
        review_overdue=[act for act in acts if act["review_overdue"]],
        total=len(acts),
    )


@dataclass(frozen=True)
class AuditFilters:
    actor: str = ""
    action: str = ""
    object_type: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def audit_entries(*, filters: AuditFilters) -> QuerySet[AuditEntry]:
    """The trail, newest first; dates are whole days in the server's time zone."""
    entries = AuditEntry.objects.order_by("-id")
    if filters.actor:
        entries = entries.filter(actor_name=filters.actor)
    if filters.action:
        entries = entries.filter(action=filters.action)
    if filters.object_type:
        entries = entries.filter(object_type=filters.object_type)
    if filters.date_from:
        entries = entries.filter(at__date__gte=filters.date_from)
    if filters.date_to:
        entries = entries.filter(at__date__lte=filters.date_to)
    return entries


def audit_choices() -> dict[str, list[str]]:
    """The actors, actions and object types the trail holds, for the filters' lists."""
    values = AuditEntry.objects.order_by()
    return {
        name: sorted(values.values_list(name, flat=True).distinct())
        for name in ("actor_name", "action", "object_type")
    }


def audit_entry_count() -> int:
    head = AuditHead.objects.filter(pk=1).first()
    return head.count if head else AuditEntry.objects.count()


def audit_chain_breaks() -> list[Break]:
    """Reads the whole chain: run on request only."""
    return audit_verify()
