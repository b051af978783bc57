"""The calculators ask what the API asks: the same longest period, and input before an answer."""

import pytest
from django.urls import reverse

from tests.pages.test_calculator_pages import english, switch_language  # noqa: F401

UNITS = {"working": "working_days", "calendar": "calendar_days", "months": "months"}
LIMITS = {"working": 2_500, "calendar": 3_660, "months": 1_200}


@pytest.mark.django_db
@pytest.mark.parametrize("unit", list(UNITS))
def test_the_deadlines_calculator_refuses_a_period_the_api_refuses(english, unit):  # noqa: F811
    limit = LIMITS[unit]
    api = english.get(f"/api/v1/calendar/add?from=1995-01-02&{UNITS[unit]}={limit + 1}")
    assert api.status_code == 422
    query = f"?period-start=1995-01-02&period-count={limit + 1}&period-unit={unit}"
    html = english.get(reverse("calculators:deadlines") + query).content.decode()
    assert f"less than or equal to {limit}" in html
    assert "The period ends on" not in html and 'class="explanation"' not in html


@pytest.mark.django_db
def test_the_longest_period_is_counted_by_both(english):  # noqa: F811
    api = english.get("/api/v1/calendar/add?from=1995-01-02&working_days=2500")
    assert api.status_code == 200
    query = "?period-start=1995-01-02&period-count=2500&period-unit=working"
    html = english.get(reverse("calculators:deadlines") + query).content.decode()
    assert "less than or equal to" not in html
    assert api.json()["date"] in html or _shown(api.json()["date"]) in html


def _shown(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def empty_qualification():
    return {
        "requirement": "order-2017-360/54",
        "as_of": "2025-06-01",
        "education-TOTAL_FORMS": "3",
        "education-INITIAL_FORMS": "0",
        "work-TOTAL_FORMS": "5",
        "work-INITIAL_FORMS": "0",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("en", "Enter the person&#x27;s education or a period of their work history"),
        ("kk", "Адамның білімін немесе еңбек жолының бір кезеңін енгізіңіз"),
        ("ru", "Укажите образование человека или хотя бы один период его трудовой деятельности"),
    ],
)
def test_an_empty_qualification_form_asks_for_education_or_work(client, language, asked):
    switch_language(client, language)
    response = client.post(reverse("calculators:qualification"), empty_qualification())
    assert response.status_code == 200
    html = response.content.decode()
    assert asked in html
    assert 'class="explanation"' not in html and 'class="verdict"' not in html


@pytest.mark.django_db
def test_education_alone_is_checked(english):  # noqa: F811
    data = empty_qualification() | {"education-0-level": "tvet", "education-0-field": "social"}
    html = english.post(reverse("calculators:qualification"), data).content.decode()
    assert 'class="verdict"' in html
    assert "a period of their work history" not in html
