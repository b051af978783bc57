"""Corrections of the law data: notes that agree with the act's own fields, the seed's spelling
kept, an interpretation stated as one."""

import pytest

from biliktilik.lawbook import loader


@pytest.fixture(scope="module")
def law():
    return loader.default()


def act(law, act_id):
    return law.get(act_id).act


def notes(law, act_id):
    """Every note of the act: the interpretations (in English) and the encoding notes."""
    found = act(law, act_id)
    return " ".join([n.en for n in found.notes] + list(found.encoding_notes))


def test_order_715s_notes_agree_with_its_estimated_publication_and_entry_into_force(law):
    order = act(law, "order-2019-715")
    assert order.publication is not None and order.publication.estimated
    assert order.entry_into_force is not None and order.entry_into_force.estimated
    text = notes(law, "order-2019-715")
    assert "are null" not in text and 'status "unknown"' not in text
    assert "estimates" in text


def test_register_position_c3_0_18_keeps_the_seeds_hyphen(law):
    title = next(
        p for p in act(law, "order-2015-1042").register_of_positions.positions if p.id == "C3.0.18"
    ).title.kk
    assert "гараждың, іс-жүргізу, сақтау камерасының" in title


def test_the_p30_2_reading_is_stated_as_an_interpretation_without_dismissing_the_other(law):
    found = next(n for n in act(law, "order-2024-422").notes if n.en.startswith("p.30(2) decisions"))
    note = found.en
    assert "'on the test results'" in note and "Appendix 1-2 total" in note
    assert "interpretation" in note and "one of two possible readings" in note
    assert "only make sense" not in note
    assert "«тестілеу нәтижелері бойынша»" in found.kk and "түсіндіруіміз" in found.kk
    assert "«по результатам тестирования»" in found.ru and "толкование" in found.ru
