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
