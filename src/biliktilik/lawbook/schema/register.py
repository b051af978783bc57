"""The register of positions (order-2015-1042)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import Category, Citation, LText, QualificationLevel, Strict

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
