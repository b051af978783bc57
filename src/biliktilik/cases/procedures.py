"""The procedure a case follows: the one in force on its registration date, wherever in the
lawbook it is (``rules.procedures.procedure_in_force``), so a newer regulation added to ``law/``
serves new cases without a change of code. The lawbook and the calendar are this process's
(``loader.default``; tests pass their own lawbook)."""

from __future__ import annotations

import datetime as dt

from biliktilik.calendar_app.selectors import calendar as default_calendar
from biliktilik.lawbook import loader
from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Procedure
from biliktilik.rules import procedures as procedure_rule
from biliktilik.rules.calendar import KzCalendar

from .errors import ProcedureNotInForce, UnknownProcedure


def lawbook() -> Lawbook:
    return loader.default()


def calendar() -> KzCalendar:
    return default_calendar()


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "…"


def in_force(procedure_id: str, on: dt.date, *, law: Lawbook) -> Procedure:
    """The procedure ``procedure_id`` in force on ``on``; refused naming the periods its
    regulations were in force when none was on that day."""
    named = procedure_rule.procedures_named(law, procedure_id)
    if not named:
        raise UnknownProcedure(procedure_id)
    item = procedure_rule.procedure_in_force(law, procedure_id, on)
    if item is None:
        periods = [procedure_rule.period_in_force(law, candidate) for candidate in named]
        raise ProcedureNotInForce(
            procedure=procedure_id,
            on=_day(on),
            periods=", ".join(f"{_day(p.start)} – {_day(p.end)}" for p in periods),
        )
    return item


def due_dates(steps, *, start: dt.date, calendar: KzCalendar) -> list[dt.date]:
    """The due dates of ``steps`` (objects with ``term_days`` and ``term_kind``) run one after
    another from ``start``."""
    return procedure_rule.due_dates(
        [(s.term_days, s.term_kind) for s in steps], start=start, calendar=calendar
    )
