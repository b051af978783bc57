"""Each role's home page: the day's work first, the numbers beside their charts."""

from __future__ import annotations

from urllib.parse import urlencode

from csp.decorators import csp_update
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from biliktilik import charts, vocabulary
from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of, role_of
from biliktilik.attestation import selectors_home

from . import selectors
from .forms import AuditFilterForm

ENTRIES_PER_PAGE = 50
STAFF_HOMES = {Role.HR_OFFICER, Role.ADMINISTRATOR}
AUDIT_READERS = {Role.AUDITOR, Role.ADMINISTRATOR}


def category_label(code: str) -> str:
    """An award's category by its label in the reader's language."""
    from django.utils.translation import get_language

    return vocabulary.label("award_category", code, (get_language() or "kk")[:2])


def act_status_labels() -> dict[str, str]:
    return {
        "in_force": _("in force"),
        "repealed": _("repealed"),
        "not_yet_in_force": _("not yet in force"),
        "unknown": _("status unknown"),
    }


def home(request: HttpRequest) -> HttpResponse:
    role = role_of(request.user)
    if role in STAFF_HOMES:
        return _staff_home(request, role)
    if role == Role.METHODOLOGIST:
        return _methodologist_home(request)
    if role == Role.COMMISSION_MEMBER:
        return _commission_home(request)
    if role == Role.AUDITOR:
        return audit_trail(request)
    profile = profile_of(request.user)
    own_record = profile.employee_id if profile and role == Role.EMPLOYEE else None
    open_tests = selectors_home.own_open_tests(request.user, on=timezone.localdate()) if own_record else 0
    return render(
        request, "home/welcome.html", {"role": role, "own_record": own_record, "open_tests": open_tests}
    )


def _scope(request: HttpRequest):
    """The organization whose subtree the viewer works in; None: all of them."""
    profile = profile_of(request.user)
    return profile.organization if profile and profile.organization_id else None


def _expiring_rows(request: HttpRequest, today) -> list[dict]:
    return [
        {
            "award": award,
            "employee": award.employee,
            "label": category_label(award.category),
            "days_left": (award.valid_until - today).days,
        }
        for award in selectors.categories_expiring(viewer=request.user, on=today)
    ]


def _staff_home(request: HttpRequest, role: str) -> HttpResponse:
    today = timezone.localdate()
    unconfirmed = selectors.without_confirmed_register_entry(viewer=request.user, on=today)
    held = selectors.categories_held_by_kind(viewer=request.user, on=today)
    context = {
        "today": today,
        "role": role,
        "scope": _scope(request),
        "expiring": _expiring_rows(request, today),
        "unconfirmed_count": unconfirmed.count(),
        "unconfirmed": unconfirmed[: selectors.UNCONFIRMED_SHOWN],
        "imports": selectors.recent_imports(viewer=request.user),
        "held": [(category_label(code), count) for code, count in held.items()],
        "by_month": [
            (charts.month_label(m), n) for m, n in selectors.expiries_by_month(viewer=request.user, on=today)
        ],
        "platform": selectors_home.campaigns_now(request.user, on=today),
    }
    return render(request, "home/staff.html", context)


def _commission_home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {
        "today": today,
        "scope": _scope(request),
        "expiring": _expiring_rows(request, today),
        "platform": selectors_home.campaigns_now(request.user, on=today),
    }
    return render(request, "home/commission.html", context)


def _acts_rows(today) -> tuple[selectors.ActsOverview, list[tuple[str, int]]]:
    overview = selectors.acts_overview(on=today)
    labels = act_status_labels()
    return overview, [(labels[status], n) for status, n in overview.counts.items()]


def _methodologist_home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    overview, rows = _acts_rows(today)
    context = {"today": today, "overview": overview, "rows": rows, "bank": selectors_home.bank_state()}
    return render(request, "home/methodologist.html", context)


def audit_trail(request: HttpRequest) -> HttpResponse:
    """The trail, newest first, filtered; the chain is verified only when asked (it reads it all)."""
    if role_of(request.user) not in AUDIT_READERS:
        raise PermissionDenied
    form = AuditFilterForm(request.GET or None)
    valid = form.is_valid() if request.GET else True
    entries = selectors.audit_entries(filters=form.filters())
    if not valid:
        entries = entries.none()
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    kept = {k: v for k, v in request.GET.items() if k not in ("page", "verify") and v}
    context = {
        "form": form,
        "page": page,
        "pager_extra": "&" + urlencode(kept) if kept else "",
        "entry_count": selectors.audit_entry_count(),
        "verified": "verify" in request.GET,
        "breaks": selectors.audit_chain_breaks() if "verify" in request.GET else None,
        "verify_query": urlencode({**kept, "verify": "1"}),
    }
    return render(request, "home/audit.html", context, status=200 if valid else 400)


audit_page = login_required(audit_trail)


@csp_update(charts.CHART_CSP)
def acts_chart(request: HttpRequest) -> HttpResponse:
    rows = _acts_rows(timezone.localdate())[1]
    title = _("Acts by status today")
    return charts.svg_response(
        charts.bar_chart(title=title, labels=[r[0] for r in rows], values=[r[1] for r in rows])
    )


@csp_update(charts.CHART_CSP)
@login_required
def categories_chart(request: HttpRequest) -> HttpResponse:
    held = selectors.categories_held_by_kind(viewer=request.user, on=timezone.localdate())
    return charts.svg_response(
        charts.horizontal_bar_chart(
            title=_("Categories held today"),
            labels=[category_label(code) for code in held],
            values=list(held.values()),
        )
    )


@csp_update(charts.CHART_CSP)
@login_required
def expiries_chart(request: HttpRequest) -> HttpResponse:
    months = selectors.expiries_by_month(viewer=request.user, on=timezone.localdate())
    return charts.svg_response(
        charts.bar_chart(
            title=_("Categories ending, by month"),
            labels=[charts.month_label(m) for m, _n in months],
            values=[n for _m, n in months],
            rotate=30,
        )
    )
