"""A draft amendment tried on the demo workforce in Chromium (issue 11, "Done when"): a
methodologist writes p.54's "higher category ⇐ 3 years as first category" as 4 years in a draft,
runs it on the registry, sees exactly the people whose first-category time lies between 3 and 4
years drop from higher to first, opens one and sees the differing step, and downloads the list.

The expected people are worked out here from the stored records by the counting of
docs/reading/requirements.md, not by our rules or selectors: for each holder of a p.54 post at
the high level whose education opens it (applied bachelor, higher or postgraduate), the calendar
days (periods merged, an open one running to the date) at the first category or above in the
sectors p.54 names (employment, social protection) — at least 3 × 365 = 1,095 gives higher in
force, short of 4 × 365 = 1,460 gives first under the draft (2 × 365 = 730 as second is met by
anyone with 1,095)."""

import datetime as dt
import re
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo
from biliktilik.staff.models import Education, PositionHeld, WorkPeriod

from .conftest import signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "simulation-password-2026"
AS_OF = dt.date(2027, 3, 1)
DESKTOP = {"width": 1366, "height": 900}


def days_at_first_or_above(employee_id: int) -> int:
    ranges = sorted(
        (start, min(end or AS_OF, AS_OF))
        for start, end in WorkPeriod.objects.filter(
            employee_id=employee_id,
            qualification_level="high",
            category__in=("first", "higher"),
            sector__in=("employment", "social_protection"),
            start__lte=AS_OF,
        ).values_list("start", "end")
    )
    total, run = 0, None
    for start, end in ranges:
        if run and start <= run[1] + dt.timedelta(days=1):
            run = (run[0], max(run[1], end))
            continue
        if run:
            total += (run[1] - run[0]).days + 1
        run = (start, end)
    if run:
        total += (run[1] - run[0]).days + 1
    return total


def expected_to_drop() -> set[int]:
    holders = PositionHeld.objects.filter(
        requirement="order-2017-360/54", qualification_level="high", start__lte=AS_OF
    )
    found = set()
    for employee_id in holders.values_list("employee_id", flat=True):
        opened = Education.objects.filter(
            employee_id=employee_id, level__in=("applied_bachelor", "higher", "postgraduate")
        ).exists()
        if opened and 1095 <= days_at_first_or_above(employee_id) < 1460:
            found.add(employee_id)
    return found


@pytest.fixture
def workforce(db):
    demo.build(actor=None, size=demo.SMALL, today=dt.date(2026, 11, 22))
    user = get_user_model().objects.create_user("metod", password=PASSWORD)
    Profile.objects.create(user=user, role=Role.METHODOLOGIST)
    expected = expected_to_drop()
    assert expected, "the demo workforce holds nobody between 3 and 4 years: the test would prove nothing"
    return expected


def test_a_methodologist_tries_four_years_for_the_higher_category(browser, live_server, workforce):
    context, page = signed_in_context(
        browser, live_server, "metod", PASSWORD, viewport=DESKTOP, language="ru"
    )
    try:
        page.goto("/simulations/")
        page.get_by_role("link", name="Новый проект").click()
        page.get_by_label("Название проекта").fill("П.54: 4 года для высшей категории")
        page.get_by_label("Предполагаемое вступление в силу").fill(AS_OF.isoformat())
        page.get_by_label("Стаж для категории (пункты 54, 57, 60, 69)").check()
        page.get_by_label("Пункт приказа № 360").select_option("54")
        page.get_by_label("Категория", exact=True).select_option("higher")
        page.get_by_label("Требуемые годы").fill("4")
        page.get_by_role("button", name="Составить и сохранить проект").click()
        expect(page.locator("article.point.compared[data-status=reworded]")).to_have_count(1)

        page.get_by_label("Оценить реестр на").fill(AS_OF.isoformat())
        page.get_by_role("button", name="Запустить на реестре").click()
        expect(page.locator("[data-changed]")).to_be_visible(timeout=30_000)

        rows = page.locator("table.changes tbody tr")
        shown = {int(rows.nth(i).get_attribute("data-employee")) for i in range(rows.count())}
        assert shown == workforce
        for i in range(rows.count()):
            row = rows.nth(i)
            assert row.get_attribute("data-kind") == "down"
            expect(row.locator("td.before")).to_contain_text("высшая категория")
            expect(row.locator("td.after")).to_contain_text("первая категория")

        with page.expect_download() as download:
            page.get_by_role("link", name="Скачать список (XLSX)").click()
        sheet = load_workbook(BytesIO(open(download.value.path(), "rb").read())).active
        assert sheet.max_row == len(workforce) + 1  # the header and one row per person

        rows.first.locator("a").first.click()
        expect(page).to_have_url(re.compile(r"/simulations/\d+/people/\d+/$"))
        # The higher category's step: 1,095 days needed in force, 1,460 under the draft; the
        # steps both laws take alike are not marked.
        step = page.locator("li[data-differs]").filter(has_text="1095")
        expect(step).to_have_count(1)
        expect(step.locator(".side.before")).to_contain_text("1095")
        expect(step.locator(".side.after")).to_contain_text("1460")
        expect(page.locator("ol.compared-steps > li:not([data-differs])").first).to_be_visible()
    finally:
        context.close()
