import pytest


@pytest.mark.parametrize(
    ("date", "working", "kind"),
    [
        ("2024-05-04", True, "working_weekend"),
        ("2024-05-08", False, "transferred_day_off"),
        ("2025-01-03", False, "transferred_day_off"),
        ("2025-01-05", True, "working_weekend"),
        ("2025-03-10", False, "holiday_moved"),
        ("2025-03-21", False, "holiday"),
        ("2026-08-31", True, "working"),
        ("2025-11-22", False, "weekend"),
    ],
)
def test_a_day_of_the_calendar(client, date, working, kind):
    response = client.get(f"/api/v1/calendar/{date}")
    assert response.status_code == 200
    assert response.json() | {"name": None, "source": None} == {
        "date": date,
        "working": working,
        "kind": kind,
        "name": None,
        "source": None,
    }


def test_the_name_follows_accept_language(client):
    kk = client.get("/api/v1/calendar/2025-03-21").json()["name"]
    ru = client.get("/api/v1/calendar/2025-03-21", headers={"Accept-Language": "ru"}).json()["name"]
    en = client.get("/api/v1/calendar/2025-03-21", headers={"Accept-Language": "en-US,en;q=0.9"}).json()[
        "name"
    ]
    assert (kk, ru, en) == ("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz")
    assert (
        client.get("/api/v1/calendar/2025-05-09", headers={"Accept-Language": "ru"}).json()["name"]
        == "День Победы"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("from=2024-05-03&working_days=1", "2024-05-04"),
        ("from=2024-05-06&working_days=2", "2024-05-13"),
        ("from=2025-11-03&calendar_days=2", "2025-11-05"),
        ("from=2024-01-31&months=1", "2024-02-29"),
    ],
)
def test_adding_a_period(client, query, expected):
    response = client.get(f"/api/v1/calendar/add?{query}")
    assert response.status_code == 200
    assert response.json() == {"from": query.split("&")[0][5:], "date": expected}
