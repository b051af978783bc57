"""The parameters of attestation (order-2024-422)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Attestee, CcCategory, Citation, LText, QualificationLevel, Strict, Term


class CategoryRank(Strict):
    id: CcCategory
    rank: int = Field(ge=0)
    title: LText
    source: Citation
    interpretation: str | None = None


class IntValue(Strict):
    value: int
    source: Citation


class Threshold(Strict):
    attestee: Attestee
    percent: float = Field(ge=0, le=100)
    source: Citation


class ScoreBand(Strict):
    """Points for a measured value in [min, max] with the stated inclusivity."""

    min: float | None = None
    min_inclusive: bool = True
    max: float | None = None
    max_inclusive: bool = True
    points: float
    source: Citation


class ActivityAssessment(Strict):
    test_max_points: IntValue
    rating: list[ScoreBand] = Field(min_length=1)
    violations: list[ScoreBand] = Field(min_length=1)
    term: Term


Decision = Literal[
    "meets_position",
    "does_not_meet_position",
    "meets_declared_category",
    "meets_current_category",
    "meets_lower_category",
]


class DecisionBand(Strict):
    """A score band of p.30. ``score`` names what is measured: the test percentage, or the
    Appendix 1-2 total of the assessment of professional activity (out of 100)."""

    attestees: list[Attestee] = Field(min_length=1)
    score: Literal["test_percent", "assessment_total"] = "test_percent"
    min: float | None = None
    max: float | None = Field(default=None, description="exclusive upper bound")
    decision: Decision
    source: Citation


class Outcome(Strict):
    """What follows a failed test (p.27 first time, p.28 at re-attestation)."""

    reattestation: bool
    attestees: list[Attestee] = Field(min_length=1)
    holding: list[CcCategory] | None = Field(default=None, description="null: whatever is held")
    category_change: Literal["one_below_current", "keep"] | None = None
    dismissal: bool = False
    reattestation_within_months: int | None = None
    activity_assessment_admitted: bool | None = None
    source: Citation


class KeptOnLevelRise(Strict):
    """P.34: the categories a career-centre specialist keeps, until their term ends, on moving
    from one qualification level to a higher one."""

    from_level: QualificationLevel
    to_level: QualificationLevel
    categories: list[CcCategory] = Field(min_length=1)
    source: Citation
    interpretation: str | None = None


class Attestation(Strict):
    categories: list[CategoryRank] = Field(min_length=2)
    kept_on_level_rise: KeptOnLevelRise | None = None
    category_validity_years: IntValue
    thresholds: list[Threshold] = Field(min_length=1)
    appeal: Term
    activity_assessment: ActivityAssessment
    decisions: list[DecisionBand] = Field(min_length=1)
    outcomes: list[Outcome] = Field(min_length=1)
