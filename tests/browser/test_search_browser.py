"""The acts' search, as a reader on a phone uses it: from the box on the acts table to a point."""

import pytest
from django.conf import settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "q", "width"), [("kk", "біліктілік санаты", 390), ("ru", "квалификационная", 1366)]
)
def test_a_reader_searches_from_the_acts_table_and_opens_the_point(browser, live_server, language, q, width):
    context = browser.new_context(base_url=live_server.url, viewport={"width": width, "height": 900})
    context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}])
    page = context.new_page()
    page.goto("/acts/")
    page.fill("#id_search_q", q)
    page.click("form.act-search button[type=submit]")
    page.wait_for_selector("ol.search-results li[data-point]")
    assert page.locator("ol.search-results mark").count() > 0
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    first = page.locator("ol.search-results li[data-point]").first
    point = first.get_attribute("data-point")
    first.locator("a").first.click()
    page.wait_for_selector(f'[id="p-{point}"]')
    context.close()
