"""A reader uses the explorer in a real browser: languages, position search, paging an act."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_explorer_opens_in_kazakh_and_switches_to_russian_and_back(page):
    page.goto("/acts/")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Актілер және олардың мәртебесі")
    page.locator("button[data-lang=ru]").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("navigation").get_by_text("Законодательство").click()  # the menu's drop-down
    expect(page.get_by_role("link", name="Реестр должностей")).to_be_visible()
    page.get_by_role("link", name="Реестр должностей").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.locator("button[data-lang=kk]").click()
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page).to_have_url(re.compile(r"/register/$"))


def test_a_position_is_found_despite_a_typo(page):
    page.goto("/register/")
    page.fill("#id_q", "бас бухгалтр")
    first = page.locator("table.positions tbody tr").first
    expect(first).to_contain_text("бухгалтер", timeout=10_000)
    expect(page).to_have_url(re.compile(r"q="))


def test_a_position_is_found_in_russian_without_kazakh_letters(page):
    page.goto("/register/")
    page.locator("button[data-lang=ru]").click()
    page.fill("#id_q", "кассир")
    expect(page.locator("table.positions tbody tr").first).to_contain_text(
        re.compile("кассир", re.IGNORECASE), timeout=10_000
    )


def test_a_reader_pages_through_an_act(page, lawbook):
    act_id = max(lawbook.ordered(), key=lambda v: len(v.points_by_id)).id
    page.goto(f"/acts/{act_id}/?as_of=2026-01-01")
    expect(page.locator("article.point").first).to_be_visible()
    first_point = page.locator("article.point").first.get_attribute("id")
    page.get_by_role("link", name=re.compile("→")).first.click()
    expect(page.locator(".pager .pageno").first).to_contain_text("2")
    assert page.locator("article.point").first.get_attribute("id") != first_point
    page.get_by_role("link", name=re.compile("←")).first.click()
    expect(page.locator("article.point").first).to_have_attribute("id", first_point)
