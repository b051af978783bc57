""" "In force after ten calendar days after the day of first official publication": P+11."""

import pytest

from biliktilik.rules.deadlines import act_entry_into_force
from biliktilik.rules.explain import Trace


@pytest.mark.parametrize(
    ("publication", "days", "in_force"),
    [
        ("2025-09-19", 10, "2025-09-30"),  # order-2025-271 as reported in the press
        ("2024-08-20", 10, "2024-08-31"),  # order-2024-316, estimated publication
        ("2024-12-25", 10, "2025-01-05"),  # the count runs over New Year: calendar days, not working days
        ("2024-02-19", 10, "2024-03-01"),  # leap February
    ],
)
def test_entry_into_force(client, publication, days, in_force):
    body = client.get("/api/v1/rules/entry-into-force", {"publication": publication, "days": days}).json()
    assert body["in_force_from"] == in_force
    assert [step["code"] for step in body["explanation"]] == ["period_runs", "in_force_from"]


def test_an_acts_own_data_gives_the_same_date(lawbook):
    for view in lawbook.ordered():
        assert act_entry_into_force(view, trace=Trace()) == view.effective_from, view.id


def test_bad_input_is_refused(client):
    response = client.get("/api/v1/rules/entry-into-force", {"publication": "2025-02-30"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "publication"]
