"""Every message is a whole sentence translated into Kazakh and Russian with the same
placeholders; the values in it are named in the reader's language (that every code a rule emits
has one: test_message_codes.py)."""

import functools
import string
from pathlib import Path

import polib
import pytest

from biliktilik.rules.messages import MESSAGES, text

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@functools.cache
def catalogue(language: str) -> dict[str, polib.POEntry]:
    return {
        e.msgid: e
        for e in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
        if not e.obsolete
    }


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_is_translated_with_the_same_placeholders(code, language):
    message = MESSAGES[code]
    entry = catalogue(language)[message[0] if isinstance(message, tuple) else message]
    assert entry.translated() and "fuzzy" not in entry.flags
    forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    assert all(placeholders(form) == placeholders(entry.msgid) for form in forms)


def test_values_are_named_in_the_reader_language():
    params = {"qualification_level": "high", "category": "none"}
    assert text("level_result", params, "kk") == "Нәтиже (жоғары деңгей): санатсыз."
    assert text("level_result", params, "ru") == "Итог (высокий уровень): без категории."
    assert text("manager_result", {"eligible": True}, "en").endswith("yes.")


def test_the_same_code_is_named_by_its_domain():
    """ "higher" is an education in one place and a category in another."""
    params = {"education_level": "higher", "education_field": "social", "levels": ["higher"], "fields": None}
    assert "высшее образование (социальное направление)" in text("education_met", params, "ru")
    assert "высшая категория" in text(
        "level_result", {"qualification_level": "high", "category": "higher"}, "ru"
    )


def test_a_count_takes_the_languages_plural_form():
    assert text("periods_without_level_not_counted", {"count": 1}, "ru").startswith("1 период без")
    assert text("periods_without_level_not_counted", {"count": 3}, "ru").startswith("3 периода без")
    assert text("periods_without_level_not_counted", {"count": 5}, "ru").startswith("5 периодов без")
    assert text("periods_without_level_not_counted", {"count": 2}, "en").startswith("2 periods")


def test_an_act_is_named_by_its_number_and_date_and_a_date_is_written_the_local_way():
    shown = text("in_force_from", {"date": "2024-08-31"}, "kk")
    assert shown == "31.08.2024 бастап қолданысқа енгізіледі."
    assert "order-2017-360" not in text("entry_into_force_unknown", {"act": "order-2017-360"}, "ru")
