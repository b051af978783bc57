"""The month view of the Kazakhstan working-day calendar."""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from . import selectors


def current_month(request: HttpRequest) -> HttpResponse:
    today = dt.date.today()
    return redirect("calendar:month", year=today.year, month=today.month)


def month(request: HttpRequest, year: int, month: int) -> HttpResponse:
    if not 1 <= month <= 12 or not selectors.MIN_DATE.year <= year <= selectors.MAX_DATE.year:
        raise Http404("month out of range")
    language = (get_language() or "kk")[:2]
    days = [selectors.day_dict(d, language) for d in selectors.calendar().month(year, month)]
    lead = [None] * dt.date(year, month, 1).weekday()
    cells = lead + days
    weeks = [cells[i : i + 7] for i in range(0, len(cells), 7)]
    weeks[-1] += [None] * (7 - len(weeks[-1]))
    prev_month = (dt.date(year, month, 1) - dt.timedelta(days=1)).replace(day=1)
    next_month = dt.date(year, month, stdlib_calendar.monthrange(year, month)[1]) + dt.timedelta(days=1)
    return render(
        request,
        "calendar_app/month.html",
        {
            "year": year,
            "month": month,
            "first": dt.date(year, month, 1),
            "weeks": weeks,
            "special": [d for d in days if d["kind"] not in ("working", "weekend")],
            "working_count": sum(1 for d in days if d["working"]),
            "prev": prev_month,
            "next": next_month,
        },
    )
