"""Position search as users type: Kazakh or Russian, without Kazakh letters, misspelt, abbreviated."""

import pytest

from biliktilik.rules.search import Entry, Index, fold

TITLES = [
    Entry("chief-accountant", ("Бас бухгалтер", "Главный бухгалтер")),
    Entry("deputy-director", ("Директордың орынбасары", "Заместитель директора")),
    Entry("social-worker", ("Күтім жөніндегі әлеуметтік қызметкер", "Социальный работник по уходу")),
    Entry("cashier", ("Кассир", "Кассир")),
    Entry(
        "branch-head",
        ("ЗТМО облыстық филиалының басшысы", "Руководитель областного филиала ГЦВП", "ЗТМО", "ГЦВП"),
    ),
]


@pytest.fixture(scope="module")
def index():
    return Index(TITLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("бас бухгалтер", "chief-accountant"),
        ("Главный бухгалтер", "chief-accountant"),
        ("главбух", "chief-accountant"),
        ("гл бух", "chief-accountant"),
        ("бухгалтр", "chief-accountant"),
        ("директордын орынбасары", "deputy-director"),
        ("зам директора", "deputy-director"),
        ("замдиректора", "deputy-director"),
        ("заместитель директра", "deputy-director"),
        ("әлеуметтік қызметкер", "social-worker"),
        ("алеуметтик кызметкер", "social-worker"),
        ("соцработник", "social-worker"),
        ("касир", "cashier"),
        ("ЗТМО филиал", "branch-head"),
        ("гцвп", "branch-head"),
    ],
)
def test_the_expected_position_comes_first(index, query, expected):
    hits = index.search(query)
    assert hits, f"nothing found for {query!r}"
    assert hits[0].key == expected


def test_scores_are_between_zero_and_one_best_first(index):
    hits = index.search("директор")
    assert all(0 <= h.score <= 1 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_an_unrelated_query_finds_nothing(index):
    assert index.search("космонавт") == []


def test_an_empty_query_finds_nothing(index):
    assert index.search("  ...  ") == []


def test_fold_maps_kazakh_letters_and_punctuation():
    assert fold("Қазақ-Ғылым, ӘӨҰҮІ!") == "казак гылым аоууи"
