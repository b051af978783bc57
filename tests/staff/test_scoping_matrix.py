"""Who may do what: every role against every staff endpoint, with the exact status.

Choices documented here (and in staff/api.py):
- an object the viewer may not see answers 404 to reads *and* writes by id, so an officer of
  organization B cannot even learn that A's employee exists;
- an object the viewer may see but not change answers 403 to a write;
- an organization named in a body that the viewer may not see is refused like an unknown one:
  422 naming the field (B's officer creating an employee in A);
- anonymous requests get 401 everywhere.
"""

import pytest

from biliktilik.staff.iin import make_iin

ROLES = ["administrator", "methodologist", "hr_a", "hr_b", "commission_a", "employee", "auditor", "anonymous"]
ENDPOINTS = [
    "list_employees",
    "get_employee_a",
    "update_employee_a",
    "create_employee_in_a",
    "delete_employee_a",
    "list_organizations",
    "law_of_employee_a",
    "add_training_to_employee_a",
]

# One row per role, one column per endpoint, in the order above.
MATRIX = {
    "administrator": [200, 200, 200, 201, 204, 200, 200, 201],
    "methodologist": [200, 200, 403, 403, 403, 200, 200, 403],
    "hr_a": [200, 200, 200, 201, 204, 200, 200, 201],
    "hr_b": [200, 404, 404, 422, 404, 200, 404, 404],
    "commission_a": [200, 200, 403, 403, 403, 200, 200, 403],
    "employee": [200, 200, 403, 403, 403, 200, 200, 403],
    "auditor": [200, 200, 403, 403, 403, 200, 200, 403],
    "anonymous": [401] * 8,
}

# What the lists show each role (names of the fixture's objects).
VISIBLE_EMPLOYEES = {
    "administrator": {"emp_a", "emp_a_sub", "emp_b"},
    "methodologist": {"emp_a", "emp_a_sub", "emp_b"},
    "hr_a": {"emp_a", "emp_a_sub"},
    "hr_b": {"emp_b"},
    "commission_a": {"emp_a", "emp_a_sub"},
    "employee": {"emp_a"},
    "auditor": {"emp_a", "emp_a_sub", "emp_b"},
}
VISIBLE_ORGANIZATIONS = {
    "administrator": {"ministry", "org_a", "org_a_sub", "org_b"},
    "methodologist": {"ministry", "org_a", "org_a_sub", "org_b"},
    "hr_a": {"org_a", "org_a_sub"},
    "hr_b": {"org_b"},
    "commission_a": {"org_a", "org_a_sub"},
    "employee": {"org_a"},
    "auditor": {"ministry", "org_a", "org_a_sub", "org_b"},
}


def call(client, endpoint, world, headers):
    emp = world.emp_a.pk
    if endpoint == "list_employees":
        return client.get("/api/v1/employees?page_size=200", headers=headers)
    if endpoint == "get_employee_a":
        return client.get(f"/api/v1/employees/{emp}", headers=headers)
    if endpoint == "update_employee_a":
        body = {"phone": "+7 701 000 00 00"}
        return client.patch(
            f"/api/v1/employees/{emp}", body, content_type="application/json", headers=headers
        )
    if endpoint == "create_employee_in_a":
        import datetime as dt

        body = {
            "organization": world.org_a.pk,
            "iin": make_iin(dt.date(1990, 5, 17), "female", 4321),
            "last_name_kk": "Нұрбекова",
            "first_name_kk": "Әлия",
        }
        return client.post("/api/v1/employees", body, content_type="application/json", headers=headers)
    if endpoint == "delete_employee_a":
        return client.delete(f"/api/v1/employees/{emp}", headers=headers)
    if endpoint == "list_organizations":
        return client.get("/api/v1/organizations?page_size=200", headers=headers)
    if endpoint == "law_of_employee_a":
        return client.get(f"/api/v1/employees/{emp}/law?as_of=2025-06-01", headers=headers)
    if endpoint == "add_training_to_employee_a":
        body = {"course": "Кәсіби бағдар беру", "hours": 72, "completed_on": "2024-03-15"}
        return client.post(
            f"/api/v1/employees/{emp}/training", body, content_type="application/json", headers=headers
        )
    raise AssertionError(endpoint)


CELLS = [(role, endpoint) for role in ROLES for endpoint in ENDPOINTS]


