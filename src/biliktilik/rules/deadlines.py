"""Legal periods that are not tied to one procedure: entry into force of an act.

"Enters into force after N calendar days after the day of its first official publication": the
publication day is excluded, days P+1..P+N run, and the act is in force from P+N+1 (docs/reading/).
"""

from __future__ import annotations

import datetime as dt

from biliktilik.lawbook.loader import ActView

from .explain import Trace


def entry_into_force(publication: dt.date, days: int, *, trace: Trace) -> dt.date:
    first_counted = publication + dt.timedelta(days=1)
    last_counted = publication + dt.timedelta(days=days)
    in_force = last_counted + dt.timedelta(days=1)
    trace.add(
        "period_runs",
        publication=publication.isoformat(),
        days=days,
        first=first_counted.isoformat(),
        last=last_counted.isoformat(),
    )
    trace.add("in_force_from", date=in_force.isoformat())
    return in_force


def act_entry_into_force(view: ActView, *, trace: Trace) -> dt.date | None:
    """An act's entry into force as its data states it, explained (estimates marked)."""
    rule = view.act.entry_into_force
    publication = view.act.publication
    if rule is None:
        trace.add("entry_into_force_unknown", act=view.id)
        return None
    if rule.rule == "fixed":
        trace.add("entry_into_force_fixed", act=view.id, date=rule.date.isoformat())
        return rule.date
    if publication is None:
        trace.add("entry_into_force_unknown", act=view.id)
        return None
    trace.add("published", act=view.id, date=publication.date.isoformat())
    if publication.estimated:
        trace.add("publication_estimated")
    if rule.rule == "on_publication":
        trace.add("in_force_from", date=publication.date.isoformat())
        return publication.date
    return entry_into_force(publication.date, rule.days, trace=trace)
