"""Alphabetical order of names and titles in Kazakh and in Russian (pure Python, no Django).

Neither SQLite nor a PostgreSQL built with the C or C.UTF-8 locale knows the Kazakh alphabet:
both compare code points, which puts Қ (U+049A), Ү (U+04AE) and Ә (U+04D8) after Ш and Я. So
each letter is written as two ASCII digits in its alphabet's order (space "00", hyphen "01",
digits "10"–"19", letters from "20"), the key is stored beside the name by whatever writes the
name (``models.employee_sort_keys``), and the database sorts and paginates by it like any
column: plain digit strings compare the same in every collation of every database. (A column
the database computes itself would need one nested REPLACE per letter; SQLite's parser refuses
more than about 25.)

The Kazakh order is that of the 42-letter Cyrillic alphabet (1940, as taught and printed in
Kazakhstan); the Russian order is the 33 Russian letters with each Kazakh letter right after the
Russian letter it is built on (Ә after А, Ғ after Г, І after И, Қ after К, Ң after Н, Ө after О,
Ұ and Ү after У, Һ after Х), so Kazakh names on Russian pages sit where a Russian reader looks.
"""

from __future__ import annotations

KAZAKH = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
RUSSIAN = "АӘБВГҒДЕЁЖЗИІЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫЬЭЮЯ"
ALPHABETS = {"kk": KAZAKH, "ru": RUSSIAN}
FIRST_LETTER = 20


def codes(language: str) -> dict[str, str]:
    """Each character that has a place in ``language``'s order, with its two-digit code."""
    table = {" ": "00", "-": "01"}
    table.update({str(digit): str(10 + digit) for digit in range(10)})
    for index, letter in enumerate(ALPHABETS[language]):
        code = str(FIRST_LETTER + index)
        table[letter] = code
        table[letter.lower()] = code
    return table


_CODES = {language: codes(language) for language in ALPHABETS}


def sort_key(text: str, language: str) -> str:
    """The key that sorts ``text`` in ``language``'s alphabetical order, capitals or not; what
    has no place in the alphabet (Latin letters, other signs) is kept as it is, after the letters.
    The same key the database computes for its stored columns."""
    table = _CODES[language]
    return "".join(table.get(character, character) for character in text)


def sort_language(language: str) -> str:
    """The order a page in ``language`` lists things in: Russian on Russian pages, else Kazakh."""
    return "ru" if language == "ru" else "kk"
