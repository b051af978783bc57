"""Reads of the staff registry, always through what the viewer may see, for a given date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from biliktilik import vocabulary
from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of, role_of
from biliktilik.languages import pick
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules import run
from biliktilik.rules.explain import LawGap, Trace
from biliktilik.rules.inputs import QualificationIn

from . import collation
from . import iin as iin_rules
from .errors import EmployeeNotFound, OrganizationNotFound
from .models import CategoryAward, Employee, Organization, PositionHeld
from .scoping import can_write_in, visible_employees, visible_organizations

EXPIRY_WARNING_DAYS = 90


SORTS = ("name", "organization")


@dataclass(frozen=True)
class EmployeeFilters:
    """``position``: the title of the position held on the day; ``category``: a category held
    on the day; ``expiring``: a category held that expires within 90 days; ``sort``: "name"
    (alphabetical in the page's language) or "organization" (its name, then the person's);
    empty keeps the registry's own order."""

    q: str = ""
    organization: int | None = None
    include_subtree: bool = True
    position: str = ""
    category: str = ""
    expiring: bool = False
    sort: str = ""


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


def in_tree_order(organizations, *, language: str) -> list[Organization]:
    """Each organization followed by its sub-organizations, those of one parent in alphabetical
    order of their names in the page's language (a tree is never paginated: sorted here)."""
    organizations = list(organizations)
    known = {o.pk for o in organizations}
    children: dict[int | None, list[Organization]] = {}
    for o in organizations:
        children.setdefault(o.parent_id if o.parent_id in known else None, []).append(o)
    key = f"sort_{collation.sort_language(language)}"
    ordered: list[Organization] = []
    stack = sorted(children.get(None, []), key=lambda o: (getattr(o, key), o.pk), reverse=True)
    while stack:
        organization = stack.pop()
        ordered.append(organization)
        below = children.get(organization.pk, [])
        stack.extend(sorted(below, key=lambda o: (getattr(o, key), o.pk), reverse=True))
    return ordered


def writable_organizations(*, viewer, language: str) -> list[Organization]:
    """The organizations the viewer may add employees to or move them into, tree order."""
    writable = [o for o in organization_list(viewer=viewer) if can_write_in(viewer, o)]
    return in_tree_order(writable, language=language)


def may_write_somewhere(*, viewer) -> bool:
    return any(can_write_in(viewer, o) for o in organization_list(viewer=viewer).iterator())


def may_create_top_level(*, viewer) -> bool:
    """Whether the viewer may place an organization at the top of the tree (the administrator)."""
    return can_write_in(viewer, Organization(path="/"))


def may_import(*, viewer) -> bool:
    """Whether the viewer may import files: the administrator, and an HR officer with an
    organization (whose subtree they write in). Asked on every page, so it reads no table."""
    role = role_of(viewer)
    if role == Role.ADMINISTRATOR:
        return True
    profile = profile_of(viewer)
    return role == Role.HR_OFFICER and bool(profile and profile.organization_id)


def organization_get(*, viewer, organization_id: int) -> Organization:
    found = visible_organizations(viewer).filter(pk=organization_id).first()
    if found is None:
        raise OrganizationNotFound()
    return found


def employee_list(
    *, viewer, filters: EmployeeFilters | None = None, language: str = "kk", on: dt.date | None = None
) -> QuerySet[Employee]:
    """``language`` sets the alphabet of the sort, ``on`` the day positions and categories are
    read for (today by default)."""
    filters = filters or EmployeeFilters()
    on = on or dt.date.today()
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
    employees = _on_the_day(employees, filters, on)
    if filters.sort in SORTS:
        key = f"sort_{collation.sort_language(language)}"
        by = [key, "id"] if filters.sort == "name" else [f"organization__{key}", "organization_id", key, "id"]
        employees = employees.order_by(*by)
    return employees


