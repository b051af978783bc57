"""Schedules of the state-service procedures (the seed's: order-2015-407, Appendix 13 as added by
order-2017-2): steps run one after another, each from the due date of the previous one (the
first from the start date), each taking its full term on the Kazakhstan calendar.

Procedures are read from every act of the lawbook that holds state-service regulations, so a
newer regulation added to ``law/`` is listed and scheduled without a change of code; one that
restates a procedure of an older act adds an entry under the same id, told apart by its act and
the period its regulation was in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Procedure, Services

from .calendar import KzCalendar, add_calendar_days
from .explain import LawGap, Trace


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    number: int
    actor: str
    days: int
    kind: str
    due: dt.date


def regulations(law: Lawbook) -> list[tuple[str, Services]]:
    """(act id, its state-service regulations) for every act that holds some, the oldest first."""
    return [(view.id, view.act.services) for view in law.ordered() if view.act.services is not None]


def all_procedures(law: Lawbook) -> list[tuple[Services, Procedure]]:
    """Every procedure of every act, with the regulations it belongs to (for its actors), the
    oldest act first."""
    return [(services, item) for _act, services in regulations(law) for item in services.procedures]


def procedure(law: Lawbook, procedure_id: str, on: dt.date | None = None) -> Procedure:
    """The procedure ``procedure_id`` for a schedule started on ``on``: the one in force then; when
    none was, the latest whose regulation had come into force by then (the dates are for
    reference), or, before every one, the first; without ``on``, the newest."""
    named = procedures_named(law, procedure_id)
    if not named:
        raise LawGap("unknown_procedure", "id", procedure=procedure_id)
    if on is None:
        return named[-1]
    found = procedure_in_force(law, procedure_id, on)
    if found is not None:
        return found
    begun = [item for item in named if (period_in_force(law, item).start or dt.date.min) <= on]
    return begun[-1] if begun else named[0]


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
    return period_cited(law, item.source.act, item.source.point, item.source.wording_by)


def period_cited(law: Lawbook, act: str, point: str | None, wording_by: str | None) -> Period:
    """``period_in_force`` of the procedure cited as (act, point, wording_by): a case keeps only
    the citation of the procedure it follows."""
    view = law.get(act)
    if view is None:
        return Period(None, None)
    start, end = view.effective_from, None
    if view.repealed_from is not None:
        end = view.repealed_from - dt.timedelta(days=1)
    found = view.points_by_id.get(point) if point else None
    versions = [v for v in (found.versions if found else ()) if v.wording_by == wording_by]
    if versions:
        starts = [v.valid_from for v in versions if v.valid_from is not None]
        if starts and (start is None or min(starts) > start):
            start = min(starts)
        ends = [v.valid_to for v in versions]
        if None not in ends and (end is None or max(ends) < end):
            end = max(ends)
    return Period(start, end)


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a procedure's regulation stands on a day: its act's status then, the period it was
    (or is) in force, and, once the act is repealed in our sources, from when and by which act."""

    act: str
    status: str
    period: Period
    repealed_from: dt.date | None
    repealed_by: str | None


def standing(law: Lawbook, act: str, point: str | None, wording_by: str | None, on: dt.date) -> Standing:
    view = law.get(act)
    if view is None:
        return Standing(act, "unknown", Period(None, None), None, None)
    repealed_by = view.act.repealed.by if view.act.repealed and view.repealed_from else None
    return Standing(
        act=act,
        status=view.status(on),
        period=period_cited(law, act, point, wording_by),
        repealed_from=view.repealed_from,
        repealed_by=repealed_by,
    )


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
