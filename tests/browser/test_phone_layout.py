"""The interface on a phone (390 × 844) in Kazakh, signed in as an administrator over the demo
registry: no main page scrolls sideways, the sections fold behind one "Menu" button that opens
and leads to them, form fields are big enough to tap; at 1366 px the sections fit on one row.

With BILIKTILIK_SCREENSHOTS=<dir> the pages are also saved there as PNGs, to be looked at."""

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.attestation import services_bank, services_campaigns
from biliktilik.attestation.models import Campaign
from biliktilik.cases import services_cases
from biliktilik.cases.models import Case
from biliktilik.staff import demo
from biliktilik.staff.models import Employee, Organization

from .conftest import signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "administrator-password-2026"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
SHOTS = os.environ.get("BILIKTILIK_SCREENSHOTS")

# What overflows the viewport sideways, named so that a failure says where to look.
WIDEST = """() => {
  const limit = window.innerWidth;
  const wide = [];
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width && box.right > limit + 1 && !el.closest("[data-scrolls]")) {
      let parent = el.parentElement, inside = false;
      for (; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll|hidden)/.test(style.overflowX)) { inside = true; break; }
      }
      const name = el.tagName.toLowerCase() + (el.className ? "." + el.className : "");
      if (!inside) wide.push(name + " → " + Math.round(box.right));
    }
  }
  return wide.slice(0, 5);
}"""


@pytest.fixture
def registry():
    demo.build(actor=None, size=demo.SMALL, today=dt.date(2026, 11, 22))
    admin = get_user_model().objects.create_user(username="chief", password=PASSWORD)
    Profile.objects.create(user=admin, role=Role.ADMINISTRATOR)
    _a_campaign(admin)
    _a_case(admin)
    return admin


def _a_campaign(admin):
    """Three ready questions and a campaign with one attestee, for the Platform's pages."""
    for n in range(3):
        services_bank.question_create(
            actor=admin,
            kind="single",
            status="ready",
            tags=["standard:card-2"],
            text={
                "kk": f"Мансап орталығы маманының {n}-міндеті қандай?",
                "ru": f"Какова {n}-я задача специалиста?",
            },
            options=[
                {"text": {"kk": "Кеңес беру", "ru": "Консультирование"}, "correct": True},
                {"text": {"kk": "Салық жинау", "ru": "Сбор налогов"}, "correct": False},
            ],
        )
    organization = Organization.objects.filter(kind="lmc").order_by("path").first()
    today = dt.date.today()
    campaign = services_campaigns.campaign_create(
        actor=admin,
        organization=organization,
        title="Көктемгі аттестаттау",
        testing_from=today,
        testing_to=today + dt.timedelta(days=4),
        questions=3,
        time_limit_minutes=20,
        tags=["standard:card-2"],
    )
    person = Employee.objects.filter(organization__path__startswith=organization.path).first()
    services_campaigns.attestee_add(
        actor=admin, campaign=campaign, employee=person, attestee="lmc_specialist", learning_plan_hours=0
    )


def _a_case(admin):
    """A case registered in 2019 (its regulation in force), its first step done: open and
    overdue today, for the case pages (a long applicant's name, to wrap on a phone)."""
    organization = Organization.objects.filter(kind="lmc").order_by("path").first()
    case = services_cases.case_register(
        actor=admin,
        procedure="foreigner-certificate/issue",
        registered_on=dt.date(2019, 3, 19),
        channel="foreign_mission",
        applicant={
            "name": "Абдуллаева-Константинопольская Гульнара Мухаммедкаримовна",
            "citizenship": "Өзбекстан Республикасы",
            "document": "паспорт FA 1234567",
            "occupation": "әлеуметтік жұмыс жөніндегі маман",
        },
        organization=organization,
    )
    services_cases.step_complete(actor=admin, case=case, number=1, on=dt.date(2019, 3, 20), note="толық")


def signed_in(browser, live_server, viewport, language):
    return signed_in_context(browser, live_server, "chief", PASSWORD, viewport=viewport, language=language)


def main_pages(lawbook, admin) -> list[str]:
    ids = [act.id for act in lawbook.ordered()]
    act_id = "order-2017-360" if "order-2017-360" in ids else ids[0]  # the qualification requirements
    person = Employee.objects.filter(positions__isnull=False).order_by("pk").first()
    campaign = Campaign.objects.get()
    urls = [
        reverse("home:home"),
        reverse("catalog:acts"),
        reverse("catalog:act", args=[act_id]),
        reverse("catalog:register"),
        reverse("catalog:requirements"),
        reverse("catalog:standard"),
        reverse("catalog:attestation"),
        reverse("catalog:procedures"),
        reverse("calendar:current"),
        reverse("calculators:qualification"),
        reverse("calculators:attestation"),
        reverse("calculators:deadlines"),
        reverse("staff:employees"),
        reverse("staff:employee", args=[person.pk]),
        reverse("staff:employee_edit", args=[person.pk]),
        reverse("staff:organizations"),
        reverse("staff:organization_edit", args=[person.organization_id]),
        reverse("staff:imports"),
        reverse("home:audit"),
        reverse("accounts:manage"),
        reverse("accounts:manage_account", args=[admin.pk]),
        reverse("attestation:bank"),
        reverse("attestation:question_new"),
        reverse("attestation:coverage"),
        reverse("attestation:campaigns"),
        reverse("attestation:campaign_new"),
        reverse("attestation:campaign", args=[campaign.pk]),
        reverse("attestation:campaign_dashboard", args=[campaign.pk]),
        reverse("attestation:commission", args=[campaign.pk]),
        reverse("cases:cases"),
        reverse("cases:cases") + "?when=overdue",
        reverse("cases:case_new"),
        reverse("cases:case", args=[Case.objects.get().pk]),
        reverse("cases:dashboard"),
    ]
    return list(dict.fromkeys(urls))


