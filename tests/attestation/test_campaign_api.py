"""A campaign through the API with the clock moved: the HR officer lists three people, one is
refused admission for want of hours (p.14), the others take the test inside the window with the
server's timer, one runs out of time and the server submits what was saved."""

import datetime as dt

import pytest
import time_machine

from biliktilik.attestation import services_testing
from biliktilik.attestation.models import Attempt
from biliktilik.audit.models import AuditEntry

from .conftest import WINDOW_FROM, WINDOW_TO, at

API = "/api/v1/attestation"
JSON = "application/json"


@pytest.fixture
def campaign(client, centre, bearer):
    hr = bearer(centre.users["hr"])
    body = {
        "organization": centre.lmc.pk,
        "title": "2026 көктемгі аттестаттау",
        "testing_from": WINDOW_FROM.isoformat(),
        "testing_to": WINDOW_TO.isoformat(),
        "questions": 10,
        "time_limit_minutes": 30,
        "tags": ["standard:card-2"],
    }
    created = client.post(f"{API}/campaigns", body, content_type="application/json", headers=hr)
    assert created.status_code == 201, created.content
    campaign_id = created.json()["id"]
    entries = []
    for person in centre.people:
        added = client.post(
            f"{API}/campaigns/{campaign_id}/attestees",
            {"employee": person.pk, "attestee": "lmc_specialist", "learning_plan_hours": 72},
            content_type="application/json",
            headers=hr,
        )
        assert added.status_code == 201, added.content
        entries.append(added.json())
    return {"id": campaign_id, "attestees": entries}


def test_an_attestee_short_of_the_plans_hours_is_refused_admission_with_the_reason(
    client, centre, campaign, bearer
):
    refused = campaign["attestees"][2]
    assert refused["admission"]["admitted"] is False and refused["status"] == "not_admitted"
    assert "24 сағат" in refused["admission"]["explanation"][-1]["text"]
    assert {
        "act": "order-2024-422",
        "point": "14",
        "subpoint": "1",
        "wording_by": "order-2025-271",
    } in refused["admission"]["citations"]
    with time_machine.travel(at(WINDOW_FROM, 10), tick=False):
        started = client.post(
            f"{API}/attestees/{refused['id']}/attempt",
            content_type=JSON,
            headers=bearer(centre.users["taker2"]),
        )
    assert started.status_code == 409 and started.json()["code"] == "not_admitted", started.content


def test_the_test_starts_only_inside_the_window(client, centre, campaign, bearer):
    entry = campaign["attestees"][0]
    with time_machine.travel(at(WINDOW_FROM - dt.timedelta(days=1), 23, 59), tick=False):
        early = client.post(
            f"{API}/attestees/{entry['id']}/attempt",
            content_type=JSON,
            headers=bearer(centre.users["taker0"]),
        )
    assert early.status_code == 409 and early.json()["code"] == "outside_testing_window"
    assert "02.03.2026" in early.json()["message"]


def test_the_paper_never_tells_the_correct_options_and_a_reload_gets_the_same_paper(
    client, centre, campaign, bearer
):
    entry, taker = campaign["attestees"][0], bearer(centre.users["taker0"])
    with time_machine.travel(at(WINDOW_FROM, 10), tick=False):
        first = client.post(f"{API}/attestees/{entry['id']}/attempt", content_type=JSON, headers=taker)
        again = client.post(f"{API}/attestees/{entry['id']}/attempt", content_type=JSON, headers=taker)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    assert len(first.json()["questions"]) == 10
    assert "correct" not in first.content.decode()
    question = first.json()["questions"][0]
    assert set(question) == {"id", "kind", "text", "options"}
    assert set(question["options"][0]) == {"id", "text"}
    deadline = dt.datetime.fromisoformat(first.json()["deadline"])
    assert deadline == at(WINDOW_FROM, 10, 30)


def test_answers_are_saved_idempotently_and_scored_only_when_exactly_right(client, centre, campaign, bearer):
    entry, taker = campaign["attestees"][0], bearer(centre.users["taker0"])
    with time_machine.travel(at(WINDOW_FROM, 10), tick=False):
        paper = client.post(f"{API}/attestees/{entry['id']}/attempt", content_type=JSON, headers=taker).json()
    attempt = Attempt.objects.get(pk=paper["id"])
    right = {
        d.version.question_id: sorted(d.version.correct) for d in attempt.drawn.select_related("version")
    }
    with time_machine.travel(at(WINDOW_FROM, 10, 5), tick=False):
        for n, q in enumerate(paper["questions"]):
            chosen = (
                right[q["id"]]
                if n < 7
                else [o["id"] for o in q["options"] if o["id"] not in right[q["id"]]][:1]
            )
            url = f"{API}/attempts/{paper['id']}/answers/{q['id']}"
            for _ in range(2):  # the same save twice is one answer
                saved = client.put(url, {"options": chosen}, content_type="application/json", headers=taker)
                assert saved.status_code == 200, saved.content
        done = client.post(f"{API}/attempts/{paper['id']}/submit", content_type=JSON, headers=taker).json()
    assert done["status"] == "submitted"
    assert done["result"] == {
        "percent": 70.0,
        "threshold_percent": 70.0,
        "test_passed": True,
        "appeal_until": "2026-03-04",
    }
    assert len(done["answers"]) == 10


