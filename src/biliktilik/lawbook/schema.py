"""The schema of the law files under ``law/``.

Every model forbids unknown keys and types every value, so a typo in a law file fails
loudly instead of being ignored. Cross-file checks (citations resolve, validity periods
join up, amendments have targets) live in ``checks.py``; this module only describes shape.

Conventions the files follow:
- ``kk`` text is the official text taken from the seed; ``ru`` and ``en`` are our own
  unofficial translations unless the act lists the language in ``official_languages``.
- A point id is a string: ``"9"``, ``"12-1"``, ``"appendix-13"``; a sub-point id likewise
  (``"1"``, ``"2"``). A citation names the consolidated base act and its point, and the
  amending act that gave the wording (``wording_by``), null for the original wording.
- Every typed value carries ``source``: the citation it rests on.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from biliktilik.languages import pick

ACT_ID = r"^[a-z]+-\d{4}-[0-9a-z]+$"
POINT_ID = r"^[0-9a-z][0-9a-z.\-]*$"

Lang = Literal["kk", "ru", "en"]
EducationLevel = Literal["tvet", "applied_bachelor", "higher", "postgraduate"]
EducationField = Literal["social", "economic", "legal", "pedagogical", "other"]
Sector = Literal[
    "employment", "social_protection", "education", "healthcare", "business", "quasi_public", "other"
]
QualificationLevel = Literal["high", "medium"]
Category = Literal["higher", "first", "second", "none"]
CcCategory = Literal["none", "career_consultant", "case_manager", "mentor"]
Attestee = Literal["new_employee", "category_applicant", "manager", "lmc_specialist", "cc_assistant"]
DayKind = Literal["working", "calendar"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LText(Strict):
    """A text in the languages it exists in; ``kk`` is required."""

    kk: str = Field(min_length=1)
    ru: str | None = None
    en: str | None = None

    def get(self, lang: str) -> tuple[str, str]:
        """The text in ``lang`` or the first fallback, with the language actually used."""
        text, used = pick(self, lang)
        return (text, used) if text else (self.kk, "kk")


class LawyerNote(Strict):
    """An interpretation made while encoding, written for lawyers: shown to methodologists and
    administrators in their language, so Kazakh and Russian are required beside English."""

    kk: str = Field(min_length=1)
    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Citation(Strict):
    act: str = Field(pattern=ACT_ID)
    point: str = Field(pattern=POINT_ID)
    subpoint: str | None = Field(default=None, pattern=POINT_ID)
    wording_by: str | None = Field(default=None, pattern=ACT_ID)


# --- act metadata ---------------------------------------------------------------------------


class Registration(Strict):
    number: str
    date: dt.date


class Publication(Strict):
    date: dt.date
    estimated: bool
    basis: str = Field(min_length=1, description="where the date comes from, or how it was estimated")


class EntryIntoForce(Strict):
    """How the act says it enters into force.

    ``days_after_publication``: "after N calendar days after the day of first official
    publication": the publication day is excluded, days P+1..P+N run, in force from P+N+1.
    """

    rule: Literal["fixed", "days_after_publication", "on_publication"]
    date: dt.date | None = None
    days: int | None = Field(default=None, ge=1)
    estimated: bool = False
    basis: str = Field(min_length=1)

    @model_validator(mode="after")
    def _fields_fit_rule(self) -> EntryIntoForce:
        if self.rule == "fixed" and self.date is None:
            raise ValueError("rule 'fixed' needs 'date'")
        if self.rule == "days_after_publication" and self.days is None:
            raise ValueError("rule 'days_after_publication' needs 'days'")
        if self.rule != "fixed" and self.date is not None:
            raise ValueError("'date' is only for rule 'fixed'; the others are computed")
        return self


class Repeal(Strict):
    by: str = Field(pattern=ACT_ID)
    note: str | None = None


class Amendment(Strict):
    """What an amending act does to its target, point by point."""

    target: str = Field(pattern=ACT_ID)
    action: Literal["replace", "insert", "repeal"]
    points: list[str] = Field(min_length=1)
    source: Citation


class Cell(Strict):
    text: LText
    colspan: int = Field(default=1, ge=1, description="columns it spans, as the act's table merges them")


class SubPoint(Strict):
    subpoint: str = Field(pattern=POINT_ID)
    text: LText
    cells: list[Cell] = Field(
        default=[], description="the sub-point as a row of the table its version's `columns` head"
    )


class PointVersion(Strict):
    """One wording of a point, valid over a closed date range (``valid_to`` inclusive).

    ``valid_from`` null: from the act's entry into force. ``text`` null: the wording is
    not in our sources (``note`` says so); rules must then report the gap, not guess.
    """

    wording_by: str | None = Field(default=None, pattern=ACT_ID)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    text: LText | None = None
    subpoints: list[SubPoint] = []
    columns: list[LText] = Field(default=[], description="heads of the table whose rows are the sub-points")
    note: str | None = None

    @model_validator(mode="after")
    def _range_is_ordered(self) -> PointVersion:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        if self.text is None and not self.note:
            raise ValueError("a version without text needs a note saying why")
        return self

    @model_validator(mode="after")
    def _rows_fill_the_columns(self) -> PointVersion:
        for sub in self.subpoints:
            if bool(sub.cells) != bool(self.columns):
                raise ValueError(f"sub-point {sub.subpoint}: cells and the version's columns go together")
            if self.columns and sum(c.colspan for c in sub.cells) != len(self.columns):
                raise ValueError(f"sub-point {sub.subpoint}: its cells do not fill the table's columns")
        return self


class Point(Strict):
    point: str = Field(pattern=POINT_ID)
    number: str | None = Field(
        default=None, pattern=POINT_ID, description="the number the act prints, where the id is not it"
    )
    section: LText | None = Field(default=None, description="heading of the chapter or paragraph")
    versions: list[PointVersion] = Field(min_length=1)


# --- register of positions (order-2015-1042) ------------------------------------------------

Block = Literal["A", "B", "C", "D"]
LINK = r"^(A[1-3]|B[1-4]|C[1-4]|D1)$"
LEVEL = r"^[1-5](-1)?$"


class Position(Strict):
    id: str = Field(pattern=r"^[A-D][0-9]?(\.[a-z]+)?\.[0-9\-]+\.\d{2}$")
    block: Block
    link: str = Field(pattern=LINK)
    level: str | None = Field(default=None, pattern=LEVEL)
    sector: Literal["healthcare", "education", "other"] | None = None
    title: LText
    aliases: list[str] = Field(default=[], description="abbreviations and other names used for it")
    inferred: bool = Field(default=False, description="link or level reconstructed, not read")
    note: str | None = None
    source: Citation

    @model_validator(mode="after")
    def _link_in_block(self) -> Position:
        if not self.link.startswith(self.block):
            raise ValueError(f"link {self.link} is not in block {self.block}")
        if self.inferred and not self.note:
            raise ValueError("an inferred position needs a note saying what was inferred")
        return self


class RegisterGrade(Strict):
    """A cell of Block B as its heading words it, e.g. "high-level specialist of the higher
    category" of the other sectors → link B2, level 1."""

    sector: Literal["healthcare", "education", "other"]
    qualification_level: QualificationLevel
    category: Category
    link: str = Field(pattern=LINK)
    level: str = Field(pattern=LEVEL)
    source: Citation


