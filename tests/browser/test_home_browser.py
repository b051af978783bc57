"""An HR officer's home page in a real browser: the charts load as images, under the strict
Content-Security-Policy of the page, with no violation."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from biliktilik.accounts.models import Profile, Role
from biliktilik.staff import demo
from biliktilik.staff.models import Organization

from .test_csp_browser import PASSWORD, sign_in_to_the_registry, watched  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_hr_officers_home_shows_its_charts_without_a_csp_violation(watched):  # noqa: F811
    demo.build(actor=None, size=demo.SMALL, today=dt.date.today())
    officer = get_user_model().objects.create_user(username="kadr", password=PASSWORD)
    Profile.objects.create(
        user=officer, role=Role.HR_OFFICER, organization=Organization.objects.order_by("path").first()
    )
    sign_in_to_the_registry(watched, "kadr")
    response = watched.goto("/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    watched.wait_for_load_state("networkidle")
    charts = watched.locator("figure.home-chart img")
    expect(charts).to_have_count(2)
    for index in range(2):
        chart = charts.nth(index)
        assert chart.get_attribute("alt")
        assert chart.evaluate("img => img.complete && img.naturalWidth") > 0
    assert watched.violations() == []
