"""The Kazakhstan working-day calendar and the counting of legal periods.

Built on the ``holidays`` package (country KZ: public holidays, days off moved from a weekend,
the Government's yearly transfers it knows of) and our reviewed data file
``law/calendar/kz.yaml`` (transfer decrees with their source, corrections, holiday names in
Russian and English). Where the two disagree, the data file wins.

Periods as we read the acts (``docs/reading/README.md``): "within N days" starts the day after
the event; ``add_working_days`` gives the N-th working day after the start date.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import holidays
import yaml
from pydantic import BaseModel, ConfigDict, Field

DayKindName = Literal[
    "working", "weekend", "holiday", "holiday_moved", "transferred_day_off", "working_weekend"
]
MAX_SPAN_DAYS = 366 * 50  # how far a single period may run; longer input is refused upstream
FIRST_YEAR = 1992  # the package's KZ calendar begins with independence-era law


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Names(_Strict):
    ru: str
    en: str


class TransferEntry(_Strict):
    working_day: dt.date
    day_off: dt.date
    source: str = Field(min_length=1)


class Correction(_Strict):
    date: dt.date
    kind: DayKindName
    name: dict[Literal["kk", "ru", "en"], str] | None = None
    source: str = Field(min_length=1)


class CalendarData(_Strict):
    transfers: list[TransferEntry] = []
    corrections: list[Correction] = []
    names: dict[str, Names] = {}


@dataclass(frozen=True)
class Day:
    date: dt.date
    kind: DayKindName
    name: dict[str, str] | None = None
    source: str | None = None

    @property
    def working(self) -> bool:
        return self.kind in ("working", "working_weekend")


_SUFFIX = {
    "holiday_moved": {
        "kk": "{name} (демалыс күні ауыстырылды)",
        "ru": "{name} (перенос выходного дня)",
        "en": "{name} (day off moved)",
    },
    "transferred_day_off": {
        "kk": "Демалыс күні ({other} күнінен ауыстырылды)",
        "ru": "Выходной день (перенесён с {other})",
        "en": "Day off (transferred from {other})",
    },
    "working_weekend": {
        "kk": "Жұмыс күні (демалыс {other} күніне ауыстырылды)",
        "ru": "Рабочий день (выходной перенесён на {other})",
        "en": "Working day (the day off moved to {other})",
    },
}


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _base_name(name: str) -> str:
    return name.split(" (")[0]


@dataclass
class KzCalendar:
    data: CalendarData
    _years: dict[int, dict[dt.date, Day]] = field(default_factory=dict, repr=False)

    def _build_year(self, year: int) -> dict[dt.date, Day]:
        # The next year too: a weekend worked in December for a day off in January is listed among
        # the next year's days only (28.12.2013 for 03.01.2014), and its December side is this year's.
        en = holidays.country_holidays("KZ", years=(year, year + 1), language="en_US")
        kk = holidays.country_holidays("KZ", years=year, language="kk")
        days: dict[dt.date, Day] = {}
        pkg_transfers: dict[dt.date, dt.date] = {}
        for working_day, day_off in _package_transfers(en):
            pkg_transfers[day_off] = working_day
        for date, en_name in en.items():
            if date.year != year or date in pkg_transfers:
                continue
            base = _base_name(en_name)
            names = self.data.names.get(base)
            name = {
                "kk": _base_name(kk[date]),
                "ru": names.ru if names else base,
                "en": names.en if names else base,
            }
            moved = "(observed" in en_name
            kind: DayKindName = "holiday_moved" if moved else "holiday"
            if moved:
                name = {
                    lang: _SUFFIX["holiday_moved"][lang].format(name=value) for lang, value in name.items()
                }
            days[date] = Day(date, kind, name, "holidays (KZ)")
        transfers = {day_off: (working, "holidays (KZ)") for day_off, working in pkg_transfers.items()}
        for entry in self.data.transfers:
            if entry.day_off.year == year or entry.working_day.year == year:
                transfers[entry.day_off] = (entry.working_day, entry.source)
        for day_off, (working_day, source) in transfers.items():
            if day_off.year == year:
                days[day_off] = Day(
                    day_off, "transferred_day_off", _transfer_name("transferred_day_off", working_day), source
                )
            if working_day.year == year:
                days[working_day] = Day(
                    working_day, "working_weekend", _transfer_name("working_weekend", day_off), source
                )
        for correction in self.data.corrections:
            if correction.date.year == year:
                days[correction.date] = Day(
                    correction.date, correction.kind, correction.name, correction.source
                )
        return days

    def day(self, date: dt.date) -> Day:
        year_days = self._years.get(date.year)
        if year_days is None:
            year_days = self._years[date.year] = self._build_year(date.year)
        special = year_days.get(date)
        if special is not None:
            return special
        return Day(date, "weekend" if date.weekday() >= 5 else "working")

    def is_working(self, date: dt.date) -> bool:
        return self.day(date).working

    def month(self, year: int, month: int) -> list[Day]:
        last = _stdlib_calendar.monthrange(year, month)[1]
        return [self.day(dt.date(year, month, d)) for d in range(1, last + 1)]

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (``count`` 0 gives ``start``)."""
        current = start
        remaining = count
        while remaining > 0:
            current += dt.timedelta(days=1)
            if self.is_working(current):
                remaining -= 1
        return current


def _package_transfers(en: holidays.HolidayBase) -> list[tuple[dt.date, dt.date]]:
    """(working weekend, day off) pairs the package records as substituted days."""
    pairs = []
    for date, name in en.items():
        if name.startswith("Day off (substituted from "):
            source = dt.datetime.strptime(name.rsplit(" ", 1)[-1].rstrip(")"), "%m/%d/%Y").date()
            pairs.append((source, date))
    return pairs


def _transfer_name(kind: str, other: dt.date) -> dict[str, str]:
    return {lang: template.format(other=_fmt(other)) for lang, template in _SUFFIX[kind].items()}


def add_calendar_days(start: dt.date, count: int) -> dt.date:
    return start + dt.timedelta(days=count)


def add_months(start: dt.date, count: int) -> dt.date:
    """The same day ``count`` months later, clamped to the last day of a shorter month."""
    month_index = start.month - 1 + count
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(start.day, _stdlib_calendar.monthrange(year, month)[1]))


def load_data(path: Path) -> CalendarData:
    with path.open(encoding="utf-8") as fh:
        return CalendarData.model_validate(yaml.safe_load(fh))


@functools.cache
def default(path: Path) -> KzCalendar:
    return KzCalendar(load_data(path))