class Register(Strict):
    positions: list[Position] = Field(min_length=1)
    grades: list[RegisterGrade] = []
    hand_count: dict[str, int] = Field(
        description="positions per link counted by hand from the seed; the checker compares"
    )


# --- qualification requirements (order-2017-360) -------------------------------------------


class EducationRequirement(Strict):
    levels: list[EducationLevel] = Field(min_length=1)
    fields: list[EducationField] | None = Field(default=None, description="null: any field")
    source: Citation


class ExperienceRequirement(Strict):
    years: int = Field(ge=0)
    sectors: list[Sector] | None = Field(default=None, description="null: any sector")
    management: bool = False
    source: Citation


class LadderStep(Strict):
    """``category`` is reached with ``years`` of experience as an ``as_category`` specialist."""

    category: Category
    years: int = Field(ge=0)
    as_category: Category | None = None
    source: Citation


class Ladder(Strict):
    qualification_level: QualificationLevel
    education: EducationRequirement
    sectors: list[Sector] | None = Field(default=None, description="null: any sector counts")
    steps: list[Annotated[LadderStep, Field()]] = Field(min_length=1)
    note: str | None = None


class Gap(Strict):
    """A question the text leaves open. Rules evaluate around it and name it in results."""

    id: str = Field(pattern=r"^[a-z0-9_\-]+$")
    description: LText
    source: Citation


class ManagerRequirement(Strict):
    """Eligible with one of the educations AND one of the experience branches."""

    id: str = Field(pattern=POINT_ID)
    kind: Literal["manager"]
    position: LText
    education_any_of: list[EducationRequirement] = Field(min_length=1)
    experience_any_of: list[ExperienceRequirement] = Field(min_length=1)
    source: Citation
    note: str | None = None
    gaps: list[Gap] = []


class LadderRequirement(Strict):
    id: str = Field(pattern=POINT_ID)
    kind: Literal["category_ladder"]
    position: LText
    ladders: list[Ladder] = Field(min_length=1)
    source: Citation
    note: str | None = None
    gaps: list[Gap] = []


Requirement = Annotated[ManagerRequirement | LadderRequirement, Field(discriminator="kind")]


