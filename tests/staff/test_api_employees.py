"""/api/v1/employees and its sub-resources: sign-in, CRUD, records, what the law says."""

import datetime as dt

import pytest

from biliktilik.accounts.models import ApiToken
from biliktilik.accounts.services import token_digest
from biliktilik.audit.models import AuditEntry
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee

JSON = "application/json"


@pytest.fixture
def hr(world, bearer):
    return bearer(world.users["hr_a"], **{"Accept-Language": "en"})


def new_employee(world, **extra):
    return {
        "organization": world.org_a.pk,
        "iin": make_iin(dt.date(1988, 2, 29), "male", 77),
        "last_name_kk": "Серікбаев",
        "first_name_kk": "Ерлан",
        **extra,
    }


# Signing in


def test_an_anonymous_request_gets_401_in_the_contract_shape(client, world):
    response = client.get("/api/v1/employees", headers={"Accept-Language": "ru"})
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "not_authenticated"
    assert body["message"]
    assert body["errors"] == []


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer ", "Bearer  ", "Token abc"])
def test_a_bad_or_unknown_token_gets_401(client, world, header):
    response = client.get("/api/v1/employees", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_a_bad_token_is_refused_even_with_a_session(client, world):
    client.force_login(world.users["hr_a"])
    response = client.get("/api/v1/employees", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_a_token_of_a_deactivated_user_gets_401(client, world, bearer):
    headers = bearer(world.users["hr_a"])
    world.users["hr_a"].is_active = False
    world.users["hr_a"].save()
    assert client.get("/api/v1/employees", headers=headers).status_code == 401


def test_a_valid_token_signs_in_and_is_noted_as_used(client, world, bearer):
    headers = bearer(world.users["hr_a"])
    raw = headers["Authorization"].split()[1]
    token = ApiToken.objects.get(user=world.users["hr_a"])
    assert token.digest == token_digest(raw) and raw not in (token.digest, token.prefix)
    assert token.prefix == raw[:8] and token.last_used_at is None
    assert client.get("/api/v1/employees", headers=headers).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_the_session_of_the_pages_signs_in_too(client, world):
    client.force_login(world.users["hr_a"])
    body = client.get("/api/v1/employees").json()
    assert body["count"] == 2


def test_the_public_law_endpoints_stay_open(client, world):
    assert client.get("/api/v1/calendar/2025-01-01").status_code == 200
    assert client.get("/api/v1/acts").status_code == 200


# The list


def test_the_list_is_paginated(client, world, hr):
    first = client.get("/api/v1/employees?page_size=1", headers=hr).json()
    second = client.get("/api/v1/employees?page_size=1&page=2", headers=hr).json()
    beyond = client.get("/api/v1/employees?page_size=1&page=3", headers=hr).json()
    assert (first["count"], first["page"], len(first["results"])) == (2, 1, 1)
    assert second["page"] == 2 and second["results"][0]["id"] != first["results"][0]["id"]
    assert beyond["results"] == [] and beyond["count"] == 2


@pytest.mark.parametrize(
    ("query", "loc"),
    [
        ("page_size=201", ["query", "page_size"]),
        ("page_size=0", ["query", "page_size"]),
        ("page=0", ["query", "page"]),
        ("page=abc", ["query", "page"]),
        ("organization=abc", ["query", "organization"]),
        ("organization=999999", ["query", "organization"]),
        ("organization=99999999999999999999999", ["query", "organization"]),
    ],
)
def test_bad_list_parameters_get_422_naming_the_parameter(client, world, hr, query, loc):
    response = client.get(f"/api/v1/employees?{query}", headers=hr)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][:2] == loc


def test_the_list_filters_by_name_and_organization(client, world, hr):
    body = client.get(f"/api/v1/employees?organization={world.org_a_sub.pk}", headers=hr).json()
    assert [e["id"] for e in body["results"]] == [world.emp_a_sub.pk]
    name = world.emp_a.last_name_kk
    found = client.get(f"/api/v1/employees?q={name}", headers=hr).json()
    assert world.emp_a.pk in {e["id"] for e in found["results"]}
    iin = client.get(f"/api/v1/employees?q={world.emp_a_sub.iin[:12]}", headers=hr).json()
    assert [e["id"] for e in iin["results"]] == [world.emp_a_sub.pk]


# One employee


def test_opening_an_employee_is_recorded_in_the_audit_trail(client, world, hr):
    response = client.get(f"/api/v1/employees/{world.emp_a.pk}", headers=hr)
    assert response.status_code == 200
    assert response.json()["iin"] == world.emp_a.iin
    entry = AuditEntry.objects.get(action="employee.view")
    assert (entry.actor, entry.object_id) == (world.users["hr_a"], str(world.emp_a.pk))


def test_an_unknown_or_absurd_id_is_a_clear_4xx(client, world, hr):
    assert client.get("/api/v1/employees/999999", headers=hr).status_code == 404
    assert client.get("/api/v1/employees/99999999999999999999999", headers=hr).status_code == 422
    not_a_number = client.get("/api/v1/employees/abc", headers=hr)
    assert not_a_number.status_code == 422
    assert not_a_number.json()["errors"][0]["loc"] == ["path", "employee_id"]
    assert not AuditEntry.objects.filter(action="employee.view").exists()


def test_it_creates_an_employee_reading_birth_date_and_sex_from_the_iin(client, world, hr):
    response = client.post("/api/v1/employees", new_employee(world), content_type=JSON, headers=hr)
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["birth_date"], body["sex"], body["organization"]) == ("1988-02-29", "male", world.org_a.pk)
    assert AuditEntry.objects.filter(action="employee.create", object_id=str(body["id"])).exists()


