"""Position search as users type: Kazakh or Russian, without Kazakh letters, misspelt, abbreviated."""

import pytest

from biliktilik.rules.search import Entry, Hit, Index, fold, words

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


def test_stop_words_are_dropped_wherever_they_stand_and_short_forms_expanded():
    # "по" is a stop word: the words after it still count; "гл" stands for "главный" (folded "главныи")
    assert words("Социальный работник по уходу") == ["социалныи", "работник", "уходу"]
    assert words("гл. бух") == ["главныи", "бух"]


def test_two_letters_are_already_an_abbreviation(index):
    # "гц" is the start of "ГЦВП" (it is only 2·2/(2+4) = 67 % like the whole word, below 70 %)
    assert [h.key for h in index.search("гц")] == ["branch-head"]


def test_one_letter_is_not_an_abbreviation(index):
    assert index.search("к") == []


def test_a_word_70_percent_like_a_title_word_counts_and_one_below_does_not():
    lab = Index([Entry("laboratory-assistant", ("Лаборант",))])
    # "лаборант" (8 letters) and "лабораторией" (folded "лабораториеи", 12) share л-а-б-о-р-а-т, 7 letters
    # in order: 2·7 / (8 + 12) = 70 %, the minimum; "лабораториями" (13): 2·7 / (8 + 13) = 67 %
    assert [h.key for h in lab.search("лабораторией")] == ["laboratory-assistant"]
    assert lab.search("лабораториями") == []


def test_a_title_holding_only_one_of_two_words_typed_is_not_offered(index):
    # "бухгалтер" is in two titles, "космонавт" in none: half the query is not a position
    assert index.search("бухгалтер космонавт") == []


def test_a_title_typed_as_written_scores_one_and_a_word_typed_twice_no_more(index):
    assert index.search("кассир") == [Hit("cashier", 1.0)]
    (hit,) = index.search("кассир кассир")
    assert hit.key == "cashier" and 0.5 <= hit.score <= 1


def test_an_abbreviation_finds_every_title_with_a_word_it_begins():
    # "соц" begins "социальный" (folded "социалныи") and "социолог": both are offered, though "соц" is
    # only 2·3/(3+8) = 55 % like "социолог", below the 70 % of a typo
    index = Index([Entry("social-worker", ("Социальный работник",)), Entry("sociologist", ("Социолог",))])
    assert {h.key for h in index.search("соц")} == {"social-worker", "sociologist"}


def test_a_typo_finds_every_title_with_a_word_like_it_not_only_the_five_likest():
    # "касир" against six forms of "кассир": 2·5/(5+6) = 91 % ... "кассирами" 2·5/(5+9) = 71 %, all ≥ 70 %
    forms = ["Кассир", "Кассиры", "Кассира", "Кассиру", "Кассиром", "Кассирами"]
    index = Index([Entry(form, (form,)) for form in forms])
    assert {h.key for h in index.search("касир")} == set(forms)


def test_the_words_in_the_order_typed_rank_above_the_same_words_reordered():
    index = Index([Entry("written", ("Главный бухгалтер",)), Entry("reordered", ("Бухгалтер главный",))])
    hits = index.search("главный бухгалтер")
    assert [h.key for h in hits] == ["written", "reordered"]
    assert hits[0].score == 1.0 and hits[1].score < 1.0


def test_a_score_is_given_to_three_decimals(index):
    for query in ("гц", "касир", "зам директора", "социальный работник", "бухгалтр"):
        for hit in index.search(query):
            assert round(hit.score, 3) == hit.score, (query, hit)


@pytest.mark.parametrize(
    ("short", "written_out"),
    [
        ("главбух", "главный бухгалтер"),
        ("соцработник", "социальный работник"),
        ("замдиректора", "заместитель директора"),
        ("завотделом", "заведующий отделом"),
        ("нач", "начальник"),
    ],
)
def test_a_short_form_stands_for_its_words_as_a_title_holds_them(short, written_out):
    # a title is folded (ь dropped, й read as и), so a short form must give the folded words, or it
    # would find its title only as a near miss
    assert words(short) == words(written_out)


def test_a_short_form_finds_its_title_as_typed_in_full():
    index = Index([Entry("social-worker", ("Социальный работник",))])
    assert index.search("соцработник") == [Hit("social-worker", 1.0)]
