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
