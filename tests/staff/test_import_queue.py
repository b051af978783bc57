"""Imports on the real task queue: the database holds the queue, `biliktilik worker` runs it, a
job whose process died is handed on, and nothing stays "running"."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from biliktilik.audit.services import audit_verify
from biliktilik.jobs import runner
from biliktilik.jobs.runner import Attempt, AttemptSuperseded
from biliktilik.staff.models import Employee, ImportJob
from biliktilik.staff.services_import import import_job_submit
from tests.staff.test_import import csv_file, fifty

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.JOB_STALE_SECONDS = 60


def submit(world, language="kk"):
    return import_job_submit(
        actor=world.users["hr_a"],
        kind="employees",
        file_name="fifty.csv",
        language=language,
        content=csv_file("employees", "kk", fifty(world.org_a)),
    )


# The worker manages its own connections and transactions, as in production.
@pytest.mark.django_db(transaction=True)
def test_a_submitted_import_waits_in_the_queue_until_a_worker_runs_it(world, database_queue):
    job = submit(world)
    assert job.status == "queued" and Employee.objects.count() == 3
    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.READY and job.task_id == str(task.id)

    call_command("worker", batch=True, interval=0)

    job.refresh_from_db()
    assert (job.status, job.attempts, job.report["created"]) == ("imported", 1, {"employees": 50})
    assert job.content is None, "the uploaded file is not kept once imported"
    assert Employee.objects.count() == 53
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_a_queued_import_page_says_it_is_waiting_for_a_worker(client, world, database_queue):
    job = submit(world)
    client.force_login(world.users["hr_a"])
    client.cookies["django_language"] = "ru"
    html = client.get(reverse("staff:import_job", kwargs={"job_id": job.pk})).content.decode()
    assert "ожидает в очереди" in html.lower() and 'hx-trigger="every 1s"' in html


def lose_the_worker(job, *, minutes_ago=5):
    """What a killed worker leaves: the job running, its heartbeat stopped minutes ago."""
    ImportJob.objects.filter(pk=job.pk).update(
        status="running",
        attempts=job.attempts + 1,
        heartbeat_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
    )


# The worker manages its own connections and transactions, as in production.
@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_died_is_queued_again_and_then_completes(world, database_queue):
    job = submit(world)
    lose_the_worker(job)
    assert runner.reap() == 1
    job.refresh_from_db()
    assert (job.status, job.error, job.attempts) == ("queued", "worker_lost", 1)

    call_command("worker", batch=True, interval=0)

    job.refresh_from_db()
    assert (job.status, job.attempts, job.error) == ("imported", 2, "")
    assert Employee.objects.count() == 53
    assert audit_verify() == []


def test_a_job_that_keeps_losing_its_worker_ends_failed_and_its_page_says_so(client, world, database_queue):
    job = submit(world)
    for _ in range(ImportJob.max_attempts):
        job.refresh_from_db()
        lose_the_worker(job)
        runner.reap()
    job.refresh_from_db()
    assert (job.status, job.error, job.attempts) == ("failed", "worker_lost", 3)
    assert job.content is None
    assert Employee.objects.count() == 3, "nothing of the file was written"
    client.force_login(world.users["hr_a"])
    for language, words in (("kk", "ештеңе импортталмады"), ("ru", "ничего не импортировано")):
        client.cookies["django_language"] = language
        html = client.get(reverse("staff:import_job", kwargs={"job_id": job.pk})).content.decode()
        assert words in html.lower(), language
        assert "hx-trigger" not in html, "a failed job's page stops polling"


def test_a_running_job_with_a_fresh_heartbeat_is_left_alone(world, database_queue):
    job = submit(world)
    lose_the_worker(job, minutes_ago=0)
    assert runner.reap() == 0
    job.refresh_from_db()
    assert job.status == "running"


def test_an_attempt_handed_on_meanwhile_cannot_record_its_outcome(world, database_queue):
    job = submit(world)
    lose_the_worker(job)
    late = Attempt(ImportJob, job.pk, 1)
    runner.reap()
    with pytest.raises(AttemptSuperseded):
        job.refresh_from_db()
        job.perform(late)
    assert Employee.objects.count() == 3, "the superseded attempt's records rolled back"
    job.refresh_from_db()
    assert job.status == "queued"


def test_a_job_is_run_once_even_if_its_task_is_delivered_twice(world, database_queue):
    job = submit(world)
    runner.run(ImportJob, job.pk)
    runner.run(ImportJob, job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("imported", 1)
    assert Employee.objects.count() == 53
