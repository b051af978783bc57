"""A citation's sub-point as a person reads it (lawbook.citations): a numbered sub-point, a block
of the register by its letter, a qualification level of the ladders (which the text does not
number). The words are the catalogues' (locale/*/django.po), written out here."""

import pytest

from biliktilik.lawbook.citations import citation_label, subpoint_label


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
