"""What the task queue looks like now, read from whatever ``settings.TASKS`` says at call time.

The database backend (django-tasks-db) keeps its queue in our database; the RQ backend
(django-tasks-rq) in Redis, reached through django-rq's ``RQ_QUEUES``. Any other backend
(immediate, dummy) has no queue to inspect.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils.module_loading import import_string
from django_tasks import DEFAULT_TASK_QUEUE_NAME

DATABASE = "database"
RQ = "rq"
OTHER = "other"


@dataclass(frozen=True)
class QueueBackend:
    alias: str
    kind: str  # DATABASE, RQ or OTHER
    queues: tuple[str, ...] = ()


@dataclass
class QueueState:
    ready: dict[str, int] = field(default_factory=dict)
    running: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)


def configured_backend(alias: str = "default") -> QueueBackend | None:
    """The task backend `alias` as configured now; None when ``TASKS`` does not name one."""
    config = (getattr(settings, "TASKS", None) or {}).get(alias)
    if not config:
        return None
    backend_class = import_string(config["BACKEND"])
    queues = tuple(config.get("QUEUES") or ())
    return QueueBackend(alias=alias, kind=_kind(backend_class), queues=queues)


def _kind(backend_class: type) -> str:
    from django_tasks_db import DatabaseBackend

    if issubclass(backend_class, DatabaseBackend):
        return DATABASE
    try:  # the Redis backend is optional
        from django_tasks_rq import RQBackend
    except ImportError:
        return OTHER
    return RQ if issubclass(backend_class, RQBackend) else OTHER


def state(backend: QueueBackend) -> QueueState:
    """Tasks ready, running and failed per queue. Raises when the queue cannot be reached."""
    if backend.kind == DATABASE:
        return _database_state(backend)
    if backend.kind == RQ:
        return _rq_state(backend)
    return QueueState()


def ping(backend: QueueBackend) -> None:
    """Raises when the queue's own server cannot be reached (only RQ has one of its own)."""
    if backend.kind == RQ:
        for name in _rq_queue_names(backend):
            _rq_queue(name).connection.ping()


def _database_state(backend: QueueBackend) -> QueueState:
    from django_tasks_db.models import DBTaskResult

    tasks = DBTaskResult.objects.filter(backend_name=backend.alias)
    if backend.queues:
        tasks = tasks.filter(queue_name__in=backend.queues)

    def per_queue(queryset) -> dict[str, int]:
        rows = queryset.order_by().values_list("queue_name").annotate(n=Count("id"))
        return dict(rows)

    result = QueueState(
        ready=per_queue(tasks.ready()),
        running=per_queue(tasks.running()),
        failed=per_queue(tasks.failed()),
    )
    for name in backend.queues or (DEFAULT_TASK_QUEUE_NAME,):  # an empty queue is still a queue
        for counts in (result.ready, result.running, result.failed):
            counts.setdefault(name, 0)
    return result


def _rq_queue_names(backend: QueueBackend) -> tuple[str, ...]:
    return backend.queues or (DEFAULT_TASK_QUEUE_NAME,)


def _rq_queue(name: str):
    import django_rq

    return django_rq.get_queue(name)


def _rq_state(backend: QueueBackend) -> QueueState:
    result = QueueState()
    for name in _rq_queue_names(backend):
        queue = _rq_queue(name)
        result.ready[name] = queue.count
        result.running[name] = queue.started_job_registry.count
        result.failed[name] = queue.failed_job_registry.count
    return result
