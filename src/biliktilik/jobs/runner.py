"""Queueing, running and recovering jobs.

Every change of a job's state is a conditional update on (status, attempt number): two workers
never run the same attempt, an attempt that was given up for dead cannot record an outcome when
it wakes up, and the reaper cannot touch a job that has just finished.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task_backends

from .models import FAILED, QUEUED, RUNNING, Job, job_models

logger = logging.getLogger(__name__)


class AttemptSuperseded(Exception):
    """The job was given up for dead and handed on while this attempt still ran."""


def _queue_in_database() -> bool:
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task_backends["default"], DatabaseBackend)


def _queue_immediate() -> bool:
    from django_tasks.backends.immediate import ImmediateBackend

    return isinstance(task_backends["default"], ImmediateBackend)


def enqueue(job: Job, *, after_commit: bool = False) -> None:
    """Queue a job that has just been saved as ``queued``.

    With the database as the queue the task row is written in the caller's transaction, so a job
    and its task exist together or not at all (and no worker sees either before the commit);
    another queue is told after the commit. The immediate backend (tests,
    ``BILIKTILIK_TASKS=immediate``) runs the job here and now, or after the commit if the job
    must not happen unless the caller's transaction commits (``after_commit``: e-mail).
    """
    from .tasks import run_job

    def send():
        result = run_job.enqueue(job._meta.label, job.pk)
        job.task_id = str(result.id)
        type(job).objects.filter(pk=job.pk, task_id="").update(task_id=job.task_id)

    if _queue_in_database() or (_queue_immediate() and not after_commit):
        send()
    else:
        transaction.on_commit(send)


@dataclass(frozen=True)
class Attempt:
    model: type[Job]
    job_id: int
    number: int

    def _mine(self):
        return self.model.objects.filter(pk=self.job_id, status=RUNNING, attempts=self.number)

    def progress(self, **fields) -> None:
        self._mine().update(heartbeat_at=timezone.now(), **fields)

    def finish(self, *, status: str, **fields) -> None:
        """Record the outcome. Call it inside the transaction that writes the job's effects: if
        the attempt was superseded meanwhile it raises, and the effects roll back with it."""
        if not connection.in_atomic_block:
            raise RuntimeError("Attempt.finish must run inside the transaction of the job's effects")
        if not self._mine().update(status=status, finished_at=timezone.now(), error="", **fields):
            raise AttemptSuperseded(f"{self.model._meta.label} {self.job_id} attempt {self.number}")

    def fail(self, error: str) -> None:
        self._mine().update(
            status=FAILED, error=error, finished_at=timezone.now(), **self.model.released_on_failure
        )


def _claim(model: type[Job], job_id: int) -> Attempt | None:
    with transaction.atomic():
        job = model.objects.select_for_update().filter(pk=job_id, status=QUEUED).first()
        if job is None:
            return None
        now = timezone.now()
        model.objects.filter(pk=job_id).update(
            status=RUNNING, attempts=F("attempts") + 1, heartbeat_at=now, started_at=now
        )
        return Attempt(model, job_id, job.attempts + 1)


class Heartbeat:
    """Beats every ``JOB_HEARTBEAT_SECONDS`` from a thread (and a connection) of its own."""

    def __init__(self, attempt: Attempt):
        self.attempt = attempt
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"heartbeat-{attempt.job_id}", daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.thread.join()

    def _beat(self) -> None:
        try:
            while not self.stopped.wait(settings.JOB_HEARTBEAT_SECONDS):
                try:
                    self.attempt.progress()
                except DatabaseError:  # a long write of the job itself holds the lock: beat later
                    logger.warning("heartbeat of job %s delayed", self.attempt.job_id)
        finally:
            connection.close()


def run(model: type[Job], job_id: int) -> None:
    attempt = _claim(model, job_id)
    if attempt is None:
        logger.info("%s %s is not queued; nothing to run", model._meta.label, job_id)
        return
    # Run in this process (immediate backend) the job needs no heartbeat: nobody could reap it.
    beat = _NoBeat() if _queue_immediate() else Heartbeat(attempt)
    with beat:
        try:
            model.objects.get(pk=job_id).perform(attempt)
        except AttemptSuperseded:
            logger.warning("%s %s attempt %s was superseded", model._meta.label, job_id, attempt.number)
        except Exception:
            logger.exception("%s %s failed", model._meta.label, job_id)
            attempt.fail(Job.Error.INTERNAL)


class _NoBeat:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def reap(*, now: dt.datetime | None = None) -> int:
    """Hand on every running attempt whose heartbeat stopped: queued again while attempts are
    left, otherwise failed. Returns how many jobs it touched."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.JOB_STALE_SECONDS)
    touched = 0
    for model in job_models():
        for job in model.objects.filter(status=RUNNING, heartbeat_at__lt=cutoff):
            touched += _reap_one(model, job, cutoff=cutoff, now=now)
    return touched


def _reap_one(model: type[Job], job: Job, *, cutoff: dt.datetime, now: dt.datetime) -> int:
    stale = model.objects.filter(pk=job.pk, status=RUNNING, attempts=job.attempts, heartbeat_at__lt=cutoff)
    with transaction.atomic():
        _forget_task(job.task_id, now=now)
        if job.attempts < model.max_attempts:
            if not stale.update(status=QUEUED, error=Job.Error.WORKER_LOST, task_id=""):
                return 0
            logger.warning("%s %s: attempt %s lost, queued again", model._meta.label, job.pk, job.attempts)
            job.refresh_from_db()
            enqueue(job)
            return 1
        touched = stale.update(
            status=FAILED, error=Job.Error.WORKER_LOST, finished_at=now, **model.released_on_failure
        )
    if touched:
        logger.error("%s %s: attempt %s lost, no attempts left", model._meta.label, job.pk, job.attempts)
    return touched


def _forget_task(task_id: str, *, now: dt.datetime) -> None:
    """The queue's own record of a task whose worker died says "running" forever: close it."""
    if task_id and _queue_in_database():
        from django_tasks.base import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(id=task_id, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED, finished_at=now
        )
