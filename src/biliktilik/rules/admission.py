"""Admission to testing (order-2024-422, p.14 as worded by order-2025-271).

p.14(1): an employee of a labour mobility centre (career centre) who completed, on the Platform,
qualification courses for the number of hours set in their individual learning plan;
p.14(2): a career-centre specialist applying for a category, who completed courses on the
Platform in the profile of the declared category.

Interpretations, stated in every result: the registry's training records are the courses taken
on the Platform, and a course counts only if completed before the testing window opens; for a
category applicant the hours of the plan apply as well, counted on the courses of the declared
category's profile only (p.14(2) names the profile, not the hours). See docs/reading/.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Citation

from .explain import LawGap, Trace

ACT = "order-2024-422"
WORDING = "order-2025-271"
POINT = "14"


@dataclass(frozen=True, slots=True)
class Course:
    hours: int
    profile: str
    completed_on: dt.date


@dataclass(frozen=True, slots=True)
class AdmissionFacts:
    attestee: str
    learning_plan_hours: int
    courses: tuple[Course, ...]
    window_opens: dt.date
    declared_category: str | None = None


def _source(law: Lawbook, on: dt.date, subpoint: str) -> Citation:
    view = law.get(ACT)
    version = view.point_version(POINT, on) if view else None
    if version is None:
        raise LawGap("point_not_in_force", "testing_from", point=POINT, date=on.isoformat())
    if version.wording_by != WORDING:
        raise LawGap(
            "wording_not_in_sources",
            "testing_from",
            point=POINT,
            date=on.isoformat(),
            wording_by=version.wording_by or "original",
        )
    return Citation(act=ACT, point=POINT, subpoint=subpoint, wording_by=WORDING)


def admitted(law: Lawbook, facts: AdmissionFacts, *, trace: Trace) -> bool:
    """Whether the attestee is admitted to testing on the window's first day, explained."""
    applicant = facts.attestee == "category_applicant"
    source = _source(law, facts.window_opens, "2" if applicant else "1")
    trace.add("interpretation_platform_courses", date=facts.window_opens.isoformat())
    before = [c for c in facts.courses if c.completed_on < facts.window_opens]
    counted = before
    if applicant:
        counted = [c for c in before if c.profile == facts.declared_category]
        trace.add(
            "admission_profile",
            source,
            attestation_category=facts.declared_category,
            counted=len(counted),
            total=len(before),
        )
    hours = sum(c.hours for c in counted)
    met = hours >= facts.learning_plan_hours
    trace.add(
        "admission_hours",
        source,
        date=facts.window_opens.isoformat(),
        hours=hours,
        plan=facts.learning_plan_hours,
        met=met,
    )
    return met
