"""The rules speak Kazakh unless asked for another language (rules.run): Kazakh is the state
language and the API's default. Each entry point is called without a language and its explanation
compared with the same call in Kazakh and in English."""

import datetime as dt
from pathlib import Path

import pytest

from biliktilik.rules import calendar as kzcal
from biliktilik.rules import run
from biliktilik.rules.inputs import AttestationIn, QualificationIn

CALENDAR = kzcal.default(Path(__file__).resolve().parents[2] / "law" / "calendar" / "kz.yaml")


def _calls(law):
    qualification = QualificationIn.model_validate(
        {
            "requirement": "order-2017-360/54",
            "as_of": "2025-06-01",
            "education": [{"level": "higher", "field": "social"}],
            "work": [{"from": "2020-01-01", "to": None, "sector": "social_protection"}],
        }
    )
    attestation = AttestationIn(as_of=dt.date(2025, 11, 3), attestee="new_employee", test_percent=70)
    return {
        "qualification": lambda **kw: run.qualification(qualification, law=law, **kw),
        "attestation": lambda **kw: run.attestation(attestation, law=law, calendar=CALENDAR, **kw),
        "schedule": lambda **kw: run.schedule(
            "foreigner-certificate/issue", dt.date(2019, 3, 19), law=law, calendar=CALENDAR, **kw
        ),
        "register_grade": lambda **kw: run.register_grade("high", "first", law=law, **kw),
        "entry_into_force": lambda **kw: run.entry_into_force(dt.date(2015, 7, 10), 10, **kw),
    }


def _texts(result: dict) -> list[str]:
    return [step["text"] for step in result["explanation"]]


@pytest.mark.parametrize(
    "name", ["qualification", "attestation", "schedule", "register_grade", "entry_into_force"]
)
def test_an_explanation_is_in_kazakh_unless_another_language_is_asked(lawbook, name):
    call = _calls(lawbook)[name]
    default, kazakh, english = _texts(call()), _texts(call(language="kk")), _texts(call(language="en"))
    assert default and default == kazakh
    assert kazakh != english