@pytest.mark.parametrize(("role", "endpoint"), CELLS, ids=[f"{r}-{e}" for r, e in CELLS])
def test_each_role_gets_exactly_its_status(client, world, bearer, role, endpoint):
    user = world.users.get(role)
    response = call(client, endpoint, world, bearer(user))
    expected = MATRIX[role][ENDPOINTS.index(endpoint)]
    assert response.status_code == expected, response.content
    if expected >= 400:
        body = response.json()
        assert set(body) == {"code", "message", "errors"}
        assert body["message"]
        code = {401: "not_authenticated", 403: "permission_denied", 404: "not_found"}.get(expected)
        if code:
            assert body["code"] == code


def _ids(world, names):
    return {getattr(world, name).pk for name in names}


@pytest.mark.parametrize("role", list(VISIBLE_EMPLOYEES))
def test_the_employee_list_holds_only_what_the_role_may_see(client, world, bearer, role):
    body = client.get("/api/v1/employees?page_size=200", headers=bearer(world.users[role])).json()
    assert {e["id"] for e in body["results"]} == _ids(world, VISIBLE_EMPLOYEES[role])
    assert body["count"] == len(VISIBLE_EMPLOYEES[role])


@pytest.mark.parametrize("role", list(VISIBLE_ORGANIZATIONS))
def test_the_organization_list_holds_only_what_the_role_may_see(client, world, bearer, role):
    body = client.get("/api/v1/organizations?page_size=200", headers=bearer(world.users[role])).json()
    assert {o["id"] for o in body["results"]} == _ids(world, VISIBLE_ORGANIZATIONS[role])


def test_an_officer_of_b_cannot_read_or_write_an_employee_of_a_by_id(client, world, bearer):
    headers = bearer(world.users["hr_b"])
    emp = world.emp_a.pk
    body = {"course": "x", "hours": 1, "completed_on": "2024-01-01"}
    responses = [
        client.get(f"/api/v1/employees/{emp}", headers=headers),
        client.get(f"/api/v1/employees/{emp}/work", headers=headers),
        client.get(f"/api/v1/employees/{emp}/law", headers=headers),
        client.patch(
            f"/api/v1/employees/{emp}", {"phone": "1"}, content_type="application/json", headers=headers
        ),
        client.post(
            f"/api/v1/employees/{emp}/training", body, content_type="application/json", headers=headers
        ),
        client.delete(f"/api/v1/employees/{emp}", headers=headers),
    ]
    assert [r.status_code for r in responses] == [404] * 6
    # The same answer as for an id that does not exist at all: nothing is revealed.
    missing = client.get("/api/v1/employees/999999", headers=headers).json()
    assert responses[0].json() == missing
    world.emp_a.refresh_from_db()
    assert world.emp_a.phone == ""


def test_an_officer_of_b_cannot_move_their_employee_into_a(client, world, bearer):
    response = client.patch(
        f"/api/v1/employees/{world.emp_b.pk}",
        {"organization": world.org_a.pk},
        content_type="application/json",
        headers=bearer(world.users["hr_b"]),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "organization"]


def test_an_officer_of_b_cannot_filter_by_organization_a(client, world, bearer):
    response = client.get(
        f"/api/v1/employees?organization={world.org_a.pk}", headers=bearer(world.users["hr_b"])
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "organization"]


def test_an_employee_cannot_read_someone_elses_record(client, world, bearer):
    headers = bearer(world.users["employee"])
    assert client.get(f"/api/v1/employees/{world.emp_a_sub.pk}", headers=headers).status_code == 404
    assert client.get(f"/api/v1/employees/{world.emp_a_sub.pk}/law", headers=headers).status_code == 404
    assert client.get(f"/api/v1/employees/{world.emp_b.pk}/education", headers=headers).status_code == 404
    assert client.get(f"/api/v1/employees/{world.emp_a.pk}/education", headers=headers).status_code == 200


def test_an_officer_of_a_works_in_the_whole_subtree(client, world, bearer):
    response = client.patch(
        f"/api/v1/employees/{world.emp_a_sub.pk}",
        {"phone": "+7 702 111 22 33"},
        content_type="application/json",
        headers=bearer(world.users["hr_a"]),
    )
    assert response.status_code == 200
    assert response.json()["phone"] == "+7 702 111 22 33"


def test_an_account_without_a_profile_sees_nothing_and_changes_nothing(client, world, bearer):
    from .factories import UserFactory

    headers = bearer(UserFactory())
    assert client.get("/api/v1/employees", headers=headers).json()["count"] == 0
    assert client.get(f"/api/v1/employees/{world.emp_a.pk}", headers=headers).status_code == 404
    assert client.get("/api/v1/organizations", headers=headers).json()["count"] == 0
