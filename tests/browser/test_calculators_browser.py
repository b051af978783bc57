"""A reader checks a qualification in Russian in a real browser and follows a citation."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_checks_a_qualification_in_russian(page):
    page.goto("/calculators/qualification/")
    page.locator("button[data-lang=ru]").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.select_option("#id_requirement", "order-2017-360/54")
    page.fill("#id_as_of", "2025-06-01")
    page.select_option("#id_education-0-level", "tvet")
    page.select_option("#id_education-0-field", "social")
    for row, values in enumerate(
        [
            ("2019-01-10", "2021-03-31", "employment", "medium", "none"),
            ("2021-04-01", "", "social_protection", "medium", "second"),
        ]
    ):
        start, end, sector, level, category = values
        page.fill(f"#id_work-{row}-start", start)
        if end:
            page.fill(f"#id_work-{row}-to", end)
        page.select_option(f"#id_work-{row}-sector", sector)
        page.select_option(f"#id_work-{row}-qualification_level", level)
        page.select_option(f"#id_work-{row}-category", category)
    page.get_by_role("button", name="Проверить").last.click()

    result = page.locator("#result")
    expect(result).to_contain_text("Требования выполнены.")
    expect(result.locator("tr[data-level=medium]")).to_contain_text("первая категория")
    citation = result.locator("ul.citations a.cite").first
    expect(citation).to_be_visible()
    citation.click()
    expect(page).to_have_url(re.compile(r"/acts/order-2017-360/\?point=54#p-54"))
