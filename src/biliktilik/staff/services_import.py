"""Importing files into the staff registry and exporting employee lists.

All or nothing: every row of a file is validated first, and if any has an error nothing is
written. Otherwise every record is inserted in ONE transaction together with ONE audit entry
for the file (action ``import.<kind>``, object ``import:<SHA-256 of the file>``) that names the
actor, the file, the counts and the ids created (as ranges). One entry per file rather than
per record: a per-record entry costs a locked, hashed insert each, which for 100,000 rows is
most of the import; the file entry still says who created exactly which records and when.

Inserts are batched: PostgreSQL gets COPY with ids reserved from the table's sequence (so the
audit entry can list them); other databases get ``bulk_create``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.jobs import runner
from biliktilik.jobs.runner import Attempt

from . import selectors
from .errors import ImportNotAllowed
from .iin import masked
from .imports import KINDS, Context, RegisteredEmployee, RowError, UnreadableFile, read_table, validate
from .imports.cells import Problem
from .imports.validation import CHECKERS, Errors, Result
from .models import (
    SORT_FIELDS,
    Education,
    Employee,
    ImportJob,
    Organization,
    WorkPeriod,
    employee_sort_keys,
    with_sort_keys,
)
from .scoping import can_write_in
from .workbooks import export_employees

logger = logging.getLogger(__name__)

LOOKUP_CHUNK = 5000
BULK_BATCH = 5000
UNREADABLE = {
    "not_utf8": _("The CSV file is not in UTF-8; save it as “CSV UTF-8” and upload it again."),
    "bad_csv": _("The CSV file is damaged: a quoted value is never closed."),
    "bad_xlsx": _("The file is neither an XLSX workbook nor a CSV text file."),
    "no_header": _("The file is empty: it has no header row."),
}
CONFLICT = _(
    "While the file was being checked, someone registered one of its IINs or changed an "
    "organization it names; nothing was imported. Upload the file again to see which rows."
)


@dataclass
class ImportReport:
    kind: str
    file_name: str
    rows: int = 0
    created: dict[str, int] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "file_name": self.file_name,
            "rows": self.rows,
            "created": self.created,
            "error_count": self.error_count,
            "errors": [asdict(e) for e in self.errors],
        }


def import_file(
    *,
    actor,
    kind: str,
    file,
    language: str,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    on_saved: Callable[[ImportReport], None] | None = None,
    file_name: str | None = None,
) -> ImportReport:
    """Import ``file`` (bytes, a path, or an open binary file) of ``kind`` for ``actor``.

    ``file_name`` (the name it was uploaded under) overrides the one taken from ``file``; a
    file named ``.xlsx`` that is not a workbook is refused, never read as CSV.

    ``progress(rows_done, rows_total)`` is called while rows are checked; the insert that
    follows is one transaction, and ``on_saved(report)`` runs inside it, last (a job records
    its outcome there, so that the records and the outcome commit together or not at all).
    Messages in the report are in ``language``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    content, own_name = _content(file)
    file_name = own_name if file_name is None else file_name
    report = ImportReport(kind=kind, file_name=file_name)
    try:
        table = read_table(content, file_name)
    except UnreadableFile as exc:
        return _file_error(report, exc.code, UNREADABLE[exc.code], language)
    report.rows = len(table.rows)
    context = _context(actor, today or timezone.localdate())
    result = validate(kind, table, context=context, language=language, progress=progress)
    if not result.ok:
        report.errors, report.error_count = result.errors, result.error_count
        return report
    try:
        with transaction.atomic():
            ids = WRITERS[kind](result.records)
            report.created = {name: len(values) for name, values in ids.items()}
            audit_record(
                actor=actor,
                action=f"import.{kind}",
                object_type="import",
                object_id=hashlib.sha256(content).hexdigest(),
                after={
                    "file": file_name,
                    "rows": report.rows,
                    "created": report.created,
                    "ids": _ranges(ids),
                },
            )
            if on_saved is not None:
                on_saved(report)
    except IntegrityError:
        report.created = {}
        return _file_error(report, "conflict", CONFLICT, language)
    return report


