"""The rule engines as the application calls them: the lawbook and calendar of this process."""

from __future__ import annotations

import datetime as dt

from biliktilik.calendar_app.selectors import calendar
from biliktilik.lawbook import loader
from biliktilik.rules import run
from biliktilik.rules.inputs import AttestationIn, QualificationIn


def qualification_check(*, data: QualificationIn, language: str) -> dict:
    return run.qualification(data, law=loader.default(), language=language)


def attestation_outcome(*, data: AttestationIn, language: str) -> dict:
    return run.attestation(data, law=loader.default(), calendar=calendar(), language=language)


def procedure_list() -> list[dict]:
    return run.procedure_list(loader.default())


def procedure_schedule(*, procedure_id: str, start: dt.date, language: str) -> dict:
    return run.schedule(procedure_id, start, law=loader.default(), calendar=calendar(), language=language)


def register_grade(*, qualification_level: str, category: str, language: str) -> dict:
    return run.register_grade(qualification_level, category, law=loader.default(), language=language)


def entry_into_force(*, publication: dt.date, days: int, language: str) -> dict:
    return run.entry_into_force(publication, days, language=language)
