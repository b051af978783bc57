"""Input types shared by the API's endpoints, strict about the contract's formats."""

import datetime as dt
import re
from typing import Annotated

from ninja import Schema
from pydantic import BeforeValidator

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _parse_iso_date(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("date_format")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("date_invalid") from None


IsoDate = Annotated[dt.date, BeforeValidator(_parse_iso_date)]


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str


class ErrorOut(Schema):
    """The contract's error shape: a stable code, a translated message, per-field errors."""

    code: str
    message: str
    errors: list[ErrorItem]


ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}
