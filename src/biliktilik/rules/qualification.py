"""Qualification requirements of the Typical qualification characteristics (order-2017-360).

Points 9, 12, 12-3, 15, 18: eligible or not (education AND one experience branch).
Points 54, 57, 60, 69: per qualification level, the best category the record qualifies for.
Every threshold, ladder and sector list comes from ``law/`` as worded on the evaluation date.

Interpretations (stated in every explanation that uses them, see ``experience.py``): time "as
a category X specialist" includes time at a higher category; overlapping periods count once; an
open period runs to the evaluation date; N years = N × 365 counted days. Education levels are
matched as the point names them: a higher degree does not open a ladder that names only tvet,
and the mismatch is flagged, not guessed around.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import EducationRequirement, Ladder, LadderRequirement, ManagerRequirement

from .experience import DAYS_PER_YEAR, Experience, years_met
from .explain import LawGap, Trace

BASE_ACT = "order-2017-360"
REQUIREMENT_IDS = ("9", "12", "12-3", "15", "18", "54", "57", "60", "69")


@dataclass(frozen=True, slots=True)
class Education:
    level: str
    field: str


@dataclass(frozen=True, slots=True)
class QualificationOutcome:
    eligible: bool
    categories: dict[str, str | None] | None


def requirement_in_force(law: Lawbook, requirement_id: str, as_of: dt.date):
    """The typed requirement whose wording is in force on ``as_of``; a gap when we lack it."""
    view = law.get(BASE_ACT)
    if view is None or requirement_id not in REQUIREMENT_IDS:
        raise LawGap("unknown_requirement", "requirement", requirement=requirement_id)
    version = view.point_version(requirement_id, as_of)
    if version is None:
        raise LawGap("point_not_in_force", "as_of", point=requirement_id, date=as_of.isoformat())
    for requirement in view.act.requirements:
        if requirement.id == requirement_id and requirement.source.wording_by == version.wording_by:
            return requirement
    raise LawGap(
        "wording_not_in_sources",
        "as_of",
        point=requirement_id,
        date=as_of.isoformat(),
        wording_by=version.wording_by or "original",
    )


_SETS: dict[int, tuple[object, tuple[frozenset, frozenset | None, frozenset | None]]] = {}
_SETS_KEPT = 20_000


def _sets(item) -> tuple[frozenset, frozenset | None, frozenset | None]:
    """Levels, fields and sectors of a law object as sets, computed once per (immutable) object.
    Keyed by ``id`` and kept with the object itself: a draft's lawbook is dropped after its run,
    and a new object given the same id must not read the sets of the old one."""
    key = id(item)
    cached = _SETS.get(key)
    if cached is None or cached[0] is not item:
        if len(_SETS) > _SETS_KEPT:  # drafts' objects come and go: keep the cache bounded
            _SETS.clear()
        fields = getattr(item, "fields", None)
        sectors = getattr(item, "sectors", None)
        cached = _SETS[key] = (
            item,
            (
                frozenset(getattr(item, "levels", ())),
                frozenset(fields) if fields is not None else None,
                frozenset(sectors) if sectors is not None else None,
            ),
        )
    return cached[1]


def _education_met(requirement: EducationRequirement, education: tuple[Education, ...]) -> Education | None:
    levels, fields, _ = _sets(requirement)
    for held in education:
        if held.level in levels and (fields is None or held.field in fields):
            return held
    return None


def _check_education(
    requirement: EducationRequirement, education: tuple[Education, ...], trace: Trace
) -> bool:
    held = _education_met(requirement, education)
    if not trace.explain:
        return held is not None
    params = {"levels": list(requirement.levels), "fields": requirement.fields}
    if held is not None:
        trace.add(
            "education_met",
            requirement.source,
            education_level=held.level,
            education_field=held.field,
            **params,
        )
        return True
    other_levels = sorted({e.level for e in education} - set(requirement.levels))
    if other_levels:
        trace.add("education_level_mismatch", requirement.source, held=other_levels, **params)
    else:
        trace.add("education_not_met", requirement.source, **params)
    return False


def _ladder(
    ladder: Ladder, education: tuple[Education, ...], experience: Experience, trace: Trace
) -> str | None:
    level = ladder.qualification_level
    explain = trace.explain
    if not _check_education(ladder.education, education, trace):
        if explain:
            trace.add("level_not_open", ladder.education.source, qualification_level=level)
        return None
    sectors = _sets(ladder)[2]
    for step in ladder.steps:
        if step.years == 0:
            if explain:
                trace.add(
                    "step_met_without_experience",
                    step.source,
                    qualification_level=level,
                    category=step.category,
                )
            return step.category
        days = experience.days(level=level, sectors=sectors, min_category=step.as_category)
        met = years_met(days, step.years)
        if explain:
            trace.add(
                "step_met" if met else "step_not_met",
                step.source,
                qualification_level=level,
                category=step.category,
                years=step.years,
                as_category=step.as_category,
                days=days,
                needed_days=step.years * DAYS_PER_YEAR,
                sectors=sorted(sectors) if sectors else None,
            )
        if met:
            return step.category
    return None


def _evaluate_ladders(
    requirement: LadderRequirement, education: tuple[Education, ...], experience: Experience, trace: Trace
) -> QualificationOutcome:
    categories: dict[str, str | None] = {"high": None, "medium": None}
    for ladder in requirement.ladders:
        category = categories[ladder.qualification_level] = _ladder(ladder, education, experience, trace)
        if trace.explain:
            trace.add(
                "level_result",
                requirement.source,
                qualification_level=ladder.qualification_level,
                category=category,
            )
    if trace.explain:
        unlevelled = sum(1 for p in experience.periods if p.qualification_level is None)
        if unlevelled:
            trace.add("periods_without_level_not_counted", count=unlevelled)
    eligible = categories["high"] is not None or categories["medium"] is not None
    return QualificationOutcome(eligible, categories)


def _evaluate_manager(
    requirement: ManagerRequirement, education: tuple[Education, ...], experience: Experience, trace: Trace
) -> QualificationOutcome:
    educated = any(_check_education(option, education, trace) for option in requirement.education_any_of)
    experienced = False
    for branch in requirement.experience_any_of:
        sectors = _sets(branch)[2]
        days = experience.days(sectors=sectors, management=branch.management)
        met = years_met(days, branch.years)
        if trace.explain:
            trace.add(
                "experience_branch_met" if met else "experience_branch_not_met",
                branch.source,
                years=branch.years,
                sectors=sorted(sectors) if sectors else None,
                management=branch.management,
                days=days,
                needed_days=branch.years * DAYS_PER_YEAR,
            )
        if met:
            experienced = True
            break
    eligible = educated and experienced
    if trace.explain:
        if requirement.gaps and not experienced:
            named = set().union(*(b.sectors or () for b in requirement.experience_any_of))
            if any(p.sector not in named for p in experience.periods):
                for gap in requirement.gaps:
                    trace.add("gap_experience_outside_named_sectors", gap.source, gap=gap.id)
        trace.add("manager_result", requirement.source, eligible=eligible)
    return QualificationOutcome(eligible, None)


def evaluate(
    requirement: ManagerRequirement | LadderRequirement,
    *,
    education: tuple[Education, ...],
    experience: Experience,
    trace: Trace,
) -> QualificationOutcome:
    """Evaluate one requirement for one person's record as of ``experience.as_of``."""
    if trace.explain:
        trace.add(
            "requirement_wording",
            requirement.source,
            point=requirement.id,
            wording_by=requirement.source.wording_by,
            date=experience.as_of.isoformat(),
        )
        trace.add("interpretation_experience_counting", days_per_year=DAYS_PER_YEAR)
    if requirement.kind == "manager":
        return _evaluate_manager(requirement, education, experience, trace)
    return _evaluate_ladders(requirement, education, experience, trace)
