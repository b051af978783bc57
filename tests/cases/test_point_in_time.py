"""The procedure a case follows is the one in force on its registration date.

The seed's regulation (order-2015-407, Appendix 13 as worded by order-2017-2) was in force from
27.03.2017 (order-2017-2's entry into force) to 11.04.2021 (the day before order-2021-84's): a
case registered after it is refused, naming that period. A newer regulation added to ``law/``
serves such a date without any change of code; a test-only act shows it, in a copy of ``law/``.

The test-only act's case is counted by hand across May 2024, where ``law/calendar/kz.yaml``
moves the day off of Saturday 04.05 (a working day) to Wednesday 08.05, with Unity Day (Wed
01.05), Defender of the Fatherland Day (Tue 07.05) and Victory Day (Thu 09.05) around it.
From Tuesday 30.04.2024: 1 working day → Thu 02.05 (01.05 a holiday); 1 → Fri 03.05;
5 → Sat 04.05 (1), Mon 06.05 (2), Fri 10.05 (3; 07, 08, 09 off), Mon 13.05 (4), Tue 14.05 (5);
2 → Wed 15.05, Thu 16.05; then 10 calendar days → Sun 26.05.
"""

import datetime as dt

import pytest

from biliktilik.cases.errors import ProcedureNotInForce, UnknownProcedure
from biliktilik.lawbook import checks

from .conftest import dues, lawbook_with, regulation_for_tests

D = dt.date
# In force from 16.01.2022: ten calendar days after the day of publication.
TEST_ACT = regulation_for_tests(
    "order-2022-999",
    [
        ("intake_officer", 1, "working"),
        ("executor", 1, "working"),
        ("commission", 5, "working"),
        ("management", 2, "working"),
        ("executor", 10, "calendar"),
    ],
)
SOURCE = TEST_ACT["services"]["procedures"][0]["source"]


@pytest.fixture(scope="module")
def newer_law(tmp_path_factory):
    """The real ``law/`` and, beside its acts, the test-only regulation."""
    return lawbook_with(tmp_path_factory.mktemp("law"), TEST_ACT)


def test_the_test_only_act_is_sound_law_data(newer_law):
    assert [p for p in checks.check(newer_law) if "order-2022-999" in p] == []


def test_a_case_registered_while_the_seed_regulation_was_in_force_follows_it(register):
    case = register(D(2021, 4, 9))
    assert case.source["act"] == "order-2015-407"


def test_a_case_registered_after_the_repeal_is_refused_naming_the_period(register):
    with pytest.raises(ProcedureNotInForce) as refused:
        register(D(2021, 4, 12))
    assert refused.value.code == "procedure_not_in_force"
    assert refused.value.loc == ["body", "registered_on"]
    assert refused.value.params["periods"] == "27.03.2017 – 11.04.2021"
    assert "27.03.2017 – 11.04.2021" in refused.value.text()
    assert "12.04.2021" in refused.value.text()


def test_a_case_registered_before_the_wording_of_order_2017_2_is_refused(register):
    with pytest.raises(ProcedureNotInForce):
        register(D(2017, 3, 26))


def test_an_unknown_procedure_is_refused_on_its_field(register):
    with pytest.raises(UnknownProcedure) as refused:
        register(D(2019, 3, 19), procedure="foreigner-certificate/no-such")
    assert refused.value.loc == ["body", "procedure"]


def test_a_newer_regulation_in_law_serves_new_cases_without_code_changes(register, newer_law):
    case = register(D(2024, 4, 30), law=newer_law)
    assert case.source == {
        "act": "order-2022-999",
        "point": "appendix-1",
        "wording_by": None,
        "subpoint": None,
    }
    assert case.number == f"FC-2024-{case.pk:06d}"
    # Hand-counted in the module's docstring, across the May 2024 transfer of kz.yaml.
    assert dues(case) == [D(2024, 5, 2), D(2024, 5, 3), D(2024, 5, 14), D(2024, 5, 16), D(2024, 5, 26)]


def test_between_the_two_regulations_the_refusal_names_both_periods(register, newer_law):
    with pytest.raises(ProcedureNotInForce) as refused:
        register(D(2022, 1, 10), law=newer_law)
    assert refused.value.params["periods"] == "27.03.2017 – 11.04.2021, 16.01.2022 – …"


def test_the_seed_regulation_still_serves_its_own_period_in_the_newer_lawbook(register, newer_law):
    assert register(D(2019, 3, 19), law=newer_law).source["act"] == "order-2015-407"
