"""Each role's home page carries the Platform's numbers: the HR officer and the commission the
campaigns of their subtree now, the methodologist the bank, the employee the tests to take."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse


def home(client, user, language="kk"):
    client.force_login(user)
    client.cookies["django_language"] = language
    return client.get(reverse("home:home")).content.decode()


@pytest.mark.parametrize("role", ["hr", "commission"])
def test_the_campaign_of_the_subtree_is_on_the_home_page_while_testing(client, centre, listed, role):
    with time_machine.travel(dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC), tick=False):
        page = home(client, centre.users[role])
    assert "Көктемгі аттестаттау" in page and "тестілеу жүріп жатыр" in page


def test_another_centres_officer_does_not_see_it(client, centre, listed):
    with time_machine.travel(dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC), tick=False):
        assert "Көктемгі аттестаттау" not in home(client, centre.users["hr_other"])


def test_a_month_after_the_window_the_campaign_leaves_the_home_page(client, centre, listed):
    with time_machine.travel(dt.datetime(2026, 4, 30, 10, tzinfo=dt.UTC), tick=False):
        assert "Көктемгі аттестаттау" not in home(client, centre.users["hr"])


def test_the_methodologist_sees_the_bank_and_its_uncovered_items(client, centre):
    page = home(client, centre.users["methodologist"], "ru")
    assert "12 вопросов готовы для тестов" in page
    assert "нет готовых вопросов" in page


def test_an_admitted_employee_is_told_a_test_can_be_taken_now(client, centre, listed):
    with time_machine.travel(dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC), tick=False):
        assert "Қазір 1 тест тапсыруға болады" in home(client, centre.users["taker0"])
        assert "Қазір 1 тест тапсыруға болады" not in home(client, centre.users["taker2"])  # not admitted