def shoot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        size = page.viewport_size
        clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"] * 1.5}
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True, clip=clip)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_main_page_scrolls_sideways_on_a_phone(browser, live_server, lawbook, registry, language):
    context, page = signed_in(browser, live_server, PHONE, language)
    try:
        overflowing = {}
        for url in main_pages(lawbook, registry):
            response = page.goto(url)
            assert response.status == 200, url
            expect(page.locator("html")).to_have_attribute("lang", language)
            header = page.locator("header.top").bounding_box()
            assert header["height"] <= 70, (url, header)  # one row: the brand, Menu, the languages
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > page.evaluate("window.innerWidth"):
                overflowing[url] = (width, page.evaluate(WIDEST))
            shoot(page, f"phone-{language}-{url.strip('/').replace('/', '-') or 'home'}")
        report = [f"{url}: {width} px, {wide}" for url, (width, wide) in overflowing.items()]
        assert not overflowing, "\n".join(report)
    finally:
        context.close()


def test_the_phone_menu_is_one_button_that_opens_onto_every_section(browser, live_server, registry):
    context, page = signed_in(browser, live_server, PHONE, "kk")
    try:
        page.goto(reverse("catalog:register"))
        toggle = page.locator("header.top .menu-toggle")
        expect(toggle).to_be_visible()
        expect(toggle).to_have_text(re.compile("Мәзір"))
        expect(toggle).to_have_attribute("aria-expanded", "false")
        menu = page.locator("#site-menu")
        expect(menu).to_be_hidden()
        expect(page.locator("form.langs button[data-lang=ru]")).to_be_visible()
        header = page.locator("header.top").bounding_box()
        assert header["height"] <= 70, header  # one row: brand, Menu, languages

        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        shoot(page, "phone-kk-menu-open")
        expect(menu.locator("a[aria-current=page]")).to_have_attribute("href", "/register/")
        links = menu.locator("nav a")
        assert links.count() >= 15  # the sections, the calculators, the registry, accounts, API
        for i in range(links.count()):
            link = links.nth(i)
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
                link.get_attribute("href"),
                box,
            )
        expect(menu.locator(".who")).to_contain_text("chief")
        expect(menu.locator(".who")).to_contain_text("әкімші")  # the role, in Kazakh
        menu.locator("a[href='/staff/employees/']").click()
        expect(page).to_have_url(re.compile("/staff/employees/$"))
        expect(page.locator("#site-menu")).to_be_hidden()  # folded again on the next page

        page.locator("header.top .menu-toggle").click()
        page.keyboard.press("Escape")
        expect(page.locator("#site-menu")).to_be_hidden()
    finally:
        context.close()


def test_form_fields_on_a_phone_are_big_enough_to_tap(browser, live_server, registry):
    context, page = signed_in(browser, live_server, PHONE, "kk")
    try:
        for url in [
            reverse("calculators:attestation"),
            reverse("calculators:qualification"),
            reverse("calculators:deadlines"),
        ]:
            page.goto(url)
            fields = page.locator("main form.calc").first.locator(
                "input:visible:not([type=checkbox]):not([type=radio]):not([type=hidden]), select:visible"
            )
            assert fields.count() > 0, url
            for i in range(fields.count()):
                box = fields.nth(i).bounding_box()
                name = fields.nth(i).get_attribute("name")
                assert box["height"] >= 40 and box["width"] >= 140, (url, name, box)
                assert box["x"] + box["width"] <= PHONE["width"], (url, name, box)
    finally:
        context.close()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_at_1366_px_the_sections_fit_on_one_row_with_the_user_and_role(
    browser, live_server, registry, language
):
    context, page = signed_in(browser, live_server, DESKTOP, language)
    try:
        page.goto(reverse("catalog:register"))
        expect(page.locator("header.top .menu-toggle")).to_be_hidden()
        header = page.locator("header.top").bounding_box()
        assert header["height"] <= 64, header
        who = page.locator("header.top .who")
        expect(who).to_contain_text("chief")
        expect(who.locator("small")).not_to_be_empty()
        assert float(who.locator("b").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 15

        law = page.locator("details.group").first
        law.locator("summary").click()
        register = law.locator("a[href='/register/']")
        expect(register).to_be_visible()
        page.locator("details.group").nth(1).locator("summary").click()  # one drop-down at a time
        expect(register).to_be_hidden()
        expect(page.locator("details.group").nth(1).locator("a").first).to_be_visible()
        page.keyboard.press("Escape")
        expect(page.locator("details.group[open]")).to_have_count(0)
        if SHOTS:
            page.locator("details.group").first.locator("summary").click()
            shoot(page, f"desktop-{language}-register-menu")
            person = Employee.objects.filter(positions__isnull=False).order_by("pk").first()
            for url in ["/", f"/staff/employees/{person.pk}/", "/calculators/qualification/"]:
                page.goto(url)
                shoot(page, f"desktop-{language}-{url.strip('/').replace('/', '-') or 'home'}")
    finally:
        context.close()


def test_the_welcome_and_sign_in_pages_fit_a_phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    try:
        for url in [reverse("home:home"), reverse("accounts:login")]:
            assert page.goto(url).status == 200, url
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url
            shoot(page, f"phone-kk-anonymous-{url.strip('/').replace('/', '-') or 'home'}")
        page.locator("header.top .menu-toggle").click()
        page.locator("#site-menu a.signin").click()  # the way in, behind the menu
        expect(page).to_have_url(re.compile("/accounts/login/"))
    finally:
        context.close()
