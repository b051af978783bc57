"""Reads of the staff registry, always through what the viewer may see, for a given date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from biliktilik.accounts.permissions import can_write_in, visible_employees, visible_organizations
from biliktilik.lawbook import loader
from biliktilik.rules import run
from biliktilik.rules.explain import LawGap
from biliktilik.rules.inputs import QualificationIn

from .errors import EmployeeNotFound, OrganizationNotFound
from .models import CategoryAward, Employee, Organization, PositionHeld

EXPIRY_WARNING_DAYS = 90


@dataclass(frozen=True)
class EmployeeFilters:
    q: str = ""
    organization: int | None = None
    include_subtree: bool = True


@dataclass(frozen=True)
class OrganizationFilters:
    q: str = ""
    organization: int | None = None


def organization_list(*, viewer, filters: OrganizationFilters | None = None) -> QuerySet[Organization]:
    """``filters.organization`` keeps that organization and its subtree."""
    organizations = visible_organizations(viewer)
    if filters is None:
        return organizations
    if filters.organization is not None:
        root = organization_get(viewer=viewer, organization_id=filters.organization)
        organizations = organizations.filter(path__startswith=root.path)
    for word in filters.q.split():
        organizations = organizations.filter(Q(name_kk__icontains=word) | Q(name_ru__icontains=word))
    return organizations


def writable_organizations(*, viewer) -> list[Organization]:
    """The organizations the viewer may add employees to or move them into, tree order."""
    return [o for o in organization_list(viewer=viewer).order_by("path") if can_write_in(viewer, o)]


def may_write_somewhere(*, viewer) -> bool:
    return any(can_write_in(viewer, o) for o in organization_list(viewer=viewer).iterator())


def organization_get(*, viewer, organization_id: int) -> Organization:
    found = visible_organizations(viewer).filter(pk=organization_id).first()
    if found is None:
        raise OrganizationNotFound()
    return found


def employee_list(*, viewer, filters: EmployeeFilters | None = None) -> QuerySet[Employee]:
    filters = filters or EmployeeFilters()
    employees = visible_employees(viewer).select_related("organization")
    if filters.organization is not None:
        organization = organization_get(viewer=viewer, organization_id=filters.organization)
        if filters.include_subtree:
            employees = employees.filter(organization__path__startswith=organization.path)
        else:
            employees = employees.filter(organization=organization)
    if filters.q.strip():
        for word in filters.q.split():
            employees = employees.filter(
                Q(last_name_kk__icontains=word)
                | Q(first_name_kk__icontains=word)
                | Q(last_name_ru__icontains=word)
                | Q(first_name_ru__icontains=word)
                | Q(iin__startswith=word)
            )
    return employees


def employee_get(*, viewer, employee_id: int) -> Employee:
    found = visible_employees(viewer).select_related("organization").filter(pk=employee_id).first()
    if found is None:
        raise EmployeeNotFound()
    return found


RECORDS = {
    "work": "work",
    "education": "education",
    "positions": "positions",
    "categories": "categories",
    "training": "training",
}


def employee_records(*, employee: Employee, kind: str) -> QuerySet:
    """One of an employee's record lists (work, education, positions, categories, training)."""
    return getattr(employee, RECORDS[kind]).all()


def position_on(employee: Employee, on: dt.date) -> PositionHeld | None:
    return (
        employee.positions.filter(start__lte=on)
        .filter(Q(end__isnull=True) | Q(end__gte=on))
        .order_by("-start")
        .first()
    )


def categories_on(employee: Employee, on: dt.date) -> list[CategoryAward]:
    return list(employee.categories.filter(assigned_on__lte=on, valid_until__gte=on))


def categories_expiring(
    employee: Employee, on: dt.date, days: int = EXPIRY_WARNING_DAYS
) -> list[CategoryAward]:
    return [c for c in categories_on(employee, on) if (c.valid_until - on).days <= days]


def pay_grade(position: PositionHeld | None) -> dict | None:
    """The register entry (block, link, level) of a confirmed position."""
    if position is None or not position.register_position:
        return None
    register = loader.default().get("order-2015-1042").act.register_of_positions
    entry = next((p for p in register.positions if p.id == position.register_position), None)
    if entry is None:
        return None
    return {
        "id": entry.id,
        "block": entry.block,
        "link": entry.link,
        "level": entry.level,
        "sector": entry.sector,
        "confirmed": position.register_confirmed,
    }


def qualification_on(
    employee: Employee, position: PositionHeld | None, on: dt.date, language: str
) -> dict | None:
    """What the record qualifies for under the position's requirement, explained; None without one."""
    if position is None or not position.requirement:
        return None
    data = QualificationIn.model_validate(
        {
            "requirement": position.requirement,
            "as_of": on,
            "education": [{"level": e.level, "field": e.field} for e in employee.education.all()],
            "work": [
                {
                    "from": w.start,
                    "to": w.end,
                    "sector": w.sector,
                    "qualification_level": w.qualification_level or None,
                    "category": w.category or None,
                    "management": w.management,
                }
                for w in employee.work.all()
            ],
        }
    )
    try:
        return run.qualification(data, law=loader.default(), language=language)
    except LawGap as exc:
        return {"gap": exc.code, "params": exc.params}


def employee_law(*, employee: Employee, on: dt.date, language: str) -> dict:
    """Everything the law says about one employee on one date; nothing of it is stored."""
    position = position_on(employee, on)
    return {
        "on": on,
        "position": position,
        "pay_grade": pay_grade(position),
        "qualification": qualification_on(employee, position, on, language),
        "categories": categories_on(employee, on),
        "expiring": categories_expiring(employee, on),
    }


def register_choices(*, language: str) -> list[tuple[str, str]]:
    """Every entry of the register of positions as (id, title in the language asked for)."""
    register = loader.default().get("order-2015-1042").act.register_of_positions
    return [(p.id, _title(p.title, language)) for p in register.positions]


def _title(text, language: str) -> str:
    found = (getattr(text, lang, None) for lang in (language, "kk", "ru", "en"))
    return next((t for t in found if t), "")


def employee_history(*, employee: Employee, limit: int = 50) -> list:
    """The audit entries of the employee's record and its sub-records, newest first."""
    from biliktilik.audit.models import AuditEntry

    record_ids = {
        "workperiod": employee.work.values_list("pk", flat=True),
        "education": employee.education.values_list("pk", flat=True),
        "positionheld": employee.positions.values_list("pk", flat=True),
        "categoryaward": employee.categories.values_list("pk", flat=True),
        "training": employee.training.values_list("pk", flat=True),
    }
    condition = Q(object_type="employee", object_id=str(employee.pk))
    for object_type, ids in record_ids.items():
        condition |= Q(object_type=object_type, object_id__in=[str(i) for i in ids])
    return list(AuditEntry.objects.filter(condition).order_by("-id")[:limit])
