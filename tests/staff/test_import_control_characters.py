"""A control character in an imported file is a row-and-column error of the report, like any
other mistake; the import is refused, never left "failed" with an internal error (PostgreSQL
cannot even store a NUL)."""

import pytest

from biliktilik.staff.imports.cells import CellReader, Problem
from biliktilik.staff.imports.columns import KINDS
from biliktilik.staff.models import Employee, ImportJob

from .test_import import csv_file, fifty, headers, run, upload


def column(field):
    return headers("employees", "kk", [field])[0]


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f"], ids=["NUL", "SOH", "ESC", "DEL"])
def test_a_control_character_in_a_cell_is_reported_at_its_row_and_column(world, char):
    rows = fifty(world.org_a)
    rows[2]["last_name_kk"] = f"Сейт{char}қали"
    rows[9]["phone"] = f"+7 701{char}"
    report = run(world.users["hr_a"], "employees", csv_file("employees", "kk", rows))
    assert {(e.row, e.column, e.code) for e in report.errors} == {
        (4, column("last_name_kk"), "control_character"),
        (11, column("phone"), "control_character"),
    }
    assert report.errors[0].message == (
        "The cell holds a control character (such as NUL), which is not allowed; retype it."
    )
    assert Employee.objects.count() == 3


def test_a_nul_in_an_iin_is_reported_and_never_looked_up(world):
    rows = fifty(world.org_a)
    rows[0]["iin"] = rows[0]["iin"][:6] + "\x00" + rows[0]["iin"][7:]
    report = run(world.users["hr_a"], "employees", csv_file("employees", "kk", rows))
    assert {(e.row, e.column, e.code) for e in report.errors} == {(2, column("iin"), "control_character")}


def test_a_work_row_with_a_nul_in_its_iin_is_reported(world):
    rows = [{"iin": "1234\x0056789012", "start": "2015-09-01", "sector": "employment"}]
    report = run(world.users["hr_a"], "work", csv_file("work", "kk", rows))
    assert ("control_character", 2) in {(e.code, e.row) for e in report.errors}


def test_a_header_with_a_control_character_is_an_unknown_column_shown_safely(world):
    rows = fifty(world.org_a)[:2]
    content = csv_file("employees", "kk", rows).replace(column("phone").encode(), "Тел\x00".encode(), 1)
    report = run(world.users["hr_a"], "employees", content)
    assert (1, "Тел\ufffd", "unknown_column") in {(e.row, e.column, e.code) for e in report.errors}


def test_the_import_page_rejects_such_a_file_with_its_report(client, world):
    rows = fifty(world.org_a)
    rows[4]["first_name_ru"] = "Ай\x00гуль"
    client.force_login(world.users["hr_a"])
    response = upload(client, "employees", csv_file("employees", "kk", rows), "50.csv")
    job = ImportJob.objects.get()
    assert job.status == "rejected"
    assert 'data-row="6"' in client.get(response.url).content.decode()


def test_tab_and_line_breaks_inside_a_cell_are_ordinary_text():
    read = CellReader(next(c for c in KINDS["employees"].columns if c.field == "last_name_kk"), "en")
    assert read("Сейт\tқали") == "Сейт\tқали"
    with pytest.raises(Problem) as refused:
        read("Сейт\x0bқали")
    assert refused.value.code == "control_character"
