"""The commission's part of a case over HTTP (our endpoints beyond the contract): every answer is
checked against the OpenAPI document by the ``client`` fixture. A 2019 case, as in
test_evaluation: registered Mon 01.04.2019, intake done 02.04, the executor's step 03.04, the
commission's step current from then."""

import datetime as dt

import pytest

from biliktilik.accounts.models import Role
from tests.staff.factories import UserFactory

from .conftest import on

D = dt.date
JSON = "application/json"
EVALUATION_DAY = D(2019, 4, 4)


@pytest.fixture
def api(client, bearer):
    def send(method, user, path, body=None, day=EVALUATION_DAY):
        with on(day):
            call = getattr(client, method)
            if method == "get":
                return call(f"/api/v1{path}", body or {}, headers=bearer(user, **{"Accept-Language": "en"}))
            return call(
                f"/api/v1{path}", body, content_type=JSON, headers=bearer(user, **{"Accept-Language": "en"})
            )

    return send


@pytest.fixture
def case(register, complete):
    case = register(D(2019, 4, 1))
    complete(case, 1, D(2019, 4, 2))
    complete(case, 2, D(2019, 4, 3))
    return case


def test_records_are_replaced_and_read_back(api, provider, case):
    body = {
        "education": [{"level": "higher", "field": "social", "document": "diploma 7"}],
        "experience": [{"start": "2015-01-01", "end": None, "sector": "social_protection"}],
    }
    response = api("put", provider.users["executor"], f"/cases/{case.pk}/records", body)
    assert response.status_code == 200, response.json()
    read = api("get", provider.users["commission"], f"/cases/{case.pk}/records").json()
    assert read["education"] == [
        {"level": "higher", "field": "social", "institution": "", "document": "diploma 7"}
    ]
    assert read["experience"][0]["start"] == "2015-01-01" and read["experience"][0]["end"] is None


def test_a_control_character_in_a_record_is_refused_naming_the_field(api, provider, case):
    body = {"education": [{"level": "higher", "field": "social", "institution": "Kaz\x00NU"}]}
    response = api("put", provider.users["executor"], f"/cases/{case.pk}/records", body)
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "education", 0, "institution"]]


def test_a_period_ending_before_it_starts_is_refused_on_its_end(api, provider, case):
    body = {"experience": [{"start": "2015-01-01", "end": "2014-01-01", "sector": "employment"}]}
    response = api("put", provider.users["executor"], f"/cases/{case.pk}/records", body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "experience", 0, "end"]


def test_the_checklist_lists_its_problems_with_the_flag_on_its_source(api, provider, case):
    items = [
        {"item": "application", "submitted": True},
        {"item": "identity_document", "submitted": True, "valid_until": "2019-04-03"},
    ]
    response = api("put", provider.users["intake"], f"/cases/{case.pk}/checklist", {"items": items})
    assert response.status_code == 200, response.json()
    shown = api("get", provider.users["intake"], f"/cases/{case.pk}/checklist", {"on": "2019-04-04"}).json()
    assert shown["complete_in_sources"] is False and "order No. 279" in shown["note"]
    # By hand: the passport ran out on 03.04, the day before 04.04; no education or experience
    # documents were recorded.
    assert [(p["item"], p["problem"]) for p in shown["problems"]] == [
        ("identity_document", "expired"),
        ("education_documents", "missing"),
        ("experience_documents", "missing"),
    ]
    assert shown["items"][0]["basis"] == "named" and shown["items"][1]["basis"] == "interpretation"


def test_an_evaluation_without_a_requirement_or_reasoning_names_the_reasoning(api, provider, case):
    body = {"on": "2019-04-04", "requirement": None, "recommendation": "issue"}
    response = api("post", provider.users["commission"], f"/cases/{case.pk}/evaluation", body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "reasoning"]
    unknown = {**body, "requirement": "order-2017-360/999", "reasoning": "x"}
    response = api("post", provider.users["commission"], f"/cases/{case.pk}/evaluation", unknown)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][-1] == "requirement"
    assert api("get", provider.users["commission"], f"/cases/{case.pk}/evaluation").status_code == 404


def test_evaluation_votes_and_protocol(api, provider, case, complete):
    body = {"on": "2019-04-04", "recommendation": "issue", "reasoning": "Diploma and five years checked."}
    answer = api("post", provider.users["commission"], f"/cases/{case.pk}/evaluation", body)
    assert answer.status_code == 200, answer.json()
    second = UserFactory(role=Role.COMMISSION_MEMBER, role__organization=provider.centre)
    stranger = UserFactory(role=Role.COMMISSION_MEMBER, role__organization=provider.other)
    votes = f"/cases/{case.pk}/evaluation/votes"
    assert (
        api("post", provider.users["commission"], votes, {"vote": "issue"}, D(2019, 4, 5)).status_code == 200
    )
    # A member of another organization does not see the case at all: 404, not 403.
    assert api("post", stranger, votes, {"vote": "refuse"}, D(2019, 4, 5)).status_code == 404
    tied = api("post", second, votes, {"vote": "refuse"}, D(2019, 4, 5)).json()
    assert tied["tally"] == {"issue": 1, "refuse": 1}
    complete(case, 3, D(2019, 4, 5))
    protocol = f"/cases/{case.pk}/evaluation/protocol"
    refused = api(
        "post", provider.users["secretary"], protocol, {"number": "17", "on": "2019-04-08"}, D(2019, 4, 8)
    )
    assert refused.status_code == 409 and refused.json()["code"] == "votes_tied"
    assert "no quorum" in refused.json()["message"]
    # The commission's step is done: its members no longer vote (the case goes back to them by a
    # return of the secretary's step).
    late = api("post", second, votes, {"vote": "issue"}, D(2019, 4, 8))
    assert late.status_code == 409 and late.json()["code"] == "not_commission_step"
    # An empty protocol number is refused on its field.
    empty = api(
        "post", provider.users["secretary"], protocol, {"number": "", "on": "2019-04-08"}, D(2019, 4, 8)
    )
    assert empty.status_code == 422 and empty.json()["errors"][0]["loc"][-1] == "number"