def _on_the_day(employees: QuerySet[Employee], filters: EmployeeFilters, on: dt.date) -> QuerySet[Employee]:
    """The filters on what is held on the day: a position, a category, one expiring soon."""
    if filters.position:
        held = PositionHeld.objects.filter(employee=OuterRef("pk"), title=filters.position, start__lte=on)
        employees = employees.filter(Exists(held.filter(Q(end__isnull=True) | Q(end__gte=on))))
    if filters.category or filters.expiring:
        awards = CategoryAward.objects.filter(
            employee=OuterRef("pk"), assigned_on__lte=on, valid_until__gte=on
        )
        if filters.category:
            awards = awards.filter(category=filters.category)
        if filters.expiring:
            awards = awards.filter(valid_until__lte=on + dt.timedelta(days=EXPIRY_WARNING_DAYS))
        employees = employees.filter(Exists(awards))
    return employees


def position_titles(*, viewer, language: str, on: dt.date | None = None) -> list[str]:
    """The titles of the positions the employees the viewer may see hold on the day, in
    alphabetical order: few enough to sort here."""
    on = on or dt.date.today()
    titles = (
        PositionHeld.objects.filter(employee__in=visible_employees(viewer), start__lte=on)
        .filter(Q(end__isnull=True) | Q(end__gte=on))
        .values_list("title", flat=True)
        .distinct()
    )
    alphabet = collation.sort_language(language)
    return sorted(set(titles), key=lambda title: collation.sort_key(title, alphabet))


NAME_PARTS = ("last_name", "first_name", "patronymic")


def full_name(employee: Employee, language: str) -> tuple[str, str | None]:
    """The name in ``language`` when its last and first names exist in it, else in Kazakh, with
    the language used (the pages mark a fallback)."""
    names = {
        lang: " ".join(getattr(employee, f"{p}_{lang}") for p in NAME_PARTS).strip() for lang in ("kk", "ru")
    }
    if not (employee.last_name_ru and employee.first_name_ru):
        names["ru"] = ""
    return pick(names, language)


def sees_full_iin(*, viewer, employee: Employee) -> bool:
    """Whether the viewer sees the whole IIN of ``employee``: the administrator, the HR officers
    who keep the person's record, and the person themself. Methodologists, auditors and
    commission members read records without needing it whole; they see it masked everywhere
    (lists, card, export)."""
    if can_write_in(viewer, employee.organization):
        return True
    profile = profile_of(viewer)
    return bool(profile and profile.role == Role.EMPLOYEE and profile.employee_id == employee.pk)


def shown_iin(*, viewer, employee: Employee) -> str:
    return employee.iin if sees_full_iin(viewer=viewer, employee=employee) else iin_rules.masked(employee.iin)


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
    held = categories_on(employee, on)
    return {
        "on": on,
        "position": position,
        "pay_grade": pay_grade(position),
        "qualification": qualification_on(employee, position, on, language),
        "categories": held,
        "expiring": categories_expiring(employee, on),
        "level_rise": categories_on_level_rise(employee, position, held, on, language),
    }


def categories_on_level_rise(
    employee: Employee, position: PositionHeld | None, held: list[CategoryAward], on: dt.date, language: str
) -> list[dict]:
    """P.34 for each career-centre category ``held`` on the day (``categories_on``, read once by
    the caller): the qualification level of the position held when it was awarded against the one
    held now; a row (with the reasoning) only
    where the move is the one p.34 names — kept until its term ends, or a gap for a category the
    text does not name."""
    if position is None or not position.qualification_level:
        return []
    law, rows = loader.default(), []
    for award in held:
        if award.category not in vocabulary.ATTESTATION_CATEGORY:
            continue
        then = position_on(employee, award.assigned_on)
        trace = Trace()
        try:
            status = attestation_rule.category_on_level_rise(
                law,
                category=award.category,
                valid_until=award.valid_until,
                level_then=then.qualification_level if then else None,
                level_now=position.qualification_level,
                on=on,
                trace=trace,
            )
        except LawGap:  # the attestation rules in force on the day are not in our sources
            continue
        if status is not None:
            rows.append({"award": award, "status": status, **run.explained(trace, language)})
    return rows


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
