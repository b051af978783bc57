"""The contract's "Cases" over HTTP: every answer is checked against the OpenAPI document by the
``client`` fixture. Due dates as in test_workflow (hand-counted across Nauryz 2019)."""

import datetime as dt

import pytest

from biliktilik.lawbook import loader

from .conftest import APPLICANT, on
from .test_point_in_time import newer_law  # noqa: F401 - the fixture

D = dt.date
BODY = {
    "procedure": "foreigner-certificate/issue",
    "registered_on": "2019-03-19",
    "channel": "foreign_mission",
    "applicant": {k: APPLICANT[k] for k in ("name", "citizenship", "document", "occupation")},
}


@pytest.fixture
def post(client, bearer):
    def send(user, path, body, day):
        with on(day):
            return client.post(f"/api/v1{path}", body, content_type="application/json", headers=bearer(user))

    return send


def test_intake_answers_the_case_with_its_schedule(post, provider, client, bearer):
    response = post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19))
    assert response.status_code == 201, response.json()
    case = response.json()
    assert case["status"] == "open" and case["current_step"] == 1
    assert case["number"].startswith("FC-2019-")
    assert [s["due"] for s in case["steps"]][:3] == ["2019-03-20", "2019-03-26", "2019-04-02"]
    assert case["due"] == "2019-04-17"
    assert case["steps"][2] == {
        "number": 3,
        "actor": "commission",
        "term": {"days": 5, "kind": "working"},
        "due": "2019-04-02",
        "done_on": None,
        "note": "",
        "returned_on": None,
        "return_note": "",
    }
    # The same due dates as the procedure's own schedule from the registration date.
    schedule = client.get("/api/v1/procedures/foreigner-certificate/issue/schedule?start=2019-03-19").json()
    assert [s["due"] for s in schedule["steps"]] == [s["due"] for s in case["steps"]]
    again = client.get(f"/api/v1/cases/{case['id']}", headers=bearer(provider.users["executor"]))
    assert again.json() == case


def test_completing_steps_and_the_current_step_rule(post, provider):
    case = post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19)).json()
    done = post(
        provider.users["intake"],
        f"/cases/{case['id']}/steps/1/complete",
        {"on": "2019-03-20"},
        D(2019, 3, 20),
    )
    assert done.status_code == 200 and done.json()["current_step"] == 2
    skipped = post(
        provider.users["commission"],
        f"/cases/{case['id']}/steps/3/complete",
        {"on": "2019-03-26"},
        D(2019, 3, 26),
    )
    assert skipped.status_code == 409 and skipped.json()["code"] == "not_current_step"
    late = post(
        provider.users["executor"],
        f"/cases/{case['id']}/steps/2/complete",
        {"on": "2019-03-28", "note": "documents sent to the commission"},
        D(2019, 3, 28),
    )
    assert late.json()["steps"][1]["note"] == "documents sent to the commission"
    assert late.json()["due"] == "2019-04-19"  # two working days later than planned


def test_a_wrong_role_is_refused_and_another_organization_does_not_see_the_case(
    post, provider, client, bearer
):
    case = post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19)).json()
    path = f"/cases/{case['id']}/steps/1/complete"
    wrong_role = post(provider.users["executor"], path, {"on": "2019-03-20"}, D(2019, 3, 20))
    assert wrong_role.status_code == 403 and wrong_role.json()["code"] == "permission_denied"
    stranger = post(provider.users["other_intake"], path, {"on": "2019-03-20"}, D(2019, 3, 20))
    assert stranger.status_code == 404
    assert (
        client.get(
            f"/api/v1/cases/{case['id']}", headers=bearer(provider.users["other_executor"])
        ).status_code
        == 404
    )
    assert client.get("/api/v1/cases", headers=bearer(provider.users["other_executor"])).json()["count"] == 0


def test_refusal_at_intake(post, provider):
    case = post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19)).json()
    refused = post(
        provider.users["intake"],
        f"/cases/{case['id']}/refuse",
        {"on": "2019-03-19", "reason": "expired"},
        D(2019, 3, 19),
    )
    assert refused.status_code == 200
    assert (refused.json()["status"], refused.json()["ending"]) == ("refused", "refused_to_accept")


def test_a_registration_when_no_procedure_is_in_force_names_the_period(post, provider):
    response = post(
        provider.users["intake"], "/cases", {**BODY, "registered_on": "2021-06-01"}, D(2021, 6, 1)
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "procedure_not_in_force"
    assert "27.03.2017 – 11.04.2021" in body["message"]
    assert body["errors"][0]["loc"] == ["body", "registered_on"]


def test_a_test_only_act_in_law_makes_the_date_work(post, provider, newer_law, monkeypatch):  # noqa: F811
    monkeypatch.setattr(loader, "default", lambda: newer_law)
    response = post(
        provider.users["intake"], "/cases", {**BODY, "registered_on": "2024-04-30"}, D(2024, 4, 30)
    )
    assert response.status_code == 201, response.json()
    assert response.json()["source"]["act"] == "order-2022-999"


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"procedure": "nothing/here"}, ["body", "procedure"]),
        ({"registered_on": "2019-02-30"}, ["body", "registered_on"]),
        ({"registered_on": "2030-01-01"}, ["body", "registered_on"]),
        ({"channel": "post"}, ["body", "channel"]),
        ({"applicant": {**BODY["applicant"], "name": ""}}, ["body", "applicant", "name"]),
        ({"applicant": {}}, ["body", "applicant", "name"]),
    ],
)
def test_bad_input_names_the_field(post, provider, change, loc):
    response = post(provider.users["intake"], "/cases", {**BODY, **change}, D(2019, 3, 19))
    assert response.status_code == 422, response.json()
    assert loc in [e["loc"] for e in response.json()["errors"]]


def test_the_overdue_list_as_of_a_date(post, provider, client, bearer):
    intake = provider.users["intake"]
    first = post(intake, "/cases", BODY, D(2019, 3, 19)).json()
    second = post(intake, "/cases", {**BODY, "registered_on": "2019-03-26"}, D(2019, 3, 26)).json()
    post(intake, f"/cases/{second['id']}/steps/1/complete", {"on": "2019-03-26"}, D(2019, 3, 26))
    headers = bearer(provider.users["head"])

    def listed(query):
        answer = client.get(f"/api/v1/cases?{query}", headers=headers).json()
        return sorted(c["id"] for c in answer["results"]), answer["count"]

    # The first case's step 1 was due on 20.03; the second's step 2 on 27.03.
    assert listed("overdue=true&as_of=2019-03-20") == ([], 0)
    assert listed("overdue=true&as_of=2019-03-21") == ([first["id"]], 1)
    assert listed("overdue=true&as_of=2019-03-28") == (sorted([first["id"], second["id"]]), 2)
    assert listed("status=open") == (sorted([first["id"], second["id"]]), 2)
    assert listed("status=completed") == ([], 0)
    bad = client.get("/api/v1/cases?as_of=yesterday", headers=headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["query", "as_of"]
