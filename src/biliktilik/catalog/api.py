"""Law endpoints of the contract: /acts, /acts/{id}, /acts/{id}/compare, /register/positions."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from biliktilik import vocabulary
from biliktilik.api.types import ERRORS, Input, IsoDate

from . import comparison, selectors

router = Router(tags=["law"])

Status = vocabulary.ACT_STATUS.literal()
RegisterSector = vocabulary.REGISTER_SECTOR.literal()


class Text(Schema):
    kk: str | None
    ru: str | None = None
    en: str | None = None


class Registration(Schema):
    number: str
    date: dt.date


class ActOut(Schema):
    id: str
    kind: str
    number: str
    adopted: dt.date
    title: Text
    amends: list[str]
    amended_by: list[str]
    repealed_by: str | None
    effective_from: dt.date | None
    effective_from_estimated: bool
    repealed_from: dt.date | None
    status: Status
    review_planned: dt.date | None
    review_overdue: bool
    registration: Registration | None


class SubPointOut(Schema):
    subpoint: str
    text: Text


class WordingOut(Schema):
    text: Text | None
    wording_by: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str | None


class PointOut(Schema):
    point: str
    section: Text | None
    text: Text | None
    subpoints: list[SubPointOut]
    wording_by: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str | None
    history: list[WordingOut]


class ActDetailOut(ActOut):
    as_of: dt.date
    notes: list[str]
    points: list[PointOut]


class AsOf(Input):
    as_of: IsoDate | None = Field(None, description="YYYY-MM-DD; default today")


class Citation(Schema):
    act: str
    point: str
    subpoint: str | None
    wording_by: str | None


class RegisterPositionOut(Schema):
    id: str
    block: Literal["A", "B", "C", "D"]
    link: str
    level: str | None
    sector: RegisterSector | None
    title: Text
    aliases: list[str]
    inferred: bool
    note: str | None
    source: Citation
    score: float


class PositionQuery(Input):
    q: str | None = Field(None, max_length=200, description="title in Kazakh or Russian; typos tolerated")
    block: Literal["A", "B", "C", "D"] | None = None
    limit: int = Field(20, ge=1, le=500)


class PositionsOut(Schema):
    results: list[RegisterPositionOut]


def _as_of(value: dt.date | None) -> dt.date:
    return value or dt.date.today()


@router.get("/acts", response={200: list[ActOut], **ERRORS}, summary="Acts and their status on a date")
def acts(request: HttpRequest, query: Query[AsOf]):
    return selectors.act_list(_as_of(query.as_of))


@router.get(
    "/acts/{id}", response={200: ActDetailOut, **ERRORS}, summary="An act with its points as worded on a date"
)
def act(request: HttpRequest, id: str, query: Query[AsOf]):  # noqa: A002 - the contract's name
    return selectors.act_detail(id, _as_of(query.as_of))


class CompareQuery(Input):
    start: IsoDate = Field(..., alias="from", description="YYYY-MM-DD: the earlier day")
    end: IsoDate = Field(..., alias="to", description="YYYY-MM-DD: the later day (may equal from)")


class SideOut(Schema):
    wording_by: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    text: Text | None = Field(description="null: not worded on the day, or its wording not in our sources")
    subpoints: list[SubPointOut]


class NotInSourcesOut(Schema):
    before: bool
    after: bool


class ValueChangeOut(Schema):
    path: str = Field(description="the typed value, read as a person reads it")
    before: Any = None
    after: Any = None


class ComparedPointOut(Schema):
    point: str
    status: Literal["reworded", "added", "removed"]
    not_in_sources: NotInSourcesOut
    before: SideOut
    after: SideOut
    values: list[ValueChangeOut]


class CompareOut(Schema):
    act: str
    start: dt.date = Field(..., alias="from")
    end: dt.date = Field(..., alias="to")
    changed: list[str]
    unchanged: int
    points: list[ComparedPointOut]


@router.get(
    "/acts/{id}/compare",
    response={200: CompareOut, **ERRORS},
    by_alias=True,
    summary="The points of an act that changed between two dates, each worded on both",
)
def act_compare(request: HttpRequest, id: str, query: Query[CompareQuery]):  # noqa: A002 - the contract's name
    return comparison.comparison_dict(comparison.act_comparison(id, query.start, query.end))


@router.get(
    "/register/positions", response={200: PositionsOut, **ERRORS}, summary="Search the register of positions"
)
def register_positions(request: HttpRequest, query: Query[PositionQuery]):
    return {"results": selectors.position_search(q=query.q, block=query.block, limit=query.limit)}
