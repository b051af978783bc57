"""/metrics: request latency by URL pattern, the task queue read at scrape time; only for a
scraper on this machine or one with the token; samples of several worker processes add up."""

import os
import subprocess
import sys
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.test import override_settings
from prometheus_client.parser import text_string_to_metric_families

from biliktilik.accounts.models import Role
from biliktilik.accounts.services import api_token_create
from biliktilik.ops.metrics import gunicorn_child_exit, prepare_multiprocess_dir
from biliktilik.staff.models import ImportJob
from tests.staff.factories import EmployeeFactory, UserFactory

from .tasks import always_fails, nothing_to_do

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TOKEN = "metrics-scraper-token-0123456789"


def samples(response) -> dict[tuple[str, frozenset], float]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


def value(found, name: str, **labels) -> float | None:
    return found.get((name, frozenset(labels.items())))


@pytest.mark.django_db
def test_request_latency_is_counted_by_url_pattern_not_by_path(client):
    user = UserFactory(role=Role.AUDITOR)
    token = api_token_create(actor=user, user=user, name="ops")
    employees = EmployeeFactory.create_batch(2)
    route = "api/v1/employees/<employee_id>"
    before = value(
        samples(client.get("/metrics")),
        "biliktilik_http_request_duration_seconds_count",
        method="GET",
        route=route,
        status="2xx",
    )
    for employee in employees:
        response = client.get(f"/api/v1/employees/{employee.pk}", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert response.status_code == 200
    client.get("/no/such/page/")

    found = samples(client.get("/metrics"))
    count = value(
        found, "biliktilik_http_request_duration_seconds_count", method="GET", route=route, status="2xx"
    )
    assert count == (before or 0) + 2
    assert (
        value(
            found,
            "biliktilik_http_request_duration_seconds_bucket",
            method="GET",
            route=route,
            status="2xx",
            le="+Inf",
        )
        == count
    )
    assert value(
        found,
        "biliktilik_http_request_duration_seconds_count",
        method="GET",
        route="<unmatched>",
        status="4xx",
    )
    routes = {dict(labels).get("route") for _, labels in found}
    assert not any(f"employees/{employee.pk}" in (r or "") for r in routes for employee in employees)


# The worker checks its connection the way a real one does, which a test transaction would break.
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_the_queue_depth_and_failed_tasks_are_read_at_scrape_time(client):
    found = samples(client.get("/metrics"))
    assert value(found, "biliktilik_task_queue_up", backend="database") == 1
    assert value(found, "biliktilik_task_queue_depth", backend="database", queue="default") == 0
    assert value(found, "biliktilik_tasks_failed", backend="database", queue="default") == 0

    always_fails.enqueue()
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    nothing_to_do.enqueue()
    nothing_to_do.enqueue()

    found = samples(client.get("/metrics"))
    assert value(found, "biliktilik_task_queue_depth", backend="database", queue="default") == 2
    assert value(found, "biliktilik_tasks_failed", backend="database", queue="default") == 1


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend"}})
def test_an_unreachable_queue_is_reported_as_down_and_the_scrape_still_works(client, settings):
    settings.RQ_QUEUES = {"default": {"HOST": "127.0.0.1", "PORT": 1}}
    found = samples(client.get("/metrics"))
    assert value(found, "biliktilik_task_queue_up", backend="rq") == 0


@pytest.mark.django_db
def test_the_rq_queue_depth_comes_from_redis(client, local_redis, settings):
    queue_name = f"ops-test-{uuid.uuid4().hex[:8]}"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [queue_name]}}
    settings.RQ_QUEUES = {queue_name: {"HOST": "127.0.0.1", "PORT": 6379, "DB": 0}}
    try:
        for _ in range(3):
            nothing_to_do.using(queue_name=queue_name).enqueue()
        found = samples(client.get("/metrics"))
    finally:
        local_redis.delete(f"rq:queue:{queue_name}")
    assert value(found, "biliktilik_task_queue_depth", backend="rq", queue=queue_name) == 3
    assert value(found, "biliktilik_tasks_failed", backend="rq", queue=queue_name) == 0


@pytest.mark.django_db
@pytest.mark.parametrize("forwarded", ["HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED"])
def test_metrics_are_hidden_from_requests_relayed_by_a_proxy(client, forwarded):
    assert client.get("/metrics", **{forwarded: "203.0.113.9"}).status_code == 404


@pytest.mark.django_db
def test_metrics_need_the_token_from_elsewhere(client, settings):
    settings.BILIKTILIK_METRICS_TOKEN = TOKEN
    remote = {"REMOTE_ADDR": "203.0.113.9"}
    assert client.get("/metrics", **remote).status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong-token", **remote).status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ключ", **remote).status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Basic {TOKEN}", **remote).status_code == 403
    found = samples(client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}", **remote))
    assert any(name == "biliktilik_task_queue_up" for name, _ in found)


@pytest.mark.django_db
def test_no_token_is_accepted_when_none_is_set(client, settings):
    settings.BILIKTILIK_METRICS_TOKEN = ""
    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer ", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 403


def test_the_multiprocess_directory_is_created_and_emptied_of_samples_only(tmp_path):
    directory = prepare_multiprocess_dir(tmp_path / "metrics")
    assert directory.is_dir()
    (directory / "histogram_123.db").write_bytes(b"old samples")
    (directory / "notes.txt").write_text("not ours")
    prepare_multiprocess_dir(directory)
    assert [p.name for p in directory.iterdir()] == ["notes.txt"]


def test_the_child_exit_hook_forgets_the_live_gauges_of_a_dead_worker(tmp_path, monkeypatch):
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    (tmp_path / "gauge_livesum_4242.db").write_bytes(b"")
    (tmp_path / "histogram_4242.db").write_bytes(b"")
    gunicorn_child_exit(server=None, worker=SimpleNamespace(pid=4242))
    assert [p.name for p in tmp_path.iterdir()] == ["histogram_4242.db"]


SCRIPT = """
import sys
import django
django.setup()
from biliktilik.ops import metrics
if sys.argv[1] == "observe":
    route = "staff/employees/<int:employee_id>/"
    metrics.observe_request(method="GET", route=route, status=200, seconds=0.02)
else:
    sys.stdout.write(metrics.render()[0].decode())
"""


def test_samples_of_several_worker_processes_add_up(tmp_path):
    """As under gunicorn: two processes serve, a third answers the scrape."""
    directory = prepare_multiprocess_dir(tmp_path / "metrics")
    env = {
        **os.environ,
        "PROMETHEUS_MULTIPROC_DIR": str(directory),
        "DJANGO_SETTINGS_MODULE": "biliktilik.config.settings",
        "BILIKTILIK_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "BILIKTILIK_LOG_LEVEL": "ERROR",
    }

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, *args], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("observe")
    run("observe")
    assert len(list(Path(directory).glob("histogram_*.db"))) == 2
    text = run("scrape")
    line = (
        'biliktilik_http_request_duration_seconds_count{method="GET",'
        'route="staff/employees/<int:employee_id>/",status="2xx"} 2.0'
    )
    assert line in text.splitlines()


def test_failed_and_finished_jobs_are_counted_by_kind_and_status(client, db):
    officer = UserFactory()
    for status in ("imported", "failed", "failed"):
        ImportJob.objects.create(
            created_by=officer, kind="employees", file_name="x.csv", language="kk", status=status
        )
    found = samples(client.get("/metrics"))
    assert value(found, "biliktilik_jobs", kind="staff.importjob", status="failed") == 2
    assert value(found, "biliktilik_jobs", kind="staff.importjob", status="imported") == 1
