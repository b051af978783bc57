"""The suite's client checks each API answer against the published document: these show that
the check catches what it is there to catch."""

import json

import pytest
from django.http import HttpResponse

from tests.openapi_contract import ContractClient, problems


def answer(status, body=None, content_type="application/json"):
    content = b"" if body is None else json.dumps(body).encode()
    return HttpResponse(content, status=status, content_type=content_type)


ERROR = {"code": "x", "message": "y", "errors": []}


def test_a_documented_answer_passes():
    assert problems("GET", "/api/v1/calendar/2025-01-01", answer(422, ERROR)) == []


def test_a_body_of_the_wrong_shape_is_caught():
    found = problems("GET", "/api/v1/calendar/2025-01-01", answer(200, {"date": "2025-01-01"}))
    assert found and "'working' is a required property" in " ".join(found)


def test_an_undocumented_status_is_caught():
    found = problems("GET", "/api/v1/acts", answer(418, ERROR))
    assert found and "status not documented" in found[0]


def test_an_error_answered_in_html_is_caught():
    found = problems("GET", "/api/v1/no/such", answer(404, None, content_type="text/html"))
    assert found and "not JSON" in found[0]


def test_a_path_parameter_may_hold_a_slash():
    found = problems("GET", "/api/v1/procedures/a/b/schedule", answer(200, {"procedure": "a/b"}))
    assert found and found[0].startswith("GET /api/v1/procedures/{procedure_id}/schedule")


def test_the_literal_path_wins_over_a_parameter():
    found = problems("GET", "/api/v1/calendar/add", answer(200, {"from": "2025-01-01"}))
    assert found and found[0].startswith("GET /api/v1/calendar/add")


def test_pages_are_not_checked():
    assert problems("GET", "/staff/employees/", answer(200, None, content_type="text/html")) == []


@pytest.mark.django_db
def test_the_suites_client_fails_the_test_on_a_mismatch(client):
    assert isinstance(client, ContractClient)
    assert client.get("/api/v1/acts").status_code == 200
