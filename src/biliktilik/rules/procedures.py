"""Schedules of the state-service procedures (order-2015-407, Appendix 13 as added by
order-2017-2): steps run one after another, each from the due date of the previous one (the
first from the start date), each taking its full term on the Kazakhstan calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Procedure, Services

from .calendar import KzCalendar, add_calendar_days
from .explain import LawGap, Trace

BASE_ACT = "order-2015-407"


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    number: int
    actor: str
    days: int
    kind: str
    due: dt.date


def services(law: Lawbook) -> Services:
    view = law.get(BASE_ACT)
    if view is None or view.act.services is None:
        raise LawGap("unknown_act", "procedure", act=BASE_ACT)
    return view.act.services


def procedure(law: Lawbook, procedure_id: str) -> Procedure:
    for item in services(law).procedures:
        if item.id == procedure_id:
            return item
    raise LawGap("unknown_procedure", "id", procedure=procedure_id)


def in_force(law: Lawbook, item: Procedure, on: dt.date) -> bool:
    """Whether the regulation holding the procedure was in force, in the wording it cites, on ``on``."""
    view = law.get(item.source.act)
    return view is not None and view.status(on) == "in_force" and law.wording_in_force(item.source, on)


def schedule(law: Lawbook, item: Procedure, *, start: dt.date, calendar: KzCalendar, trace: Trace):
    """(in_force, steps, due) for a procedure started on ``start``."""
    active = in_force(law, item, start)
    trace.add(
        "regulation_in_force" if active else "regulation_not_in_force", item.source, date=start.isoformat()
    )
    current = start
    steps = []
    for step in item.steps:
        if step.term.kind == "working":
            current = calendar.add_working_days(current, step.term.days)
        else:
            current = add_calendar_days(current, step.term.days)
        trace.add(
            "step_due",
            step.term.source,
            number=step.number,
            actor=step.actor,
            days=step.term.days,
            kind=step.term.kind,
            due=current.isoformat(),
        )
        steps.append(ScheduledStep(step.number, step.actor, step.term.days, step.term.kind, current))
    return active, steps, current


# --- the procedure in force on a date, wherever the lawbook holds it ---------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """The days a procedure's regulation was in force in the wording the procedure cites; ``end``
    None: in force still (or until our sources say otherwise)."""

    start: dt.date | None
    end: dt.date | None


def procedures_named(law: Lawbook, procedure_id: str) -> list[Procedure]:
    """Every procedure with this id in any act of the lawbook, the oldest act first: a newer
    regulation that restates a procedure adds an entry, it does not replace the old one."""
    return [
        item
        for view in law.ordered()
        if view.act.services is not None
        for item in view.act.services.procedures
        if item.id == procedure_id
    ]


def procedure_in_force(law: Lawbook, procedure_id: str, on: dt.date) -> Procedure | None:
    """The procedure of that id in force on ``on`` (the newest act's, should two overlap)."""
    found = [item for item in procedures_named(law, procedure_id) if in_force(law, item, on)]
    return found[-1] if found else None


def period_in_force(law: Lawbook, item: Procedure) -> Period:
    """From the act's entry into force (or the cited wording's first day) to the day before its
    repeal (or the wording's last day)."""
    view = law.get(item.source.act)
    if view is None:
        return Period(None, None)
    start, end = view.effective_from, None
    if view.repealed_from is not None:
        end = view.repealed_from - dt.timedelta(days=1)
    point = view.points_by_id.get(item.source.point)
    versions = [v for v in (point.versions if point else ()) if v.wording_by == item.source.wording_by]
    if versions:
        starts = [v.valid_from for v in versions if v.valid_from is not None]
        if starts and (start is None or min(starts) > start):
            start = min(starts)
        ends = [v.valid_to for v in versions]
        if None not in ends and (end is None or max(ends) < end):
            end = max(ends)
    return Period(start, end)


def due_dates(terms: list[tuple[int, str]], *, start: dt.date, calendar: KzCalendar) -> list[dt.date]:
    """The due date of each of ``terms`` (days, kind) run one after another from ``start``, each
    counted from the due date of the one before, as ``schedule`` counts them."""
    current, dues = start, []
    for days, kind in terms:
        if kind == "working":
            current = calendar.add_working_days(current, days)
        else:
            current = add_calendar_days(current, days)
        dues.append(current)
    return dues