@pytest.mark.parametrize(
    ("extra", "loc", "code"),
    [
        ({"iin": "12345678901"}, ["body", "iin"], "invalid_iin"),
        ({"iin": "880229300774"}, ["body", "iin"], "invalid_iin"),
        ({"iin": "883029300772"}, ["body", "iin"], "invalid_iin"),
        ({"birth_date": "1988-03-01"}, ["body", "birth_date"], "birth_date_mismatch"),
        ({"birth_date": "1988-02-30"}, ["body", "birth_date"], "validation_error"),
        ({"sex": "unknown"}, ["body", "sex"], "validation_error"),
        ({"organization": 999999}, ["body", "organization"], "unknown_organization"),
        ({"organization": "A"}, ["body", "organization"], "validation_error"),
        ({"last_name_kk": ""}, ["body", "last_name_kk"], "validation_error"),
        ({"email": "not an address"}, ["body", "email"], "validation_error"),
        ({"nickname": "Ерке"}, ["body", "nickname"], "validation_error"),
    ],
)
def test_bad_employee_input_gets_422_naming_the_field(client, world, hr, extra, loc, code):
    response = client.post("/api/v1/employees", new_employee(world, **extra), content_type=JSON, headers=hr)
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == code
    assert body["errors"][0]["loc"] == loc and body["errors"][0]["msg"]
    assert not Employee.objects.filter(last_name_kk="Серікбаев").exists()


def test_an_invalid_iin_is_refused_with_its_reason_in_the_language_asked(client, world, bearer):
    iin = make_iin(dt.date(1988, 2, 29), "male", 77)
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)
    messages = {}
    for language in ("en", "ru"):
        headers = bearer(world.users["hr_a"], **{"Accept-Language": language})
        body = client.post(
            "/api/v1/employees", new_employee(world, iin=wrong), content_type=JSON, headers=headers
        ).json()
        messages[language] = body["errors"][0]["msg"]
    assert "check digit" in messages["en"]
    assert "контрольная цифра" in messages["ru"]


def test_an_iin_already_registered_is_refused(client, world, hr):
    response = client.post(
        "/api/v1/employees", new_employee(world, iin=world.emp_b.iin), content_type=JSON, headers=hr
    )
    assert response.status_code == 422
    assert response.json()["code"] == "iin_taken"


def test_it_updates_an_employee_and_records_before_and_after(client, world, hr):
    new_iin = make_iin(dt.date(1979, 12, 31), "female", 5)
    response = client.patch(
        f"/api/v1/employees/{world.emp_a.pk}",
        {"phone": "+7 701 555 44 33", "iin": new_iin},
        content_type=JSON,
        headers=hr,
    )
    assert response.status_code == 200, response.content
    assert response.json()["birth_date"] == "1979-12-31"
    entry = AuditEntry.objects.get(action="employee.update")
    assert entry.before["phone"] == "" and entry.after["phone"] == "+7 701 555 44 33"


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"iin": "000000000000"}, ["body", "iin"]),
        ({"last_name_kk": None}, ["body", "last_name_kk"]),
        ({"sex": "x"}, ["body", "sex"]),
        ({"email": "nope"}, ["body", "email"]),
        ({"organization": 999999}, ["body", "organization"]),
        ({"birth_date": "1990-01-01"}, ["body", "birth_date"]),
    ],
)
def test_a_bad_update_gets_422_and_changes_nothing(client, world, hr, body, loc):
    response = client.patch(f"/api/v1/employees/{world.emp_a.pk}", body, content_type=JSON, headers=hr)
    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"] == loc
    assert not AuditEntry.objects.filter(action="employee.update").exists()


