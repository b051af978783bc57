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
from dataclasses import dataclass, field

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import EducationRequirement, Ladder, LadderRequirement, ManagerRequirement

from .experience import DAYS_PER_YEAR, Period, at_least_category, counted_days, years_met
from .explain import LawGap, Trace

BASE_ACT = "order-2017-360"
REQUIREMENT_IDS = ("9", "12", "12-3", "15", "18", "54", "57", "60", "69")
LEVELS = ("high", "medium")


@dataclass(frozen=True, slots=True)
class Education:
    level: str
    field: str


@dataclass(slots=True)
class Experience:
    """A person's periods seen from one evaluation date, with counted days memoised by filter."""

    periods: tuple[Period, ...]
    as_of: dt.date
    _memo: dict = field(default_factory=dict)

    def days(
        self,
        *,
        level: str | None = None,
        sectors: frozenset[str] | None = None,
        min_category: str | None = None,
        management: bool = False,
    ) -> int:
        key = (level, sectors, min_category, management)
        cached = self._memo.get(key)
        if cached is not None:
            return cached

        def keep(p: Period) -> bool:
            return (
                (level is None or p.qualification_level == level)
                and (sectors is None or p.sector in sectors)
                and (min_category is None or at_least_category(p.category, min_category))
                and (not management or p.management)
            )

        result = self._memo[key] = counted_days(self.periods, self.as_of, keep)
        return result


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


def _education_met(requirement: EducationRequirement, education: tuple[Education, ...]) -> Education | None:
    for held in education:
        if held.level in requirement.levels and (
            requirement.fields is None or held.field in requirement.fields
        ):
            return held
    return None


def _check_education(
    requirement: EducationRequirement, education: tuple[Education, ...], trace: Trace
) -> bool:
    held = _education_met(requirement, education)
    if held is not None:
        trace.add(
            "education_met",
            requirement.source,
            level=held.level,
            field=held.field,
            levels=list(requirement.levels),
            fields=requirement.fields,
        )
        return True
    params = {"levels": list(requirement.levels), "fields": requirement.fields}
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
    if not _check_education(ladder.education, education, trace):
        trace.add("level_not_open", ladder.education.source, level=level)
        return None
    sectors = frozenset(ladder.sectors) if ladder.sectors is not None else None
    for step in ladder.steps:
        if step.years == 0:
            trace.add("step_met_without_experience", step.source, level=level, category=step.category)
            return step.category
        days = experience.days(level=level, sectors=sectors, min_category=step.as_category)
        met = years_met(days, step.years)
        trace.add(
            "step_met" if met else "step_not_met",
            step.source,
            level=level,
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
    categories: dict[str, str | None] = {level: None for level in LEVELS}
    for ladder in requirement.ladders:
        categories[ladder.qualification_level] = _ladder(ladder, education, experience, trace)
        trace.add(
            "level_result",
            requirement.source,
            level=ladder.qualification_level,
            category=categories[ladder.qualification_level],
        )
    unlevelled = sum(1 for p in experience.periods if p.qualification_level is None)
    if unlevelled and trace.explain:
        trace.add("periods_without_level_not_counted", None, count=unlevelled)
    return QualificationOutcome(any(c is not None for c in categories.values()), categories)


def _evaluate_manager(
    requirement: ManagerRequirement, education: tuple[Education, ...], experience: Experience, trace: Trace
) -> QualificationOutcome:
    educated = False
    for option in requirement.education_any_of:
        if _check_education(option, education, trace):
            educated = True
            break
    experienced = False
    for branch in requirement.experience_any_of:
        sectors = frozenset(branch.sectors) if branch.sectors is not None else None
        days = experience.days(sectors=sectors, management=branch.management)
        met = years_met(days, branch.years)
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
    if requirement.gaps and not experienced:
        named = set().union(*(b.sectors or () for b in requirement.experience_any_of))
        if any(p.sector not in named for p in experience.periods):
            for gap in requirement.gaps:
                trace.add("gap_experience_outside_named_sectors", gap.source, gap=gap.id)
    eligible = educated and experienced
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
    trace.add(
        "requirement_wording",
        requirement.source,
        point=requirement.id,
        wording_by=requirement.source.wording_by,
        date=experience.as_of.isoformat(),
    )
    if trace.explain:
        trace.add("interpretation_experience_counting", None, days_per_year=DAYS_PER_YEAR)
    if requirement.kind == "manager":
        return _evaluate_manager(requirement, education, experience, trace)
    return _evaluate_ladders(requirement, education, experience, trace)
