"""The commission's part of a case page in a real browser on a phone (390 × 844): a member of the
commission chooses the requirement point by its position's title, records the evaluation and
reads our rules' explanation; the page, with the forms open to an administrator, never
scrolls sideways. The case follows the test-only regulation order-2022-998 in a copy of
``law/`` (as in tests/cases/test_evaluation.py: the points of order-2017-360 in our sources are
worded from 31.08.2024), registered Tue 10.09.2024, its first two steps done 11 and 12.09."""

import datetime as dt
import shutil

import pytest
import yaml
from playwright.sync_api import expect

from biliktilik.accounts.models import Role
from biliktilik.cases import procedures, services_cases, services_evaluation
from biliktilik.lawbook import loader
from tests.cases.test_evaluation import HIGHER_SOCIAL, TEST_ACT, THREE_YEARS
from tests.staff.factories import OrganizationFactory, UserFactory

from .conftest import signed_in_context
from .test_phone_layout import PHONE, WIDEST

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "commission-password-2026"
D = dt.date
# The evaluation is dated Friday 13.09.2024, the day after the executor's step (the services
# refuse only a day in the future or before that step; the clock is not moved, since the
# browser's cookies follow the real one).
EVALUATED_ON = "2024-09-13"


@pytest.fixture
def law_2024(tmp_path, monkeypatch):
    shutil.copytree(loader.LAW_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / "acts" / "order-2022-998.yaml").write_text(
        yaml.safe_dump(TEST_ACT, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    law = loader.load(tmp_path)
    # The live server runs in this process: its case pages read this lawbook.
    monkeypatch.setattr(procedures, "lawbook", lambda: law)
    return law


@pytest.fixture
def at_commission(law_2024):
    centre = OrganizationFactory(kind="ministry", significance="republican")
    staff = {
        name: UserFactory(username=name, password=PASSWORD, role=role, role__organization=centre)
        for name, role in (
            ("intake", Role.INTAKE_OFFICER),
            ("executor", Role.EXECUTOR),
            ("member", Role.COMMISSION_MEMBER),
        )
    }
    staff["chief"] = UserFactory(username="chief", password=PASSWORD, role=Role.ADMINISTRATOR)
    case = services_cases.case_register(
        actor=staff["intake"],
        procedure="foreigner-certificate/issue",
        registered_on=D(2024, 9, 10),
        channel="foreign_mission",
        applicant={
            "name": "Абдуллаева-Константинопольская Гульнара Мухаммедкаримовна",
            "citizenship": "Өзбекстан Республикасы",
            "document": "паспорт FA 1234567",
            "occupation": "еңбек мобильділігі орталығы директорының орынбасары",
        },
        organization=centre,
        law=law_2024,
    )
    services_cases.step_complete(actor=staff["intake"], case=case, number=1, on=D(2024, 9, 11))
    services_cases.step_complete(actor=staff["executor"], case=case, number=2, on=D(2024, 9, 12))
    services_evaluation.applicant_records_set(
        actor=staff["executor"], case=case, education=HIGHER_SOCIAL, experience=THREE_YEARS
    )
    return case


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth"), (width, page.evaluate(WIDEST))


def test_a_member_evaluates_on_a_phone_and_the_page_never_scrolls_sideways(
    browser, live_server, at_commission
):
    context, page = signed_in_context(browser, live_server, "member", PASSWORD, viewport=PHONE, language="kk")
    try:
        page.goto(f"/cases/{at_commission.pk}/")
        form = page.locator('form[data-form="evaluation"]')
        expect(form).to_be_visible()
        expect(page.locator('form[data-form="records"]')).to_have_count(0)  # the executor's
        no_sideways_scroll(page)
        form.locator('select[name="evaluation-requirement"]').select_option(
            label="12-3-тармақ — Еңбек мобильділігі орталығы директорының орынбасары"
        )
        form.locator('select[name="evaluation-recommendation"]').select_option("issue")
        form.locator('input[name="evaluation-on"]').fill(EVALUATED_ON)
        form.locator("button[type=submit]").click()
        expect(page.locator(".messages")).to_contain_text("Комиссияның бағалауы жазылды.")
        explained = page.locator("dl.evaluation .explanation")
        expect(explained.locator('li[data-code="experience_branch_met"]')).to_contain_text(
            "есептелгені 1095 күн"
        )
        expect(page.locator('form[data-form="vote"]')).to_be_visible()
        no_sideways_scroll(page)
    finally:
        context.close()
    # An administrator is offered the records and the evaluation; the test-only regulation has no
    # checklist in our data, so there is nothing to tick, and the page says so.
    context, page = signed_in_context(browser, live_server, "chief", PASSWORD, viewport=PHONE, language="ru")
    try:
        page.goto(f"/cases/{at_commission.pk}/")
        for kind in ("records", "evaluation"):
            expect(page.locator(f'form[data-form="{kind}"]')).to_be_visible()
        expect(page.locator('form[data-form="checklist"]')).to_have_count(0)
        expect(page.locator("#evaluation")).to_contain_text(
            "В наших данных нет перечня документов для этой процедуры"
        )
        no_sideways_scroll(page)
    finally:
        context.close()
