"""What the law says on a date: the acts in force and the wording of each point."""

import pytest

CONTRACT_ACT_FIELDS = {
    "id",
    "kind",
    "number",
    "adopted",
    "title",
    "amends",
    "amended_by",
    "repealed_by",
    "effective_from",
    "status",
}


def acts_on(client, date):
    response = client.get(f"/api/v1/acts?as_of={date}")
    assert response.status_code == 200
    return {a["id"]: a for a in response.json()}


def test_the_act_list_has_the_contract_fields(client):
    acts = acts_on(client, "2026-01-01")
    assert {
        "order-2015-1042",
        "order-2024-316",
        "order-2017-360",
        "order-2019-715",
        "order-2024-422",
        "order-2025-271",
        "order-2015-407",
        "order-2017-2",
        "order-2021-84",
    } <= set(acts)
    for act in acts.values():
        assert CONTRACT_ACT_FIELDS <= set(act)
        assert set(act["title"]) == {"kk", "ru", "en"}


@pytest.mark.parametrize(
    ("act", "date", "status"),
    [
        ("order-2015-1042", "2015-12-31", "not_yet_in_force"),
        ("order-2015-1042", "2016-01-01", "in_force"),
        ("order-2025-271", "2025-09-29", "not_yet_in_force"),
        ("order-2025-271", "2025-09-30", "in_force"),
        ("order-2017-2", "2019-01-01", "in_force"),
        ("order-2017-2", "2022-01-01", "repealed"),
    ],
)
def test_status_on_a_date(client, act, date, status):
    assert acts_on(client, date)[act]["status"] == status


def test_amendment_links_run_both_ways(client):
    acts = acts_on(client, "2026-01-01")
    assert acts["order-2024-316"]["amends"] == ["order-2017-360"]
    assert "order-2024-316" in acts["order-2017-360"]["amended_by"]
    assert acts["order-2017-2"]["repealed_by"] == "order-2021-84"


def test_estimated_entry_into_force_is_marked(client):
    acts = acts_on(client, "2026-01-01")
    assert acts["order-2025-271"]["effective_from"] == "2025-09-30"
    assert acts["order-2025-271"]["effective_from_estimated"] is True
    assert acts["order-2015-1042"]["effective_from"] == "2016-01-01"
    assert acts["order-2015-1042"]["effective_from_estimated"] is False


def test_the_professional_standard_is_overdue_for_review_after_2023(client):
    assert acts_on(client, "2023-12-31")["order-2019-715"]["review_overdue"] is False
    assert acts_on(client, "2024-01-01")["order-2019-715"]["review_overdue"] is True


def point(client, act, number, date, language="kk"):
    response = client.get(f"/api/v1/acts/{act}?as_of={date}", headers={"Accept-Language": language})
    assert response.status_code == 200
    return next((p for p in response.json()["points"] if p["point"] == number), None)


def test_a_point_is_given_in_the_wording_of_the_date(client):
    before = point(client, "order-2017-360", "54", "2024-08-30")
    after = point(client, "order-2017-360", "54", "2024-08-31")
    assert before["wording_by"] is None and before["text"] is None and before["note"]
    assert after["wording_by"] == "order-2024-316"
    assert after["valid_from"] == "2024-08-31"
    assert "54." in after["text"]["kk"]
    assert [h["wording_by"] for h in after["history"]] == [None, "order-2024-316"]


def test_an_inserted_point_does_not_exist_before_its_amendment(client):
    assert point(client, "order-2017-360", "12-3", "2024-08-30") is None
    assert point(client, "order-2017-360", "12-3", "2024-09-01")["wording_by"] == "order-2024-316"


def test_attestation_thresholds_in_force_from_the_2025_wording(client):
    p17 = point(client, "order-2024-422", "17", "2025-11-03")
    assert p17["wording_by"] == "order-2025-271"
    assert [s["subpoint"] for s in p17["subpoints"]] == ["1", "2", "3", "4"]
    assert "85%" in p17["subpoints"][2]["text"]["kk"]


def test_points_carry_their_translations(client):
    p9 = point(client, "order-2017-360", "9", "2025-01-01")
    assert p9["text"]["kk"] and p9["text"]["ru"] and p9["text"]["en"]
