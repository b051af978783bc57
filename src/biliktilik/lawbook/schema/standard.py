"""The professional standard's occupation cards (order-2019-715)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .base import Citation, LText, Strict


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
