"""The dates the rules accept (rules.inputs): an ISO date that exists, within the years the
calendar covers (1950-01-01 to 2100-12-31, both included); each refusal under the stable key
the API translates (api/messages.py: date_format, date_invalid, date_range)."""

import pytest
from pydantic import ValidationError

from biliktilik.rules.inputs import AttestationIn, QualificationIn


def attestation(as_of: str) -> AttestationIn:
    return AttestationIn.model_validate({"as_of": as_of, "attestee": "new_employee", "test_percent": 70})


def refusal(as_of: str) -> tuple[tuple, str]:
    with pytest.raises(ValidationError) as caught:
        attestation(as_of)
    (error,) = caught.value.errors()
    return error["loc"], error["msg"]


@pytest.mark.parametrize("as_of", ["1950-01-01", "2100-12-31"])
def test_the_first_and_the_last_day_of_the_range_are_accepted(as_of):
    assert attestation(as_of).as_of.isoformat() == as_of


@pytest.mark.parametrize("as_of", ["1949-12-31", "2101-01-01"])
def test_the_day_before_and_the_day_after_the_range_are_refused(as_of):
    assert refusal(as_of) == (("as_of",), "Value error, date_range")


def test_a_day_that_does_not_exist_is_refused_as_invalid():
    # 2025 is not a leap year: no 29 February
    assert refusal("2025-02-29") == (("as_of",), "Value error, date_invalid")


def test_a_date_not_written_yyyy_mm_dd_is_refused_as_ill_formed():
    assert refusal("03.11.2025") == (("as_of",), "Value error, date_format")


def test_a_work_period_ending_on_its_first_day_is_one_day_and_one_ending_before_is_refused():
    work = {"from": "2024-05-04", "to": "2024-05-04", "sector": "social_protection"}
    data = {"requirement": "order-2017-360/54", "as_of": "2025-06-01", "work": [work]}
    assert QualificationIn.model_validate(data).work[0].to.isoformat() == "2024-05-04"
    with pytest.raises(ValidationError) as caught:
        QualificationIn.model_validate({**data, "work": [{**work, "to": "2024-05-03"}]})
    (error,) = caught.value.errors()
    assert (error["loc"], error["msg"]) == (("work", 0, "to"), "Value error, period_end_before_start")
