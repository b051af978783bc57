"""Spreadsheets the registry hands out: import templates (XLSX and CSV) and employee exports.

Both read the column tables in ``imports.columns``, so an export can be imported back and a
template always has the headers the import accepts.
"""

from __future__ import annotations

import io

from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .imports.columns import BOOL, DATE, EMAIL, ENUM, ID, IIN, KINDS, REF, SEX, Column

TEMPLATE_ROWS = 1000  # rows prepared with formats and drop-down lists
DATE_FORMAT = "DD.MM.YYYY"
REQUIRED_FILL = PatternFill("solid", fgColor="FFF2CC")
BOLD = Font(bold=True)

DESCRIPTIONS = {
    IIN: _("The 12 digits of the individual identification number."),
    DATE: _("A date: DD.MM.YYYY, YYYY-MM-DD or an Excel date."),
    ENUM: _("One of the allowed values listed on this sheet, or its code."),
    BOOL: _("Yes or no."),
    EMAIL: _("An e-mail address."),
    ID: _("The id of an organization you may change (see the sheet of organizations)."),
    REF: _(
        "The id of an organization you may change, or the code of a row above; empty for a "
        "top-level organization."
    ),
}
TEXT_DESCRIPTION = _("Text of at most %(limit)s characters.")
REFERENCE_TITLE = _("Reference")
ORGANIZATIONS_TITLE = _("Organizations")
COLUMNS_HEADING = (_("Column"), _("Required"), _("What to write"), _("Example"))
VALUES_HEADING = (_("Column"), _("Allowed value"), _("Code"))
ORGANIZATIONS_HEADING = (_("ID"), _("Name (Kazakh)"), _("Name (Russian)"))
YES, NO = _("yes"), _("no")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def importable(kind: str) -> list[Column]:
    return [c for c in KINDS[kind].columns if not c.informational]


def describe(column: Column) -> str:
    if column.type in DESCRIPTIONS:
        return str(DESCRIPTIONS[column.type])
    return str(TEXT_DESCRIPTION) % {"limit": column.max_length or 300}


def example(column: Column, language: str) -> str:
    choice = next((c for c in column.choices if c.code == column.example), None)
    return choice.word(language) if choice else column.example


def template_workbook(kind: str, language: str, *, organizations=None) -> bytes:
    """An empty import file: the header row in ``language``, formats, drop-down lists, a comment
    on every header, and a reference sheet with each column's format, an example and the allowed
    values. ``organizations`` (optional) adds a sheet of the ids the user may import into."""
    columns = importable(kind)
    with translation.override(language):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = KINDS[kind].title.get(language, kind)[:31]
        reference = workbook.create_sheet(str(REFERENCE_TITLE)[:31])
        value_ranges = _reference_sheet(reference, columns, language)
        _data_sheet(sheet, columns, language, value_ranges, reference.title)
        if organizations is not None:
            _organizations_sheet(workbook.create_sheet(str(ORGANIZATIONS_TITLE)[:31]), organizations)
        out = io.BytesIO()
        workbook.save(out)
    return out.getvalue()


def _data_sheet(sheet, columns: list[Column], language: str, value_ranges: dict, reference: str) -> None:
    sheet.append([c.header(language) for c in columns])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index)
        header.font = BOLD
        if column.required:
            header.fill = REQUIRED_FILL
        note = f"{describe(column)}\n{COLUMNS_HEADING[3]}: {example(column, language)}"
        header.comment = Comment(note, "Biliktilik", width=260, height=110)
        sheet.column_dimensions[letter].width = max(14, len(header.value) + 4)
        if column.type in (IIN, DATE):
            number_format = "@" if column.type == IIN else DATE_FORMAT
            for row in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=row, column=index).number_format = number_format
        if column.field in value_ranges:
            first, last = value_ranges[column.field]
            validation = DataValidation(
                type="list", formula1=f"'{reference}'!$B${first}:$B${last}", allow_blank=True
            )
            validation.errorStyle = "warning"  # a code typed instead of a word is accepted too
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(validation)


def _reference_sheet(sheet, columns: list[Column], language: str) -> dict[str, tuple[int, int]]:
    sheet.append([str(h) for h in COLUMNS_HEADING])
    for column in columns:
        required = YES if column.required else NO
        sheet.append([column.header(language), str(required), describe(column), example(column, language)])
    sheet.append([])
    sheet.append([str(h) for h in VALUES_HEADING])
    for row in (1, len(columns) + 3):
        for cell in sheet[row]:
            cell.font = BOLD
    ranges: dict[str, tuple[int, int]] = {}
    for column in columns:
        if not column.choices:
            continue
        first = sheet.max_row + 1
        for choice in column.choices:
            sheet.append([column.header(language), choice.word(language), choice.code])
        ranges[column.field] = (first, sheet.max_row)
    for letter, width in zip("ABCD", (28, 34, 60, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    return ranges


def _organizations_sheet(sheet, organizations) -> None:
    sheet.append([str(h) for h in ORGANIZATIONS_HEADING])
    for cell in sheet[1]:
        cell.font = BOLD
    for organization in organizations:
        depth = max(organization.path.count("/") - 2, 0)
        sheet.append([organization.pk, "· " * depth + organization.name_kk, organization.name_ru])
    for letter, width in zip("ABC", (10, 60, 60), strict=True):
        sheet.column_dimensions[letter].width = width


def template_csv(kind: str, language: str) -> bytes:
    """The header row only, semicolon-separated with a byte-order mark: how Excel opens and saves
    CSV in Kazakh and Russian locales."""
    line = ";".join(c.header(language) for c in importable(kind))
    return ("\ufeff" + line + "\r\n").encode("utf-8")


EXPORT_FIELDS = (
    "iin", "last_name_kk", "first_name_kk", "patronymic_kk", "last_name_ru", "first_name_ru",
    "patronymic_ru", "sex", "birth_date", "phone", "email", "organization_id", "organization__name_kk",
    "organization__name_ru",
)  # fmt: skip


def export_employees(queryset: QuerySet, language: str, *, shown_iin=None) -> bytes:
    """The employees of ``queryset`` (already scoped to the viewer) with the import's headers in
    ``language``; the organization's name is added for reading and ignored if imported back.
    Rows in the queryset's order (the list's sort); ``shown_iin(iin)``: the IIN as the viewer may
    see it (whole when not given)."""
    columns = KINDS["employees"].columns
    sexes = {c.code: c.word(language) for c in SEX}
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(KINDS["employees"].title.get(language, "employees")[:31])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        width = 60 if column.field == "organization_name" else max(14, len(column.header(language)) + 4)
        sheet.column_dimensions[get_column_letter(index)].width = width
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header(language))
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    for row in queryset.values_list(*EXPORT_FIELDS).iterator(chunk_size=2000):
        values = list(row[:-1])
        if language == "ru" and row[-1]:
            values[-1] = row[-1]
        if shown_iin is not None:
            values[0] = shown_iin(values[0])
        values[7] = sexes.get(values[7], values[7])
        birth = WriteOnlyCell(sheet, value=values[8])
        birth.number_format = DATE_FORMAT
        values[8] = birth
        sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
