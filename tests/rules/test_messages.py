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


def test_an_empty_value_is_said_by_what_it_means_and_otherwise_a_dash():
    # "fields" empty: the point names no field → "any field" (ru "любая специальность"), not "field: ."
    params = {"levels": ["higher"], "fields": []}
    assert text("education_not_met", params, "ru") == (
        "Требование к образованию не выполнено: требуется высшее образование, "
        "направление: любая специальность."
    )
    # the top band of p.30(2) has no maximum: a dash; 85.0 is written 85
    band = {"decision": "meets_declared_category", "score": "assessment_total", "min": 85.0, "max": None}
    assert text("decision_band", band, "ru") == (
        "Решение: соответствует заявленной категории (общий балл оценки: от 85 до —)."
    )
    assert text("decision_band", {**band, "min": 70.5}, "en") == (
        "Decision: meets the declared category (assessment total from 70.5 to —)."
    )


def test_each_way_of_a_gap_is_shown_as_its_figures_in_order_with_the_decision_named():
    # a rating of 3.95 between the rows of Appendix 1-2: 10 or 0 rating points; 0 violations → 10;
    # 65 test points + 10 + 10 = 85 → the declared category, 65 + 0 + 10 = 75 → the category held
    ways = [
        {
            "rating_points": 10.0,
            "violations_points": 10.0,
            "total": 85.0,
            "decision": "meets_declared_category",
        },
        {
            "rating_points": 0.0,
            "violations_points": 10.0,
            "total": 75.0,
            "decision": "meets_current_category",
        },
    ]
    assert text("gap_both_ways", {"outcomes": ways}, "ru") == (
        "Пробел оценён всеми способами; баллы за оценку → баллы за нарушения → итог → решение: "
        "10 → 10 → 85 → соответствует заявленной категории, 0 → 10 → 75 → соответствует имеющейся категории."
    )


def test_a_wording_is_named_by_its_amending_order_and_an_act_by_its_number_and_date():
    # order-2024-316 (No. 316 of 15.08.2024) gave p.54 its wording; order-2017-360 is No. 360 of 25.10.2017
    wording = {"point": "54", "date": "2025-06-01", "wording_by": "order-2024-316"}
    assert text("requirement_wording", wording, "ru") == (
        "Применяется пункт 54 в редакции, действующей на 01.06.2025 (в редакции приказа № 316)."
    )
    assert text("requirement_wording", wording, "en") == (
        "Point 54 applies as worded on 01.06.2025 (as worded by order No. 316)."
    )
    published = {"act": "order-2017-360", "date": "2017-12-07"}
    assert (
        text("published", published, "ru")
        == "приказ № 360 от 25.10.2017 впервые официально опубликован 07.12.2017."
    )
    assert (
        text("published", published, "en")
        == "order No. 360 of 25.10.2017 was first officially published on 07.12.2017."
    )


def test_a_title_the_person_typed_is_shown_as_typed_even_if_it_looks_like_an_act():
    assert text("register_no_match", {"title": "order-2017-360"}, "en") == (
        "The title “order-2017-360” was not found in the register."
    )
