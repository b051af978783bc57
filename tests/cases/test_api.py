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


def test_a_step_returned_with_a_note_and_a_motivated_refusal(post, provider):
    users = provider.users
    case = post(users["intake"], "/cases", BODY, D(2019, 3, 19)).json()
    path = f"/cases/{case['id']}"
    post(users["intake"], f"{path}/steps/1/complete", {"on": "2019-03-20"}, D(2019, 3, 20))
    returned = post(
        users["executor"],
        f"{path}/steps/2/return",
        {"on": "2019-03-26", "note": "no diploma copy"},
        D(2019, 3, 26),
    )
    assert returned.status_code == 200
    assert returned.json()["current_step"] == 1
    assert returned.json()["steps"][1]["return_note"] == "no diploma copy"
    empty_note = post(
        users["intake"], f"{path}/steps/1/return", {"on": "2019-03-26", "note": ""}, D(2019, 3, 26)
    )
    assert empty_note.status_code == 422 and empty_note.json()["errors"][0]["loc"] == ["body", "note"]
    first = post(users["intake"], f"{path}/steps/1/return", {"on": "2019-03-26", "note": "x"}, D(2019, 3, 26))
    assert first.status_code == 409 and first.json()["code"] == "first_step"
    post(users["intake"], f"{path}/steps/1/complete", {"on": "2019-03-27"}, D(2019, 3, 27))
    too_early = post(
        users["management"], f"{path}/refuse", {"on": "2019-03-27", "reason": "r"}, D(2019, 3, 27)
    )
    assert too_early.status_code == 409 and too_early.json()["code"] == "refusal_before_evaluation"
    post(users["executor"], f"{path}/steps/2/complete", {"on": "2019-03-28"}, D(2019, 3, 28))
    # The commission's step is done once its evaluation is recorded, and management refuses on
    # the protocol (7.a.5): each asked before its time is a conflict naming what is missing.
    early = post(users["commission"], f"{path}/steps/3/complete", {"on": "2019-04-03"}, D(2019, 4, 3))
    assert early.status_code == 409 and early.json()["code"] == "evaluation_missing"
    assert "бағалауы ұсынымымен бірге жазылғаннан кейін" in early.json()["message"]
    evaluation = {
        "on": "2019-04-03",
        "recommendation": "refuse",
        "reasoning": "Three years short of point 13.",
    }
    assert post(users["commission"], f"{path}/evaluation", evaluation, D(2019, 4, 3)).status_code == 200
    assert (
        post(users["commission"], f"{path}/evaluation/votes", {"vote": "refuse"}, D(2019, 4, 3)).status_code
        == 200
    )
    done = post(users["commission"], f"{path}/steps/3/complete", {"on": "2019-04-03"}, D(2019, 4, 3))
    assert done.status_code == 200 and done.json()["current_step"] == 4
    no_protocol = post(users["secretary"], f"{path}/steps/4/complete", {"on": "2019-04-04"}, D(2019, 4, 4))
    assert no_protocol.status_code == 409 and no_protocol.json()["code"] == "protocol_missing"
    before_protocol = post(
        users["management"], f"{path}/refuse", {"on": "2019-04-04", "reason": "r"}, D(2019, 4, 4)
    )
    assert before_protocol.status_code == 409 and before_protocol.json()["code"] == "protocol_missing"
    protocol = {"number": "3", "on": "2019-04-04"}
    assert post(users["secretary"], f"{path}/evaluation/protocol", protocol, D(2019, 4, 4)).status_code == 200
    refused = post(
        users["management"],
        f"{path}/refuse",
        {"on": "2019-04-04", "reason": "the experience is shorter than point 13 asks"},
        D(2019, 4, 4),
    )
    assert refused.status_code == 200
    assert (refused.json()["status"], refused.json()["ending"]) == ("refused", "motivated_refusal")
    assert refused.json()["current_step"] is None
    closed = post(users["secretary"], f"{path}/steps/4/complete", {"on": "2019-04-04"}, D(2019, 4, 4))
    assert closed.status_code == 409 and closed.json()["code"] == "case_closed"


def test_an_unknown_case_or_step_is_404(post, provider, client, bearer):
    case = post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19)).json()
    headers = bearer(provider.users["administrator"])
    assert client.get("/api/v1/cases/999999", headers=headers).status_code == 404
    missing = post(
        provider.users["intake"],
        f"/cases/{case['id']}/steps/11/complete",
        {"on": "2019-03-19"},
        D(2019, 3, 19),
    )
    assert missing.status_code == 404


def test_the_provider_is_the_intake_officers_own_or_one_they_work_in(post, provider):
    other = post(
        provider.users["intake"], "/cases", {**BODY, "organization": provider.other.pk}, D(2019, 3, 19)
    )
    assert other.status_code == 403
    below = post(
        provider.users["intake"], "/cases", {**BODY, "organization": provider.department.pk}, D(2019, 3, 19)
    )
    assert below.status_code == 201 and below.json()["organization"] == provider.department.pk
    # An administrator's account has no organization: the provider must be named.
    unnamed = post(provider.users["administrator"], "/cases", BODY, D(2019, 3, 19))
    assert unnamed.status_code == 422 and unnamed.json()["errors"][0]["loc"] == ["body", "organization"]
    unknown = post(
        provider.users["administrator"], "/cases", {**BODY, "organization": 999999}, D(2019, 3, 19)
    )
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_organization"


def test_an_hr_officer_may_neither_register_nor_see_cases(post, provider, client, bearer):
    post(provider.users["intake"], "/cases", BODY, D(2019, 3, 19))
    assert post(provider.users["hr"], "/cases", BODY, D(2019, 3, 19)).status_code == 403
    assert client.get("/api/v1/cases", headers=bearer(provider.users["hr"])).json()["count"] == 0
    assert client.get("/api/v1/cases").status_code == 401


def test_the_step_completion_documents_its_conflicts(client):
    spec = client.get("/api/v1/openapi.json").json()
    conflict = spec["paths"]["/api/v1/cases/{case_id}/steps/{number}/complete"]["post"]["responses"]["409"]
    for code in ("not_current_step", "evaluation_missing", "protocol_missing"):
        assert f"`{code}`" in conflict["description"]
    assert "application/json" in conflict["content"]  # the error's shape kept beside the description
