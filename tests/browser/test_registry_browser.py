"""An HR officer in a real browser: sign in, find a person in the list, read what the law says
about them with its reasoning, and add a work period through the card's inline form (htmx)."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik import vocabulary
from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo, selectors
from biliktilik.staff.models import Organization
from biliktilik.staff.scoping import visible_employees

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "officer-password-2026"


def person_with_categories_per_level(officer, today):
    """Someone the officer may see who qualifies for a category at one level at least."""
    candidates = visible_employees(officer).filter(positions__requirement__startswith="order-2017-360/")
    for employee in candidates.distinct():
        law = selectors.employee_law(employee=employee, on=today, language="kk")
        if law["qualification"] and any((law["qualification"].get("categories") or {}).values()):
            return employee, law["qualification"]["categories"]
    raise AssertionError("the demo data has nobody with a category per level")


def test_an_officer_reads_a_persons_category_and_adds_a_work_period(page):
    today = dt.date.today()
    demo.build(actor=None, size=demo.SMALL, today=today)
    lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
    officer = get_user_model().objects.create_user(username="officer", password=PASSWORD)
    Profile.objects.create(user=officer, role=Role.HR_OFFICER, organization=lmc)
    person, categories = person_with_categories_per_level(officer, today)

    sign_in(page, "officer", PASSWORD)
    expect(page).to_have_url(re.compile("/$"))  # the officer's home page
    page.goto("/staff/employees/")
    page.fill("#id_q", person.iin)
    rows = page.locator("table.employees tbody tr")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/staff/employees/{person.pk}/$"))

    qualification = page.locator("section.law ul.levels")
    for level, category in categories.items():
        expect(qualification).to_contain_text(vocabulary.label("qualification_level", level, "kk"))
        expect(qualification).to_contain_text(vocabulary.label("category", category, "kk"))
    given = next(level for level, category in categories.items() if category)
    page.locator(f"section.law li[data-level={given}] details > summary").click()
    citation = page.locator(f"section.law li[data-level={given}] ol.explanation a.cite").first
    expect(citation).to_be_visible()
    expect(citation).to_have_attribute("href", re.compile(r"^/acts/order-2017-360/"))

    page.locator("details.add:has(#add-work) > summary").click()
    page.fill("#id_work-start", "2001-02-03")
    page.fill("#id_work-end", "2002-03-04")
    page.select_option("#id_work-sector", "employment")
    page.fill("#id_work-employer", "Ақмола облысының жұмыспен қамту орталығы")
    page.locator("#add-work button[type=submit]").click()
    work = page.locator("section.records table").first
    expect(work).to_contain_text("Ақмола облысының жұмыспен қамту орталығы")
    expect(work).to_contain_text("03.02.2001")
    expect(page).to_have_url(re.compile(rf"/staff/employees/{person.pk}/$"))  # swapped in, not reloaded
    assert person.work.filter(start=dt.date(2001, 2, 3), end=dt.date(2002, 3, 4)).exists()
