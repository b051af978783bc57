"""What the card and ``/api/v1/employees/{id}/law`` say a stored record qualifies for, with the
expected category or eligibility worked out by hand from order-2017-360 in each test (the
arithmetic in a comment), never read from ``staff.selectors``: the wiring from the stored work
periods to the rule facts (their end dates, their management flag) is what these tests hold.

Counting (docs/reading/requirements.md): a period counts from its start to its end inclusive,
an open one to the evaluation date; "N years" is N × 365 counted days; time at a higher
category counts as time at a lower one."""

import datetime as dt

import pytest

from biliktilik.staff.models import Education, PositionHeld, WorkPeriod

from .test_card import card_text, signed_in

ON = dt.date(2026, 11, 22)


def law_answer(client, bearer, world, employee) -> dict:
    response = client.get(
        f"/api/v1/employees/{employee.pk}/law?as_of={ON.isoformat()}", headers=bearer(world.users["hr_a"])
    )
    assert response.status_code == 200, response.content
    return response.json()["qualification"]


@pytest.fixture
def first_category_ended(world):
    """P.54, high level: a first-category period that ended years before the evaluation date.

    Period 01.01.2019-31.12.2020 in social protection at the first category: 365 (2019) + 366
    (2020, a leap year) = 731 days. P.54 high: higher needs 3 years as first = 1095 days — 731 is
    short; first needs 2 years as second (first counts too) = 730 days — 731 meets it. So: first.
    The current period in education (from 01.02.2021, higher category) is outside the sectors
    p.54 names (employment, social protection): it adds nothing. Had the ended period been read
    as open, it would run to 22.11.2026 (over 2,800 days) and give higher.
    Medium level: p.54 opens it to technical and vocational education only; a higher education
    does not open it, so no category."""
    employee = world.emp_a
    Education.objects.create(employee=employee, level="higher", field="social")
    WorkPeriod.objects.create(
        employee=employee,
        start=dt.date(2019, 1, 1),
        end=dt.date(2020, 12, 31),
        sector="social_protection",
        qualification_level="high",
        category="first",
    )
    WorkPeriod.objects.create(
        employee=employee,
        start=dt.date(2021, 2, 1),
        sector="education",
        qualification_level="high",
        category="higher",
    )
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="Әлеуметтік жұмыс жөніндегі маман",
        start=dt.date(2021, 2, 1),
        requirement="order-2017-360/54",
        qualification_level="high",
    )
    return employee


@pytest.mark.parametrize(
    ("language", "high", "medium"),
    [
        pytest.param(
            "kk",
            "Біліктілік, жоғары деңгей: бірінші санат.",
            "Біліктілік, орташа деңгей: санат жоқ; бұл деңгейдің талаптары орындалмаған.",
            id="kk",
        ),
        pytest.param(
            "ru",
            "Квалификация, высокий уровень: первая категория.",
            "Квалификация, средний уровень: категории нет; требования этого уровня не выполнены.",
            id="ru",
        ),
    ],
)
def test_an_ended_period_counts_only_its_own_days_on_the_card(
    client, world, first_category_ended, language, high, medium
):
    signed_in(client, world.users["hr_a"], language)
    _html, text = card_text(client, first_category_ended, date=ON)
    assert high in text and medium in text
    for wrong in ("жоғары деңгей: жоғары санат", "высокий уровень: высшая категория"):
        assert wrong not in text
    # The reasoning gives the days counted by hand: 731 at the first category, against 1095 and 730.
    assert "731" in text and "1095" in text


def test_an_ended_period_counts_only_its_own_days_in_the_api(client, world, bearer, first_category_ended):
    qualification = law_answer(client, bearer, world, first_category_ended)
    assert qualification["requirement"] == "order-2017-360/54"
    assert qualification["categories"] == {"high": "first", "medium": None}
    assert qualification["eligible"] is True


def manager_record(world, *, management: bool):
    """P.9 (a management position): higher economic education, and one period of 01.01.2021-
    31.12.2022 in business: 365 + 365 = 730 days = 2 × 365. P.9's branch (b) asks for at least 2
    years in management positions in business or the quasi-public sector: met when the period was
    a management one. Branch (a) asks for 3 years in social protection, employment, education or
    healthcare: none here. So eligible exactly when the period is a management one."""
    employee = world.emp_a
    Education.objects.create(employee=employee, level="higher", field="economic")
    WorkPeriod.objects.create(
        employee=employee,
        start=dt.date(2021, 1, 1),
        end=dt.date(2022, 12, 31),
        sector="business",
        management=management,
    )
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="Бөлім басшысы",
        start=dt.date(2023, 1, 9),
        requirement="order-2017-360/9",
    )
    return employee


MEETS = {
    "kk": "Қызметкер лауазым талаптарына сай келеді.",
    "ru": "Сотрудник соответствует требованиям должности.",
}
FAILS = {
    "kk": "Қызметкер лауазым талаптарына сай келмейді.",
    "ru": "Сотрудник не соответствует требованиям должности.",
}


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("management", [True, False])
def test_two_years_managing_a_business_meet_point_9_only_in_a_management_position(
    client, world, bearer, language, management
):
    employee = manager_record(world, management=management)
    signed_in(client, world.users["hr_a"], language)
    _html, text = card_text(client, employee, date=ON)
    shown, not_shown = (MEETS, FAILS) if management else (FAILS, MEETS)
    assert shown[language] in text and not_shown[language] not in text
    qualification = law_answer(client, bearer, world, employee)
    assert qualification["requirement"] == "order-2017-360/9"
    assert qualification["eligible"] is management and qualification["categories"] is None
