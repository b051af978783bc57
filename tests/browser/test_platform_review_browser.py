"""The commission reviews an appeal on a phone (390 px, Russian): the questions as the attestee
saw them, a verdict and a comment per question, the result recounted; the HR officer's list of
attestees shows why one is not admitted. Neither page scrolls sideways."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.attestation import services_appeals, services_bank, services_campaigns, services_testing
from biliktilik.staff.models import Training
from tests.staff.factories import EmployeeFactory, OrganizationFactory

from .conftest import signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "commission-password-2026"
PHONE = {"width": 390, "height": 844}


def _user(username, role, **profile):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Profile.objects.create(user=user, role=role, **profile)
    return user


def _moment(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


@pytest.fixture
def appealed():
    """A campaign tested last week: one taker got 2 of 5 right and appealed two questions; a
    second person was refused admission for want of hours."""
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    lmc = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    taker, short = EmployeeFactory(organization=lmc), EmployeeFactory(organization=lmc)
    hr = _user("hr-officer", Role.HR_OFFICER, organization=lmc)
    _user("member", Role.COMMISSION_MEMBER, organization=lmc)
    methodologist = _user("methodologist", Role.METHODOLOGIST)
    for n in range(1, 6):
        services_bank.question_create(
            actor=methodologist,
            kind="single",
            status="ready",
            tags=["standard:card-2"],
            text={
                "kk": f"{n}-сұрақ: маманның міндеті қандай?",
                "ru": f"Вопрос {n}: какова задача специалиста?",
            },
            options=[
                {"text": {"kk": f"Кеңес беру {n}", "ru": f"Консультирование {n}"}, "correct": True},
                {"text": {"kk": f"Салық жинау {n}", "ru": f"Сбор налогов {n}"}, "correct": False},
            ],
        )
    today = timezone.localdate()
    opens = today - dt.timedelta(days=10)
    for person, hours in ((taker, 72), (short, 24)):
        Training.objects.create(
            employee=person,
            course="Курс",
            hours=hours,
            profile="employment",
            completed_on=opens - dt.timedelta(days=30),
        )
    campaign = services_campaigns.campaign_create(
        actor=hr,
        organization=lmc,
        title="Осенняя аттестация",
        testing_from=opens,
        testing_to=opens + dt.timedelta(days=2),
        questions=5,
        time_limit_minutes=30,
        tags=["standard:card-2"],
    )
    entry = services_campaigns.attestee_add(
        actor=hr, campaign=campaign, employee=taker, attestee="lmc_specialist", learning_plan_hours=72
    )
    services_campaigns.attestee_add(
        actor=hr, campaign=campaign, employee=short, attestee="lmc_specialist", learning_plan_hours=72
    )
    user = _user("taker", Role.EMPLOYEE, employee=taker)
    started = _moment(opens + dt.timedelta(days=1), 10)
    attempt, _ = services_testing.attempt_start(actor=user, attestee=entry, now=started, language="ru")
    wrong = []
    for n, drawn in enumerate(attempt.drawn.select_related("version")):
        right = n < 2
        chosen = [o for o in drawn.option_order if (o in drawn.version.correct) == right][:1]
        if not right:
            wrong.append(drawn.version.question_id)
        services_testing.answer_save(
            actor=user,
            attempt_id=attempt.pk,
            question_id=drawn.version.question_id,
            options=chosen,
            now=started,
        )
    services_testing.attempt_submit(actor=user, attempt=attempt, now=started + dt.timedelta(minutes=10))
    appeal = services_appeals.appeal_file(
        actor=user,
        attempt=attempt,
        items=[
            {"question": wrong[0], "justification": "Оба ответа соответствуют стандарту."},
            {"question": wrong[1], "justification": "Формулировка допускает два прочтения."},
        ],
        now=started + dt.timedelta(hours=2),
    )
    return campaign, appeal


def signed_in(browser, live_server, username):
    return signed_in_context(browser, live_server, username, PASSWORD, viewport=PHONE, language="ru")


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_commission_reviews_an_appeal_item_by_item_on_a_phone(browser, live_server, appealed):
    campaign, appeal = appealed
    context, page = signed_in(browser, live_server, "member")
    try:
        page.goto(f"/platform/campaigns/{campaign.pk}/commission/")
        assert fits(page)
        page.locator(f'tr[data-appeal="{appeal.pk}"] a').click()
        expect(page.locator("h1")).to_have_text("Апелляция на результат теста")
        items = page.locator("article.appeal-item")
        expect(items).to_have_count(2)
        expect(items.nth(0)).to_contain_text("Оба ответа соответствуют стандарту.")
        expect(items.nth(0).locator("li.chosen")).to_have_count(1)
        assert fits(page)
        items.nth(0).get_by_label("удовлетворена: вопрос засчитывается как верный").check()
        items.nth(0).locator("textarea").fill("Согласны: стандарт допускает оба ответа.")
        page.get_by_role("button", name="Записать итог рассмотрения").click()
        expect(page.locator("span.error").first).to_be_visible()  # the second question has no verdict
        page.locator("article.appeal-item").nth(1).get_by_label("не удовлетворена").check()
        page.get_by_role("button", name="Записать итог рассмотрения").click()
        expect(page.locator("ul.messages")).to_contain_text("Апелляция рассмотрена")
        expect(page.locator("dl.meta")).to_contain_text("40 → 60")
    finally:
        context.close()


def test_the_hr_officer_sees_on_a_phone_why_one_is_not_admitted(browser, live_server, appealed):
    campaign, _ = appealed
    context, page = signed_in(browser, live_server, "hr-officer")
    try:
        page.goto(f"/platform/campaigns/{campaign.pk}/")
        refused = page.locator("details.admission[open]")
        expect(refused).to_have_count(1)
        expect(refused).to_contain_text("24")
        expect(refused).to_contain_text("п. 14")
        assert fits(page)
    finally:
        context.close()
