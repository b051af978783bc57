"""The Excel template of the question bank: written with one row per question, read back with
every error collected by row and column, as the staff imports do (staff/imports/); pure
Python (openpyxl, which parses the workbook's XML with defusedxml when it is installed).

Columns (``COLUMNS``; a header is recognized by its code, its Kazakh, its Russian or its
"Kazakh / Russian" text, in any case): the kind (``single``, ``multiple``, ``true_false``);
a name (optional: the start of the text when empty); the text in Kazakh and in Russian (at
least one); the options in Kazakh and in Russian, one per line, a correct one starting with
``*`` (both columns list the same options in the same order and mark the same ones); for a
true/false question the options cell holds the right answer (``true``/``false``, ``иә``/``жоқ``,
``да``/``нет``, ``дұрыс``/``бұрыс``, ``верно``/``неверно``, ``1``/``0``); the tags and the audience
(attestee kinds and declared categories as codes), each separated by ``;`` or new lines.
Errors carry a stable code and the values to say it with; the caller words them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from .gift import default_name
from .model import KINDS, TRUE_FALSE, Limits, Option, Question, problems

MAX_ERRORS_KEPT = 1000
CORRECT_MARK = "*"
_SEPARATOR = re.compile(r"[;\n]")
_TRUE_WORDS = {"true", "t", "1", "иә", "дұрыс", "да", "верно"}
_FALSE_WORDS = {"false", "f", "0", "жоқ", "бұрыс", "нет", "неверно"}


@dataclass(frozen=True)
class Column:
    code: str
    kk: str
    ru: str
    width: int = 30

    @property
    def header(self) -> str:
        return f"{self.kk} / {self.ru}"


COLUMNS = (
    Column("kind", "Түрі", "Тип", 14),
    Column("name", "Атауы", "Название", 24),
    Column("text_kk", "Сұрақ мәтіні (қазақша)", "Текст вопроса (на казахском)", 50),
    Column("text_ru", "Сұрақ мәтіні (орысша)", "Текст вопроса (на русском)", 50),
    Column(
        "options_kk",
        "Жауап нұсқалары (қазақша, дұрысы * белгісімен)",
        "Варианты (на казахском, верные со *)",
        40,
    ),
    Column(
        "options_ru",
        "Жауап нұсқалары (орысша, дұрысы * белгісімен)",
        "Варианты (на русском, верные со *)",
        40,
    ),
    Column("tags", "Тегтер", "Теги", 24),
    Column("audience", "Аудитория", "Аудитория", 24),
)
# Each group needs one of its columns: a bank in one language is a bank too.
REQUIRED = (("kind",), ("text_kk", "text_ru"), ("options_kk", "options_ru"))


@dataclass(frozen=True)
class RowError:
    row: int | None  # the sheet's row number; None for the file or its header
    column: str  # a code of COLUMNS, or "" for the whole row or file
    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Row:
    row: int
    question: Question
    audience: tuple[str, ...]


@dataclass
class Result:
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add(self, error: RowError) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(error)


# --- writing ---


def write_template(rows: Iterable[tuple[Question, Iterable[str]]] = ()) -> bytes:
    """The template; with ``rows`` (a question and its audience codes), an export of them."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Сұрақтар - Вопросы"
    sheet.append([column.header for column in COLUMNS])
    for cell, column in zip(sheet[1], COLUMNS, strict=True):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = column.width
    sheet.freeze_panes = "A2"
    kinds = DataValidation(type="list", formula1='"' + ",".join(KINDS) + '"', allow_blank=True)
    sheet.add_data_validation(kinds)
    kinds.add("A2:A5000")
    for question, audience in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", value) for value in _cells(question, tuple(audience))])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.data_type == "f":  # a text starting with "=" is a text, not a formula
                cell.data_type = "s"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _cells(question: Question, audience: tuple[str, ...]) -> list[str]:
    return [
        question.kind,
        question.name,
        question.text.get("kk", ""),
        question.text.get("ru", ""),
        _options_cell(question, "kk"),
        _options_cell(question, "ru"),
        "; ".join(question.tags),
        "; ".join(audience),
    ]


def _options_cell(question: Question, language: str) -> str:
    if question.kind == TRUE_FALSE:
        return "true" if question.options and question.options[0].correct else "false"
    if not any(option.text.get(language) for option in question.options):
        return ""
    # One option per line: an option's own line breaks become spaces.
    return "\n".join(
        (CORRECT_MARK if option.correct else "") + " ".join(option.text.get(language, "").splitlines())
        for option in question.options
    )


# --- reading ---


def read_template(
    content: bytes, *, audience_codes: set[str] | None = None, limits: Limits | None = None
) -> Result:
    """Every row of the first sheet as a question, or every error found; ``audience_codes``,
    when given, are the audience codes allowed."""
    limits = limits or Limits()
    result = Result()
    if len(content) > limits.max_bytes:
        result.add(RowError(None, "", "file_too_large", {"limit": limits.max_bytes}))
        return result
    try:
        table = _table(content, limits.max_questions + 1)
    except ValueError as error:
        result.add(RowError(None, "", str(error)))
        return result
    header_row, headers, rows = table
    positions = _positions(headers, header_row, result)
    if not result.ok:
        return result
    if len(rows) > limits.max_questions:
        result.add(RowError(None, "", "too_many_questions", {"limit": limits.max_questions}))
        return result
    for number, values in rows:
        cells = {code: _text(values[i] if i < len(values) else None) for code, i in positions.items()}
        _read_row(number, cells, audience_codes, limits, result)
    return result


