"""Kazakh and Russian inside one Moodle text: both of Moodle's syntaxes read, spans written."""

import pytest

from biliktilik.attestation.formats import multilang


@pytest.mark.parametrize(
    "text",
    [
        '<span lang="kk" class="multilang">Сұрақ</span> <span lang="ru" class="multilang">Вопрос</span>',
        '<span class="multilang" lang="kk">Сұрақ</span><span class="multilang" lang="ru">Вопрос</span>',
        '<lang lang="kk">Сұрақ</lang><lang lang="ru">Вопрос</lang>',
        "{mlang kk}Сұрақ{mlang}{mlang ru}Вопрос{mlang}",
    ],
)
def test_it_reads_each_syntax_into_kazakh_and_russian(text):
    assert multilang.split(text) == {"kk": "Сұрақ", "ru": "Вопрос"}


def test_it_gives_text_outside_the_blocks_to_every_language():
    text = '<p>1. <span lang="kk" class="multilang">Иә</span><span lang="ru" class="multilang">Да</span>?</p>'
    assert multilang.split(text) == {"kk": "<p>1. Иә?</p>", "ru": "<p>1. Да?</p>"}


def test_it_gives_a_language_missing_from_a_group_the_other_block_or_the_first():
    assert multilang.split("{mlang kk}Иә{mlang}{mlang other}Yes{mlang} | {mlang ru}Да{mlang}") == {
        "kk": "Иә | Да",
        "ru": "Yes | Да",
    }
    first = '<span lang="kk" class="multilang">Иә</span><span lang="en" class="multilang">Yes</span>'
    assert multilang.split(first + ' / <span lang="ru" class="multilang">Да</span>') == {
        "kk": "Иә / Да",
        "ru": "Иә / Да",
        "en": "Yes / Да",
    }


def test_it_takes_unmarked_text_in_the_language_asked():
    assert multilang.split("  Вопрос  ") == {"ru": "Вопрос"}
    assert multilang.split("Сұрақ", "kk") == {"kk": "Сұрақ"}
    assert multilang.split("   ") == {}


def test_it_writes_kazakh_first_in_spans_and_reads_them_back():
    written = multilang.join({"ru": "Вопрос", "kk": "Сұрақ"})
    assert (
        written
        == '<span lang="kk" class="multilang">Сұрақ</span><span lang="ru" class="multilang">Вопрос</span>'
    )
    assert multilang.split(written, "en") == {"kk": "Сұрақ", "ru": "Вопрос"}


def test_it_writes_mlang_where_a_span_would_break_or_show_as_markup():
    texts = {"kk": "<span>Иә</span>", "ru": "<span>Да</span>"}
    assert multilang.join(texts) == "{mlang kk}<span>Иә</span>{mlang}{mlang ru}<span>Да</span>{mlang}"
    assert multilang.split(multilang.join(texts)) == texts
    assert multilang.join({"kk": "Иә", "ru": "Да"}, "plain_text") == "{mlang kk}Иә{mlang}{mlang ru}Да{mlang}"
    assert multilang.join({"ru": "<span>Да</span>"}) == "<span>Да</span>"