def _content(file) -> tuple[bytes, str]:
    if isinstance(file, bytes):
        return file, ""
    if isinstance(file, (str, Path)):
        return Path(file).read_bytes(), Path(file).name
    return file.read(), Path(getattr(file, "name", "") or "").name


def _file_error(report: ImportReport, code: str, message, language: str) -> ImportReport:
    result = Result(kind=report.kind, rows_total=report.rows)
    Errors(result, language).add(None, "", Problem(code, message))
    report.errors, report.error_count = result.errors, result.error_count
    return report


def _context(actor, today: dt.date) -> Context:
    paths = Organization.objects.values_list("pk", "path")
    writable = {pk for pk, path in paths if can_write_in(actor, Organization(path=path))}
    return Context(
        today=today,
        writable_organizations=writable,
        may_create_top_level=can_write_in(actor, Organization(path="/")),
        find_employees=_registered,
    )


def _registered(iins: set[str]) -> dict[str, RegisteredEmployee]:
    found: dict[str, RegisteredEmployee] = {}
    wanted = sorted(i for i in iins if len(i) == 12)
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        for iin, pk, organization_id in Employee.objects.filter(iin__in=chunk).values_list(
            "iin", "pk", "organization_id"
        ):
            found[iin] = RegisteredEmployee(pk, organization_id)
    return found


def _ranges(ids: dict[str, list[int]]) -> dict[str, list[list[int]]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]: exact, and short when ids come from one sequence."""
    out: dict[str, list[list[int]]] = {}
    for name, values in ids.items():
        spans: list[list[int]] = []
        for value in sorted(v for v in values if v is not None):
            if spans and value == spans[-1][1] + 1:
                spans[-1][1] = value
            else:
                spans.append([value, value])
        out[name] = spans
    return out


def _insert(model, fields: tuple[str, ...], records: list[tuple]) -> list[int]:
    stamps = [f for f in model._meta.concrete_fields if _stamped(f)]
    if connection.vendor == "postgresql":
        return _copy(model, fields, records, stamps)
    objects = [model(**dict(zip(fields, record, strict=True))) for record in records]
    model.objects.bulk_create(objects, batch_size=BULK_BATCH)
    return [o.pk for o in objects]


def _stamped(model_field) -> bool:
    return bool(getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False))


def _copy(model, fields: tuple[str, ...], records: list[tuple], stamps) -> list[int]:
    """COPY in binary format (no text parsing on the server); ids come from the table's own
    sequence, reserved in one statement, so the audit entry can name them."""
    from psycopg import sql

    table = model._meta.db_table
    model_fields = [model._meta.pk, *(model._meta.get_field(f) for f in fields), *stamps]
    columns = [f.column for f in model_fields]
    extra = (timezone.now(),) * len(stamps)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, model._meta.pk.column])
        [sequence] = cursor.fetchone()
        cursor.execute(
            "SELECT array_agg(nextval(%s::regclass)) FROM generate_series(1, %s)", [sequence, len(records)]
        )
        [ids] = cursor.fetchone()
        statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT BINARY)").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
        )
        with cursor.cursor.copy(statement) as copy:
            copy.set_types([_binary_type(f) for f in model_fields])
            for pk, record in zip(ids, records, strict=True):
                copy.write_row((pk, *record, *extra))
    return ids


BINARY_TYPES = {
    "BigAutoField": "int8",
    "BigIntegerField": "int8",
    "AutoField": "int4",
    "IntegerField": "int4",
    "PositiveIntegerField": "int4",
    "DateField": "date",
    "DateTimeField": "timestamptz",
    "BooleanField": "bool",
    "CharField": "text",
    "EmailField": "text",
    "TextField": "text",
}


def _binary_type(model_field) -> str:
    target = model_field.target_field if model_field.is_relation else model_field
    return BINARY_TYPES[target.get_internal_type()]


def _write_employees(records: list[tuple]) -> dict[str, list[int]]:
    """With each name's sort keys, which COPY and ``bulk_create`` would not compute."""
    fields = CHECKERS["employees"].records_fields
    keyed = [(*r, *employee_sort_keys(dict(zip(fields, r, strict=True))).values()) for r in records]
    return {"employees": _insert(Employee, (*fields, *SORT_FIELDS), keyed)}


