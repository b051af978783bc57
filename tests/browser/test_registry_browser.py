"""An HR officer in a real browser: sign in, find a person in the list, read what the law says
about them with its reasoning (the category expected worked out by hand, never read from our
selectors), and add a work period through the card's inline form (htmx)."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik import vocabulary
from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo
from biliktilik.staff.models import Education, Organization, PositionHeld, WorkPeriod
from tests.staff.factories import EmployeeFactory

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "officer-password-2026"


def specialist_on_the_first_category(organization, today):
    """A p.54 specialist of the high level worked out by hand (docs/reading/requirements.md):
    higher education in the social field opens the high level; 800 days ago they took the first
    category in social protection, still held — 801 days counted to today (both ends in). P.54
    high: higher needs 3 × 365 = 1,095 days as first — short; first needs 2 × 365 = 730 as second
    (time at first counts) — met: **first**. The medium level names technical and vocational
    education only: not open."""
    person = EmployeeFactory(organization=organization)
    Education.objects.create(employee=person, level="higher", field="social")
    started = today - dt.timedelta(days=800)
    WorkPeriod.objects.create(
        employee=person,
        start=started,
        sector="social_protection",
        qualification_level="high",
        category="first",
    )
    PositionHeld.objects.create(
        employee=person,
        organization=organization,
        title="Әлеуметтік жұмыс жөніндегі маман",
        requirement="order-2017-360/54",
        qualification_level="high",
        start=started,
    )
    return person


def test_an_officer_reads_a_persons_category_and_adds_a_work_period(page):
    today = dt.date.today()
    demo.build(actor=None, size=demo.SMALL, today=today)
    lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
    officer = get_user_model().objects.create_user(username="officer", password=PASSWORD)
    Profile.objects.create(user=officer, role=Role.HR_OFFICER, organization=lmc)
    person = specialist_on_the_first_category(lmc, today)

    sign_in(page, "officer", PASSWORD)
    expect(page).to_have_url(re.compile("/$"))  # the officer's home page
    page.goto("/staff/employees/")
    page.fill("#id_q", person.iin)
    rows = page.locator("table.employees tbody tr")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/staff/employees/{person.pk}/$"))

    qualification = page.locator("section.law ul.levels")
    level, first = (
        vocabulary.label(d, c, "kk") for d, c in (("qualification_level", "high"), ("category", "first"))
    )
    expect(qualification.locator("li[data-level=high]")).to_contain_text(f"Біліктілік, {level}: {first}.")
    page.locator("section.law li[data-level=high] details > summary").click()
    citation = page.locator("section.law li[data-level=high] ol.explanation a.cite").first
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
