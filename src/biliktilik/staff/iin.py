"""The Kazakhstan individual identification number (ЖСН / ИИН) of a natural person.

Structure (Law of the Republic of Kazakhstan of 12 January 2007 No. 223-III "On national
registers of identification numbers" and the rules for forming the IIN it delegates):

- digits 1-6: the birth date as YYMMDD;
- digit 7: century of birth and sex — 1/2 the 19th century (1800s), 3/4 the 20th (1900s),
  5/6 the 21st (2000s); odd is male, even is female;
- digits 8-11: a serial number;
- digit 12: a check digit, weighted sum mod 11 over digits 1-11 with weights 1..11; when that
  gives 10, a second pass with weights 3..11, 1, 2; when that gives 10 again no check digit
  exists and such a number is never issued.

Pure Python: the date is an argument, never a clock. Errors carry a stable code; their text is
produced per language by ``message``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from biliktilik.vocabulary import N_, translate

Sex = Literal["male", "female"]

FIRST_PASS_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SECOND_PASS_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Digit 7 -> (first year of the century, ordinal century, sex).
_CENTURY_DIGITS: dict[int, tuple[int, int, Sex]] = {
    1: (1800, 19, "male"),
    2: (1800, 19, "female"),
    3: (1900, 20, "male"),
    4: (1900, 20, "female"),
    5: (2000, 21, "male"),
    6: (2000, 21, "female"),
}
_TWELVE_ASCII_DIGITS = re.compile(r"[0-9]{12}")


@dataclass(frozen=True)
class IinInfo:
    """A valid IIN and what it says; ``century`` is the ordinal century (20 means the 1900s)."""

    iin: str
    birth_date: dt.date
    sex: Sex
    century: int


class InvalidIin(ValueError):
    """Why a string is not a valid IIN: a stable ``code`` and the ``params`` of its message.

    Deliberately not a ``DomainError``: this module stays free of Django; the staff services map
    it to ``InvalidInput`` with the translated text from ``message``.
    """

    def __init__(self, code: str, **params: str | int):
        self.code = code
        self.params = params
        super().__init__(code, params)


@dataclass(frozen=True)
class _Parsed:
    digits: tuple[int, ...]
    birth_date: dt.date
    sex: Sex
    century: int


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or ``None`` when both passes give 10 (never issued)."""
    digits = [int(c) for c in first_eleven]
    if len(digits) != 11:
        raise ValueError("a check digit is computed over exactly 11 digits")
    remainder = sum(w * d for w, d in zip(FIRST_PASS_WEIGHTS, digits, strict=True)) % 11
    if remainder == 10:
        remainder = sum(w * d for w, d in zip(SECOND_PASS_WEIGHTS, digits, strict=True)) % 11
    return None if remainder == 10 else remainder


def _parse(value: str) -> _Parsed:
    if not _TWELVE_ASCII_DIGITS.fullmatch(value):
        raise InvalidIin("not_12_digits")
    digits = tuple(int(c) for c in value)
    if digits[6] not in _CENTURY_DIGITS:
        raise InvalidIin("bad_century_digit", digit=digits[6])
    first_year, century, sex = _CENTURY_DIGITS[digits[6]]
    try:
        birth_date = dt.date(first_year + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise InvalidIin(
            "bad_birth_date", digits=value[0:6], first_year=first_year, last_year=first_year + 99
        ) from None
    return _Parsed(digits=digits, birth_date=birth_date, sex=sex, century=century)


def validate_iin(value: str, *, today: dt.date) -> IinInfo:
    """Check an IIN and read its birth date and sex, or raise ``InvalidIin`` saying why.

    Surrounding whitespace is ignored; anything else that is not one of 12 ASCII digits is
    ``not_12_digits``. The birth date may not be after ``today``.
    """
    if not isinstance(value, str):
        raise TypeError(f"an IIN is a string, not {type(value).__name__}")
    iin = value.strip()
    parsed = _parse(iin)
    if parsed.birth_date > today:
        raise InvalidIin(
            "birth_date_in_future", birth_date=parsed.birth_date.isoformat(), today=today.isoformat()
        )
    expected = check_digit(iin[:11])
    if expected is None:
        raise InvalidIin("no_valid_check_digit")
    if expected != parsed.digits[11]:
        raise InvalidIin("check_digit_mismatch", expected=expected, actual=parsed.digits[11])
    return IinInfo(iin=iin, birth_date=parsed.birth_date, sex=parsed.sex, century=parsed.century)


MASK = "••••"


def masked(iin: str) -> str:
    """The IIN with its middle hidden (8503••••4421), for readers who do not need it whole: the
    first four digits and the last four still tell two people apart on a list."""
    return f"{iin[:4]}{MASK}{iin[-4:]}" if len(iin) == 12 else MASK


def make_iin(birth_date: dt.date, sex: Sex, serial: int) -> str:
    """Build a valid IIN, for demo data and tests.

    When ``serial`` admits no check digit the next serial is taken (9999 wraps to 0000), as no
    such number is ever issued.
    """
    digit = _century_digit(birth_date.year, sex)
    if not 0 <= serial <= 9999:
        raise ValueError("the serial is four digits: 0 to 9999")
    for step in range(10_000):
        first_eleven = f"{birth_date:%y%m%d}{digit}{(serial + step) % 10_000:04d}"
        check = check_digit(first_eleven)
        if check is not None:
            return f"{first_eleven}{check}"
    raise AssertionError("unreachable: the tenth digit alone takes the first pass through ten remainders")


def _century_digit(year: int, sex: Sex) -> int:
    for digit, (first_year, _, digit_sex) in _CENTURY_DIGITS.items():
        if digit_sex == sex and first_year <= year < first_year + 100:
            return digit
    raise ValueError(f"no IIN for sex {sex!r} born in {year}: only 1800-2099, male or female")


MESSAGES: dict[str, str] = {
    "not_12_digits": N_(
        "An IIN must consist of exactly 12 digits; letters, spaces and other characters are not allowed."
    ),
    "bad_century_digit": N_(
        "The seventh digit of an IIN gives the century of birth and sex and must be 1 to 6, but here it is {digit}; 0, which some registries give to foreign citizens, is not accepted for employees."
    ),
    "bad_birth_date": N_(
        "The first six digits of an IIN ({digits}) must be the birth date as YYMMDD, but there is no such calendar date in {first_year}–{last_year}, the years the seventh digit points to."
    ),
    "birth_date_in_future": N_(
        "The birth date in the IIN is {birth_date}, which is after {today}, so this IIN cannot have been issued yet."
    ),
    "no_valid_check_digit": N_(
        "No check digit exists for the first 11 digits of this IIN (both passes leave a remainder of 10), so such numbers are never issued."
    ),
    "check_digit_mismatch": N_(
        "The last digit of the IIN, the check digit, is {actual}, but the first 11 digits require {expected}; the number was probably mistyped."
    ),
}

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def message(code: str, params: dict, language: str) -> str:
    """The whole-sentence reason for ``code`` in ``language`` (kk, ru or en; other languages get en)."""
    template = translate(MESSAGES[code], language)

    def shown(value):
        if isinstance(value, str) and (match := _ISO_DATE.fullmatch(value)):
            year, month, day = match.groups()
            return f"{day}.{month}.{year}"
        return value

    return template.format(**{name: shown(value) for name, value in params.items()})
