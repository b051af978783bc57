"""Whatever goes wrong with a request under /api/, the answer is JSON in the contract's shape
({"code", "message", "errors"}) in the language asked for, never HTML or a traceback."""

import json

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from biliktilik.api.app import on_server_error

QUALIFICATION = "/api/v1/rules/qualification"
JSON = "application/json"


def assert_contract_error(response, status, code):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith(JSON)
    body = json.loads(response.content)
    assert set(body) == {"code", "message", "errors"}
    assert body["code"] == code
    assert body["message"]
    return body


def test_malformed_json_is_refused_naming_the_body(client):
    response = client.post(
        QUALIFICATION, '{"requirement": ', content_type=JSON, headers={"Accept-Language": "en"}
    )
    body = assert_contract_error(response, 400, "malformed_json")
    assert body["errors"] == [{"loc": ["body"], "msg": "The request body is not valid JSON."}]


def test_the_malformed_json_message_follows_accept_language(client):
    messages = {
        language: client.post(
            QUALIFICATION, "{", content_type=JSON, headers={"Accept-Language": language}
        ).json()["message"]
        for language in ("kk", "ru", "en")
    }
    assert messages["ru"] == "Тело запроса не является корректным JSON."
    assert len(set(messages.values())) == 3


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_a_body_that_is_not_json_gets_415(client, content_type):
    response = client.post(QUALIFICATION, "requirement=x", content_type=content_type)
    body = assert_contract_error(response, 415, "unsupported_media_type")
    assert body["errors"][0]["loc"] == ["header", "Content-Type"]


def test_json_with_a_charset_or_a_json_suffix_is_accepted(client):
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        response = client.post(QUALIFICATION, "{}", content_type=content_type)
        assert response.status_code == 422, content_type


def test_a_3_mb_body_gets_413_with_the_limit_in_the_message(client):
    body = '{"requirement": "' + "x" * 3_000_000 + '"}'
    response = client.post(QUALIFICATION, body, content_type=JSON, headers={"Accept-Language": "en"})
    answer = assert_contract_error(response, 413, "payload_too_large")
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert answer["message"] == f"The request body is larger than the limit of {limit} bytes."


def test_a_body_too_large_for_a_registry_write_gets_413_not_html(client):
    response = client.post("/api/v1/employees", "[" + "1," * 1_500_000 + "1]", content_type=JSON)
    assert_contract_error(response, 413, "payload_too_large")


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read(client):
    response = client.post(
        QUALIFICATION, "{}", content_type=JSON, CONTENT_LENGTH=str(settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    )
    assert_contract_error(response, 413, "payload_too_large")


def test_a_body_just_under_the_limit_reaches_the_endpoint(client):
    padding = " " * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE - 10)
    response = client.post(QUALIFICATION, "{}" + padding, content_type=JSON)
    assert_contract_error(response, 422, "validation_error")


def test_a_method_an_address_does_not_answer_gets_405_with_allow(client):
    response = client.delete("/api/v1/acts", headers={"Accept-Language": "en"})
    body = assert_contract_error(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET"
    assert body["message"] == "This address does not answer DELETE; it answers: GET."


def test_405_is_translated(client):
    kk = client.get(QUALIFICATION).json()["message"]
    ru = client.get(QUALIFICATION, headers={"Accept-Language": "ru"}).json()["message"]
    assert kk != ru
    assert "GET" in ru and "POST" in ru


@pytest.mark.parametrize("path", ["/api/anything", "/api/", "/api/v2/acts", "/api/v1/no/such/endpoint"])
def test_an_unknown_address_under_api_gets_404_json(client, path):
    assert_contract_error(client.get(path), 404, "not_found")


def test_our_own_failure_is_answered_without_internals():
    request = RequestFactory().get("/api/v1/acts")
    with translation.override("en"):
        response = on_server_error(request, RuntimeError("secret detail in /srv/app/settings.py"))
    assert response.status_code == 500
    assert b"secret" not in response.content and b"Traceback" not in response.content
    assert_contract_error(response, 500, "server_error")


def test_a_request_refused_before_the_api_answers_is_json_too(client):
    response = client.get("/api/v1/acts", headers={"Host": "evil.example", "Accept-Language": "en"})
    body = assert_contract_error(response, 400, "bad_request")
    assert body["message"] == "The request could not be read."


def test_the_api_root_answers_json(client):
    assert_contract_error(client.get("/api/v1/"), 404, "not_found")
