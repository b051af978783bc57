"""Playwright driving Debian's Chromium against the live test server.

Without Chromium the browser tests are skipped with a plain reason, except when
BILIKTILIK_REQUIRE_BROWSER=1 (CI), where its absence is a failure.
"""

import os
import re
import shutil

import pytest
from playwright.sync_api import expect

CHROMIUM = os.environ.get("BILIKTILIK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Playwright's sync API runs an event loop in this thread; Django's live server runs elsewhere.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"Debian's chromium is not installed ({CHROMIUM}); run `make test` as root to install it"
        if os.environ.get("BILIKTILIK_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def sign_in(page, username: str, password: str) -> None:
    """Through the login form, as a person signs in; where the page lands then is the test's to expect."""
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form.login button[type=submit]").click()


def signed_in_context(browser, live_server, username, password, *, viewport, language, **options):
    """(context, page) of a browser context of its own (its own cookies) in ``language``, signed in
    as ``username``: for tests with several people at once or another viewport than ``page``'s."""
    context = browser.new_context(base_url=live_server.url, viewport=viewport, **options)
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, username, password)
    expect(page).not_to_have_url(re.compile("/accounts/login/"))
    return context, page
