"""Reading an uploaded table: an XLSX workbook (its first sheet) or a CSV text.

CSV: UTF-8 with or without a byte-order mark, comma or semicolon (whichever the header row
uses more). A file named as a workbook (``.xlsx``, ``.xlsm``) must be one: it is never read
as CSV. Row numbers are the ones the user sees: the line in the CSV file where a record
starts, the row in the sheet. Wholly empty rows are skipped but keep their numbers.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from openpyxl import load_workbook

XLSX_MAGIC = b"PK\x03\x04"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


class UnreadableFile(Exception):
    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


@dataclass
class Table:
    header_row: int
    headers: list[str]
    rows: list[tuple[int, tuple]]  # (row number as seen by the user, cell values)


def read_table(content: bytes, file_name: str = "") -> Table:
    if content.startswith(XLSX_MAGIC):
        return _table(_xlsx_rows(content))
    if file_name.strip().casefold().endswith(WORKBOOK_SUFFIXES):
        raise UnreadableFile("bad_xlsx")
    return _table(_csv_rows(content))


def _table(numbered_rows: Iterator[tuple[int, tuple]]) -> Table:
    header = None
    rows: list[tuple[int, tuple]] = []
    try:
        for number, values in numbered_rows:
            if not any(values) and not any(v is not None and v != "" for v in values):
                continue
            if header is None:
                header = (number, [_header_text(v) for v in values])
            else:
                rows.append((number, values))
    except UnicodeDecodeError:
        raise UnreadableFile("not_utf8") from None
    except csv.Error:
        raise UnreadableFile("bad_csv") from None
    if header is None:
        raise UnreadableFile("no_header")
    number, headers = header
    while headers and headers[-1] == "":
        headers.pop()
    return Table(header_row=number, headers=headers, rows=rows)


def _header_text(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def _xlsx_rows(content: bytes) -> Iterator[tuple[int, tuple]]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise UnreadableFile("bad_xlsx") from None
    try:
        sheet = workbook.worksheets[0]
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    finally:
        workbook.close()


def _csv_rows(content: bytes) -> Iterator[tuple[int, tuple]]:
    text = io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig", newline="")
    first_line = text.readline()
    text.seek(0)
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(text, delimiter=delimiter)
    start = 1
    for values in reader:
        yield start, tuple(values)
        start = reader.line_num + 1
