"""A small registry for the simulations: the staff tests' world (two centres, an account for
every role) and drafts written by the form's writer, as a methodologist would start one."""

import datetime as dt

from biliktilik.lawbook import loader
from biliktilik.simulations import draft_writer
from tests.staff.conftest import bearer, world  # noqa: F401 - fixtures shared with the registry's tests

# The drafts' assumed entry into force, and the day the simulations read the registry.
ENTRY = dt.date(2027, 3, 1)
TITLE = {"kk": "Жоба", "ru": "Проект", "en": "Draft"}


def p54_years(years: int, *, draft_id: str = "draft-2027-54") -> str:
    """P.54's higher category after ``years`` as first category (3 in force)."""
    return draft_writer.ladder_years(
        loader.default(),
        draft_id=draft_id,
        title=TITLE,
        entry=ENTRY,
        requirement="54",
        category="higher",
        years=years,
    )


def p17_threshold(attestee: str, percent: float, *, draft_id: str = "draft-2027-17") -> str:
    return draft_writer.threshold(
        loader.default(), draft_id=draft_id, title=TITLE, entry=ENTRY, attestee=attestee, percent=percent
    )
