"""The registry read for a simulation: every employee the author may see, as the rules' facts,
in a few flat queries (one per kind of record), whatever the registry's size.

The facts are the same the personal card gives the rules (``staff.selectors.qualification_on``
and the Platform's ``attestation.facts``): the position held on the day (the latest begun
when two overlap), every education and work period with its end, level, category and
management flag, and the last finished test of the person with the figures of its assessment.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from biliktilik.accounts.permissions import READ_ALL, role_of
from biliktilik.attestation.models import Attestee
from biliktilik.rules.attestation import AttestationFacts
from biliktilik.rules.experience import Period
from biliktilik.rules.qualification import Education
from biliktilik.staff.models import Education as EducationRecord
from biliktilik.staff.models import PositionHeld, WorkPeriod
from biliktilik.staff.scoping import visible_employees

from .engine import Person


@dataclass(frozen=True, slots=True)
class Where:
    """Where a person is on the day, for the breakdowns and the list of changes."""

    organization: int
    region: str
    position: str


def _fetched(queryset) -> list[tuple]:
    """The rows of a ``values_list`` query, fetched by the database driver in one go: the ORM's
    per-row work is what a read of the whole registry cannot afford (``bench_simulation.py``)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _day(value) -> dt.date | None:
    """A date as the driver gives it (SQLite: text)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _positions(employees, as_of: dt.date) -> dict[int, tuple]:
    rows = _fetched(
        _scoped(PositionHeld.objects, employees)
        .filter(start__lte=as_of)
        .filter(Q(end__isnull=True) | Q(end__gte=as_of))
        .order_by("employee_id", "start", "id")
        .values_list("employee_id", "title", "requirement", "qualification_level")
    )
    return {
        employee: (title, requirement, level) for employee, title, requirement, level in rows
    }  # the latest begun wins


def _education(employees) -> dict[int, list[Education]]:
    grouped: dict[int, list[Education]] = {}
    rows = _fetched(
        _scoped(EducationRecord.objects, employees)
        .order_by("employee_id", "id")
        .values_list("employee_id", "level", "field")
    )
    for employee, level, field in rows:
        grouped.setdefault(employee, []).append(Education(level, field))
    return grouped


def _work(employees) -> dict[int, list[Period]]:
    grouped: dict[int, list[Period]] = {}
    rows = _fetched(
        _scoped(WorkPeriod.objects, employees)
        .order_by("employee_id", "start", "id")
        .values_list("employee_id", "start", "end", "sector", "qualification_level", "category", "management")
    )
    text_dates = bool(rows) and isinstance(rows[0][1], str)
    for employee, start, end, sector, level, category, management in rows:
        if text_dates:
            start, end = _day(start), _day(end)
        grouped.setdefault(employee, []).append(
            Period(start, end, sector, level or None, category or None, bool(management))
        )
    return grouped


def _scoped(manager, employees):
    """Records of the employees seen: all of them for a reader of the whole registry (no
    semi-join to pay for), else those of the visible ones."""
    return manager.all() if employees is None else manager.filter(employee__in=employees)


def _attestations(employees) -> dict[int, AttestationFacts]:
    rows = (
        _scoped(Attestee.objects, employees)
        .filter(attempt__percent__isnull=False)
        .exclude(attempt__status="in_progress")
        .order_by("employee_id", "attempt__finished_at", "id")
        .values_list(
            "employee_id",
            "attestee",
            "reattestation",
            "current_category",
            "declared_category",
            "attempt__percent",
            "attempt__finished_at",
            "assessment__rating",
            "assessment__violations",
        )
        .iterator(chunk_size=10_000)
    )
    facts: dict[int, AttestationFacts] = {}
    for employee, kind, again, current, declared, percent, finished, rating, violations in rows:
        applicant = kind == "category_applicant"
        facts[employee] = AttestationFacts(  # the last finished test wins
            attestee=kind,
            test_percent=float(percent),
            reattestation=again,
            current_category=current if applicant else None,
            declared_category=(declared or None) if applicant else None,
            rating=rating if applicant else None,
            violations=violations if applicant else None,
            test_finished_on=timezone.localdate(finished) if finished else None,
        )
    return facts


def people(*, viewer, as_of: dt.date) -> tuple[list[Person], dict[int, Where]]:
    """The facts of every employee ``viewer`` may see, in the registry's order, and where each is."""
    visible = visible_employees(viewer)
    return _people(visible, None if role_of(viewer) in READ_ALL else visible.values("pk"), as_of)


def person(*, viewer, employee_id: int, as_of: dt.date) -> Person | None:
    """One employee's facts, read as the simulation read them (None: not visible)."""
    visible = visible_employees(viewer).filter(pk=employee_id)
    found, _ = _people(visible, visible.values("pk"), as_of)
    return found[0] if found else None


def _people(visible, employees, as_of: dt.date) -> tuple[list[Person], dict[int, Where]]:
    """``employees``: the ids to read the records of (None: every employee's)."""
    # A million small objects are made here and all kept: the collector, walking them again and
    # again as they are made, would take a third of the read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        positions = _positions(employees, as_of)
        education = _education(employees)
        work = _work(employees)
        attested = _attestations(employees)
        rows = _fetched(visible.order_by("pk").values_list("pk", "organization_id", "organization__region"))
        found: list[Person] = []
        where: dict[int, Where] = {}
        none = ("", "", "")
        for employee, organization, region in rows:
            title, requirement, level = positions.get(employee, none)
            found.append(
                Person(
                    employee=employee,
                    requirement=requirement or None,
                    qualification_level=level or None,
                    education=tuple(education.get(employee, ())),
                    periods=tuple(work.get(employee, ())),
                    attestation=attested.get(employee),
                )
            )
            where[employee] = Where(organization, region or "", title)
        return found, where
    finally:
        if collecting:
            gc.enable()
