"""The registry as an HR officer meets it: sign in, import a filled template of 50 people with
three mistakes (the report names row and column, nothing is saved), import the corrected file,
open a person to see their category and its reasoning, and export the list."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo
from biliktilik.staff.models import Employee, Organization
from tests.staff.test_import import fifty, three_mistakes, xlsx

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "officer-password-2026"


@pytest.fixture
def officer_page(page):
    demo.build(actor=None, size=demo.SMALL, today=dt.date(2026, 11, 22))
    lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
    user = get_user_model().objects.create_user(username="officer", password=PASSWORD)
    Profile.objects.create(user=user, role=Role.HR_OFFICER, organization=lmc)
    sign_in(page, "officer", PASSWORD)
    expect(page).to_have_url(re.compile("/$"))  # the officer's home page
    return page, lmc


def upload(page, path):
    page.goto("/staff/imports/")
    page.select_option("#id_kind", "employees")
    page.set_input_files("#id_file", str(path))
    page.locator("form.upload button[type=submit]").click()


def test_an_officer_imports_fifty_people_opens_one_and_exports_the_list(officer_page, tmp_path):
    page, lmc = officer_page
    before = Employee.objects.count()
    rows = fifty(lmc)
    bad = tmp_path / "staff-with-mistakes.xlsx"
    bad.write_bytes(xlsx("employees", "kk", three_mistakes(rows)))
    upload(page, bad)
    report = page.locator("table.import-errors")
    expect(report).to_be_visible(timeout=20_000)
    # Each mistake at its row (the header is row 1) and under its column's Kazakh header.
    lines = report.locator("tbody tr")
    expect(lines).to_have_count(3)
    for line, (row, column) in zip(
        range(3), (("7", "ЖСН"), ("20", "Туған күні"), ("33", "Жынысы")), strict=True
    ):
        cells = lines.nth(line).locator("td")
        expect(cells.nth(0)).to_have_text(row)
        expect(cells.nth(1)).to_have_text(column)
    assert Employee.objects.count() == before  # nothing saved

    good = tmp_path / "staff.xlsx"
    good.write_bytes(xlsx("employees", "kk", rows))
    upload(page, good)
    expect(page.locator("td[data-created=employees]")).to_have_text("50", timeout=20_000)
    assert Employee.objects.count() == before + 50

    page.goto("/staff/employees/")
    person = Employee.objects.filter(
        organization__path__startswith=lmc.path, positions__requirement__endswith="/54"
    ).first()
    page.goto(f"/staff/employees/{person.pk}/")
    law = page.locator("section.law")
    expect(law).to_contain_text("№ 360 бұйрық")  # the requirement's act, cited as people read it
    law.locator("details summary").first.click()
    expect(law.locator("a.cite").first).to_be_visible()

    page.goto("/staff/employees/")
    with page.expect_download() as download:
        page.locator("a.button[href*='export.xlsx']").click()
    assert download.value.suggested_filename.endswith(".xlsx")
