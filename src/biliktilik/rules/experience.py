"""Counting work experience, one documented way everywhere.

Convention (our interpretation of order 360's ladders, ``docs/reading/requirements.md``):
- a period runs from ``start`` to ``end`` inclusive; an open period (``end`` None) runs to the
  evaluation date; a period or its part after the evaluation date does not count;
- overlapping periods count once: the matching periods are merged before counting;
- "N years" of experience is met by at least N × 365 counted calendar days;
- experience "as a category X specialist" includes time at a higher category than X;
- a period in an unknown category counts as "none".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAYS_PER_YEAR = 365
CATEGORY_RANK = {"none": 0, "second": 1, "first": 2, "higher": 3}
ONE_DAY = dt.timedelta(days=1)


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


def years_met(days: int, years: int) -> bool:
    return days >= years * DAYS_PER_YEAR


class Experience:
    """A person's periods seen from one evaluation date, with counted days memoised by filter.

    Periods are clipped to the evaluation date once; each filter then merges the matching
    ranges (see ``experience.py`` for the counting convention).
    """

    __slots__ = ("periods", "as_of", "_clipped", "_memo")

    def __init__(self, periods: tuple[Period, ...], as_of: dt.date):
        self.periods = periods
        self.as_of = as_of
        self._memo: dict = {}
        self._clipped = []
        for p in periods:
            part = clipped(p, as_of)
            if part is not None:
                rank = CATEGORY_RANK[p.category or "none"]
                self._clipped.append((part[0], part[1], p.sector, p.qualification_level, rank, p.management))
        # Merging needs only the dates in order; the other fields may be None and do not compare.
        self._clipped.sort(key=lambda r: (r[0], r[1]))

    def days(
        self,
        *,
        level: str | None = None,
        sectors: frozenset[str] | None = None,
        min_category: str | None = None,
        management: bool = False,
    ) -> int:
        key = (level, sectors, min_category, management)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        min_rank = CATEGORY_RANK[min_category] if min_category is not None else 0
        total = 0
        run_start = run_end = None
        for start, end, sector, period_level, rank, is_management in self._clipped:
            if (
                (level is not None and period_level != level)
                or (sectors is not None and sector not in sectors)
                or rank < min_rank
                or (management and not is_management)
            ):
                continue
            if run_end is None or start > run_end + ONE_DAY:
                if run_end is not None:
                    total += (run_end - run_start).days + 1
                run_start, run_end = start, end
            elif end > run_end:
                run_end = end
        if run_end is not None:
            total += (run_end - run_start).days + 1
        self._memo[key] = total
        return total
