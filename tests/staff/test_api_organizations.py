"""/api/v1/organizations: the tree, scoped to the viewer, changed through the services."""

import pytest

from biliktilik.audit.models import AuditEntry
from biliktilik.staff.models import Organization

JSON = "application/json"


@pytest.fixture
def admin(world, bearer):
    return bearer(world.users["administrator"])


@pytest.fixture
def hr(world, bearer):
    return bearer(world.users["hr_a"])


def new_organization(**extra):
    return {
        "name_kk": "Аудандық мансап орталығы",
        "name_ru": "Районный центр карьеры",
        "kind": "career_centre",
        **extra,
    }


def test_an_administrator_creates_a_root_organization(client, world, admin):
    response = client.post(
        "/api/v1/organizations", new_organization(kind="ministry"), content_type=JSON, headers=admin
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["parent"] is None and body["path"] == f"/{body['id']}/"
    assert AuditEntry.objects.filter(action="organization.create", object_id=str(body["id"])).exists()


def test_an_officer_creates_an_organization_inside_their_subtree(client, world, hr):
    response = client.post(
        "/api/v1/organizations", new_organization(parent=world.org_a.pk), content_type=JSON, headers=hr
    )
    assert response.status_code == 201
    assert response.json()["path"] == f"{world.org_a.path}{response.json()['id']}/"


@pytest.mark.parametrize(
    ("role", "parent", "status"),
    [
        ("hr_a", None, 403),
        ("hr_a", "org_b", 422),
        ("hr_a", "ministry", 422),
        ("methodologist", "org_a", 403),
        ("auditor", None, 403),
        ("commission_a", "org_a", 403),
    ],
)
def test_it_refuses_to_create_an_organization_where_the_viewer_may_not(
    client, world, bearer, role, parent, status
):
    parent_id = getattr(world, parent).pk if parent else None
    response = client.post(
        "/api/v1/organizations",
        new_organization(parent=parent_id),
        content_type=JSON,
        headers=bearer(world.users[role]),
    )
    assert response.status_code == status
    assert not Organization.objects.filter(name_kk="Аудандық мансап орталығы").exists()


@pytest.mark.parametrize(
    ("extra", "loc"),
    [
        ({"kind": "bank"}, ["body", "kind"]),
        ({"significance": "galactic"}, ["body", "significance"]),
        ({"name_kk": ""}, ["body", "name_kk"]),
        ({"parent": 999999}, ["body", "parent"]),
        ({"parent": -1}, ["body", "parent"]),
        ({"region": "x" * 41}, ["body", "region"]),
    ],
)
def test_bad_organization_input_gets_422_naming_the_field(client, world, admin, extra, loc):
    response = client.post(
        "/api/v1/organizations", new_organization(**extra), content_type=JSON, headers=admin
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == loc


def test_it_reads_one_organization_or_404(client, world, hr):
    assert (
        client.get(f"/api/v1/organizations/{world.org_a_sub.pk}", headers=hr).json()["parent"]
        == world.org_a.pk
    )
    assert client.get(f"/api/v1/organizations/{world.org_b.pk}", headers=hr).status_code == 404
    assert client.get("/api/v1/organizations/999999", headers=hr).status_code == 404


def test_the_list_filters_by_subtree_and_name(client, world, admin):
    body = client.get(f"/api/v1/organizations?organization={world.org_a.pk}", headers=admin).json()
    assert {o["id"] for o in body["results"]} == {world.org_a.pk, world.org_a_sub.pk}
    found = client.get("/api/v1/organizations?q=Министрлік", headers=admin).json()
    assert [o["id"] for o in found["results"]] == [world.ministry.pk]


def test_it_renames_an_organization_recording_before_and_after(client, world, hr):
    response = client.patch(
        f"/api/v1/organizations/{world.org_a_sub.pk}",
        {"name_ru": "Отдел кадров"},
        content_type=JSON,
        headers=hr,
    )
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="organization.update")
    assert entry.after["name_ru"] == "Отдел кадров" and entry.before["name_ru"] != "Отдел кадров"


def test_moving_an_organization_moves_its_subtree_and_who_sees_it(client, world, admin, bearer):
    deeper = client.post(
        "/api/v1/organizations", new_organization(parent=world.org_a_sub.pk), content_type=JSON, headers=admin
    ).json()
    response = client.patch(
        f"/api/v1/organizations/{world.org_a_sub.pk}",
        {"parent": world.org_b.pk},
        content_type=JSON,
        headers=admin,
    )
    assert response.status_code == 200
    assert response.json()["path"] == f"{world.org_b.path}{world.org_a_sub.pk}/"
    assert (
        Organization.objects.get(pk=deeper["id"]).path
        == f"{world.org_b.path}{world.org_a_sub.pk}/{deeper['id']}/"
    )
    seen_by_b = client.get("/api/v1/employees", headers=bearer(world.users["hr_b"])).json()
    assert {e["id"] for e in seen_by_b["results"]} == {world.emp_b.pk, world.emp_a_sub.pk}


def test_an_organization_cannot_be_placed_under_its_own_subtree(client, world, admin):
    response = client.patch(
        f"/api/v1/organizations/{world.org_a.pk}",
        {"parent": world.org_a_sub.pk},
        content_type=JSON,
        headers=admin,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "organization_cycle"
    assert response.json()["errors"][0]["loc"] == ["body", "parent"]


def test_an_officer_cannot_move_an_organization_out_of_their_subtree(client, world, hr):
    response = client.patch(
        f"/api/v1/organizations/{world.org_a_sub.pk}", {"parent": None}, content_type=JSON, headers=hr
    )
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_it_deletes_an_empty_organization_but_not_one_in_use(client, world, admin):
    empty = client.post(
        "/api/v1/organizations", new_organization(parent=world.org_b.pk), content_type=JSON, headers=admin
    )
    assert client.delete(f"/api/v1/organizations/{empty.json()['id']}", headers=admin).status_code == 204
    in_use = client.delete(f"/api/v1/organizations/{world.org_a_sub.pk}", headers=admin)
    assert in_use.status_code == 409
    assert in_use.json()["code"] == "organization_in_use"
    assert Organization.objects.filter(pk=world.org_a_sub.pk).exists()
    assert AuditEntry.objects.filter(action="organization.delete").count() == 1


def test_another_officer_cannot_change_or_delete_an_organization_they_cannot_see(client, world, bearer):
    headers = bearer(world.users["hr_b"])
    patch = client.patch(
        f"/api/v1/organizations/{world.org_a.pk}", {"region": "x"}, content_type=JSON, headers=headers
    )
    assert patch.status_code == 404
    assert client.delete(f"/api/v1/organizations/{world.org_a_sub.pk}", headers=headers).status_code == 404


def test_anonymous_gets_401(client, world):
    assert client.get("/api/v1/organizations").status_code == 401
    assert client.post("/api/v1/organizations", new_organization(), content_type=JSON).status_code == 401
