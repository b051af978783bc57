"""Prometheus metrics.

Request latency is observed in the process that served the request. The web server runs several
worker processes, so when ``PROMETHEUS_MULTIPROC_DIR`` is set (before this module is imported:
the gunicorn launcher sets it) each process writes its samples to files there and a scrape adds
up all of them (prometheus_client's multiprocess mode). The launcher empties that directory at
start (`prepare_multiprocess_dir`) and calls `gunicorn_child_exit` from gunicorn's
``child_exit`` hook.

The task queue's depth and its failed tasks are read from the queue itself at scrape time:
they are the same whichever process is asked, and counters kept in a process would not survive
it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Histogram,
    ProcessCollector,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from . import queue

logger = logging.getLogger("biliktilik.ops")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

# Samples of this process; scraped directly only when not in multiprocess mode.
_registry = CollectorRegistry()

REQUEST_SECONDS = Histogram(
    "biliktilik_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, URL pattern and status class.",
    ["method", "route", "status"],
    registry=_registry,
)


def observe_request(*, method: str, route: str, status: int, seconds: float) -> None:
    method = method if method in METHODS else "other"
    REQUEST_SECONDS.labels(method=method, route=route, status=f"{status // 100}xx").observe(seconds)


class QueueCollector(Collector):
    """The queue of the default task backend, as it is at scrape time."""

    def collect(self):
        up = GaugeMetricFamily(
            "biliktilik_task_queue_up", "1 when the task queue could be read.", labels=["backend"]
        )
        backend = None
        try:
            backend = queue.configured_backend()
            if backend is None:
                return
            current = queue.state(backend)
        except Exception:
            logger.warning("Metrics: the task queue cannot be read.", exc_info=True)
            up.add_metric([backend.kind if backend else "unknown"], 0)
            yield up
            return
        up.add_metric([backend.kind], 1)
        yield up
        for name, documentation, counts in (
            ("biliktilik_task_queue_depth", "Tasks ready to run, waiting for a worker.", current.ready),
            ("biliktilik_tasks_running", "Tasks a worker is running now.", current.running),
            (
                "biliktilik_tasks_failed",
                "Failed tasks the queue still keeps (until they are pruned).",
                current.failed,
            ),
        ):
            family = GaugeMetricFamily(name, documentation, labels=["backend", "queue"])
            for queue_name, count in sorted(counts.items()):
                family.add_metric([backend.kind, queue_name], count)
            yield family


class JobCollector(Collector):
    """Background jobs by kind and status, as the database holds them at scrape time: a failed
    job stays counted until it is deleted, whichever process ran it."""

    def collect(self):
        from django.db.models import Count

        from biliktilik.jobs.models import job_models

        family = GaugeMetricFamily(
            "biliktilik_jobs",
            "Background jobs by kind and status (failed ones included).",
            labels=["kind", "status"],
        )
        try:
            for model in job_models():
                for row in model.objects.order_by().values("status").annotate(n=Count("id")):
                    family.add_metric([model._meta.label_lower, row["status"]], row["n"])
        except Exception:
            logger.warning("Metrics: the jobs cannot be read.", exc_info=True)
            return
        yield family


_registry.register(ProcessCollector(registry=None))
_registry.register(QueueCollector())
_registry.register(JobCollector())


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


def render() -> tuple[bytes, str]:
    """The exposition text of every metric and its content type."""
    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        registry.register(QueueCollector())
        registry.register(JobCollector())
    else:
        registry = _registry
    return generate_latest(registry), CONTENT_TYPE_LATEST


def prepare_multiprocess_dir(path: str | os.PathLike) -> Path:
    """Creates the multiprocess directory, or empties it of a previous run's samples; call it once
    when the server starts, before any worker."""
    directory = Path(path)
    directory.mkdir(parents=True, exist_ok=True)
    # Only the sample files are removed: a mistyped path must not cost anybody their files.
    for sample in directory.glob("*.db"):
        sample.unlink()
    return directory


def gunicorn_child_exit(server, worker) -> None:
    """gunicorn's ``child_exit`` hook: forget the live gauges of a worker that exited."""
    if multiprocess_dir():
        multiprocess.mark_process_dead(worker.pid)
