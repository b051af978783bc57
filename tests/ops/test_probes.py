"""/healthz and /readyz: no sign-in, no session, no redirect; readiness names what is down."""

import uuid

import pytest
from django.test import override_settings

from tests.staff.factories import UserFactory

from .tasks import nothing_to_do

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
RQ_QUEUE = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}


def test_healthz_answers_without_touching_the_database(client):
    # No django_db mark: any query would fail this test.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_a_signed_in_probe_neither_reads_nor_writes_the_session(client, django_assert_num_queries):
    client.force_login(UserFactory())
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert not response.cookies


def test_probes_refuse_an_unknown_host(client):
    assert client.get("/healthz", HTTP_HOST="probe.example.com").status_code == 400


def test_probes_take_only_reads(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


def test_probes_are_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/calendar/").status_code == 301  # the setting is in force for the pages
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_QUEUE)
def test_readyz_checks_the_database_and_reports_the_queue_depth(client):
    nothing_to_do.enqueue()
    nothing_to_do.enqueue()
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "checks": {
            "database": {"status": "ok"},
            "queue": {"status": "ok", "backend": "database", "depth": 2},
        },
    }
    assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_readyz_without_a_task_queue_configured_is_still_ready(client, settings):
    del settings.TASKS
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["queue"] == {"status": "not configured"}


@pytest.mark.django_db
@override_settings(
    TASKS=RQ_QUEUE,
    RQ_QUEUES={"default": {"HOST": "127.0.0.1", "PORT": 1, "PASSWORD": "redis-secret-word"}},
)
def test_readyz_is_unavailable_when_redis_cannot_be_reached(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": {"status": "ok"}, "queue": {"status": "error", "backend": "rq"}},
    }
    body = response.content.decode()
    assert "127.0.0.1" not in body
    assert "redis-secret-word" not in body


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "no.such.Backend"}})
def test_readyz_is_unavailable_when_the_task_backend_does_not_exist(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["queue"] == {"status": "error"}


@pytest.mark.django_db
def test_readyz_pings_a_running_redis_and_reports_its_queue_depth(client, local_redis, settings):
    queue_name = f"ops-test-{uuid.uuid4().hex[:8]}"
    settings.TASKS = {"default": {**RQ_QUEUE["default"], "QUEUES": [queue_name]}}
    settings.RQ_QUEUES = {queue_name: {"HOST": "127.0.0.1", "PORT": 6379, "DB": 0}}
    try:
        nothing_to_do.using(queue_name=queue_name).enqueue()
        response = client.get("/readyz")
    finally:
        local_redis.delete(f"rq:queue:{queue_name}")
    assert response.status_code == 200
    assert response.json()["checks"]["queue"] == {"status": "ok", "backend": "rq", "depth": 1}
