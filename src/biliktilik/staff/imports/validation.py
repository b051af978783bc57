"""Validating a table of one kind: every row and every column, all errors collected.

Nothing here touches the database: what is already registered and where the importing user
may write arrive in a ``Context`` the service fills in. The result is either a list of
records ready to insert (in the column order ``records_fields`` names) or the errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from biliktilik.staff import iin as iin_rules
from biliktilik.text import has_control_character, shown

from .cells import UNREAD, CellReader, Problem, cell_text, iin_text, shown_date
from .columns import IIN, KINDS, SEX, Column, normal
from .reading import Table

MAX_ERRORS_KEPT = 1000
PROGRESS_EVERY = 2000

LINE = _("Row %(row)s, column «%(column)s»: %(message)s")
FILE_LINE = _("The file: %(message)s")


@dataclass(frozen=True)
class RowError:
    row: int | None
    column: str
    code: str
    message: str

    def line(self, language: str) -> str:
        with translation.override(language):
            if self.row is None:
                return str(FILE_LINE) % {"message": self.message}
            return str(LINE) % {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class RegisteredEmployee:
    id: int
    organization_id: int


@dataclass
class Context:
    today: dt.date
    writable_organizations: set[int]
    may_create_top_level: bool
    find_employees: Callable[[set[str]], dict[str, RegisteredEmployee]]


@dataclass
class Result:
    kind: str
    rows_total: int
    records: list[tuple] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return self.error_count == 0


class Errors:
    def __init__(self, result: Result, language: str):
        self.result = result
        self.language = language

    @property
    def count(self) -> int:
        return self.result.error_count

    def add(self, row: int | None, column: str, problem: Problem) -> None:
        self.result.error_count += 1
        if len(self.result.errors) < MAX_ERRORS_KEPT:
            with translation.override(self.language):
                text = str(problem.message)
                if problem.params:
                    text %= problem.params
            # A column's name comes from the file as typed: what it cannot store is replaced.
            self.result.errors.append(RowError(row, shown(column), problem.code, shown(text)))

    def add_text(self, row: int | None, column: str, code: str, text: str) -> None:
        self.add(row, column, Problem(code, text))


@dataclass(frozen=True)
class Mapped:
    index: int
    column: Column
    header: str
    read: CellReader


def validate(
    kind: str, table: Table, *, context: Context, language: str, progress: Callable | None = None
) -> Result:
    result = Result(kind=kind, rows_total=len(table.rows))
    errors = Errors(result, language)
    mapped = map_headers(KINDS[kind].columns, table, errors, language)
    if errors.count:
        return result
    if not table.rows:
        errors.add(None, "", Problem("no_rows", _("The file has a header row but no data rows.")))
        return result
    checker = CHECKERS[kind](mapped, table, context, errors)
    total = len(table.rows)
    for done, (number, values) in enumerate(table.rows, start=1):
        before = errors.count
        record = checker.row(number, values)
        if errors.count == before and not errors.count:
            result.records.append(record)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if errors.count:
        result.records = []
    if progress is not None:
        progress(total, total)
    return result


def map_headers(columns: tuple[Column, ...], table: Table, errors: Errors, language: str) -> list[Mapped]:
    by_header = {normal(h): c for c in columns for h in c.headers()}
    mapped: list[Mapped] = []
    seen: set[str] = set()
    for index, header in enumerate(table.headers):
        column = by_header.get(normal(header))
        if column is None:
            known = ", ".join(c.header(language) for c in columns if not c.informational)
            problem = Problem(
                "unknown_column",
                _("This column is not known; the columns of this file are: %(known)s."),
                known=known,
            )
            errors.add(table.header_row, header, problem)
        elif column.field in seen:
            problem = Problem("duplicate_column", _("This column appears more than once."))
            errors.add(table.header_row, header, problem)
        else:
            seen.add(column.field)
            if not column.informational:
                mapped.append(Mapped(index, column, header, CellReader(column, language)))
    for column in columns:
        if column.required and column.field not in seen:
            problem = Problem("missing_column", _("The file has no such column, and it is required."))
            errors.add(table.header_row, column.header(language), problem)
    return mapped


class Checker:
    """Reads one row's cells; the subclasses add the checks that span columns and rows."""

    records_fields: tuple[str, ...] = ()

    def __init__(self, mapped: list[Mapped], table: Table, context: Context, errors: Errors):
        self.mapped = mapped
        self.context = context
        self.errors = errors
        self.header = {m.column.field: m.header for m in mapped}
        self.plan = [(m.index, m.column.field, m.read.memo, m.read) for m in mapped]

    def cells(self, number: int, values: tuple) -> dict:
        out: dict = {}
        size = len(values)
        for index, field_name, memo, read in self.plan:
            raw = values[index] if index < size else None
            # The reader's memo, looked up here: one call fewer per cell of a 500,000-row file.
            value = memo.get(raw, UNREAD) if raw.__class__ is str else UNREAD
            if value is UNREAD:
                try:
                    value = read(raw)
                except Problem as problem:
                    self.errors.add(number, self.header[field_name], problem)
                    continue
            out[field_name] = value
        return out

    def file_iins(self, table: Table) -> set[str]:
        index = next((m.index for m in self.mapped if m.column.type == IIN), None)
        if index is None:
            return set()
        iins = {iin_text(values[index]) for _, values in table.rows if index < len(values)}
        # One with a control character is refused by its cell; it is never looked up.
        return {iin for iin in iins if not has_control_character(iin)}

    def iin_problem(self, iin: str) -> Problem | None:
        try:
            iin_rules.validate_iin(iin, today=self.context.today)
        except iin_rules.InvalidIin as exc:
            return Problem("invalid_iin", iin_rules.message(exc.code, exc.params, self.errors.language))
        return None

    def row(self, number: int, values: tuple) -> tuple | None:
        raise NotImplementedError


