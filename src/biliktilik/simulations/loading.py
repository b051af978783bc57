"""The registry read for a simulation: every employee the author may see, as the rules' facts,
in a few flat queries (one per kind of record), whatever the registry's size.

The facts are the same the personal card gives the rules (``staff.selectors.qualification_on``
and the Platform's ``services_decisions._facts``): the position held on the day (the latest begun
when two overlap), every education and work period with its end, level, category and
management flag, and the last finished test of the person with the figures of its assessment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

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


def _positions(employees, as_of: dt.date) -> dict[int, tuple]:
    rows = (
        PositionHeld.objects.filter(employee__in=employees, start__lte=as_of)
        .filter(Q(end__isnull=True) | Q(end__gte=as_of))
        .order_by("employee_id", "start", "id")
        .values_list("employee_id", "title", "requirement", "qualification_level")
        .iterator(chunk_size=10_000)
    )
    return {employee: rest for employee, *rest in rows}  # the latest begun wins


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for employee, *rest in rows:
        grouped.setdefault(employee, []).append(rest)
    return grouped


def _attestations(employees) -> dict[int, AttestationFacts]:
    rows = (
        Attestee.objects.filter(employee__in=employees, attempt__percent__isnull=False)
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
    return _people(visible_employees(viewer), as_of)


def person(*, viewer, employee_id: int, as_of: dt.date) -> Person | None:
    """One employee's facts, read as the simulation read them (None: not visible)."""
    found, _ = _people(visible_employees(viewer).filter(pk=employee_id), as_of)
    return found[0] if found else None


def _people(visible, as_of: dt.date) -> tuple[list[Person], dict[int, Where]]:
    employees = visible.values("pk")
    positions = _positions(employees, as_of)
    education = _grouped(
        EducationRecord.objects.filter(employee__in=employees)
        .order_by("employee_id", "id")
        .values_list("employee_id", "level", "field")
        .iterator(chunk_size=20_000)
    )
    work = _grouped(
        WorkPeriod.objects.filter(employee__in=employees)
        .order_by("employee_id", "start", "id")
        .values_list("employee_id", "start", "end", "sector", "qualification_level", "category", "management")
        .iterator(chunk_size=20_000)
    )
    attested = _attestations(employees)
    found: list[Person] = []
    where: dict[int, Where] = {}
    rows = visible.order_by("pk").values_list("pk", "organization_id", "organization__region")
    for employee, organization, region in rows.iterator(chunk_size=20_000):
        title, requirement, level = positions.get(employee, ("", "", ""))
        found.append(
            Person(
                employee=employee,
                requirement=requirement or None,
                qualification_level=level or None,
                education=tuple(Education(lv, fd) for lv, fd in education.get(employee, ())),
                periods=tuple(
                    Period(start, end, sector, wl or None, category or None, management)
                    for start, end, sector, wl, category, management in work.get(employee, ())
                ),
                attestation=attested.get(employee),
            )
        )
        where[employee] = Where(organization, region or "", title)
    return found, where
