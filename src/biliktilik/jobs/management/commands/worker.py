"""``biliktilik worker``: run queued jobs, and hand on those whose process died.

With the database as the queue this is django-tasks-db's worker loop (claiming a task is a
locked, exclusive transaction, so any number of workers can share one queue) beside a reaper
thread that requeues or fails jobs whose heartbeat stopped.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.utils.crypto import get_random_string
from django_tasks import task_backends

from biliktilik.jobs import runner

logger = logging.getLogger("biliktilik.jobs")


class Command(BaseCommand):
    help = "Run background jobs (imports, and later timers, notifications, reports)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=0.5, help="seconds between polls when idle")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")

    def handle(self, *, interval: float, batch: bool, **options):
        from django_tasks_db.backend import DatabaseBackend
        from django_tasks_db.management.commands.db_worker import Worker

        backend = task_backends["default"]
        if not isinstance(backend, DatabaseBackend):
            raise CommandError(
                f"the task queue is {settings.TASKS_QUEUE!r}: jobs run where they are queued, "
                "no worker is needed (set BILIKTILIK_TASKS=database)"
            )
        runner.reap()
        stop = threading.Event()
        reaper = threading.Thread(target=_reap_every, args=(stop,), name="reaper", daemon=True)
        reaper.start()
        worker_id = get_random_string(32)
        self.stdout.write(f"worker {worker_id} started: queue {settings.TASKS_QUEUE}")
        worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=not batch,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        worker.configure_signals()
        try:
            worker.run()
        finally:
            stop.set()


def _reap_every(stop: threading.Event) -> None:
    """Reap stale jobs, and run the sweeps that act on time passing (an attempt whose deadline
    passed is submitted): every ``JOB_REAP_SECONDS``."""
    from django.utils.module_loading import import_string

    sweeps = [import_string(path) for path in settings.JOB_SWEEPS]
    try:
        while not stop.wait(settings.JOB_REAP_SECONDS):
            for work in (runner.reap, *sweeps):
                try:
                    work()
                except DatabaseError:
                    logger.exception("%s failed; trying again later", getattr(work, "__name__", work))
    finally:
        connection.close()
