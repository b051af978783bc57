"""The alphabetical order of names, without a database: Kazakh and Russian, capitals or not."""

from biliktilik.languages import in_language, pick
from biliktilik.staff.collation import KAZAKH, RUSSIAN, sort_key


def test_the_kazakh_alphabet_has_its_42_letters_in_order():
    assert len(KAZAKH) == 42 and len(set(KAZAKH)) == 42
    assert KAZAKH.index("Қ") == KAZAKH.index("К") + 1 and KAZAKH.index("І") == KAZAKH.index("Ы") + 1
    shuffled = sorted(KAZAKH, key=ord)  # code point order: Ё, А…Я, then Ғ Қ Ң Ү Ұ Һ І Ә Ө
    assert sorted(shuffled, key=lambda c: sort_key(c, "kk")) == list(KAZAKH)


def test_russian_order_puts_each_kazakh_letter_after_the_russian_one_it_is_built_on():
    assert set(RUSSIAN) == set(KAZAKH)
    for kazakh, russian in zip("ӘҒІҚҢӨҰҺ", "АГИКНОУХ", strict=True):
        assert RUSSIAN.index(kazakh) == RUSSIAN.index(russian) + 1
    assert RUSSIAN.index("Ү") == RUSSIAN.index("Ұ") + 1
    names = ["Ясинов", "Әлиев", "Абаев", "Бекенов", "Ёлкин", "Ежов"]
    assert sorted(names, key=lambda n: sort_key(n, "ru")) == [
        "Абаев",
        "Әлиев",
        "Бекенов",
        "Ежов",
        "Ёлкин",
        "Ясинов",
    ]


def test_capitals_and_small_letters_sort_alike_and_a_shorter_word_comes_first():
    names = ["шәкенова", "Қасымов", "құрманов", "Үсенов", "Қасым Ерлан"]
    ordered = sorted(names, key=lambda n: sort_key(n, "kk"))
    assert ordered == ["Қасым Ерлан", "Қасымов", "құрманов", "Үсенов", "шәкенова"]


def test_text_in_a_language_falls_back_to_kazakh_then_russian_then_english():
    assert pick({"kk": "Маман", "ru": "Специалист"}, "ru") == ("Специалист", "ru")
    assert pick({"kk": "Маман", "ru": ""}, "ru") == ("Маман", "kk")
    assert pick({"ru": "Специалист", "en": "Specialist"}, "kk") == ("Специалист", "ru")
    assert pick(None, "kk") == (None, None)
    assert in_language({}, "en") == ""