class EmployeeChecker(Checker):
    records_fields = (
        "iin", "last_name_kk", "first_name_kk", "patronymic_kk", "last_name_ru", "first_name_ru",
        "patronymic_ru", "sex", "birth_date", "phone", "email", "organization_id",
    )  # fmt: skip

    def __init__(self, mapped, table, context, errors):
        super().__init__(mapped, table, context, errors)
        self.registered = context.find_employees(self.file_iins(table))
        self.first_row: dict[str, int] = {}

    def row(self, number, values):
        cells = self.cells(number, values)
        info = self._iin(number, cells.get("iin"))
        if info is not None:
            self._matches_iin(number, cells, info)
        organization = cells.get("organization")
        if organization is not None and organization not in self.context.writable_organizations:
            problem = Problem(
                "unknown_organization",
                _("There is no organization with id %(value)s that you may add employees to."),
                value=organization,
            )
            self.errors.add(number, self.header["organization"], problem)
        if info is None:
            return None
        get = cells.get
        return (
            info.iin, get("last_name_kk"), get("first_name_kk"), get("patronymic_kk") or "",
            get("last_name_ru") or "", get("first_name_ru") or "", get("patronymic_ru") or "",
            get("sex") or info.sex, info.birth_date, get("phone") or "", get("email") or "", organization,
        )  # fmt: skip

    def _iin(self, number: int, iin: str | None) -> iin_rules.IinInfo | None:
        if not iin:
            return None
        column = self.header["iin"]
        try:
            info = iin_rules.validate_iin(iin, today=self.context.today)
        except iin_rules.InvalidIin as exc:
            self.errors.add_text(
                number, column, "invalid_iin", iin_rules.message(exc.code, exc.params, self.errors.language)
            )
            return None
        first = self.first_row.setdefault(info.iin, number)
        if first != number:
            problem = Problem(
                "duplicate_in_file", _("The same IIN is already in row %(row)s of this file."), row=first
            )
            self.errors.add(number, column, problem)
        elif info.iin in self.registered:
            problem = Problem("iin_taken", _("An employee with this IIN is already registered."))
            self.errors.add(number, column, problem)
        return info

    def _matches_iin(self, number: int, cells: dict, info: iin_rules.IinInfo) -> None:
        birth_date = cells.get("birth_date")
        if birth_date is not None and birth_date != info.birth_date:
            problem = Problem(
                "birth_date_mismatch",
                _("The birth date does not match the IIN, which gives %(expected)s."),
                expected=shown_date(info.birth_date),
            )
            self.errors.add(number, self.header["birth_date"], problem)
        sex = cells.get("sex")
        if sex is not None and sex != info.sex:
            word = next(c.word(self.errors.language) for c in SEX if c.code == info.sex)
            problem = Problem(
                "sex_mismatch", _("The sex does not match the IIN, which gives %(expected)s."), expected=word
            )
            self.errors.add(number, self.header["sex"], problem)