def test_it_deletes_an_employee(client, world, hr):
    assert client.delete(f"/api/v1/employees/{world.emp_a.pk}", headers=hr).status_code == 204
    assert client.get(f"/api/v1/employees/{world.emp_a.pk}", headers=hr).status_code == 404
    assert AuditEntry.objects.filter(action="employee.delete").count() == 1


# Records


def post(client, world, hr, kind, body, employee=None):
    employee = employee or world.emp_a
    return client.post(f"/api/v1/employees/{employee.pk}/{kind}", body, content_type=JSON, headers=hr)


RECORDS = [
    (
        "work",
        {"start": "2015-03-01", "end": "2019-12-31", "sector": "employment", "qualification_level": "high"},
    ),
    (
        "education",
        {"level": "higher", "field": "social", "institution": "ҚазҰУ", "graduated_on": "2014-06-30"},
    ),
    ("positions", {"title": "Бас маман", "start": "2020-01-10", "requirement": "order-2017-360/54"}),
    ("categories", {"category": "case_manager", "assigned_on": "2025-11-14", "decision": "Аттестация №5"}),
    ("training", {"course": "Кәсіби бағдар", "hours": 72, "profile": "career", "completed_on": "2023-05-05"}),
]


@pytest.mark.parametrize(("kind", "body"), RECORDS, ids=[r[0] for r in RECORDS])
def test_it_adds_and_lists_each_kind_of_record(client, world, hr, kind, body):
    response = post(client, world, hr, kind, body)
    assert response.status_code == 201, response.content
    listed = client.get(f"/api/v1/employees/{world.emp_a.pk}/{kind}", headers=hr).json()
    assert [r["id"] for r in listed] == [response.json()["id"]]
    assert (
        AuditEntry.objects.filter(object_id=str(response.json()["id"]))
        .exclude(object_type="employee")
        .exists()
    )


def test_a_category_is_valid_for_three_years_from_its_assignment(client, world, hr):
    body = post(client, world, hr, "categories", RECORDS[3][1]).json()
    assert body["valid_until"] == "2028-11-14"


def test_a_category_on_a_date_our_sources_do_not_cover_needs_the_term_from_the_decision(client, world, hr):
    body = {"category": "mentor", "assigned_on": "2024-06-01", "decision": "№1"}
    response = post(client, world, hr, "categories", body)
    assert response.status_code == 422
    assert response.json()["code"] == "point_not_in_force"
    assert response.json()["errors"][0]["loc"] == ["body", "valid_until"]
    response = post(client, world, hr, "categories", {**body, "valid_until": "2027-06-01"})
    assert response.status_code == 201
    assert response.json()["valid_until"] == "2027-06-01"


def test_where_the_law_sets_the_term_a_different_one_is_refused(client, world, hr):
    body = {"category": "mentor", "assigned_on": "2025-11-03", "decision": "№2", "valid_until": "2030-01-01"}
    response = post(client, world, hr, "categories", body)
    assert response.status_code == 422
    assert response.json()["code"] == "valid_until_contradicts_law"
    body.pop("valid_until")
    assert post(client, world, hr, "categories", body).json()["valid_until"] == "2028-11-03"


def test_a_position_gets_a_suggested_register_entry_until_an_officer_confirms_it(client, world, hr):
    body = {"title": "Мансап орталығының ассистенті", "start": "2024-01-10"}
    created = post(client, world, hr, "positions", body).json()
    assert (created["register_position"], created["register_confirmed"]) == ("D1.0.38", False)
    response = client.post(
        f"/api/v1/employees/{world.emp_a.pk}/positions/{created['id']}/register",
        {"register_position": "D1.0.38"},
        content_type=JSON,
        headers=hr,
    )
    assert response.status_code == 200
    assert response.json()["register_confirmed"] is True


