"""Importing organizations, employees, work history and education from XLSX or CSV: every row and
column checked, every error reported with its row and column, and nothing written unless the
whole file is correct."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.staff.iin import make_iin
from biliktilik.staff.imports import KINDS
from biliktilik.staff.models import Education, Employee, ImportJob, Organization, WorkPeriod
from biliktilik.staff.services_import import import_file
from biliktilik.staff.workbooks import template_csv, template_workbook

TODAY = dt.date(2026, 11, 22)


def person(i, organization, **changes):
    birth = dt.date(1975, 1, 1) + dt.timedelta(days=131 * i)
    sex = "female" if i % 2 else "male"
    values = {
        "iin": make_iin(birth, sex, 5000 + i),
        "last_name_kk": f"Сейтқали-{i}",
        "first_name_kk": "Айгүл" if i % 2 else "Нұрлан",
        "patronymic_kk": "",
        "last_name_ru": f"Сейткали-{i}",
        "first_name_ru": "Айгуль" if i % 2 else "Нурлан",
        "sex": sex,
        "birth_date": birth,
        "phone": f"+7 701 000 {i:04d}",
        "email": f"person{i}@example.kz",
        "organization": organization.pk,
    }
    values.update(changes)
    return values


def headers(kind, language, fields):
    columns = {c.field: c for c in KINDS[kind].columns}
    return [columns[f].header(language) for f in fields]


def xlsx(kind, language, rows):
    fields = list(rows[0])
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers(kind, language, fields))
    for row in rows:
        sheet.append([row[f] for f in fields])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_file(kind, language, rows, *, delimiter=",", bom=False):
    fields = list(rows[0])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers(kind, language, fields))
    for row in rows:
        writer.writerow([v.strftime("%d.%m.%Y") if isinstance(v, dt.date) else v for v in row.values()])
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode()


def fifty(organization):
    return [person(i, organization) for i in range(50)]


def three_mistakes(rows):
    """Rows 7, 20 and 33 as the user sees them (the header is row 1)."""
    rows = [dict(r) for r in rows]
    good = rows[5]["iin"]
    rows[5]["iin"] = good[:11] + str((int(good[11]) + 1) % 10)
    rows[18]["birth_date"] = "31.02.1990"
    rows[31]["sex"] = "белгісіз"
    return rows


def run(actor, kind, content, language="en", **kwargs):
    return import_file(actor=actor, kind=kind, file=content, language=language, today=TODAY, **kwargs)


def found(report):
    return {(e.row, e.column, e.code) for e in report.errors}


def test_three_bad_rows_in_fifty_import_nothing_and_the_report_names_row_and_column(world):
    officer = world.users["hr_a"]
    before = (Employee.objects.count(), AuditEntry.objects.count())
    report = run(officer, "employees", xlsx("employees", "kk", three_mistakes(fifty(world.org_a))))
    assert not report.ok
    assert found(report) == {
        (7, "ЖСН", "invalid_iin"),
        (20, "Туған күні", "date_invalid"),
        (33, "Жынысы", "bad_choice"),
    }
    assert (Employee.objects.count(), AuditEntry.objects.count()) == before
    assert report.created == {}


def test_the_corrected_file_imports_all_fifty_with_one_audit_entry(world):
    officer = world.users["hr_a"]
    rows = fifty(world.org_a)
    report = run(officer, "employees", xlsx("employees", "kk", rows))
    assert report.ok, report.errors
    assert report.created == {"employees": 50}
    imported = Employee.objects.filter(iin__in=[r["iin"] for r in rows])
    assert imported.count() == 50
    assert set(imported.values_list("organization", flat=True)) == {world.org_a.pk}
    entry = AuditEntry.objects.get(action="import.employees")
    assert entry.actor == officer
    assert entry.after["created"] == {"employees": 50}
    spans = entry.after["ids"]["employees"]
    assert sum(last - first + 1 for first, last in spans) == 50
    assert audit_verify() == []


def test_messages_name_row_and_column_in_the_users_language(world):
    rows = three_mistakes(fifty(world.org_a))
    report = run(world.users["hr_a"], "employees", xlsx("employees", "kk", rows), language="kk")
    first = sorted(report.errors, key=lambda e: e.row)[0]
    expected = (int(rows[5]["iin"][11]) - 1) % 10
    assert f"11 цифр бойынша ол {expected} болуы тиіс" in first.message
    assert first.line("en").startswith("Row 7, column «ЖСН»: ")
    report = run(world.users["hr_a"], "employees", xlsx("employees", "ru", rows), language="ru")
    assert "контрольная цифра" in sorted(report.errors, key=lambda e: e.row)[0].message


def test_the_check_digit_message_says_which_digit_was_expected(world):
    good = person(3, world.org_a)
    wrong = good["iin"][:11] + str((int(good["iin"][11]) + 1) % 10)
    report = run(world.users["hr_a"], "employees", xlsx("employees", "en", [dict(good, iin=wrong)]))
    [error] = report.errors
    assert f"require {good['iin'][11]}" in error.message


def test_russian_headers_in_a_semicolon_csv_with_a_bom_import(world):
    content = csv_file("employees", "ru", fifty(world.org_a), delimiter=";", bom=True)
    report = run(world.users["hr_a"], "employees", content)
    assert report.ok, report.errors
    assert report.created == {"employees": 50}


def test_a_comma_csv_reports_the_same_rows_and_columns(world):
    content = csv_file("employees", "ru", three_mistakes(fifty(world.org_a)))
    report = run(world.users["hr_a"], "employees", content)
    assert found(report) == {
        (7, "ИИН", "invalid_iin"),
        (20, "Дата рождения", "date_invalid"),
        (33, "Пол", "bad_choice"),
    }
    assert not Employee.objects.filter(last_name_kk__startswith="Сейтқали-").exists()


def test_internal_field_names_work_as_headers(world):
    rows = fifty(world.org_a)[:2]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    report = run(world.users["hr_a"], "employees", out.getvalue().encode())
    assert report.ok, report.errors


def test_a_duplicate_iin_in_the_file_is_reported_at_its_second_row(world):
    rows = fifty(world.org_a)[:4]
    rows[3]["iin"] = rows[1]["iin"]
    rows[3]["birth_date"], rows[3]["sex"] = rows[1]["birth_date"], rows[1]["sex"]
    report = run(world.users["hr_a"], "employees", xlsx("employees", "ru", rows))
    [error] = report.errors
    assert (error.row, error.column, error.code) == (5, "ИИН", "duplicate_in_file")
    assert "row 3" in error.message


def test_an_iin_already_registered_is_refused(world):
    other = world.emp_b
    rows = [person(1, world.org_a, iin=other.iin, birth_date=other.birth_date, sex=other.sex)]
    report = run(world.users["administrator"], "employees", xlsx("employees", "kk", rows))
    assert found(report) == {(2, "ЖСН", "iin_taken")}


def test_an_hr_officer_cannot_import_into_another_organizations_subtree(world):
    rows = [person(1, world.org_a_sub), person(2, world.org_b), person(3, world.ministry)]
    report = run(world.users["hr_a"], "employees", xlsx("employees", "kk", rows))
    assert found(report) == {
        (3, "Ұйым (ID)", "unknown_organization"),
        (4, "Ұйым (ID)", "unknown_organization"),
    }
    assert not Employee.objects.filter(iin=rows[0]["iin"]).exists()
    assert run(world.users["hr_a"], "employees", xlsx("employees", "kk", rows[:1])).ok


def test_read_only_roles_can_import_nothing(world):
    report = run(world.users["auditor"], "employees", xlsx("employees", "kk", [person(1, world.org_a)]))
    assert found(report) == {(2, "Ұйым (ID)", "unknown_organization")}


def test_birth_date_and_sex_must_agree_with_the_iin(world):
    rows = [person(1, world.org_a, birth_date=dt.date(1990, 1, 1)), person(2, world.org_a, sex="female")]
    report = run(world.users["hr_a"], "employees", xlsx("employees", "en", rows))
    assert found(report) == {(2, "Birth date", "birth_date_mismatch"), (3, "Sex", "sex_mismatch")}


def test_sex_and_birth_date_may_be_left_to_the_iin(world):
    row = person(1, world.org_a)
    row.pop("sex"), row.pop("birth_date")
    assert run(world.users["hr_a"], "employees", xlsx("employees", "kk", [row])).ok
    employee = Employee.objects.get(iin=row["iin"])
    assert (employee.sex, employee.birth_date) == ("female", dt.date(1975, 1, 1) + dt.timedelta(days=131))


def test_an_iin_excel_turned_into_a_number_gets_its_leading_zero_back(world):
    iin = make_iin(dt.date(2003, 5, 17), "male", 4321)
    row = person(1, world.org_a, iin=int(iin), birth_date=dt.date(2003, 5, 17), sex="male")
    report = run(world.users["hr_a"], "employees", xlsx("employees", "kk", [row]))
    assert report.ok, report.errors
    assert Employee.objects.filter(iin=iin).exists()


def test_headers_missing_or_unknown_are_reported_before_any_row(world):
    rows = [{k: v for k, v in person(1, world.org_a).items() if k != "organization"}]
    workbook = load_workbook(io.BytesIO(xlsx("employees", "kk", rows)))
    workbook.active.cell(row=1, column=2, value="Тегі!")
    out = io.BytesIO()
    workbook.save(out)
    report = run(world.users["hr_a"], "employees", out.getvalue())
    assert {(e.row, e.column, e.code) for e in report.errors} == {
        (1, "Тегі!", "unknown_column"),
        (1, "Surname (Kazakh)", "missing_column"),
        (1, "Organization (ID)", "missing_column"),
    }


def test_a_file_that_is_not_utf8_is_refused_whole(world):
    content = "ИИН;Фамилия (на казахском)\n".encode("cp1251")
    report = run(world.users["hr_a"], "employees", content)
    assert [(e.row, e.code) for e in report.errors] == [(None, "not_utf8")]


def work_row(iin, **changes):
    values = {
        "iin": iin,
        "start": "2015-09-01",
        "end": "31.12.2019",
        "sector": "жұмыспен қамту",
        "qualification_level": "средний",
        "category": "second",
        "management": "жоқ",
        "employer": "ЦТМ",
    }
    values.update(changes)
    return values


def test_work_rows_reference_registered_iins(world):
    rows = [
        work_row(world.emp_a.iin),
        work_row(world.emp_a_sub.iin, start=dt.date(2020, 1, 1), end="", sector="social_protection",
                 category="высшая", management="да"),
    ]  # fmt: skip
    report = run(world.users["hr_a"], "work", xlsx("work", "kk", rows))
    assert report.ok, report.errors
    first = WorkPeriod.objects.get(employee=world.emp_a)
    assert (first.start, first.end, first.sector, first.qualification_level, first.category) == (
        dt.date(2015, 9, 1), dt.date(2019, 12, 31), "employment", "medium", "second",
    )  # fmt: skip
    second = WorkPeriod.objects.get(employee=world.emp_a_sub)
    assert (second.end, second.category, second.management) == (None, "higher", True)
    assert AuditEntry.objects.filter(action="import.work").count() == 1


def test_work_rows_for_unknown_invalid_or_foreign_iins_and_bad_periods_are_refused(world):
    unknown = make_iin(dt.date(1991, 4, 4), "male", 777)
    rows = [
        work_row(world.emp_a.iin),
        work_row(unknown),
        work_row("123"),
        work_row(world.emp_b.iin),
        work_row(world.emp_a.iin, start="01.01.2020", end="2019-12-31"),
        work_row(world.emp_a.iin, start="1.1.20", sector="космос"),
    ]
    report = run(world.users["hr_a"], "work", csv_file("work", "ru", rows))
    assert found(report) == {
        (3, "ИИН", "unknown_employee"),
        (4, "ИИН", "invalid_iin"),
        (5, "ИИН", "unknown_employee"),
        (6, "Дата окончания работы", "period_end_before_start"),
        (7, "Дата начала работы", "date_format"),
        (7, "Сфера деятельности", "bad_choice"),
    }
    assert not WorkPeriod.objects.exists()


def test_education_rows_import_with_kazakh_or_russian_words(world):
    rows = [
        {"iin": world.emp_a.iin, "level": "жоғары", "field": "социальное", "institution": "ЕНУ",
         "graduated_on": dt.date(2007, 6, 30)},
        {"iin": world.emp_a.iin, "level": "postgraduate", "field": "legal", "institution": "",
         "graduated_on": ""},
    ]  # fmt: skip
    report = run(world.users["administrator"], "education", xlsx("education", "ru", rows))
    assert report.ok, report.errors
    assert sorted(Education.objects.values_list("level", "field", "graduated_on")) == [
        ("higher", "social", dt.date(2007, 6, 30)),
        ("postgraduate", "legal", None),
    ]


def test_organizations_import_as_a_tree_under_one_the_officer_may_change(world):
    rows = [
        {"code": "cc", "parent": world.org_a.pk, "name_kk": "Мансап орталығы", "name_ru": "Центр карьеры",
         "kind": "мансап орталығы", "significance": "районное", "region": "Абай"},
        {"code": "dep", "parent": "cc", "name_kk": "Бөлім", "name_ru": "Отдел", "kind": "отдел",
         "significance": "", "region": ""},
    ]  # fmt: skip
    report = run(world.users["hr_a"], "organizations", xlsx("organizations", "kk", rows))
    assert report.ok, report.errors
    centre = Organization.objects.get(name_ru="Центр карьеры")
    department = Organization.objects.get(name_ru="Отдел")
    assert centre.path == f"{world.org_a.path}{centre.pk}/"
    assert department.path == f"{centre.path}{department.pk}/"
    assert (centre.kind, centre.significance, department.kind) == ("career_centre", "district", "department")


def test_organizations_outside_the_officers_subtree_or_at_the_top_are_refused(world):
    rows = [
        {"parent": world.org_b.pk, "name_kk": "Б", "name_ru": "Б", "kind": "department"},
        {"parent": "", "name_kk": "В", "name_ru": "В", "kind": "ministry"},
        {"parent": "later", "name_kk": "Г", "name_ru": "Г", "kind": "department"},
    ]
    report = run(world.users["hr_a"], "organizations", xlsx("organizations", "ru", rows))
    assert found(report) == {
        (2, "Вышестоящая организация", "unknown_parent"),
        (3, "Вышестоящая организация", "top_level_not_allowed"),
        (4, "Вышестоящая организация", "unknown_parent"),
    }


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_filled_in_template_imports(world, language):
    template = load_workbook(io.BytesIO(template_workbook("employees", language)))
    sheet = template.worksheets[0]
    columns = [c for c in KINDS["employees"].columns if not c.informational]
    assert [c.value for c in sheet[1]] == [c.header(language) for c in columns]
    row = person(1, world.org_a)
    for index, column in enumerate(columns, start=1):
        sheet.cell(row=2, column=index, value=row.get(column.field))
    out = io.BytesIO()
    template.save(out)
    report = run(world.users["hr_a"], "employees", out.getvalue())
    assert report.ok, report.errors
    assert report.created == {"employees": 1}


def test_the_template_lists_the_allowed_values_and_an_example_on_its_second_sheet(world):
    workbook = load_workbook(io.BytesIO(template_workbook("work", "ru")))
    reference = workbook.worksheets[1]
    cells = [tuple(r) for r in reference.iter_rows(values_only=True)]
    triples = [r[:3] for r in cells]
    assert ("Сфера деятельности", "социальная защита", "social_protection") in triples
    assert any(r[0] == "Дата начала работы" and r[3] == "01.09.2015" for r in cells)
    assert workbook.worksheets[0]["A1"].comment is not None
    assert workbook.worksheets[0].column_dimensions["B"].width >= 14


def test_the_csv_template_is_a_header_the_import_reads():
    content = template_csv("education", "kk")
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8-sig").strip().split(";") == [
        c.header("kk") for c in KINDS["education"].columns
    ]


def upload(client, kind, content, name):
    return client.post(reverse("staff:imports"), {"kind": kind, "file": _named(content, name)})


def template_url(kind, language, fmt):
    return reverse("staff:import_template", kwargs={"kind": kind, "language": language, "fmt": fmt})


def _named(content, name):
    file = io.BytesIO(content)
    file.name = name
    return file


def test_the_page_imports_a_file_and_shows_the_report(client, world):
    client.force_login(world.users["hr_a"])
    page = client.get(reverse("staff:imports"))
    assert page.status_code == 200
    assert template_url("employees", "ru", "xlsx") in page.content.decode()
    bad = xlsx("employees", "kk", three_mistakes(fifty(world.org_a)))
    response = upload(client, "employees", bad, "50.xlsx")
    job = ImportJob.objects.get()
    assert response.url == reverse("staff:import_job", kwargs={"job_id": job.pk})
    report = client.get(response.url).content.decode()
    assert ImportJob.objects.get().status == "rejected"
    assert 'data-row="7"' in report and 'data-row="20"' in report and 'data-row="33"' in report
    assert "hx-trigger" not in report
    response = upload(client, "employees", xlsx("employees", "kk", fifty(world.org_a)), "50.xlsx")
    assert 'data-created="employees">50<' in client.get(response.url).content.decode()


def test_a_running_import_shows_a_progress_bar_that_polls(client, world):
    officer = world.users["hr_a"]
    job = ImportJob.objects.create(created_by=officer, kind="employees", file_name="big.csv", language="kk")
    ImportJob.objects.filter(pk=job.pk).update(status="running", rows_done=300, rows_total=1000)
    client.force_login(officer)
    part = client.get(reverse("staff:import_job", kwargs={"job_id": job.pk}), HTTP_HX_REQUEST="true")
    html = part.content.decode()
    assert '<progress id="import-progress" max="1000" value="300">' in html
    assert 'hx-trigger="every 1s"' in html
    client.force_login(world.users["hr_b"])
    assert client.get(reverse("staff:import_job", kwargs={"job_id": job.pk})).status_code == 404


def test_templates_download_in_both_languages(client, world):
    client.force_login(world.users["hr_a"])
    for language in ("kk", "ru"):
        url = template_url("employees", language, "xlsx")
        workbook = load_workbook(io.BytesIO(client.get(url).content))
        assert workbook.worksheets[0]["A1"].value == ("ЖСН" if language == "kk" else "ИИН")
        ids = [r[0] for r in workbook.worksheets[2].iter_rows(min_row=2, values_only=True)]
        assert ids == [world.org_a.pk, world.org_a_sub.pk]
    url = template_url("work", "ru", "csv")
    assert client.get(url).content.decode("utf-8-sig").startswith("ИИН;")


def test_the_import_pages_need_a_signed_in_user(client):
    assert client.get(reverse("staff:imports")).status_code == 302


