"""Qualification requirements and characteristics (order-2017-360)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import (
    POINT_ID,
    Category,
    Citation,
    EducationField,
    EducationLevel,
    LText,
    QualificationLevel,
    Sector,
    Strict,
)


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
