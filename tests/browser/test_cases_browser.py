"""A state-service case in Chromium (issue 9): the intake officer registers it through the form
on a day its regulation was in force (19.03.2019; the procedure list follows the date typed),
and each actor signs in and completes their step in turn — intake, the executor, the commission,
its secretary, management — each seeing the actions only on their own step; a case left open
since 2019 shows on the head of unit's dashboard as overdue, and in the overdue list.

The clock is not moved: every date is typed, in 2019, before today. Due dates as counted by hand
across Nauryz 2019 (tests/cases/test_pages.py): step 1 20.03, step 2 26.03, step 3 02.04."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.cases.models import Case
from tests.staff.factories import OrganizationFactory

from .conftest import signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "cases-password-2026"
DESKTOP = {"width": 1366, "height": 900}
STAFF = {
    "intake": Role.INTAKE_OFFICER,
    "executor": Role.EXECUTOR,
    "commission": Role.COMMISSION_MEMBER,
    "secretary": Role.COMMISSION_SECRETARY,
    "management": Role.MANAGEMENT,
    "head": Role.HEAD_OF_UNIT,
}
# Who does steps 1-5, and the day each is done.
TURNS = [
    ("intake", "2019-03-20"),
    ("executor", "2019-03-26"),
    ("commission", "2019-04-02"),
    ("secretary", "2019-04-04"),
    ("management", "2019-04-08"),
]


@pytest.fixture
def provider():
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    centre = OrganizationFactory(parent=ministry, kind="department", significance="", name_kk="Орталық")
    for username, role in STAFF.items():
        made = get_user_model().objects.create_user(username=username, password=PASSWORD)
        Profile.objects.create(user=made, role=role, organization=centre)
    return centre


def as_person(browser, live_server, username, language="kk"):
    return signed_in_context(browser, live_server, username, PASSWORD, viewport=DESKTOP, language=language)


def register(page) -> str:
    page.goto("/cases/new/")
    page.fill("#id_registered_on", "2019-03-19")
    # htmx brings the procedures in force on 19.03.2019: the repealed-list note goes.
    expect(page.locator("#procedure-field .note")).to_have_count(0)
    page.select_option("#id_procedure", "foreigner-certificate/issue")
    page.select_option("#id_channel", "foreign_mission")
    page.fill("#id_name", "Каримов Алишер")
    page.fill("#id_citizenship", "Өзбекстан Республикасы")
    page.fill("#id_document", "паспорт FA 7654321")
    page.fill("#id_occupation", "әлеуметтік қызметкер")
    page.locator("main form.calc button.primary").click()
    expect(page).to_have_url(re.compile(r"/cases/\d+/$"))
    expect(page.locator("ul.messages")).to_contain_text("Іс тіркелді")
    return page.url


def test_a_case_goes_from_intake_through_each_actor_and_an_overdue_one_shows_on_the_dashboard(
    browser, live_server, provider
):
    context, page = as_person(browser, live_server, "intake")
    try:
        url = register(page)
        expect(page.locator('li[data-step="1"]')).to_contain_text("20.03.2019")
        expect(page.locator('li[data-step="2"]')).to_contain_text("26.03.2019")
        expect(page.locator('li[data-step="3"]')).to_contain_text("02.04.2019")
    finally:
        context.close()

    for number, (username, day) in enumerate(TURNS, start=1):
        context, page = as_person(browser, live_server, username)
        try:
            page.goto(url)
            current = page.locator('li[aria-current="step"]')
            expect(current).to_have_attribute("data-step", str(number))
            form = page.locator('form[data-action="complete"]')
            form.locator('input[name="complete-on"]').fill(day)
            form.locator('textarea[name="complete-note"]').fill(f"{number}-қадам орындалды")
            form.locator("button.primary").click()
            expect(page.locator("ul.messages")).to_contain_text("Қадам орындалды.")
            expect(page.locator(f'li[data-step="{number}"]')).to_contain_text(f"{number}-қадам орындалды")
            # The next step is someone else's: nothing left to complete for this person (management
            # may still refuse, with the reason, after the commission).
            expect(page.locator('form[data-action="complete"]')).to_have_count(0)
            refusals = 1 if username == "management" else 0
            expect(page.locator('form[data-action="motivated_refusal"]')).to_have_count(refusals)
        finally:
            context.close()

    context, page = as_person(browser, live_server, "head", "ru")
    try:
        page.goto("/cases/dashboard/")
        # Left at step 6 since 08.04.2019 (due 09.04.2019): overdue today.
        expect(page.locator("a.overdue-count")).to_contain_text("1 просрочено")
        expect(page.locator("table.by-step")).to_contain_text("6. ")
        expect(page.locator("table.times")).to_contain_text("1 рабочий день")
        chart = page.locator('img[src^="/cases/dashboard/open.svg"]')
        expect(chart).to_be_visible()
        assert chart.evaluate("img => img.naturalWidth") > 0  # the SVG loaded under the CSP
        page.locator("a.overdue-count").click()
        expect(page).to_have_url(re.compile(r"when=overdue"))
        expect(page.locator("#cases")).to_contain_text(Case.objects.get().number)
        expect(page.locator("#cases strong.flag")).to_be_visible()
    finally:
        context.close()
