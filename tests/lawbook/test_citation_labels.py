"""A citation's sub-point as a person reads it (lawbook.citations): a numbered sub-point, a block
of the register by its letter, a qualification level of the ladders (which the text does not
number). The words are the catalogues' (locale/*/django.po), written out here."""

import pytest

from biliktilik.lawbook import loader
from biliktilik.lawbook.citations import (
    citation_label,
    point_label,
    printed_number,
    subpoint_label,
    wording_label,
)
from biliktilik.lawbook.schema import Citation

from .test_drafts_refusals import DRAFT, p54_draft, parsed


@pytest.mark.parametrize(
    ("subpoint", "language", "label"),
    [
        ("1", "kk", "1) тармақша"),
        ("1", "ru", "пп. 1)"),
        ("1", "en", "subp. 1"),
        ("12", "ru", "пп. 12)"),
        # one letter is a block of the register, named in capitals
        ("b", "kk", "B блогы"),
        ("b", "ru", "блок B"),
        ("b", "en", "block B"),
        # two letters are not a block
        ("ab", "en", "subp. ab"),
        # the ladders' levels
        ("high", "kk", "жоғары деңгей"),
        ("medium", "ru", "средний уровень"),
        ("high", "en", "high level"),
        # a language we do not have reads Kazakh
        ("1", "de", "1) тармақша"),
        ("b", "de", "B блогы"),
        ("medium", "de", "орташа деңгей"),
    ],
)
def test_a_subpoint_is_named_as_a_reader_says_it(subpoint, language, label):
    assert subpoint_label(subpoint, language) == label


def test_a_citation_with_a_subpoint_names_it_after_the_point():
    # order-2024-422, adopted 05.11.2024 (law/acts/order-2024-422.yaml), p.17, sub-point 2
    citation = {"act": "order-2024-422", "point": "17", "subpoint": "2", "wording_by": None}
    assert citation_label(citation, "ru") == "приказ № 422 от 05.11.2024, п. 17, пп. 2)"


@pytest.mark.parametrize(
    ("point", "language", "in_full", "label"),
    [
        ("12-3", "kk", False, "12-3-тармақ"),
        ("12-3", "ru", False, "п. 12-3"),
        ("12-3", "en", False, "p. 12-3"),
        ("12-3", "ru", True, "пункт 12-3"),
        ("12-3", "en", True, "point 12-3"),
        ("12-3", "kk", True, "12-3-тармақ"),
        ("appendix", "ru", False, "приложение"),
        ("appendix", "kk", False, "қосымша"),
        ("appendix-1-2", "ru", False, "приложение 1-2"),
        ("appendix-1-2", "kk", False, "1-2-қосымша"),
        ("preamble", "ru", False, "преамбула"),
        ("preamble", "en", False, "preamble"),
        # the professional standard's paragraphs are points "standard-N": read as paragraph N
        ("standard-13", "ru", False, "п. 13"),
        ("standard-13", "ru", True, "пункт 13"),
        # an id that is no number stays as it is
        ("standard-title", "ru", False, "standard-title"),
        ("card-1", "kk", False, "card-1"),
        ("12-", "ru", False, "12-"),
        ("x12", "ru", False, "x12"),
        # a language we do not have reads Kazakh
        ("12-3", "de", False, "12-3-тармақ"),
        ("appendix", "de", False, "қосымша"),
        ("appendix-1-2", "de", False, "1-2-қосымша"),
        ("preamble", "de", False, "кіріспе"),
    ],
)
def test_a_point_is_named_as_a_reader_says_it(point, language, in_full, label):
    assert point_label(point, language, in_full=in_full) == label


def test_the_point_label_is_short_unless_asked_in_full():
    assert point_label("7", "ru") == "п. 7"