def _write_work(records: list[tuple]) -> dict[str, list[int]]:
    return {"work": _insert(WorkPeriod, CHECKERS["work"].records_fields, records)}


def _write_education(records: list[tuple]) -> dict[str, list[int]]:
    return {"education": _insert(Education, CHECKERS["education"].records_fields, records)}


def _write_organizations(records: list[tuple]) -> dict[str, list[int]]:
    """Few rows, each may be the parent of a later one: saved one by one to get the tree paths."""
    by_code: dict[str, Organization] = {}
    parents = {o.pk: o for o in Organization.objects.filter(pk__in={r[1] for r in records if r[1]})}
    ids = []
    for code, parent_id, parent_code, name_kk, name_ru, kind, significance, region in records:
        parent = by_code[parent_code] if parent_code else parents.get(parent_id)
        organization = with_sort_keys(Organization(
            parent=parent, name_kk=name_kk, name_ru=name_ru, kind=kind, significance=significance,
            region=region, path="",
        ))  # fmt: skip
        organization.save()
        organization.path = organization.tree_path()
        organization.save(update_fields=["path"])
        if code:
            by_code[code] = organization
        ids.append(organization.pk)
    return {"organizations": ids}


WRITERS = {
    "organizations": _write_organizations,
    "employees": _write_employees,
    "work": _write_work,
    "education": _write_education,
}


def import_job_submit(*, actor, kind: str, file_name: str, language: str, content: bytes) -> ImportJob:
    """Queue the import of an uploaded file; a worker runs it and the page follows its progress.
    The job is bookkeeping: the import itself is audited when it writes. A reader is refused
    before anything is queued, rather than with an error on every row."""
    if not selectors.may_import(viewer=actor):
        raise ImportNotAllowed()
    with transaction.atomic():
        job = ImportJob.objects.create(
            created_by=actor, kind=kind, file_name=file_name[:255], language=language, content=content
        )
        runner.enqueue(job)
    return job


def import_job_perform(*, job: ImportJob, attempt: Attempt) -> None:
    last_saved = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last_saved[0] >= 0.5:
            attempt.progress(rows_done=done, rows_total=total)
            last_saved[0] = now

    def saved(report: ImportReport) -> None:
        attempt.finish(status=ImportJob.Status.IMPORTED, report=report.as_json(), content=None)

    report = import_file(
        actor=job.created_by,
        kind=job.kind,
        file=bytes(job.content),
        file_name=job.file_name,
        language=job.language,
        progress=progress,
        on_saved=saved,
    )
    if not report.ok:
        with transaction.atomic():
            attempt.finish(status=ImportJob.Status.REJECTED, report=report.as_json(), content=None)


@transaction.atomic
def employee_export(*, viewer, filters: selectors.EmployeeFilters, language: str) -> bytes:
    """An XLSX of the employees the viewer may see that match ``filters``. Exporting personal data
    is recorded like opening a personal card."""
    employees = selectors.employee_list(viewer=viewer, filters=filters, language=language)
    whole = {
        iin
        for iin, path, pk in employees.values_list("iin", "organization__path", "pk")
        if selectors.sees_full_iin(
            viewer=viewer, employee=Employee(pk=pk, organization=Organization(path=path))
        )
    }
    content = export_employees(
        employees, language, shown_iin=lambda iin: iin if iin in whole else masked(iin)
    )
    count = employees.count()
    audit_record(
        actor=viewer,
        action="employee.export",
        object_type="employee_list",
        object_id="xlsx",
        after={"filters": asdict(filters), "count": count},
    )
    return content
