"""What an import file must be: the template's own example row imports."""

import csv
import io

import pytest

from biliktilik.staff.imports import KINDS
from biliktilik.staff.models import Employee
from biliktilik.staff.services_import import import_file
from biliktilik.staff.workbooks import example
from tests.staff.test_import import TODAY


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
