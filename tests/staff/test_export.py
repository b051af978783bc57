"""Exporting the employee list to XLSX: exactly what the viewer may see and chose, headers in
their language, recorded in the audit trail, and importable back."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from biliktilik.audit.models import AuditEntry
from biliktilik.staff.iin import masked
from biliktilik.staff.models import Employee
from biliktilik.staff.selectors import EmployeeFilters, employee_list
from biliktilik.staff.services_import import import_file
from biliktilik.staff.workbooks import export_employees

EXPORT = "staff:employee_export"


def sheet_rows(content):
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    header, *rows = list(sheet.iter_rows(values_only=True))
    return header, rows


def exported_iins(client, **query):
    response = client.get(reverse(EXPORT), query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    header, rows = sheet_rows(response.content)
    return {row[0] for row in rows}


@pytest.mark.parametrize(
    ("user", "expected", "whole"),
    [
        ("administrator", {"emp_a", "emp_a_sub", "emp_b"}, True),
        ("auditor", {"emp_a", "emp_a_sub", "emp_b"}, False),
        ("hr_a", {"emp_a", "emp_a_sub"}, True),
        ("commission_a", {"emp_a", "emp_a_sub"}, False),
        ("hr_b", {"emp_b"}, True),
        ("employee", {"emp_a"}, True),
    ],
)
def test_the_export_holds_exactly_the_viewers_employees(client, world, user, expected, whole):
    """With the IINs masked for those who read records without keeping them."""
    client.force_login(world.users[user])
    iins = {getattr(world, name).iin for name in expected}
    assert exported_iins(client) == (iins if whole else {masked(iin) for iin in iins})


def test_the_export_follows_the_list_filters(client, world):
    client.force_login(world.users["hr_a"])
    only_sub = exported_iins(client, organization=world.org_a_sub.pk, include_subtree="on")
    assert only_sub == {world.emp_a_sub.iin}
    assert exported_iins(client, organization=world.org_a.pk) == {world.emp_a.iin}
    assert exported_iins(client, q=world.emp_a.iin[:8]) == {world.emp_a.iin}
    # An organization outside the viewer's scope is not a choice: the export stays in scope.
    assert world.emp_b.iin not in exported_iins(client, organization=world.org_b.pk)


def test_the_header_is_in_the_users_language(client, world):
    client.force_login(world.users["administrator"])
    header, rows = sheet_rows(client.get(reverse(EXPORT)).content)
    assert header[:2] == ("ЖСН", "Тегі (қазақша)")
    client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    header, rows = sheet_rows(client.get(reverse(EXPORT)).content)
    assert header[:2] == ("ИИН", "Фамилия (на казахском)")
    row = next(r for r in rows if r[0] == world.emp_a.iin)
    assert row[7] in {"мужской", "женский"}
    assert row[8].date() == world.emp_a.birth_date  # a real Excel date
    assert row[-1] == world.org_a.name_ru


def test_an_export_is_recorded_in_the_audit_trail(client, world):
    client.force_login(world.users["hr_a"])
    client.get(reverse(EXPORT), {"q": "x"})
    entry = AuditEntry.objects.get(action="employee.export")
    assert entry.actor == world.users["hr_a"]
    assert entry.after["count"] == 0
    assert entry.after["filters"]["q"] == "x"


def test_an_anonymous_visitor_is_sent_to_sign_in(client, world):
    response = client.get(reverse(EXPORT))
    assert response.status_code == 302
    assert "login" in response.url


def test_an_export_imports_back(world):
    admin = world.users["administrator"]
    content = export_employees(employee_list(viewer=admin, filters=EmployeeFilters()), "kk")
    before = {e.iin: (e.last_name_kk, e.sex, e.birth_date, e.organization_id) for e in Employee.objects.all()}
    Employee.objects.all().delete()
    report = import_file(actor=admin, kind="employees", file=content, language="kk")
    assert report.ok, report.errors
    after = {e.iin: (e.last_name_kk, e.sex, e.birth_date, e.organization_id) for e in Employee.objects.all()}
    assert after == before
