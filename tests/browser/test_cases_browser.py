"""State-service cases in Chromium (issue 9, "Done when"): each actor signs in and does their part
of a case through the pages, on the procedure of order-2015-407, Appendix 13 (in force
27.03.2017 – 11.04.2021):
- a case from intake (the form; the intake officer records the documents checklist) through the
  executor (the applicant's education and experience), the commission's evaluation (no
  requirement point in our sources: its own reasoning) and vote, the secretary's protocol,
  management's decision and the later steps to the issued certificate: the case page links the
  signed PDF and the public verification page by the certificate's code, which an anonymous
  visitor opens;
- another case refused with reasons by management on the commission's protocol (not before it);
- a case left open since 2019 shows as overdue on the head of unit's dashboard and in the
  overdue list.

The clock is not moved for the staff: every date is typed, in 2019, each step's not before the
previous one's. Due dates counted by hand across Nauryz 2019 (tests/cases/test_workflow.py):
registered on 19.03.2019, the ten steps fall due on 20.03, 26.03, 02.04, 04.04, 08.04, 09.04,
10.04, 12.04, 15.04 and 17.04.2019; the certificate, issued on 17.04.2019, is valid "up to three
months": until 17.07.2019."""

import datetime as dt
import re
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.cases.models import Case
from tests.staff.factories import OrganizationFactory

from .conftest import signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "cases-password-2026"
DESKTOP = {"width": 1366, "height": 900}
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
STAFF = {
    "intake": Role.INTAKE_OFFICER,
    "executor": Role.EXECUTOR,
    "commission": Role.COMMISSION_MEMBER,
    "secretary": Role.COMMISSION_SECRETARY,
    "management": Role.MANAGEMENT,
    "head": Role.HEAD_OF_UNIT,
}
# Who does each step of foreigner-certificate/issue, and the day (its due date).
TURNS = [
    ("intake", "2019-03-20"),
    ("executor", "2019-03-26"),
    ("commission", "2019-04-02"),
    ("secretary", "2019-04-04"),
    ("management", "2019-04-08"),
    ("executor", "2019-04-09"),
    ("management", "2019-04-10"),
    ("executor", "2019-04-12"),
    ("management", "2019-04-15"),
    ("executor", "2019-04-17"),
]
REASONING = "Әлеуметтік жұмыс бойынша жоғары білімі және 6 жыл еңбек өтілі құжаттармен расталды."


@pytest.fixture
def provider():
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    centre = OrganizationFactory(parent=ministry, kind="department", significance="", name_kk="Орталық")
    for username, role in STAFF.items():
        made = get_user_model().objects.create_user(username=username, password=PASSWORD)
        Profile.objects.create(user=made, role=role, organization=centre)
    return centre


@pytest.fixture
def people(browser, live_server, provider):
    """``people(username)``: the page of that person, signed in once in a context of their own
    (Kazakh unless told) and kept for the test."""
    opened = {}

    def person(username, language="kk"):
        if username not in opened:
            opened[username] = signed_in_context(
                browser, live_server, username, PASSWORD, viewport=DESKTOP, language=language
            )
        return opened[username][1]

    yield person
    for context, _page in opened.values():
        context.close()


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


def complete_step(page, url: str, number: int, day: str) -> None:
    page.goto(url)
    expect(page.locator('li[aria-current="step"]')).to_have_attribute("data-step", str(number))
    form = page.locator('form[data-action="complete"]')
    form.locator('input[name="complete-on"]').fill(day)
    form.locator('textarea[name="complete-note"]').fill(f"{number}-қадам орындалды")
    form.locator("button.primary").click()
    expect(page.locator("ul.messages")).to_contain_text("Қадам орындалды.")
    expect(page.locator(f'li[data-step="{number}"]')).to_contain_text(f"{number}-қадам орындалды")


def record_checklist(page, url: str) -> None:
    """The intake officer ticks every item of the checklist as submitted."""
    page.goto(url)
    form = page.locator('form[data-form="checklist"]')
    for box in form.locator('input[type="checkbox"]').all():
        box.check()
    form.locator("button[type=submit]").click()
    expect(page.locator("ul.messages")).to_contain_text("Құжаттар тізбесі жазылды.")
    expect(page.locator("#evaluation p.ok")).to_contain_text("Тізбенің барлық құжаты ұсынылған")