class RecordChecker(Checker):
    """Rows that belong to an employee already registered where the importing user may write."""

    def __init__(self, mapped, table, context, errors):
        super().__init__(mapped, table, context, errors)
        self.registered = context.find_employees(self.file_iins(table))

    def employee_id(self, number: int, iin: str | None) -> int | None:
        if not iin:
            return None
        found = self.registered.get(iin)
        if found is not None and found.organization_id in self.context.writable_organizations:
            return found.id
        problem = self.iin_problem(iin) or Problem(
            "unknown_employee",
            _("There is no employee with this IIN that you may change; import the employees first."),
        )
        self.errors.add(number, self.header["iin"], problem)
        return None


class WorkChecker(RecordChecker):
    records_fields = (
        "employee_id", "start", "end", "sector", "qualification_level", "category", "management", "employer",
    )  # fmt: skip

    def row(self, number, values):
        cells = self.cells(number, values)
        employee_id = self.employee_id(number, cells.get("iin"))
        start, end = cells.get("start"), cells.get("end")
        if start is not None and end is not None and end < start:
            problem = Problem("period_end_before_start", _("The period ends before it starts."))
            self.errors.add(number, self.header["end"], problem)
        return (
            employee_id, start, end, cells.get("sector"), cells.get("qualification_level") or "",
            cells.get("category") or "", cells.get("management") or False, cells.get("employer") or "",
        )  # fmt: skip


class EducationChecker(RecordChecker):
    records_fields = ("employee_id", "level", "field", "institution", "graduated_on")

    def row(self, number, values):
        cells = self.cells(number, values)
        employee_id = self.employee_id(number, cells.get("iin"))
        return (
            employee_id, cells.get("level"), cells.get("field"), cells.get("institution") or "",
            cells.get("graduated_on"),
        )  # fmt: skip


class OrganizationChecker(Checker):
    """``parent`` is the id of an organization the user may change, or the code of a row above."""

    records_fields = (
        "code", "parent_id", "parent_code", "name_kk", "name_ru", "kind", "significance", "region",
    )  # fmt: skip

    def __init__(self, mapped, table, context, errors):
        super().__init__(mapped, table, context, errors)
        self.codes: dict[str, int] = {}

    def row(self, number, values):
        cells = self.cells(number, values)
        parent_id, parent_code = self._parent(number, values)
        code = cells.get("code")
        if code:
            self._code(number, code)
        return (
            code or "", parent_id, parent_code, cells.get("name_kk"), cells.get("name_ru"), cells.get("kind"),
            cells.get("significance") or "", cells.get("region") or "",
        )  # fmt: skip

    def _parent(self, number: int, values: tuple) -> tuple[int | None, str | None]:
        column = next((m for m in self.mapped if m.column.field == "parent"), None)
        text = cell_text(values[column.index]) if column and column.index < len(values) else ""
        if not text:
            if not self.context.may_create_top_level:
                problem = Problem(
                    "top_level_not_allowed",
                    _("Only an administrator may add a top-level organization; fill in the parent."),
                )
                parent = KINDS["organizations"].columns[1]
                header = column.header if column else parent.header(self.errors.language)
                self.errors.add(number, header, problem)
            return None, None
        if text in self.codes:
            return None, text
        if text.isascii() and text.isdigit() and int(text) in self.context.writable_organizations:
            return int(text), None
        problem = Problem(
            "unknown_parent",
            _("“%(value)s” is neither the id of an organization you may change nor the code of a row above."),
            value=text,
        )
        self.errors.add(number, column.header, problem)
        return None, None

    def _code(self, number: int, code: str) -> None:
        if code.isdigit():
            problem = Problem(
                "numeric_code", _("A code must contain a letter, so that it is not taken for an id.")
            )
            self.errors.add(number, self.header["code"], problem)
        elif code in self.codes:
            problem = Problem(
                "duplicate_code",
                _("The code “%(value)s” is already used in row %(row)s."),
                value=code,
                row=self.codes[code],
            )
            self.errors.add(number, self.header["code"], problem)
        else:
            self.codes[code] = number


CHECKERS: dict[str, type[Checker]] = {
    "organizations": OrganizationChecker,
    "employees": EmployeeChecker,
    "work": WorkChecker,
    "education": EducationChecker,
}
