"""The working-day calendar as the application sees it: one instance over ``law/calendar``."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from biliktilik.errors import InvalidInput
from biliktilik.languages import in_language
from biliktilik.rules import calendar as kzcal

MIN_DATE = dt.date(kzcal.FIRST_YEAR, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
# The longest period counted, per unit, for the API and the deadlines calculator alike: ten
# years of working days, ten years of calendar days, a century of months.
MAX_PERIOD = {"working": 2_500, "calendar": 3_660, "months": 1_200}


def calendar() -> kzcal.KzCalendar:
    return kzcal.default(settings.BASE_DIR / "law" / "calendar" / "kz.yaml")


def check_range(value: dt.date, loc: list) -> dt.date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise InvalidInput(
            _("The calendar covers %(first)s to %(last)s."),
            loc=loc,
            first=MIN_DATE.isoformat(),
            last=MAX_DATE.isoformat(),
        )
    return value


def day_dict(day: kzcal.Day, language: str) -> dict:
    return {
        "date": day.date,
        "working": day.working,
        "kind": day.kind,
        "name": in_language(day.name, language) or None,
        "source": day.source,
    }


def add(
    *, start: dt.date, working_days: int | None, calendar_days: int | None, months: int | None
) -> dt.date:
    given = [v for v in (working_days, calendar_days, months) if v is not None]
    if len(given) != 1:
        raise InvalidInput(_("Give exactly one of working_days, calendar_days or months."), loc=["query"])
    check_range(start, ["query", "from"])
    if working_days is not None:
        result = calendar().add_working_days(start, working_days)
    elif calendar_days is not None:
        result = kzcal.add_calendar_days(start, calendar_days)
    else:
        result = kzcal.add_months(start, months)
    return check_range(result, ["query"])