def _table(content: bytes, most: int) -> tuple[int, list[str], list[tuple[int, tuple]]]:
    """The header and the non-empty rows, at most ``most`` of them (the rest is not read)."""
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ValueError("bad_xlsx") from None
    numbered = []
    try:
        for n, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1):
            if any(v is not None and str(v).strip() for v in values):
                numbered.append((n, values))
            if len(numbered) > most:
                break
    finally:
        workbook.close()
    if not numbered:
        raise ValueError("no_header")
    (header_row, header), rows = numbered[0], numbered[1:]
    return header_row, [_text(value) for value in header], rows


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _positions(headers: list[str], header_row: int, result: Result) -> dict[str, int]:
    known = {}
    for column in COLUMNS:
        for spelling in (column.code, column.kk, column.ru, column.header):
            known[_normal(spelling)] = column.code
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        code = known.get(_normal(header))
        if code in positions:
            result.add(RowError(header_row, code, "duplicate_column"))
        elif code:
            positions[code] = index
        elif header:
            result.add(RowError(header_row, header, "unknown_column"))
    for group in REQUIRED:
        if not any(code in positions for code in group):
            result.add(RowError(header_row, group[0], "missing_column", {"any_of": group}))
    return positions


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _read_row(number: int, cells: dict[str, str], audience_codes, limits: Limits, result: Result) -> None:
    before = result.error_count
    kind = cells.get("kind", "").casefold()
    if not kind:
        result.add(RowError(number, "kind", "kind_required"))
        return
    if kind not in KINDS:
        result.add(RowError(number, "kind", "kind_unknown", {"value": cells["kind"], "allowed": KINDS}))
        return
    options = _true_false(number, cells, result) if kind == TRUE_FALSE else _choices(number, cells, result)
    audience = _listed(cells.get("audience", ""))
    unknown = [code for code in audience if audience_codes is not None and code not in audience_codes]
    if unknown:
        result.add(RowError(number, "audience", "audience_unknown", {"values": unknown}))
    text = {code: cells.get(f"text_{code}", "") for code in ("kk", "ru") if cells.get(f"text_{code}")}
    name = cells.get("name") or default_name(text.get("kk") or text.get("ru") or "")
    question = Question(name, kind, text, options, _listed(cells.get("tags", "")))
    if result.error_count > before:
        return
    for code, detail in problems(question, limits):
        result.add(RowError(number, _problem_column(code), code, {"detail": detail} if detail else {}))
    if result.error_count == before:
        result.rows.append(Row(number, question, audience))


def _problem_column(code: str) -> str:
    return "text_kk" if code in ("text_missing", "text_too_long") else "options_kk"


def _listed(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _SEPARATOR.split(cell) if part.strip())


def _true_false(number: int, cells: dict[str, str], result: Result) -> tuple[Option, ...]:
    answers = {
        cells.get(code, "").casefold().lstrip(CORRECT_MARK) for code in ("options_kk", "options_ru")
    } - {""}
    values = {True for a in answers if a in _TRUE_WORDS} | {False for a in answers if a in _FALSE_WORDS}
    if len(answers) == 0 or len(values) != 1 or any(a not in _TRUE_WORDS | _FALSE_WORDS for a in answers):
        result.add(RowError(number, "options_kk", "true_false_value", {"value": cells.get("options_kk", "")}))
        return ()
    (truth,) = values
    return (Option({}, truth), Option({}, not truth))


def _choices(number: int, cells: dict[str, str], result: Result) -> tuple[Option, ...]:
    lines = {code: _lines(cells.get(f"options_{code}", "")) for code in ("kk", "ru")}
    given = {code: found for code, found in lines.items() if found}
    if not given:
        result.add(RowError(number, "options_kk", "options_missing"))
        return ()
    if len({len(found) for found in given.values()}) > 1:
        counts = {code: len(found) for code, found in given.items()}
        result.add(RowError(number, "options_ru", "options_count_mismatch", counts))
        return ()
    marks = {code: [correct for correct, _ in found] for code, found in given.items()}
    if len({tuple(m) for m in marks.values()}) > 1:
        result.add(RowError(number, "options_ru", "correct_mark_mismatch"))
        return ()
    count = len(next(iter(given.values())))
    return tuple(
        Option({code: found[i][1] for code, found in given.items()}, next(iter(marks.values()))[i])
        for i in range(count)
    )


def _lines(cell: str) -> list[tuple[bool, str]]:
    found = []
    for line in (line.strip() for line in cell.splitlines()):
        if line:
            correct = line.startswith(CORRECT_MARK)
            found.append((correct, line[1:].strip() if correct else line))
    return found