def record_education_and_experience(page, url: str) -> None:
    page.goto(url)
    form = page.locator('form[data-form="records"]')
    form.locator('select[name="education-0-level"]').select_option("higher")
    form.locator('select[name="education-0-field"]').select_option("social")
    form.locator('input[name="education-0-document"]').fill("диплом № 123456")
    form.locator('input[name="experience-0-start"]').fill("2012-09-01")
    form.locator('input[name="experience-0-end"]').fill("2018-12-31")
    form.locator('select[name="experience-0-sector"]').select_option("social_protection")
    form.locator("button[type=submit]").click()
    expect(page.locator("ul.messages")).to_contain_text("Өтініш берушінің білімі мен жұмыс өтілі жазылды.")


def evaluate_and_vote(page, url: str, day: str, recommendation: str, reasoning: str) -> None:
    """The commission member records the evaluation (none of our requirement points: the
    commission's own reasoning) and votes for its recommendation."""
    page.goto(url)
    form = page.locator('form[data-form="evaluation"]')
    form.locator('input[name="evaluation-on"]').fill(day)
    form.locator('select[name="evaluation-requirement"]').select_option("")
    form.locator('select[name="evaluation-recommendation"]').select_option(recommendation)
    form.locator('textarea[name="evaluation-reasoning"]').fill(reasoning)
    form.locator("button[type=submit]").click()
    expect(page.locator("ul.messages")).to_contain_text("Комиссияның бағалауы жазылды.")
    vote = page.locator('form[data-form="vote"]')
    vote.locator('select[name="vote-vote"]').select_option(recommendation)
    vote.locator("button[type=submit]").click()
    expect(page.locator("ul.messages")).to_contain_text("Сіздің дауысыңыз жазылды.")


def draw_protocol(page, url: str, number: str, day: str) -> None:
    page.goto(url)
    form = page.locator('form[data-form="protocol"]')
    form.locator('input[name="protocol-number"]').fill(number)
    form.locator('input[name="protocol-on"]').fill(day)
    form.locator("button[type=submit]").click()
    expect(page.locator("ul.messages")).to_contain_text("Хаттама жасалды.")
    expect(page.locator(f'p.protocol[data-protocol="{number}"]')).to_be_visible()


def test_a_case_from_intake_to_the_issued_certificate_and_its_verification_page(browser, live_server, people):
    intake = people("intake")
    url = register(intake)
    record_checklist(intake, url)
    for number, (username, day) in enumerate(TURNS, start=1):
        page = people(username)
        if number == 2:
            record_education_and_experience(page, url)
        elif number == 3:
            evaluate_and_vote(page, url, day, "issue", REASONING)
        elif number == 4:
            draw_protocol(page, url, "4-2019", day)
        complete_step(page, url, number, day)
    page = people("executor")
    expect(page.locator("p.lead")).to_contain_text("берілді")  # the case's ending: issued
    documents = page.locator("#documents")
    expect(documents.locator("dl.certificate .valid-until")).to_have_text("17.07.2019")
    # The signed PDF from the page's link, with the executor's session.
    href = documents.locator('a[data-document="certificate"]').get_attribute("href")
    pdf = page.request.get(live_server.url + href)
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    verify = documents.locator("a.verify").get_attribute("href")
    code = Case.objects.get().certificates.get().code
    assert verify == f"/verify/{code}" and documents.locator("a.verify").inner_text() == code

    # An anonymous visitor, as one who read the QR code: no sign-in, nothing of the case beyond
    # the certificate. Read today (2026) the term is over and the page names its last day; on a
    # day within the term (the server's clock moved to 03.06.2019) it is valid until that day.
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    context.add_cookies([{"name": "django_language", "value": "kk", "url": live_server.url}])
    try:
        visitor = context.new_page()
        visitor.goto(verify)
        expect(visitor.locator(".result")).to_have_attribute("data-state", "expired")
        expect(visitor.locator(".result .verdict")).to_contain_text("17.07.2019")
        with time_machine.travel(dt.datetime(2019, 6, 3, 10, tzinfo=ALMATY), tick=True):
            visitor.reload()
            expect(visitor.locator(".result")).to_have_attribute("data-state", "valid")
            verdict = visitor.locator(".result .verdict").inner_text()
        assert "17.07.2019" in verdict
        expect(visitor.locator("dl.facts")).to_contain_text("Каримов Алишер")
        expect(visitor.locator("main")).not_to_contain_text("FA 7654321")  # not the identity document
    finally:
        context.close()


