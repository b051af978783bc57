"""An act's metadata (registration, publication, entry into force, repeal, amendments) and
its points with their wordings in time."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from .base import ACT_ID, POINT_ID, Citation, LText, Strict


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
