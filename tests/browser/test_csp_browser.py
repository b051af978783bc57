"""Under the Content-Security-Policy the main pages work in a real browser with zero violations:
the explorer, the calculators (htmx posts), the registry (htmx search, the card), the accounts
pages (also at a phone's 390 px, with no sideways scrolling) and Swagger UI at /api/v1/docs."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo
from biliktilik.staff.models import Employee

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "administrator-password-2026"

# Collects every violation the page reports, from before its first script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = e.sourceFile + ":" + e.lineNumber;
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + where);
});
"""


@pytest.fixture
def watched(page):
    """The page, with CSP violations recorded from the console and from the document's events."""
    console = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script(RECORD_VIOLATIONS)

    def violations() -> list[str]:
        return console + page.evaluate("window.__cspViolations || []")

    page.violations = violations
    return page


def visit(page, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200, url
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.violations() == [], url


def sign_in_to_the_registry(page, username: str) -> None:
    sign_in(page, username, PASSWORD)
    expect(page).to_have_url(re.compile("/$"))  # the home page of the signed-in role
    page.goto("/staff/employees/")


def test_the_explorer_and_calculators_run_without_a_csp_violation(watched, lawbook):
    act_id = next(iter(lawbook.ordered())).id
    for url in [
        "/",
        "/acts/",
        f"/acts/{act_id}/",
        "/requirements/",
        "/standard/",
        "/attestation/",
        "/procedures/",
        "/calendar/",
        "/calculators/qualification/",
        "/calculators/attestation/",
        "/calculators/deadlines/",
        "/accounts/login/",
    ]:
        visit(watched, url)
    visit(watched, "/register/")
    watched.fill("#id_q", "бухгалтер")  # htmx: the list is replaced as one types
    expect(watched.locator("table.positions tbody tr").first).to_contain_text("бухгалтер")
    expect(watched).to_have_url(re.compile(r"q="))
    visit(watched, "/calculators/deadlines/")
    watched.locator("form.calc").first.locator("button[type=submit]").click()  # htmx get
    watched.wait_for_load_state("networkidle")
    watched.locator("button[data-lang=ru]").click()
    expect(watched.locator("html")).to_have_attribute("lang", "ru")
    assert watched.violations() == []


def test_swagger_ui_renders_from_our_files_without_a_csp_violation(watched):
    visit(watched, "/api/v1/docs")
    expect(watched.locator(".swagger-ui .info .title")).to_contain_text("Biliktilik API")
    expect(watched.locator(".opblock").first).to_be_visible()
    watched.locator(".opblock-summary").first.click()  # an operation opens
    expect(watched.locator(".opblock-body").first).to_be_visible()
    assert watched.violations() == []


def test_the_registry_and_accounts_pages_run_without_a_csp_violation(watched):
    demo.build(actor=None, size=demo.SMALL, today=dt.date.today())
    admin = get_user_model().objects.create_user(username="chief", password=PASSWORD)
    Profile.objects.create(user=admin, role=Role.ADMINISTRATOR)
    sign_in_to_the_registry(watched, "chief")
    person = Employee.objects.order_by("pk").first()
    watched.fill("#id_q", person.iin)  # htmx search
    expect(watched.locator("table.employees tbody tr")).to_have_count(1)
    for url in [
        f"/staff/employees/{person.pk}/",
        f"/staff/employees/{person.pk}/edit/",
        "/staff/organizations/",
        "/staff/imports/",
        "/accounts/manage/",
        "/accounts/manage/new/",
        f"/accounts/manage/{admin.pk}/",
    ]:
        visit(watched, url)
    watched.fill("#id_name", "reports")
    watched.locator("#new-token button[type=submit]").click()
    expect(watched.locator("code.token")).to_be_visible()
    assert watched.violations() == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_accounts_page_fits_a_phone(browser, live_server, language):
    demo.build(actor=None, size=demo.SMALL, today=dt.date.today())
    admin = get_user_model().objects.create_user(username="chief", password=PASSWORD)
    Profile.objects.create(user=admin, role=Role.ADMINISTRATOR)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    try:
        sign_in_to_the_registry(page, "chief")
        for url in ["/accounts/manage/", f"/accounts/manage/{admin.pk}/", "/accounts/manage/new/"]:
            page.goto(url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (url, width)
    finally:
        context.close()
