"""What every part of the schema shares: the ids' patterns, the domain's codes, strict
models, a text in three languages, a lawyer's note and a citation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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
        """The text in ``lang`` or the first fallback, with the language actually used (``kk`` is
        required and never empty, so there always is one)."""
        return pick(self, lang)


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


class Term(Strict):
    """A period of the law: N working or calendar days."""

    days: int = Field(ge=0)
    kind: DayKind
    source: Citation
