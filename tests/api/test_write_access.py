"""Who may write to the registry is settled before the body is read: anonymous → 401, a signed-in
session without its CSRF token → 403 ``csrf_failed``, a role that never writes → 403
``permission_denied`` even for a body that would not validate."""

import datetime as dt
import re

import pytest

from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee
from tests.openapi_contract import ContractClient

JSON = "application/json"
CSRF_TOKEN = "a" * 32  # a CSRF secret as Django keeps it in the cookie


def writes(world):
    """(method, path, a valid body) for the registry's writes."""
    emp, org = world.emp_a.pk, world.org_a.pk
    return [
        (
            "post",
            "/api/v1/organizations",
            {"parent": org, "name_kk": "Бөлім", "name_ru": "Отдел", "kind": "department"},
        ),
        ("patch", f"/api/v1/organizations/{org}", {"region": "Алматы"}),
        ("delete", f"/api/v1/organizations/{world.org_a_sub.pk}", None),
        (
            "post",
            "/api/v1/employees",
            {
                "organization": org,
                "iin": make_iin(dt.date(1991, 3, 8), "female", 555),
                "last_name_kk": "Омарова",
                "first_name_kk": "Гүлназ",
            },
        ),
        ("patch", f"/api/v1/employees/{emp}", {"phone": "+7 701 111 22 33"}),
        ("delete", f"/api/v1/employees/{emp}", None),
        ("post", f"/api/v1/employees/{emp}/work", {"start": "2020-01-01", "sector": "employment"}),
        ("post", f"/api/v1/employees/{emp}/education", {"level": "higher", "field": "social"}),
        ("post", f"/api/v1/employees/{emp}/positions", {"title": "Маман", "start": "2021-01-01"}),
        (
            "post",
            f"/api/v1/employees/{emp}/categories",
            {"category": "mentor", "assigned_on": "2025-11-14", "decision": "№3"},
        ),
        (
            "post",
            f"/api/v1/employees/{emp}/training",
            {"course": "Курс", "hours": 8, "completed_on": "2024-01-10"},
        ),
    ]


def send(client, method, path, body, **headers):
    kwargs = {"content_type": JSON} if body is not None else {}
    return (
        getattr(client, method)(path, body, headers=headers, **kwargs)
        if body is not None
        else getattr(client, method)(path, headers=headers)
    )


def test_anonymous_writes_get_401_in_the_callers_language(client, world):
    for method, path, body in writes(world):
        response = send(client, method, path, body, **{"Accept-Language": "en"})
        assert response.status_code == 401, (method, path, response.content)
        assert response.json()["code"] == "not_authenticated"
        assert response.json()["message"] == "Sign in or send a valid API token to use this endpoint."
    assert Employee.objects.count() == 3


def test_the_401_message_is_kazakh_by_default(client, world):
    kk = client.post("/api/v1/employees", {}, content_type=JSON).json()["message"]
    ru = client.post("/api/v1/employees", {}, content_type=JSON, headers={"Accept-Language": "ru"}).json()
    assert kk != ru["message"] and ru["code"] == "not_authenticated"


def test_a_signed_in_session_without_the_csrf_token_may_not_write(world):
    client = ContractClient(enforce_csrf_checks=True)
    client.force_login(world.users["administrator"])
    for method, path, body in writes(world):
        response = send(client, method, path, body, **{"Accept-Language": "en"})
        assert response.status_code == 403, (method, path, response.content)
        answer = response.json()
        assert answer["code"] == "csrf_failed"
        assert (
            answer["message"] == "A change made while signed in needs the page's CSRF token; reload the page."
        )
    assert Employee.objects.count() == 3


def test_the_csrf_message_is_translated(world):
    client = ContractClient(enforce_csrf_checks=True)
    client.force_login(world.users["hr_a"])
    messages = {
        language: client.patch(
            f"/api/v1/employees/{world.emp_a.pk}",
            {},
            content_type=JSON,
            headers={"Accept-Language": language},
        ).json()["message"]
        for language in ("kk", "ru", "en")
    }
    assert len(set(messages.values())) == 3


def test_a_signed_in_session_with_the_csrf_token_writes_and_reads_need_none(world):
    client = ContractClient(enforce_csrf_checks=True)
    client.force_login(world.users["hr_a"])
    assert client.get("/api/v1/employees").status_code == 200
    client.cookies["csrftoken"] = CSRF_TOKEN
    response = client.patch(
        f"/api/v1/employees/{world.emp_a.pk}",
        {"phone": "+7 701 000 00 01"},
        content_type=JSON,
        headers={"X-CSRFToken": CSRF_TOKEN},
    )
    assert response.status_code == 200, response.content
    assert response.json()["phone"] == "+7 701 000 00 01"


READ_ONLY = ["methodologist", "auditor", "commission_a", "employee"]


@pytest.mark.parametrize("role", READ_ONLY)
def test_a_read_only_role_is_refused_before_its_body_is_validated(client, world, bearer, role):
    bad = {"category": "emperor", "assigned_on": "yesterday", "unexpected": True}
    url = f"/api/v1/employees/{world.emp_a.pk}/categories"
    response = client.post(
        url, bad, content_type=JSON, headers=bearer(world.users[role], **{"Accept-Language": "en"})
    )
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "permission_denied"
    assert response.json()["message"] == "Your role may read the registry but not change it."


@pytest.mark.parametrize("role", READ_ONLY)
def test_a_read_only_role_is_refused_every_registry_write(client, world, bearer, role):
    headers = bearer(world.users[role])
    for method, path, body in writes(world):
        response = send(client, method, path, body, **headers)
        assert response.status_code == 403, (role, method, path, response.content)
        assert response.json()["code"] == "permission_denied"


def test_a_read_only_role_signed_in_is_refused_before_validation_too(world):
    client = ContractClient(enforce_csrf_checks=True)
    client.force_login(world.users["auditor"])
    client.cookies["csrftoken"] = CSRF_TOKEN
    response = client.post(
        "/api/v1/organizations", "{}", content_type=JSON, headers={"X-CSRFToken": CSRF_TOKEN}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_a_writer_with_the_same_bad_body_gets_422_naming_the_fields(client, world, bearer):
    bad = {"category": "emperor", "assigned_on": "yesterday", "decision": "№1"}
    url = f"/api/v1/employees/{world.emp_a.pk}/categories"
    response = client.post(url, bad, content_type=JSON, headers=bearer(world.users["hr_a"]))
    assert response.status_code == 422
    locs = {tuple(e["loc"]) for e in response.json()["errors"]}
    assert {("body", "category"), ("body", "assigned_on")} <= locs


def test_the_api_docs_page_gives_a_signed_in_reader_the_token_its_writes_need(world):
    client = ContractClient(enforce_csrf_checks=True)
    client.force_login(world.users["administrator"])
    docs = client.get("/api/v1/docs").content.decode()
    token = re.search(r'data-csrf-token="([^"]+)"', docs).group(1)
    assert 'data-api-csrf="true"' in docs
    card = f"/api/v1/employees/{world.emp_a.pk}"
    response = client.patch(
        card, {"phone": "+7 701 222 33 44"}, content_type=JSON, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 200
    world.emp_a.refresh_from_db()
    assert world.emp_a.phone == "+7 701 222 33 44"
