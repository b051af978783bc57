"""Calendar endpoints of the contract: /calendar/{date}, /calendar/add."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from biliktilik import vocabulary
from biliktilik.api.types import ERRORS, Input, IsoDate

from . import selectors

DayKind = vocabulary.DAY_KIND.literal()

router = Router(tags=["calendar"])

MAX_WORKING_DAYS = selectors.MAX_PERIOD["working"]
MAX_CALENDAR_DAYS = selectors.MAX_PERIOD["calendar"]
MAX_MONTHS = selectors.MAX_PERIOD["months"]


class DayOut(Schema):
    date: dt.date
    working: bool
    kind: DayKind
    name: str | None
    source: str | None = Field(None, description="where the day's status comes from")


class AddQuery(Input):
    start: IsoDate = Field(..., alias="from")
    working_days: int | None = Field(None, ge=0, le=MAX_WORKING_DAYS)
    calendar_days: int | None = Field(None, ge=0, le=MAX_CALENDAR_DAYS)
    months: int | None = Field(None, ge=0, le=MAX_MONTHS)


class AddOut(Schema):
    start: dt.date = Field(..., alias="from")
    date: dt.date


class DatePath(Input):
    date: IsoDate


@router.get(
    "/calendar/add", response={200: AddOut, **ERRORS}, by_alias=True, summary="Count a period on the calendar"
)
def calendar_add(request: HttpRequest, query: Query[AddQuery]):
    result = selectors.add(
        start=query.start,
        working_days=query.working_days,
        calendar_days=query.calendar_days,
        months=query.months,
    )
    return {"from": query.start, "date": result}


@router.get(
    "/calendar/{date}", response={200: DayOut, **ERRORS}, summary="One day of the Kazakhstan calendar"
)
def calendar_day(request: HttpRequest, path: Path[DatePath]):
    day = selectors.check_range(path.date, ["path", "date"])
    return selectors.day_dict(selectors.calendar().day(day), request.LANGUAGE_CODE)