class Characteristic(Strict):
    """A qualification characteristic: the duties, must-know and requirements of a position."""

    paragraph: str
    position: LText
    duties: list[LText] = Field(min_length=1)
    must_know: list[LText] = Field(min_length=1)
    requirement: str | None = Field(default=None, description="id of the requirement it states")
    source: Citation


# --- professional standard (order-2019-715) -------------------------------------------------


class Skill(Strict):
    id: str
    title: LText
    abilities: list[LText] = []
    knowledge: list[LText] = []
    source: Citation


class LabourFunction(Strict):
    id: str
    title: LText
    mandatory: bool
    skills: list[Skill] = Field(min_length=1)
    source: Citation


class OccupationCard(Strict):
    id: str
    title: LText
    group: str = Field(pattern=r"^\d{4}-\d$", description="occupation classifier group")
    code: str | None = Field(default=None, pattern=r"^\d{4}-\d-\d{3}$")
    ork_level: int = Field(ge=1, le=8)
    education: LText
    experience: LText | None = None
    functions: list[LabourFunction] = Field(min_length=1)
    personal_competencies: list[LText] = []
    related_occupations: list[LText] = []
    note: str | None = None
    source: Citation


class Standard(Strict):
    code: str
    title: LText
    version: str
    review_planned: dt.date
    cards: list[OccupationCard] = Field(min_length=1)
    source: Citation


# --- attestation (order-2024-422) -----------------------------------------------------------


class CategoryRank(Strict):
    id: CcCategory
    rank: int = Field(ge=0)
    title: LText
    source: Citation
    interpretation: str | None = None


class IntValue(Strict):
    value: int
    source: Citation


class Term(Strict):
    days: int = Field(ge=0)
    kind: DayKind
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


class Attestation(Strict):
    categories: list[CategoryRank] = Field(min_length=2)
    category_validity_years: IntValue
    thresholds: list[Threshold] = Field(min_length=1)
    appeal: Term
    activity_assessment: ActivityAssessment
    decisions: list[DecisionBand] = Field(min_length=1)
    outcomes: list[Outcome] = Field(min_length=1)


# --- state services and procedures (order-2015-407) ----------------------------------------


class Service(Strict):
    id: str = Field(pattern=r"^[a-z0-9\-]+$")
    number: int = Field(ge=1)
    title: LText
    source: Citation


class Actor(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    title: LText


class Step(Strict):
    number: int = Field(ge=1)
    actor: str
    action: LText
    term: Term


class Procedure(Strict):
    id: str = Field(pattern=r"^[a-z0-9\-]+/[a-z0-9\-]+$")
    service: str
    title: LText
    steps: list[Step] = Field(min_length=1)
    source: Citation


class ServiceFact(Strict):
    """A typed fact of a service standard, e.g. a result's validity or a term."""

    key: str = Field(pattern=r"^[a-z_]+$")
    service: str
    value: int | str | bool
    unit: Literal["working_days", "calendar_days", "months", "years", "none"] = "none"
    label: LText
    source: Citation


class Services(Strict):
    services: list[Service] = Field(min_length=1)
    actors: list[Actor] = []
    procedures: list[Procedure] = []
    facts: list[ServiceFact] = []


# --- the act file ----------------------------------------------------------------------------


class Act(Strict):
    id: str = Field(pattern=ACT_ID)
    kind: Literal["order", "law", "decree", "resolution"]
    number: str
    adopted: dt.date
    issuer: LText
    title: LText
    title_descriptive: bool = Field(
        default=False, description="the official title is not in our sources; `title` describes the act"
    )
    official_languages: list[Lang] = ["kk"]
    registration: Registration | None = None
    publication: Publication | None = None
    entry_into_force: EntryIntoForce | None = Field(
        default=None, description="null: not known from our sources (status 'unknown')"
    )
    amends: list[str] = []
    amendments: list[Amendment] = []
    repealed: Repeal | None = None
    seed: str | None = Field(default=None, description="file in shared/seeds this text comes from")
    notes: list[LawyerNote] = Field(default=[], description="interpretations made in encoding, for lawyers")
    encoding_notes: list[str] = Field(
        default=[], description="how the text was read and cleaned, for reviewers of the data; never on pages"
    )
    points: list[Point] = []
    register_of_positions: Register | None = None
    requirements: list[Requirement] = []
    characteristics: list[Characteristic] = []
    standard: Standard | None = None
    attestation: Attestation | None = None
    services: Services | None = None

    @field_validator("points")
    @classmethod
    def _point_ids_unique(cls, points: list[Point]) -> list[Point]:
        seen: set[str] = set()
        for p in points:
            if p.point in seen:
                raise ValueError(f"point {p.point!r} appears twice")
            seen.add(p.point)
        return points


def natural_key(point_id: str) -> tuple:
    """Sort key for point ids: ``2 < 12 < 12-1 < 12-3 < 13 < appendix-1``."""
    parts = re.split(r"[-.]", point_id)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
