"""What an import file must be: the template's own example row imports, and a file named as a
workbook that is not one is refused whole instead of being read as CSV."""

import csv
import io

import pytest
from django.urls import reverse

from biliktilik.staff.imports import KINDS
from biliktilik.staff.models import Employee, ImportJob
from biliktilik.staff.services_import import import_file
from biliktilik.staff.workbooks import example
from tests.staff.test_import import TODAY, csv_file, fifty


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_templates_own_example_row_imports(world, language):
    columns = [c for c in KINDS["employees"].columns if not c.informational]
    row = {c.field: example(c, language) for c in columns}
    row["organization"] = str(world.org_a.pk)  # the example names an id of the user's own list
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.header(language) for c in columns])
    writer.writerow([row[c.field] for c in columns])
    report = import_file(
        actor=world.users["hr_a"], kind="employees", file=out.getvalue().encode(), language="en", today=TODAY
    )
    assert report.ok, [e.message for e in report.errors]
    assert Employee.objects.filter(iin=row["iin"]).exists()


def test_a_csv_text_named_xlsx_is_refused_not_read_as_csv(world):
    content = csv_file("employees", "kk", fifty(world.org_a))
    report = import_file(
        actor=world.users["hr_a"],
        kind="employees",
        file=content,
        file_name="people.xlsx",
        language="en",
        today=TODAY,
    )
    assert [(e.row, e.code) for e in report.errors] == [(None, "bad_xlsx")]
    assert "neither an XLSX workbook nor a CSV" in report.errors[0].message
    assert report.created == {}
    assert Employee.objects.count() == 3


def test_the_same_text_named_csv_imports(world):
    content = csv_file("employees", "kk", fifty(world.org_a))
    report = import_file(
        actor=world.users["hr_a"],
        kind="employees",
        file=content,
        file_name="people.csv",
        language="en",
        today=TODAY,
    )
    assert report.ok, report.errors


def test_an_uploaded_fake_workbook_is_refused_by_the_import_job(client, world):
    client.force_login(world.users["hr_a"])
    upload = io.BytesIO(csv_file("employees", "kk", fifty(world.org_a)))
    upload.name = "people.xlsx"
    response = client.post(reverse("staff:imports"), {"kind": "employees", "file": upload})
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert job.status == "rejected", job.status
    assert [e["code"] for e in job.report["errors"]] == ["bad_xlsx"]
    assert Employee.objects.count() == 3
