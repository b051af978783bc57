"""Reading one cell: text, a date, an enum value, yes/no, an e-mail address, an id.

A cell that cannot be read raises ``Problem`` with a stable code and a whole-sentence message;
the validator turns it into a row/column error in the user's language.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from openpyxl.utils.datetime import from_excel

from biliktilik.rules.inputs import MAX_DATE, MIN_DATE
from biliktilik.text import CONTROL_CHARACTER, CONTROL_CHARACTERS

from .columns import BOOL, DATE, EMAIL, ENUM, ID, IIN, Column, choice_lookup, normal

EXCEL_SERIALS = (1, 2_958_465)  # 01.01.1900 to 31.12.9999
MEMO_SIZE = 50_000
UNREAD = object()
CONTROL_CHARACTER_TEXT = _(
    "The cell holds a control character (such as NUL), which is not allowed; retype it."
)
# Addresses of this plain shape are valid for Django's validator too; others are asked to it.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


class Problem(Exception):
    def __init__(self, code: str, message, **params):
        self.code = code
        self.message = message
        self.params = params
        super().__init__(code)


def shown_date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def cell_text(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return shown_date(raw.date()) if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return shown_date(raw)
    return str(raw).strip()


def iin_text(raw) -> str:
    """Excel keeps a typed IIN as a number and drops a leading zero (people born 2000-2009)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
        return f"{int(raw):012d}"
    return cell_text(raw)


def parse_date(raw, *, check_range: bool = True) -> dt.date:
    if isinstance(raw, dt.datetime):
        value = raw.date()
    elif isinstance(raw, dt.date):
        value = raw
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if not EXCEL_SERIALS[0] <= raw <= EXCEL_SERIALS[1]:
            raise _not_a_date(raw)
        value = from_excel(raw).date()
    else:
        value = _date_from_text(cell_text(raw))
    if check_range and not MIN_DATE <= value <= MAX_DATE:
        raise Problem(
            "date_range",
            _("The date %(value)s is outside the years %(first)s–%(last)s."),
            value=shown_date(value),
            first=MIN_DATE.year,
            last=MAX_DATE.year,
        )
    return value


def _date_from_text(text: str) -> dt.date:
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
        parts = text.split(".")
        if len(parts) == 3 and len(parts[2]) == 4 and all(p.isdigit() for p in parts):
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise Problem(
            "date_invalid", _("There is no such date in the calendar: %(value)s."), value=text
        ) from None
    raise _not_a_date(text)


def _not_a_date(value) -> Problem:
    return Problem(
        "date_format",
        _("“%(value)s” is not a date; write it as DD.MM.YYYY or YYYY-MM-DD, or enter an Excel date."),
        value=value,
    )


class CellReader:
    """Reads the cells of one column; built once per column, called once per row."""

    def __init__(self, column: Column, language: str):
        self.column = column
        self.lookup = choice_lookup(column.choices) if column.choices else {}
        self.allowed = ", ".join(f"{c.word(language)} ({c.code})" for c in column.choices)
        readers = {IIN: iin_text, DATE: self._date, ENUM: self._enum, BOOL: self._bool}
        readers.update({EMAIL: self._email, ID: self._id})
        self._read = readers.get(column.type, self._text)
        self.memo: dict[str, object] = {}

    def __call__(self, raw):
        # Columns repeat their values (sectors, dates, names): each distinct text is read once.
        if raw.__class__ is str:
            value = self.memo.get(raw, UNREAD)
            if value is not UNREAD:
                return value
            if CONTROL_CHARACTERS.search(raw):
                raise Problem(CONTROL_CHARACTER, CONTROL_CHARACTER_TEXT)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if self.column.required:
                raise Problem("required", _("This column must be filled in."))
            value = False if self.column.type == BOOL else None
        else:
            value = self._read(raw)
        if raw.__class__ is str and len(self.memo) < MEMO_SIZE:
            self.memo[raw] = value
        return value

    def _text(self, raw) -> str:
        text = cell_text(raw)
        limit = self.column.max_length
        if limit and len(text) > limit:
            raise Problem(
                "too_long",
                _("The text is %(length)s characters long; at most %(limit)s are allowed."),
                length=len(text),
                limit=limit,
            )
        return text

    def _date(self, raw) -> dt.date:
        return parse_date(raw, check_range=self.column.field != "birth_date")

    def _enum(self, raw) -> str:
        text = cell_text(raw)
        code = self.lookup.get(normal(text))
        if code is None:
            raise Problem(
                "bad_choice",
                _("“%(value)s” is not one of the allowed values: %(allowed)s."),
                value=text,
                allowed=self.allowed,
            )
        return code

    def _bool(self, raw) -> bool:
        if isinstance(raw, bool):
            return raw
        return self._enum(raw) == "yes"

    def _email(self, raw) -> str:
        text = self._text(raw)
        if _PLAIN_EMAIL.fullmatch(text):
            return text
        try:
            validate_email(text)
        except ValidationError:
            raise Problem("bad_email", _("“%(value)s” is not an e-mail address."), value=text) from None
        return text

    def _id(self, raw) -> int:
        text = cell_text(raw)
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            raise Problem(
                "bad_id", _("“%(value)s” is not an id: write the whole number shown in the list."), value=text
            )
        return int(text)