def test_another_case_refused_with_reasons_by_management_on_the_commissions_protocol(live_server, people):
    url = register(people("intake"))
    complete_step(people("intake"), url, 1, "2019-03-20")
    complete_step(people("executor"), url, 2, "2019-03-26")
    commission = people("commission")
    # The commission's step is not done without its evaluation: the page says what it needs.
    commission.goto(url)
    form = commission.locator('form[data-action="complete"]')
    form.locator('input[name="complete-on"]').fill("2019-04-02")
    form.locator("button.primary").click()
    expect(commission.locator("main")).to_contain_text("Комиссия оны әлі жазған жоқ")
    expect(commission.locator('li[aria-current="step"]')).to_have_attribute("data-step", "3")
    evaluate_and_vote(commission, url, "2019-04-02", "refuse", "Әлеуметтік бағыттағы білімі жоқ.")
    complete_step(commission, url, 3, "2019-04-02")
    # Management decides on the protocol: before the secretary draws it up, no refusal is offered.
    management = people("management")
    management.goto(url)
    expect(management.locator('form[data-action="motivated_refusal"]')).to_have_count(0)
    secretary = people("secretary")
    draw_protocol(secretary, url, "5-2019", "2019-04-04")
    complete_step(secretary, url, 4, "2019-04-04")
    management.goto(url)
    refusal = management.locator('form[data-action="motivated_refusal"]')
    refusal.locator('input[name="refuse-on"]').fill("2019-04-08")
    refusal.locator('[name="refuse-reason"]').fill("Комиссия хаттамасы бойынша: білімі сәйкес келмейді.")
    refusal.locator("button.danger").click()
    expect(management.locator("ul.messages")).to_be_visible()
    expect(management.locator("p.lead")).to_contain_text("дәлелді бас тарту")
    expect(management.locator("main")).to_contain_text("білімі сәйкес келмейді")
    expect(management.locator("[data-action]")).to_have_count(0)
    # The refusal letter and the protocol, among the case's documents; the letter is a PDF.
    documents = management.locator("#documents")
    expect(documents.locator('li[data-document="protocol"]')).to_be_visible()
    letter = documents.locator('li[data-document="refusal"] a[hreflang="kk"]').get_attribute("href")
    answer = management.request.get(live_server.url + letter)
    assert answer.ok and answer.body().startswith(b"%PDF")
    case = Case.objects.get()
    assert (case.status, case.ending, case.ended_on) == ("refused", "motivated_refusal", dt.date(2019, 4, 8))


def test_a_case_left_open_since_2019_is_overdue_on_the_dashboard_and_in_the_list(people):
    url = register(people("intake"))
    expect(people("intake").locator('li[data-step="3"]')).to_contain_text("02.04.2019")
    for number, (username, day) in enumerate(TURNS[:5], start=1):
        page = people(username)
        if number == 3:
            evaluate_and_vote(page, url, day, "issue", REASONING)
        elif number == 4:
            draw_protocol(page, url, "6-2019", day)
        complete_step(page, url, number, day)
        # The next step is someone else's: nothing left to complete for this person (management
        # may still refuse, with the reason, after the commission's protocol).
        expect(page.locator('form[data-action="complete"]')).to_have_count(0)
        refusals = 1 if username == "management" else 0
        expect(page.locator('form[data-action="motivated_refusal"]')).to_have_count(refusals)

    page = people("head", "ru")
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
