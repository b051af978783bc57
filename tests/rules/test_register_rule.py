"""The register as a rule: a typed title → its block, link and level, with the point cited."""

import pytest

from biliktilik.rules.explain import Trace
from biliktilik.rules.register import classify_title


@pytest.mark.parametrize(
    ("title", "block", "link"),
    [
        ("кассир", "D", "D1"),
        ("архивариус", "D", "D1"),
        ("Мансап орталығының ассистенті", "D", "D1"),
    ],
)
def test_a_title_is_placed_in_the_register(lawbook, title, block, link):
    trace = Trace()
    position, score = classify_title(lawbook, title, trace=trace)
    assert (position.block, position.link) == (block, link)
    assert 0 < score <= 1
    assert trace.citation_list() == [position.source]
    assert trace.steps[0].code == "register_match"


def test_an_unknown_title_is_said_to_be_unknown(lawbook):
    trace = Trace()
    assert classify_title(lawbook, "космонавт", trace=trace) is None
    assert [s.code for s in trace.steps] == ["register_no_match"]


def test_a_title_that_fits_several_cells_is_flagged_not_silently_guessed(lawbook):
    trace = Trace()
    classify_title(lawbook, "программист", trace=trace)
    ambiguous = [s for s in trace.steps if s.code == "register_ambiguous"]
    assert ambiguous and {"C2.0.08", "C3.0.07"} <= set(ambiguous[0].params["ids"])


def test_the_match_step_names_the_title_the_position_and_its_cell(lawbook):
    # "кассир" is D1.0.07 in the register's appendix, sub-point d (technical staff, no level), a
    # title of the act itself (not inferred); typed exactly, it scores 1
    trace = Trace()
    position, score = classify_title(lawbook, "кассир", trace=trace)
    assert (position.id, score) == ("D1.0.07", 1.0)
    assert [(s.code, s.params) for s in trace.steps] == [
        (
            "register_match",
            {
                "title": "кассир",
                "id": "D1.0.07",
                "block": "D",
                "link": "D1",
                "level": None,
                "score": 1.0,
                "inferred": False,
            },
        )
    ]
    assert trace.steps[0].citation == position.source


def test_an_unknown_title_is_named_in_the_step(lawbook):
    trace = Trace()
    assert classify_title(lawbook, "космонавт", trace=trace) is None
    assert [(s.code, s.params, s.citation) for s in trace.steps] == [
        ("register_no_match", {"title": "космонавт"}, None)
    ]


def test_two_cells_equally_near_are_both_named(lawbook):
    # "менеджер" is as near to C2.0.04 as to C3.0.04 (both "мемлекеттік сатып алулар жөніндегі
    # менеджер", in two links): the first is shown, and the tie is said, naming both
    trace = Trace()
    position, _ = classify_title(lawbook, "менеджер", trace=trace)
    assert position.id == "C2.0.04"
    assert [(s.code, s.params, s.citation) for s in trace.steps[1:]] == [
        ("register_ambiguous", {"title": "менеджер", "ids": ["C2.0.04", "C3.0.04"]}, None)
    ]


def test_the_match_step_carries_the_level_of_a_leveled_cell(lawbook):
    # "басшы" (head) is an alias of A1.1.01, the head of a republican organization: block A,
    # link A1 (inferred from the row order, see the position's note), level 1
    trace = Trace()
    position, _ = classify_title(lawbook, "басшы", trace=trace)
    match = trace.steps[0]
    assert (match.code, position.id) == ("register_match", "A1.1.01")
    assert {k: match.params[k] for k in ("id", "block", "link", "level", "inferred")} == {
        "id": "A1.1.01",
        "block": "A",
        "link": "A1",
        "level": "1",
        "inferred": True,
    }


def test_a_title_in_russian_or_english_finds_its_position(lawbook):
    # C2.0.04 "менеджер по государственным закупкам" in Russian; D1.0.07 "cashier" in English
    assert classify_title(lawbook, "менеджер по государственным закупкам", trace=Trace())[0].id == "C2.0.04"
    assert classify_title(lawbook, "cashier", trace=Trace())[0].id == "D1.0.07"


def test_without_the_register_no_title_is_found(empty_lawbook):
    trace = Trace()
    assert classify_title(empty_lawbook, "кассир", trace=trace) is None
    assert [s.code for s in trace.steps] == ["register_no_match"]


def test_an_unknown_requirement_is_a_gap_naming_it(lawbook):
    import datetime as dt

    from biliktilik.rules.explain import LawGap
    from biliktilik.rules.qualification import requirement_in_force

    with pytest.raises(LawGap) as gap:
        requirement_in_force(lawbook, "99", dt.date(2025, 6, 1))
    assert (gap.value.code, gap.value.field, gap.value.params) == (
        "unknown_requirement",
        "requirement",
        {"requirement": "99"},
    )