def test_an_answer_after_the_deadline_is_refused_and_the_worker_submits_what_was_saved(
    client, centre, campaign, bearer
):
    entry, taker = campaign["attestees"][1], bearer(centre.users["taker1"])
    with time_machine.travel(at(WINDOW_FROM, 9), tick=False):
        paper = client.post(f"{API}/attestees/{entry['id']}/attempt", content_type=JSON, headers=taker).json()
        first = paper["questions"][0]
        client.put(
            f"{API}/attempts/{paper['id']}/answers/{first['id']}",
            {"options": [first["options"][0]["id"]]},
            content_type="application/json",
            headers=taker,
        )
    with time_machine.travel(at(WINDOW_FROM, 9, 31), tick=False):
        late = client.put(
            f"{API}/attempts/{paper['id']}/answers/{paper['questions'][1]['id']}",
            {"options": [paper["questions"][1]["options"][0]["id"]]},
            content_type="application/json",
            headers=taker,
        )
        assert late.status_code == 409 and late.json()["code"] == "attempt_closed"
        assert services_testing.expire_due() == 0  # the refused save already closed it
    attempt = Attempt.objects.get(pk=paper["id"])
    assert attempt.status == "expired" and attempt.finished_at == at(WINDOW_FROM, 9, 30)
    assert AuditEntry.objects.filter(action="attempt.expire", object_id=str(attempt.pk)).count() == 1


def test_the_workers_sweep_submits_an_attempt_nobody_touched_after_its_deadline(
    client, centre, campaign, bearer
):
    entry, taker = campaign["attestees"][0], bearer(centre.users["taker0"])
    with time_machine.travel(at(WINDOW_TO, 23, 50), tick=False):
        paper = client.post(f"{API}/attestees/{entry['id']}/attempt", content_type=JSON, headers=taker).json()
    # The window's last day ends before the 30 minutes do.
    assert dt.datetime.fromisoformat(paper["deadline"]) == at(WINDOW_TO + dt.timedelta(days=1), 0, 0)
    with time_machine.travel(at(WINDOW_TO + dt.timedelta(days=1), 0, 1), tick=False):
        assert services_testing.expire_due() == 1
        assert services_testing.expire_due() == 0
        shown = client.get(f"{API}/attempts/{paper['id']}", headers=taker).json()
    assert shown["status"] == "expired" and shown["result"]["percent"] == 0.0


def test_one_employee_cannot_open_anothers_attempt(client, centre, campaign, bearer):
    entry = campaign["attestees"][0]
    with time_machine.travel(at(WINDOW_FROM, 10), tick=False):
        paper = client.post(
            f"{API}/attestees/{entry['id']}/attempt",
            content_type=JSON,
            headers=bearer(centre.users["taker0"]),
        ).json()
        stolen = client.get(f"{API}/attempts/{paper['id']}", headers=bearer(centre.users["taker1"]))
        started = client.post(
            f"{API}/attestees/{entry['id']}/attempt",
            content_type=JSON,
            headers=bearer(centre.users["taker1"]),
        )
        question = paper["questions"][0]
        answer = {"options": [question["options"][0]["id"]]}
        url = f"{API}/attempts/{paper['id']}/answers/{question['id']}"
        written = client.put(url, answer, content_type=JSON, headers=bearer(centre.users["taker1"]))
        by_hr = client.put(url, answer, content_type=JSON, headers=bearer(centre.users["hr"]))
    assert stolen.status_code == 404
    assert started.status_code == 404
    # A save checks the owner in its own locking query: another taker's or an officer's save
    # finds no such attempt, and the answer stays unsaved.
    assert (written.status_code, by_hr.status_code) == (404, 404)
    assert written.json()["code"] == "not_found"
    assert Attempt.objects.get(pk=paper["id"]).drawn.filter(chosen__isnull=False).count() == 0


def test_an_hr_officer_of_another_centre_cannot_list_people_on_this_campaign(
    client, centre, campaign, bearer
):
    added = client.post(
        f"{API}/campaigns/{campaign['id']}/attestees",
        {"employee": centre.stranger.pk, "attestee": "lmc_specialist", "learning_plan_hours": 72},
        content_type="application/json",
        headers=bearer(centre.users["hr_other"]),
    )
    assert added.status_code == 404
