"""Every request: an X-Request-ID on the answer and one JSON log line, and the id on every log
record written while it is served."""

import logging

import pytest
from django.core.exceptions import ImproperlyConfigured

from biliktilik.accounts.models import Role
from biliktilik.accounts.services import api_token_create
from biliktilik.ops.logs import logging_config
from tests.staff.factories import UserFactory


def request_lines(lines: list[dict], path: str) -> list[dict]:
    # The test client may ask for more (the OpenAPI document it checks answers against).
    return [line for line in lines if line["logger"] == "biliktilik.requests" and line["path"] == path]


def test_a_request_gets_a_new_id_on_its_answer(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32 and int(first, 16) >= 0
    assert first != second


def test_a_sane_request_id_from_the_client_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a:0042")
    assert response["X-Request-ID"] == "lb-7f3a:0042"


@pytest.mark.parametrize(
    "header", ["x" * 129, "has space", "quote'd", "new\nline", "ünïcode", '{"json": 1}', ""]
)
def test_an_odd_request_id_from_the_client_is_replaced(client, header):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=header)
    assert response["X-Request-ID"] != header
    assert len(response["X-Request-ID"]) == 32


def test_each_request_writes_one_json_line_without_its_query_string(client, json_lines):
    response = client.get("/healthz?q=870412300415&name=Әбенова", HTTP_X_REQUEST_ID="probe-1")
    [line] = request_lines(json_lines(), "/healthz")
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/healthz"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["user_id"] is None
    assert line["request_id"] == response["X-Request-ID"] == "probe-1"
    assert "timestamp" in line
    text = repr(json_lines())
    assert "870412300415" not in text and "Әбенова" not in text


@pytest.mark.django_db
def test_the_line_names_the_signed_in_user_by_id_only(client, json_lines):
    user = UserFactory(username="aigul.abenova", role=Role.AUDITOR)
    client.force_login(user)
    client.get("/staff/employees/")
    [line] = request_lines(json_lines(), "/staff/employees/")
    assert line["user_id"] == user.pk
    assert "aigul.abenova" not in repr(line)


@pytest.mark.django_db
def test_the_line_names_the_user_of_an_api_token(client, json_lines):
    user = UserFactory(role=Role.AUDITOR)
    token = api_token_create(actor=user, user=user, name="ops")
    response = client.get("/api/v1/organizations", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    [line] = request_lines(json_lines(), "/api/v1/organizations")
    assert line["user_id"] == user.pk
    assert token not in repr(json_lines())


@pytest.mark.django_db
def test_other_records_written_during_the_request_carry_its_id(client, json_lines):
    response = client.get("/no/such/page/", HTTP_X_REQUEST_ID="trace-404")
    assert response.status_code == 404
    not_found = [line for line in json_lines() if line["logger"] == "django.request"]
    assert not_found and all(line["request_id"] == "trace-404" for line in not_found)
    # Django passes the request itself along; its text (with any query string) is not logged.
    assert all("request" not in line for line in not_found)


def test_records_outside_a_request_have_no_request_id(json_lines):
    logging.getLogger("biliktilik.ops").warning("Outside any request.")
    [line] = json_lines()
    assert line["message"] == "Outside any request."
    assert line["request_id"] is None


def test_an_unknown_log_level_stops_start_up():
    with pytest.raises(ImproperlyConfigured, match="BILIKTILIK_LOG_LEVEL"):
        logging_config(level="LOUD")
