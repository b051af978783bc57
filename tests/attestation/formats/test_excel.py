"""The Excel template of the bank: headers in Kazakh and Russian, one row per question; read
back with every error by row and column, nothing imported while one remains."""

import io
from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook

from biliktilik.attestation.formats import Limits, Option, Question, QuestionFileError, read_questions
from biliktilik.attestation.formats.excel import COLUMNS, read_template, write_template

AUDIENCE = {"mobility_centre", "career_centre", "first", "second", "higher"}


def _workbook(*rows, headers=None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers or [column.header for column in COLUMNS])
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


BILINGUAL = Question(
    "Мерзім",
    "single",
    {"kk": "Санат қанша жылға беріледі?", "ru": "На сколько лет присваивается категория?"},
    (Option({"kk": "3 жыл", "ru": "3 года"}, True), Option({"kk": "5 жыл", "ru": "5 лет"}, False)),
    ("order-2024-422:p7",),
)
TRUE_FALSE = Question(
    "Апелляция",
    "true_false",
    {"ru": "Апелляция подаётся через Платформу."},
    (Option({}, True), Option({}, False)),
)


def test_its_template_has_kazakh_and_russian_headers_and_no_rows():
    sheet = load_workbook(io.BytesIO(write_template())).active
    headers = [cell.value for cell in sheet[1]]
    assert headers[0] == "Түрі / Тип"
    assert "Сұрақ мәтіні (қазақша) / Текст вопроса (на казахском)" in headers
    assert sheet.max_row == 1


def test_it_writes_one_row_per_question_and_reads_them_back():
    content = write_template([(BILINGUAL, ("career_centre", "first")), (TRUE_FALSE, ())])
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet["E2"].value == "*3 жыл\n5 жыл"
    result = read_template(content, audience_codes=AUDIENCE)
    assert result.ok, result.errors
    assert [(r.row, r.question, r.audience) for r in result.rows] == [
        (2, BILINGUAL, ("career_centre", "first")),
        (3, TRUE_FALSE, ()),
    ]


def test_it_reads_a_hand_filled_sheet_with_russian_headers_and_true_false_words():
    headers = ["Тип", "Текст вопроса (на русском)", "Варианты (на русском, верные со *)", "Теги"]
    content = _workbook(
        ["multiple", "Что проверяет тест?", "*знания\n*умения\nрост", "standard:skill; law"],
        ["true_false", "Порог задан правилами.", "Да", None],
        headers=headers,
    )
    result = read_template(content)
    assert result.ok, result.errors
    multiple, true_false = (r.question for r in result.rows)
    assert [(o.text, o.correct) for o in multiple.options] == [
        ({"ru": "знания"}, True),
        ({"ru": "умения"}, True),
        ({"ru": "рост"}, False),
    ]
    assert multiple.tags == ("standard:skill", "law")
    assert multiple.name == "Что проверяет тест?"
    assert [o.correct for o in true_false.options] == [True, False]


def test_it_reports_every_error_by_row_and_column_and_imports_nothing():
    content = _workbook(
        ["single", "", "Сұрақ", "", "*иә\n*жоқ", "", "", ""],
        ["essay", "", "Сұрақ", "", "", "", "", ""],
        ["single", "", "", "", "*a\nb", "", "", ""],
        ["multiple", "", "Сұрақ", "Вопрос", "*a\nb", "*a\nb\nc", "", "nobody"],
        ["true_false", "", "Сұрақ", "", "мүмкін", "", "", ""],
        [None, "орфан", None, None, None, None, None, None],
    )
    result = read_template(content, audience_codes=AUDIENCE)
    assert not result.ok
    assert result.rows == []
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (2, "options_kk", "single_several_correct"),
        (3, "kind", "kind_unknown"),
        (4, "text_kk", "text_missing"),
        (5, "options_ru", "options_count_mismatch"),
        (5, "audience", "audience_unknown"),
        (6, "options_kk", "true_false_value"),
        (7, "kind", "kind_required"),
    ]
    assert result.errors[4].params == {"values": ["nobody"]}


def test_it_refuses_a_sheet_without_a_required_column_or_a_file_that_is_not_a_workbook():
    missing = read_template(_workbook(["single", "Вопрос"], headers=["Тип", "Текст вопроса (на русском)"]))
    assert [(e.row, e.column, e.code) for e in missing.errors] == [(1, "options_kk", "missing_column")]
    headers = ["Тип", "Тип", "Notes", "Текст вопроса (на русском)", "Варианты (на русском, верные со *)"]
    odd = read_template(_workbook(["single", "single", "", "Вопрос", "*a\nb"], headers=headers))
    assert [(e.row, e.column, e.code) for e in odd.errors] == [
        (1, "kind", "duplicate_column"),
        (1, "Notes", "unknown_column"),
    ]
    broken = read_template(b"PK\x03\x04 not really a workbook")
    assert [(e.row, e.code) for e in broken.errors] == [(None, "bad_xlsx")]


def test_it_flags_options_marked_differently_in_kazakh_and_russian():
    content = _workbook(["single", "", "Сұрақ", "Вопрос", "*a\nb", "a\n*b", "", ""])
    assert [(e.row, e.column, e.code) for e in read_template(content).errors] == [
        (2, "options_ru", "correct_mark_mismatch")
    ]


def test_it_refuses_more_rows_than_the_limit_without_reading_them_all():
    content = _workbook(*[["true_false", "", "", f"Вопрос {n}", "да", "", "", ""] for n in range(5)])
    assert read_template(content, limits=Limits(max_questions=5)).ok
    refused = read_template(content, limits=Limits(max_questions=4))
    assert [(e.row, e.code, e.params) for e in refused.errors] == [(None, "too_many_questions", {"limit": 4})]


def test_the_question_file_reader_sends_a_workbook_to_the_template_reader():
    with pytest.raises(QuestionFileError) as refused:
        read_questions(write_template())
    assert refused.value.code == "excel_template"


def test_it_keeps_a_text_starting_with_an_equals_sign_as_text_not_a_formula():
    question = Question("=A1", "true_false", {"ru": "=2+2 равно 4?"}, (Option({}, True), Option({}, False)))
    (row,) = read_template(write_template([(question, ())])).rows
    assert row.question == question


def test_an_option_written_on_two_lines_stays_one_option():
    question = replace(BILINGUAL, options=(Option({"kk": "3\nжыл"}, True), Option({"kk": "5 жыл"}, False)))
    (row,) = read_template(write_template([(question, ())])).rows
    assert [o.text["kk"] for o in row.question.options] == ["3 жыл", "5 жыл"]
