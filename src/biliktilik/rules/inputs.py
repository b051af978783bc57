"""The facts the rules accept, as the API contract words them (``docs/api.md``).

Pure pydantic: the API, the command line and the scenario tests validate input the same way.
Validation messages are stable keys (``period_end_before_start`` ...) that the API translates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator

from biliktilik import vocabulary as v
from biliktilik.text import CONTROL_CHARACTER, has_control_character

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_DATE = dt.date(1950, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)


def parse_iso_date(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("date_format")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("date_invalid") from None


def _in_range(value: dt.date) -> dt.date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError("date_range")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
RuleDate = Annotated[dt.date, BeforeValidator(lambda v: _in_range(parse_iso_date(v)))]

Requirement = Literal[
    "order-2017-360/9",
    "order-2017-360/12",
    "order-2017-360/12-3",
    "order-2017-360/15",
    "order-2017-360/18",
    "order-2017-360/54",
    "order-2017-360/57",
    "order-2017-360/60",
    "order-2017-360/69",
]


class CleanText(BaseModel):
    """Refuses control characters in every text field, in lists and mappings too: every input
    schema (the API's too) derives from it. It looks at the validated value, so a nested schema
    names its own field and a number or a choice keeps its own, more precise refusal."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: object) -> object:
        if has_control_character(value):
            raise ValueError(CONTROL_CHARACTER)
        return value


class _Input(CleanText):
    # JSON facts are taken as typed (0 is not false, "5" is not 5), as the API documents them.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, strict=True)


# The contract's enums, from the vocabulary (biliktilik.vocabulary).
EducationLevel = v.EDUCATION_LEVEL.literal()
EducationField = v.EDUCATION_FIELD.literal()
Sector = v.SECTOR.literal()
QualificationLevel = v.QUALIFICATION_LEVEL.literal()
Category = v.CATEGORY.literal()


class QualificationEducationIn(_Input):
    level: EducationLevel
    field: EducationField


class QualificationWorkIn(_Input):
    start: RuleDate = Field(..., alias="from")
    to: RuleDate | None = None
    sector: Sector
    qualification_level: QualificationLevel | None = None
    category: Category | None = None
    management: bool = False

    @field_validator("to")
    @classmethod
    def _ends_after_start(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if value is not None and start is not None and value < start:
            raise ValueError("period_end_before_start")
        return value


class QualificationIn(_Input):
    requirement: Requirement
    as_of: RuleDate
    education: list[QualificationEducationIn] = Field(default=[], max_length=20)
    work: list[QualificationWorkIn] = Field(default=[], max_length=200)

    @property
    def point(self) -> str:
        return self.requirement.split("/", 1)[1]


Attestee = v.ATTESTEE.literal()
AttestationCategory = v.ATTESTATION_CATEGORY.literal()
DeclaredCategory = v.ATTESTATION_CATEGORY.literal(without=("none",))


class AttestationIn(_Input):
    as_of: RuleDate
    attestee: Attestee
    reattestation: bool = False
    test_percent: float = Field(..., ge=0, le=100, allow_inf_nan=False)
    current_category: AttestationCategory | None = Field(None, validate_default=True)
    declared_category: DeclaredCategory | None = Field(None, validate_default=True)
    rating: float | None = Field(None, ge=0, le=5, allow_inf_nan=False)
    violations: int | None = Field(None, ge=0, le=10_000)
    test_finished_on: RuleDate | None = None

    @field_validator("current_category", "declared_category")
    @classmethod
    def _applicant_has_categories(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("attestee") == "category_applicant":
            raise ValueError(f"{info.field_name}_required")
        return value
