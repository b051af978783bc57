"""Reads the calculator pages need besides the rule services: choices and display rows."""

from __future__ import annotations

import datetime as dt
from typing import get_args

from django.utils.translation import gettext as _

from biliktilik.calendar_app import selectors as calendar_selectors
from biliktilik.catalog import selectors as catalog_selectors
from biliktilik.languages import in_language
from biliktilik.rules.inputs import Requirement

from . import services

REQUIREMENTS: tuple[str, ...] = get_args(Requirement)
POSITION_SEPARATOR = "@"


def requirement_choices(language: str) -> list:
    """The points of order-2017-360 a qualification can be checked against. A point tied to
    register positions (catalog.ties, our reading) is a group of those positions' titles, so
    the user picks a position: the value is ``<requirement>@<position id>``; a point the sources
    do not tie stays one option, named by the point."""
    rows = catalog_selectors.requirements_on(dt.date.today())["requirements"]
    by_point = {row["req"].id: row for row in rows}
    choices: list = []
    for requirement in REQUIREMENTS:
        point = requirement.split("/", 1)[1]
        row = by_point.get(point)
        title = in_language(row["req"].position if row else None, language)
        label = (
            _("Point %(point)s — %(title)s") % {"point": point, "title": title}
            if title
            else _("Point %(point)s") % {"point": point}
        )
        tie = row["tie"] if row else {"tied": False}
        if not tie["tied"]:
            choices.append((requirement, label))
            continue
        if not tie["title_stated"]:
            label = _("Point %(point)s — positions by our reading") % {"point": point}
        options = [
            (
                f"{requirement}{POSITION_SEPARATOR}{group['ids'][0]}",
                _("%(title)s (%(link)s)")
                % {"title": in_language(group["title"], language), "link": group["link"]},
            )
            for group in tie["positions"]
        ]
        choices.append((label, options))
    return choices


def procedure_choices(language: str) -> list[tuple[str, str]]:
    """One choice per procedure id (a newer act restating a procedure lists it again; the schedule
    picks the one in force on its start date), titled as the newest act titles it."""
    titles = {p["id"]: p["title"] for p in services.procedure_list()}
    return [(procedure_id, in_language(title, language)) for procedure_id, title in titles.items()]


def procedure(procedure_id: str, act: str | None = None) -> dict | None:
    """The listed procedure of that id (of that act, when given)."""
    listed = services.procedure_list()
    return next((p for p in listed if p["id"] == procedure_id and act in (None, p["citation"]["act"])), None)


def scheduled_rows(schedule: dict, language: str) -> list[dict]:
    """The schedule's steps with the actor's title and the point that sets each term."""
    listed = procedure(schedule["procedure"], schedule["citation"]["act"]) or {"steps": []}
    by_number = {s["number"]: s for s in listed["steps"]}
    rows = []
    for step in schedule["steps"]:
        known = by_number.get(step["number"], {})
        rows.append(
            {
                **step,
                "actor_title": in_language(known.get("actor_title"), language) or step["actor"],
                "citation": known.get("citation"),
            }
        )
    return rows


def period_end(*, start: dt.date, count: int, unit: str, language: str) -> dict:
    """The end of a period and, for working days, the non-working days it stepped over."""
    due = calendar_selectors.add(
        start=start,
        working_days=count if unit == "working" else None,
        calendar_days=count if unit == "calendar" else None,
        months=count if unit == "months" else None,
    )
    skipped = []
    if unit == "working":
        calendar = calendar_selectors.calendar()
        day = start + dt.timedelta(days=1)
        while day < due:
            found = calendar.day(day)
            if not found.working:
                skipped.append(calendar_selectors.day_dict(found, language))
            day += dt.timedelta(days=1)
    return {"start": start, "count": count, "unit": unit, "due": due, "skipped": skipped}
