"""Input types shared by the API's endpoints, strict about the contract's formats."""

import datetime as dt
from typing import Annotated

from ninja import Schema
from pydantic import BeforeValidator

from biliktilik.rules.inputs import parse_iso_date

IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str


class ErrorOut(Schema):
    """The contract's error shape: a stable code, a translated message, per-field errors."""

    code: str
    message: str
    errors: list[ErrorItem]


ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}
