"""Input types shared by the API's endpoints, strict about the contract's formats."""

import datetime as dt
from typing import Annotated

from ninja import Field, Schema

try:
    from ninja import Status
except ImportError:  # django-ninja < 1.7 takes a (status, body) tuple instead

    def Status(status_code: int, value):  # noqa: N802 - stands in for the class
        return status_code, value


from pydantic import BeforeValidator

from biliktilik.rules.inputs import CleanText, parse_iso_date

IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
# A database id in a body or a path: a positive 64-bit integer (larger ones are 422, not a 5xx).
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class Input(Schema, CleanText):
    """The base of every query, path and body schema: control characters refused in every field."""


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str


class ErrorOut(Schema):
    """The contract's error shape: a stable code, a translated message, per-field errors."""

    code: str
    message: str
    errors: list[ErrorItem]


ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}

# Endpoints that need a signed-in viewer: anonymous is 401, a write the viewer may not make is 403.
AUTH_ERRORS = {**ERRORS, 401: ErrorOut, 403: ErrorOut}
