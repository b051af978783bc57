"""P.34 of the attestation rules (order-2024-422 as worded by order-2025-271): "when a
career-centre specialist moves from the medium level of qualification to the high level, the
qualification category 'no category' or 'career consultant' is kept until its term of
validity expires". Our reading: the level is that of the position held (the position held on the
day of the award against the one held on the day asked); a case manager or a mentor moving up is
not named by p.34, so the rule shows a gap instead of deciding."""

import datetime as dt

import pytest

from biliktilik.lawbook import loader
from biliktilik.rules import attestation as rule
from biliktilik.rules.explain import LawGap, Trace
from biliktilik.rules.messages import text

ON = dt.date(2026, 12, 1)
P34 = ("order-2024-422", "34", None, "order-2025-271")


@pytest.fixture(scope="module")
def law():
    return loader.default()


def rise(law, category, then, now, *, on=ON, until=dt.date(2029, 1, 10)):
    trace = Trace()
    status = rule.category_on_level_rise(
        law, category=category, valid_until=until, level_then=then, level_now=now, on=on, trace=trace
    )
    return status, trace


def test_a_career_consultant_moving_from_the_medium_to_the_high_level_keeps_the_category_until_its_term_ends(
    law,
):
    # Awarded 10.01.2026 for p.7's three years: valid until 10.01.2029; moved up since.
    status, trace = rise(law, "career_consultant", "medium", "high")
    assert status == "kept"
    [step] = trace.steps
    assert (step.citation.act, step.citation.point, step.citation.subpoint, step.citation.wording_by) == P34
    assert text(step.code, step.params, "en") == (
        "Qualification level: medium level → high level. The category “career consultant” is kept until "
        "its term ends on 10.01.2029."
    )
    assert text(step.code, step.params, "kk") == (
        "Біліктілік деңгейі: орташа деңгей → жоғары деңгей. «мансап консультанты» санаты қолданылу "
        "мерзімі аяқталғанға дейін, 10.01.2029 дейін сақталады."
    )
    assert text(step.code, step.params, "ru") == (
        "Уровень квалификации: средний уровень → высокий уровень. Категория «карьерный консультант» "
        "сохраняется до истечения срока её действия, до 10.01.2029."
    )


def test_a_case_manager_moving_up_is_not_named_by_p34_so_the_gap_is_shown_not_decided(law):
    status, trace = rise(law, "case_manager", "medium", "high")
    assert status == "not_addressed"
    [step] = trace.steps
    assert step.params["kept"] == ["none", "career_consultant"]
    shown = text(step.code, step.params, "en")
    assert "keep only no category, career consultant;" in shown and "“case manager”" in shown
    assert "«кейс-менеджер»" in text(step.code, step.params, "ru")


@pytest.mark.parametrize(
    ("then", "now"),
    [("medium", "medium"), ("high", "high"), ("high", "medium"), (None, "high"), ("medium", None)],
)
def test_no_other_move_is_a_p34_move(law, then, now):
    assert rise(law, "career_consultant", then, now) == (None, Trace())


def test_before_order_2025_271_the_wording_of_the_rules_is_not_in_our_sources(law):
    # Order 2025-271 (12.09.2025) restated p.34; the earlier wording is not in our sources.
    with pytest.raises(LawGap):
        rise(law, "career_consultant", "medium", "high", on=dt.date(2025, 1, 15))


def _cited(citation):
    return (citation.act, citation.point, citation.subpoint, citation.wording_by)


def test_each_p34_step_names_the_category_both_levels_and_cites_p34(law):
    _, kept = rise(law, "none", "medium", "high")
    assert [(s.code, s.params, _cited(s.citation)) for s in kept.steps] == [
        (
            "level_rise_category_kept",
            {
                "attestation_category": "none",
                "level_then": "medium",
                "level_now": "high",
                "until": "2029-01-10",
            },
            P34,
        )
    ]
    _, silent = rise(law, "mentor", "medium", "high")
    assert [(s.code, s.params, _cited(s.citation)) for s in silent.steps] == [
        (
            "level_rise_not_addressed",
            {
                "attestation_category": "mentor",
                "kept": ["none", "career_consultant"],
                "level_then": "medium",
                "level_now": "high",
            },
            P34,
        )
    ]


def test_without_the_attestation_rules_in_the_lawbook_every_question_is_a_gap_naming_the_act(empty_lawbook):
    with pytest.raises(LawGap) as gap:
        rule.parameters_in_force(empty_lawbook, ON)
    assert (gap.value.code, gap.value.field, gap.value.params) == (
        "unknown_act",
        "as_of",
        {"act": "order-2024-422"},
    )