@pytest.mark.parametrize(
    ("kind", "body", "loc"),
    [
        ("work", {"start": "2020-01-01", "end": "2019-01-01", "sector": "employment"}, ["body", "end"]),
        ("work", {"start": "2020-01-01", "sector": "mining"}, ["body", "sector"]),
        ("work", {"start": "2020-01-01", "sector": "other", "category": "top"}, ["body", "category"]),
        ("work", {"start": "1900-01-01", "sector": "other"}, ["body", "start"]),
        ("education", {"level": "phd", "field": "social"}, ["body", "level"]),
        ("positions", {"title": "x", "start": "2020-01-01", "end": "2019-12-31"}, ["body", "end"]),
        (
            "positions",
            {"title": "x", "start": "2020-01-01", "register_position": "Z9.9"},
            ["body", "register_position"],
        ),
        (
            "positions",
            {"title": "x", "start": "2020-01-01", "requirement": "order-2017-360/1"},
            ["body", "requirement"],
        ),
        (
            "positions",
            {"title": "x", "start": "2020-01-01", "organization": 999999},
            ["body", "organization"],
        ),
        (
            "categories",
            {"category": "guru", "assigned_on": "2024-01-01", "decision": "x"},
            ["body", "category"],
        ),
        ("training", {"course": "x", "hours": 0, "completed_on": "2024-01-01"}, ["body", "hours"]),
        ("training", {"course": "x", "hours": 1}, ["body", "completed_on"]),
    ],
)
def test_a_bad_record_gets_422_naming_the_field(client, world, hr, kind, body, loc):
    response = post(client, world, hr, kind, body)
    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"] == loc


# What the law says


def test_it_says_what_the_law_says_about_an_employee_on_a_date(client, world, hr):
    post(client, world, hr, "education", {"level": "higher", "field": "social"})
    post(client, world, hr, "work", {"start": "2012-01-01", "end": "2019-12-31", "sector": "employment"})
    position = {
        "title": "Бас маман",
        "start": "2020-01-10",
        "requirement": "order-2017-360/54",
        "register_position": "B2.other.1.01",
        "register_confirmed": True,
    }
    post(client, world, hr, "positions", position)
    post(
        client, world, hr, "categories", {"category": "mentor", "assigned_on": "2025-11-03", "decision": "№1"}
    )
    response = client.get(f"/api/v1/employees/{world.emp_a.pk}/law?as_of=2028-09-01", headers=hr)
    assert response.status_code == 200, response.content
    law = response.json()
    assert law["on"] == "2028-09-01" and law["employee"] == world.emp_a.pk
    assert law["position"]["title"] == "Бас маман"
    assert law["pay_grade"] == {
        "id": "B2.other.1.01",
        "block": "B",
        "link": "B2",
        "level": "1",
        "sector": "other",
        "confirmed": True,
    }
    assert law["qualification"]["requirement"] == "order-2017-360/54"
    assert law["qualification"]["explanation"] and law["qualification"]["citations"]
    assert all(step["text"] for step in law["qualification"]["explanation"])
    assert [c["category"] for c in law["categories"]] == ["mentor"]
    assert [c["valid_until"] for c in law["expiring"]] == ["2028-11-03"]
    earlier = client.get(f"/api/v1/employees/{world.emp_a.pk}/law?as_of=2026-01-01", headers=hr).json()
    assert [c["category"] for c in earlier["categories"]] == ["mentor"] and earlier["expiring"] == []


def test_before_the_position_began_the_law_has_nothing_to_say(client, world, hr):
    post(
        client,
        world,
        hr,
        "positions",
        {"title": "Маман", "start": "2020-01-10", "requirement": "order-2017-360/54"},
    )
    law = client.get(f"/api/v1/employees/{world.emp_a.pk}/law?as_of=2019-01-01", headers=hr).json()
    assert law["position"] is None and law["qualification"] is None and law["pay_grade"] is None


@pytest.mark.parametrize("as_of", ["2025-02-30", "yesterday", "1800-01-01", "9999-12-31"])
def test_a_bad_date_for_the_law_gets_422(client, world, hr, as_of):
    response = client.get(f"/api/v1/employees/{world.emp_a.pk}/law?as_of={as_of}", headers=hr)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "as_of"]


# The OpenAPI document


def test_the_staff_endpoints_are_in_the_openapi_document_with_their_errors(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/employees",
        "/api/v1/employees/{employee_id}",
        "/api/v1/employees/{employee_id}/law",
        "/api/v1/employees/{employee_id}/work",
        "/api/v1/employees/{employee_id}/education",
        "/api/v1/employees/{employee_id}/positions",
        "/api/v1/employees/{employee_id}/categories",
        "/api/v1/employees/{employee_id}/training",
        "/api/v1/organizations",
        "/api/v1/organizations/{organization_id}",
    ):
        assert path in spec["paths"], path
    patch = spec["paths"]["/api/v1/employees/{employee_id}"]["patch"]
    assert {"401", "403", "404", "422"} <= set(patch["responses"])
    assert patch["security"]
    assert "security" not in spec["paths"]["/api/v1/acts"]["get"]