@pytest.mark.parametrize(
    ("act", "language", "label"),
    [
        # order-2024-316 (law/acts/order-2024-316.yaml: number 316)
        ("order-2024-316", "kk", "№ 316 бұйрықтың редакциясы"),
        ("order-2024-316", "ru", "в редакции приказа № 316"),
        ("order-2024-316", "en", "as worded by order No. 316"),
        ("order-2024-316", "de", "№ 316 бұйрықтың редакциясы"),
        # a draft in no book is still "the draft", an unknown act keeps its id
        ("draft-2027-54", "ru", "в редакции проекта"),
        ("draft-2027-54", "de", "жобаның редакциясы"),
        ("order-2099-1", "ru", "order-2099-1"),
    ],
)
def test_a_wording_is_named_by_the_act_that_gave_it(act, language, label):
    assert wording_label(act, language) == label


def test_a_draft_laid_over_the_law_is_named_the_draft_not_by_its_number():
    book = parsed(p54_draft()).book
    assert book.get(DRAFT) is not None
    assert wording_label(DRAFT, "ru", book) == "в редакции проекта"
    assert wording_label(DRAFT, "de", book) == "жобаның редакциясы"
    assert wording_label(DRAFT, "en", book) == "as worded by the draft"


def test_a_point_is_cited_by_the_number_the_act_prints():
    # order-2019-715 (law/acts/order-2019-715.yaml): the four occupation cards are paragraphs 9-12,
    # encoded as points "card-1".."card-4"; "standard-13" has no printed number of its own
    assert printed_number("order-2019-715", "card-1") == "9"
    assert printed_number("order-2019-715", "card-4") == "12"
    assert printed_number("order-2019-715", "standard-13") == "standard-13"
    assert printed_number("order-2019-715", "card-99") == "card-99"
    assert printed_number("order-2099-1", "card-1") == "card-1"
    # an explicit book is the one read
    assert printed_number("order-2019-715", "card-1", loader.default()) == "9"


def test_a_citation_reads_act_point_subpoint_and_wording_in_that_order():
    # order-2017-360 of 25.10.2017, p.54 (high level), as worded by order-2024-316
    full = {"act": "order-2017-360", "point": "54", "subpoint": "high", "wording_by": "order-2024-316"}
    assert (
        citation_label(full, "ru")
        == "приказ № 360 от 25.10.2017, п. 54, высокий уровень, в редакции приказа № 316"
    )
    assert (
        citation_label(full, "kk")
        == "№ 360 бұйрық (25.10.2017), 54-тармақ, жоғары деңгей, № 316 бұйрықтың редакциясы"
    )
    assert citation_label({"act": "order-2017-360"}, "ru") == "приказ № 360 от 25.10.2017"
    # a card of the standard by its printed paragraph
    assert (
        citation_label({"act": "order-2019-715", "point": "card-1"}, "ru")
        == "приказ № 715 от 31.12.2019, п. 9"
    )


def test_a_citation_object_reads_as_its_dict_does():
    citation = Citation(act="order-2017-360", point="54", subpoint="high", wording_by="order-2024-316")
    assert citation_label(citation, "ru") == citation_label(citation.model_dump(), "ru")
    assert citation_label(Citation(act="order-2017-360", point="9"), "en").endswith(", p. 9")


def test_a_citation_to_a_draft_reads_it_from_the_book_given():
    checked = parsed(p54_draft())
    citation = {"act": "order-2017-360", "point": "54", "wording_by": DRAFT}
    assert (
        citation_label(citation, "ru", checked.book)
        == "приказ № 360 от 25.10.2017, п. 54, в редакции проекта"
    )


def test_a_citation_reads_every_part_from_the_book_given(empty_lawbook):
    # In a book holding no act, neither order-2019-715 nor order-2024-316 is known: each part keeps
    # its id (the point its id too, having no printed number there), where the law in force names them.
    card = {"act": "order-2019-715", "point": "card-1", "wording_by": "order-2024-316"}
    assert citation_label(card, "ru", empty_lawbook) == "order-2019-715, card-1, order-2024-316"
    assert citation_label(card, "ru") == "приказ № 715 от 31.12.2019, п. 9, в редакции приказа № 316"
