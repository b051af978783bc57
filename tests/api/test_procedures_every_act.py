"""GET /procedures and GET /procedures/{id}/schedule read every act of ``law/``, not one.

The test-only act of tests/cases/test_point_in_time (order-2022-999, in force from 16.01.2022,
restating foreigner-certificate/issue in five steps) is added to a copy of ``law/``: its
procedure is listed beside the seed's four, and a schedule started while it is in force follows
it. Its due dates from Tuesday 30.04.2024 are the ones counted by hand in that module's
docstring, across the May 2024 transfer: 02.05, 03.05, 14.05, 16.05, then 10 calendar days
→ 26.05. The seed's regulation (order-2015-407 as worded by order-2017-2) was in force
27.03.2017 – 11.04.2021.
"""

import pytest

from biliktilik.lawbook import loader
from tests.cases.test_point_in_time import newer_law  # noqa: F401 - the fixture

SEED = [f"foreigner-certificate/{name}" for name in ("issue", "issue-employed", "reissue", "duplicate")]


@pytest.fixture
def newer(newer_law, monkeypatch):  # noqa: F811
    monkeypatch.setattr(loader, "default", lambda: newer_law)
    return newer_law


def test_the_newer_acts_procedure_is_listed_beside_the_seeds(client, newer):
    listed = client.get("/api/v1/procedures").json()
    by_act = [(p["id"], p["citation"]["act"], p["in_force_from"], p["in_force_until"]) for p in listed]
    assert ("foreigner-certificate/issue", "order-2022-999", "2022-01-16", None) in by_act
    assert ("foreigner-certificate/issue", "order-2015-407", "2017-03-27", "2021-04-11") in by_act
    assert len(listed) == 5
    (newest,) = [p for p in listed if p["citation"]["act"] == "order-2022-999"]
    assert [(s["actor"], s["term"]["days"]) for s in newest["steps"]] == [
        ("intake_officer", 1),
        ("executor", 1),
        ("commission", 5),
        ("management", 2),
        ("executor", 10),
    ]


def test_a_schedule_started_while_the_newer_act_is_in_force_follows_it(client, newer):
    body = client.get("/api/v1/procedures/foreigner-certificate/issue/schedule?start=2024-04-30").json()
    assert body["in_force"] is True
    assert body["citation"]["act"] == "order-2022-999"
    assert (body["in_force_from"], body["in_force_until"]) == ("2022-01-16", None)
    assert [s["due"] for s in body["steps"]] == [
        "2024-05-02",
        "2024-05-03",
        "2024-05-14",
        "2024-05-16",
        "2024-05-26",
    ]
    assert body["due"] == "2024-05-26"


def test_the_seeds_period_still_schedules_on_the_seed(client, newer):
    body = client.get("/api/v1/procedures/foreigner-certificate/issue/schedule?start=2019-03-19").json()
    assert (body["in_force"], body["citation"]["act"]) == (True, "order-2015-407")
    assert len(body["steps"]) == 10


def test_between_the_two_regulations_the_schedule_is_the_last_one_for_reference(client, newer):
    # 10.01.2022: the seed repealed since 12.04.2021, the test-only act in force from 16.01.2022.
    body = client.get("/api/v1/procedures/foreigner-certificate/issue/schedule?start=2022-01-10").json()
    assert body["in_force"] is False
    assert (body["citation"]["act"], body["in_force_until"]) == ("order-2015-407", "2021-04-11")


def test_a_schedule_after_the_repeal_names_the_period_of_the_regulation(client):
    body = client.get("/api/v1/procedures/foreigner-certificate/duplicate/schedule?start=2025-11-03").json()
    assert body["in_force"] is False
    assert (body["in_force_from"], body["in_force_until"]) == ("2017-03-27", "2021-04-11")
    assert body["citation"]["act"] == "order-2015-407"


def test_every_seed_procedure_is_listed_with_its_period(client):
    listed = client.get("/api/v1/procedures").json()
    assert sorted(p["id"] for p in listed) == sorted(SEED)
    assert {(p["in_force_from"], p["in_force_until"]) for p in listed} == {("2017-03-27", "2021-04-11")}
