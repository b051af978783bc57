"""``/api/v1/simulations`` (the contract's "Simulations"): a draft the checker refuses is a 422
naming the path in the YAML; a good one is queued (202), run, and read back in the contract's
shape; who may run and read; the audit trail says who ran which draft when."""

import datetime as dt

import pytest
import yaml

from biliktilik.audit.models import AuditEntry
from biliktilik.simulations.models import Simulation

from .conftest import ENTRY, p54_years
from .test_scenarios import p54_specialist

pytestmark = pytest.mark.django_db


def post(client, headers, amendment: str, as_of: dt.date = ENTRY):
    body = {"as_of": as_of.isoformat(), "title": "54: 4", "amendment": amendment}
    return client.post("/api/v1/simulations", body, content_type="application/json", headers=headers)


def test_a_draft_is_queued_run_and_read_back(client, bearer, world):
    p54_specialist(world.emp_a, dt.date(2024, 1, 1))  # 1,156 days at first on 01.03.2027
    headers = bearer(world.users["methodologist"])
    response = post(client, headers, p54_years(4))
    assert response.status_code == 202, response.content
    queued = response.json()
    assert set(queued) == {"id", "status"} and queued["status"] in ("queued", "done")
    answer = client.get(f"/api/v1/simulations/{queued['id']}", headers=headers).json()
    assert (answer["status"], answer["progress"], answer["people"], answer["changed"]) == ("done", 1, 3, 1)
    assert answer["changes"] == [
        {
            "employee": world.emp_a.pk,
            "requirement": "order-2017-360/54",
            "kind": "down",
            "before": {"eligible": True, "categories": {"high": "higher", "medium": None}},
            "after": {"eligible": True, "categories": {"high": "first", "medium": None}},
        }
    ]
    entry = AuditEntry.objects.get(action="simulation.start")
    assert (entry.actor, entry.object_id) == (world.users["methodologist"], str(queued["id"]))
    assert entry.after["act_id"] == "draft-2027-54" and entry.after["as_of"] == "2027-03-01"


def refused(response) -> list[dict]:
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "draft_invalid"
    assert Simulation.objects.count() == 0
    return body["errors"]


def test_a_dangling_citation_is_refused_with_its_path(client, bearer, world):
    draft = yaml.safe_load(p54_years(4))
    draft["changes"][0]["requirements"][0]["ladders"][1]["steps"][0]["source"]["subpoint"] = "low"
    (error,) = refused(
        post(client, bearer(world.users["methodologist"]), yaml.safe_dump(draft, allow_unicode=True))
    )
    assert error["loc"] == [
        "body",
        "amendment",
        "changes",
        0,
        "requirements",
        0,
        "ladders",
        1,
        "steps",
        0,
        "source",
    ]
    assert "low" in error["msg"]


def test_a_citation_of_an_unknown_point_is_refused_with_its_path(client, bearer, world):
    draft = yaml.safe_load(p54_years(4))
    draft["changes"][0]["requirements"][0]["ladders"][0]["education"]["source"]["point"] = "540"
    errors = refused(
        post(client, bearer(world.users["methodologist"]), yaml.safe_dump(draft, allow_unicode=True))
    )
    assert ["body", "amendment", "changes", 0, "requirements", 0, "ladders", 0, "education", "source"] in [
        e["loc"] for e in errors
    ]


def test_an_overlapping_validity_is_refused_with_its_path(client, bearer, world):
    """P.54 is worded by order-2024-316 from 31.08.2024: a draft wording from 01.08.2024 would
    overlap it."""
    draft = yaml.safe_load(p54_years(4))
    draft["entry_into_force"]["date"] = "2024-08-01"
    (error,) = refused(
        post(client, bearer(world.users["methodologist"]), yaml.safe_dump(draft, allow_unicode=True))
    )
    assert error["loc"] == ["body", "amendment", "changes", 0, "points", 0, "valid_from"]
    assert "2024-08-31" in error["msg"]


def test_the_checkers_words_are_in_the_readers_language(client, bearer, world):
    draft = yaml.safe_load(p54_years(4))
    draft["entry_into_force"]["date"] = "2024-08-01"
    headers = bearer(world.users["methodologist"], **{"Accept-Language": "ru"})
    (error,) = refused(post(client, headers, yaml.safe_dump(draft, allow_unicode=True)))
    assert error["msg"].startswith("Это пересекается с редакцией order-2017-360 п.54")


def test_not_yaml_and_not_a_draft(client, bearer, world):
    headers = bearer(world.users["methodologist"])
    (error,) = refused(post(client, headers, "id: [unclosed"))
    assert error["loc"] == ["body", "amendment"] and error["msg"].startswith("Бұл YAML емес: 2-жол, 1-баған")
    errors = refused(post(client, headers, "id: draft-2027-1\nkind: order\n"))
    assert ["body", "amendment", "changes"] in [e["loc"] for e in errors]


def test_a_date_before_the_draft_is_in_force_is_refused(client, bearer, world):
    response = post(client, bearer(world.users["methodologist"]), p54_years(4), as_of=dt.date(2027, 2, 28))
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "as_of"]
    assert Simulation.objects.count() == 0


@pytest.mark.parametrize(
    ("role", "status"), [(None, 401), ("employee", 403), ("commission_a", 403), ("auditor", 403)]
)
def test_who_may_run(client, bearer, world, role, status):
    user = world.users[role] if role else None
    assert post(client, bearer(user), p54_years(4)).status_code == status
    assert Simulation.objects.count() == 0


def test_an_hr_officer_reads_only_their_own_runs(client, bearer, world):
    queued = post(client, bearer(world.users["hr_a"]), p54_years(4)).json()
    assert (
        client.get(f"/api/v1/simulations/{queued['id']}", headers=bearer(world.users["hr_b"])).status_code
        == 404
    )
    assert (
        client.get(f"/api/v1/simulations/{queued['id']}", headers=bearer(world.users["auditor"])).status_code
        == 200
    )
    assert client.get("/api/v1/simulations/999999", headers=bearer(world.users["hr_a"])).status_code == 404
