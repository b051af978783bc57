"""NUL and the other control characters are refused with 422 naming the field, in query
parameters and in every text of every body (nested lists too); PostgreSQL never sees them."""

import datetime as dt

import pytest

from biliktilik.rules.inputs import CleanText
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee

from .schemas import operation_schemas

JSON = "application/json"
CONTROL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f"]
SPACE = ["\t", "\n", "\r"]


def assert_refused(response, loc):
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error"
    assert [e["loc"] for e in body["errors"]] == [loc]
    return body


@pytest.mark.parametrize("char", CONTROL, ids=[f"U+{ord(c):04X}" for c in CONTROL])
def test_a_control_character_in_a_register_search_is_refused(client, char):
    response = client.get(
        "/api/v1/register/positions", {"q": f"дир{char}ектор"}, headers={"Accept-Language": "en"}
    )
    body = assert_refused(response, ["query", "q"])
    assert (
        body["errors"][0]["msg"]
        == "The text contains a control character (such as NUL), which is not allowed."
    )


def test_a_nul_in_the_raw_query_string_is_refused(client):
    assert_refused(client.get("/api/v1/register/positions?q=%00"), ["query", "q"])


@pytest.mark.django_db
def test_a_nul_in_an_employee_search_is_refused(client, world, bearer):
    response = client.get("/api/v1/employees?q=%00", headers=bearer(world.users["administrator"]))
    assert_refused(response, ["query", "q"])
    response = client.get("/api/v1/organizations?q=a%00b", headers=bearer(world.users["administrator"]))
    assert_refused(response, ["query", "q"])


@pytest.mark.parametrize("char", SPACE, ids=["tab", "line feed", "carriage return"])
def test_white_space_is_not_a_control_character_here(client, char):
    assert client.get("/api/v1/register/positions", {"q": f"директор{char}"}).status_code == 200


def test_the_refusal_is_translated(client):
    messages = {
        language: client.get(
            "/api/v1/register/positions?q=%01", headers={"Accept-Language": language}
        ).json()["errors"][0]["msg"]
        for language in ("kk", "ru", "en")
    }
    assert len(set(messages.values())) == 3


def new_employee(world, **changes):
    return {
        "organization": world.org_a.pk,
        "iin": make_iin(dt.date(1987, 7, 1), "female", 901),
        "last_name_kk": "Бекова",
        "first_name_kk": "Дана",
        **changes,
    }


TEXT_FIELDS = [
    "last_name_kk",
    "first_name_kk",
    "patronymic_kk",
    "last_name_ru",
    "patronymic_ru",
    "phone",
    "iin",
]


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_nul_in_any_text_of_a_new_employee_is_refused_and_nothing_is_stored(client, world, bearer, field):
    body = new_employee(world, **{field: "Ай\x00гүл"})
    response = client.post("/api/v1/employees", body, content_type=JSON, headers=bearer(world.users["hr_a"]))
    assert_refused(response, ["body", field])
    assert Employee.objects.count() == 3


def test_a_nul_in_a_change_is_refused(client, world, bearer):
    response = client.patch(
        f"/api/v1/employees/{world.emp_a.pk}",
        {"first_name_ru": "\x00"},
        content_type=JSON,
        headers=bearer(world.users["hr_a"]),
    )
    assert_refused(response, ["body", "first_name_ru"])
    world.emp_a.refresh_from_db()
    assert world.emp_a.first_name_ru != "\x00"


@pytest.mark.parametrize(
    ("record", "body", "field"),
    [
        ("work", {"start": "2020-01-01", "sector": "employment", "employer": "ЖШС\x00"}, "employer"),
        ("education", {"level": "higher", "field": "social", "institution": "\x7fҚазҰУ"}, "institution"),
        ("positions", {"title": "Маман\x1b", "start": "2021-01-01"}, "title"),
        ("training", {"course": "Курс\x00", "hours": 8, "completed_on": "2024-01-10"}, "course"),
        ("categories", {"category": "mentor", "assigned_on": "2025-11-14", "decision": "№\x003"}, "decision"),
    ],
)
def test_a_nul_in_a_record_of_an_employee_is_refused(client, world, bearer, record, body, field):
    url = f"/api/v1/employees/{world.emp_a.pk}/{record}"
    response = client.post(url, body, content_type=JSON, headers=bearer(world.users["hr_a"]))
    assert_refused(response, ["body", field])


def test_a_control_character_inside_a_list_of_a_rules_body_names_the_item_and_field(client):
    body = {
        "requirement": "order-2017-360/54",
        "as_of": "2025-01-01",
        "work": [
            {"from": "2015-01-01", "sector": "employment"},
            {"from": "2018-01-01", "sector": "employ\x00ment"},
        ],
    }
    response = client.post("/api/v1/rules/qualification", body, content_type=JSON)
    assert_refused(response, ["body", "work", 1, "sector"])


def input_schemas():
    return operation_schemas(responses=False)


def test_every_input_schema_of_the_api_refuses_control_characters():
    schemas = input_schemas()
    assert len(schemas) > 15
    assert sorted(s.__qualname__ for s in schemas if not issubclass(s, CleanText)) == []
