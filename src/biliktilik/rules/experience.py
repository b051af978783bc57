"""Counting work experience, one documented way everywhere.

Convention (DOMAIN.md, project interpretations):
- a period runs from ``start`` to ``end`` inclusive; an open period (``end`` None) runs to the
  evaluation date; a period or its part after the evaluation date does not count;
- overlapping periods count once: the matching periods are merged before counting;
- "N years" of experience is met by at least N × 365 counted calendar days;
- experience "as a category X specialist" includes time at a higher category than X.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

DAYS_PER_YEAR = 365
CATEGORY_RANK = {"none": 0, "second": 1, "first": 2, "higher": 3}


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date | None
    sector: str
    qualification_level: str | None = None
    category: str | None = None
    management: bool = False


def clipped(period: Period, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """The part of a period on or before ``as_of``, or None when nothing of it is."""
    end = as_of if period.end is None or period.end > as_of else period.end
    if period.start > end:
        return None
    return period.start, end


def merged_days(ranges: Iterable[tuple[dt.date, dt.date]]) -> int:
    """Calendar days covered by the ranges, each day once."""
    total = 0
    current_start: dt.date | None = None
    current_end: dt.date | None = None
    for start, end in sorted(ranges):
        if current_end is None or start > current_end + dt.timedelta(days=1):
            if current_end is not None:
                total += (current_end - current_start).days + 1
            current_start, current_end = start, end
        elif end > current_end:
            current_end = end
    if current_end is not None:
        total += (current_end - current_start).days + 1
    return total


def counted_days(periods: Iterable[Period], as_of: dt.date, keep: Callable[[Period], bool]) -> int:
    ranges = []
    for period in periods:
        if keep(period):
            part = clipped(period, as_of)
            if part is not None:
                ranges.append(part)
    return merged_days(ranges)


def at_least_category(category: str | None, minimum: str) -> bool:
    """Held ``minimum`` or a higher category; an unknown category counts as none."""
    return CATEGORY_RANK[category or "none"] >= CATEGORY_RANK[minimum]


def years_met(days: int, years: int) -> bool:
    return days >= years * DAYS_PER_YEAR
