"""The demo's draft amendment: the methodologist's p.54 with 4 years for the higher category,
saved and run on the registry once (the worker runs it after ``make run`` starts), so the
simulations' pages open on a result."""

from __future__ import annotations

import datetime as dt

from biliktilik.lawbook import loader

from . import draft_writer, services

TITLE = {
    "kk": "54-тармақ: жоғары санатқа бірінші санатта 4 жыл",
    "ru": "П.54: для высшей категории 4 года в первой",
    "en": "P.54: 4 years at the first category for the higher",
}


def build_demo(*, accounts: dict, organization, small: bool) -> dict:
    """``biliktilik demo``'s call; the draft enters into force on the first day of next year."""
    methodologist = accounts["methodologist"]
    entry = dt.date(dt.date.today().year + 1, 1, 1)
    amendment = draft_writer.ladder_years(
        loader.default(),
        draft_id=f"draft-{entry.year}-54",
        title=TITLE,
        entry=entry,
        requirement="54",
        category="higher",
        years=4,
    )
    draft = services.draft_save(actor=methodologist, title=TITLE["kk"], amendment=amendment)
    services.simulation_start(
        actor=methodologist, as_of=entry, title=TITLE["kk"], amendment=amendment, draft=draft
    )
    return {"drafts": 1, "simulations queued": 1}
