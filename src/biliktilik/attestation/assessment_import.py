"""The figures of Appendix 1-2 for several attestees from a file (CSV or XLSX: IIN, rating,
violations), all or nothing: a file with any wrong row records nothing and every wrong row is
named. An empty cell is a gap (the decision names it), never 0."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from itertools import islice

from django.db import transaction
from django.utils.translation import gettext as _

from biliktilik.errors import DomainError

from . import services_decisions
from .models import Campaign

MAX_ROWS = 2000


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


class FileRefused(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} rows refused")
        self.errors = errors


def _rows(name: str, content: bytes) -> list[list]:
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
    text = content.decode("utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:2000], delimiters=",;\t")
    except csv.Error:  # one column, or an empty file
        dialect = csv.excel
    return list(islice(csv.reader(io.StringIO(text), dialect), MAX_ROWS + 1))


def _iin(value) -> str:
    """An IIN as typed; a spreadsheet that stored it as a number lost its leading zeros."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)).zfill(12)
    return "".join(str(value or "").split())


def _number(value, kind, row: int, errors: list[RowError], label: str):
    if value is None or str(value).strip() == "":
        return None
    try:
        number = kind(str(value).strip().replace(",", "."))
    except ValueError:
        errors.append(
            RowError(row, _("%(column)s is not a number: “%(value)s”.") % {"column": label, "value": value})
        )
        return None
    return number


def read(name: str, content: bytes) -> tuple[list[dict], list[RowError]]:
    """The rows (IIN and the two figures, None for a gap) and what is wrong in them; the first
    row is the header when its first cell is not an IIN."""
    errors: list[RowError] = []
    try:
        raw = _rows(name, content)
    except Exception:  # noqa: BLE001 - any unreadable file is one error for the person, not a crash
        return [], [RowError(0, _("The file cannot be read as CSV (UTF-8) or XLSX."))]
    if raw and not _iin(raw[0][0]).isdigit():
        start, raw = 2, raw[1:]
    else:
        start = 1
    rows = []
    for index, cells in enumerate(raw, start):
        cells = [*cells, None, None, None][:3]
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        iin = _iin(cells[0])
        if not (len(iin) == 12 and iin.isdigit()):
            errors.append(RowError(index, _("The IIN must be 12 digits.")))
            continue
        rating = _number(cells[1], float, index, errors, _("rating"))
        violations = _number(cells[2], int, index, errors, _("violations"))
        if rating is not None and not 0 <= rating <= 5:
            errors.append(RowError(index, _("The rating is from 0 to 5.")))
        if violations is not None and violations < 0:
            errors.append(RowError(index, _("The number of violations cannot be negative.")))
        rows.append({"row": index, "iin": iin, "rating": rating, "violations": violations})
    if len(raw) > MAX_ROWS:
        errors.append(
            RowError(MAX_ROWS + start, _("The file has more than %(limit)s rows.") % {"limit": MAX_ROWS})
        )
    return rows, errors


def assessments_import(*, actor, campaign: Campaign, name: str, content: bytes) -> int:
    """Record the file's figures through ``services_decisions.assessment_record`` (each with its
    audit entry), in one transaction; ``FileRefused`` with every wrong row, and nothing recorded."""
    rows, errors = read(name, content)
    by_iin = {e.employee.iin: e for e in campaign.attestees.select_related("employee")}
    seen: set[str] = set()
    for row in rows:
        if row["iin"] not in by_iin:
            errors.append(RowError(row["row"], _("No one with this IIN is on the campaign's list.")))
        elif row["iin"] in seen:
            errors.append(RowError(row["row"], _("This IIN is given twice.")))
        seen.add(row["iin"])
    if not rows and not errors:
        errors.append(RowError(0, _("The file has no rows.")))
    if errors:
        raise FileRefused(sorted(errors, key=lambda e: e.row))
    with transaction.atomic():
        for row in rows:
            try:
                with transaction.atomic():
                    services_decisions.assessment_record(
                        actor=actor,
                        entry=by_iin[row["iin"]],
                        rating=row["rating"],
                        violations=row["violations"],
                        source="file",
                    )
            except DomainError as exc:
                if exc.status == 403:
                    raise
                errors.append(RowError(row["row"], exc.text()))
        if errors:
            raise FileRefused(errors)  # leaving the block rolls back the rows recorded before
    return len(rows)
