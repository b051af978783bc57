"""Liveness and readiness. A failed check is named in the answer; why it failed (which may name
hosts or users) goes only to the log."""

import logging

from django.db import connections

from . import queue

logger = logging.getLogger("biliktilik.ops")

OK = "ok"
ERROR = "error"
NOT_CONFIGURED = "not configured"


def readiness() -> tuple[bool, dict[str, dict]]:
    """Whether this process can serve: the database answers and the task queue is reachable."""
    database = _database_check()
    checks = {"database": database, "queue": _queue_check(database_ok=database["status"] == OK)}
    return all(check["status"] != ERROR for check in checks.values()), checks


def _database_check() -> dict:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.warning("Readiness check: the database cannot be reached.", exc_info=True)
        return {"status": ERROR}
    return {"status": OK}


def _queue_check(*, database_ok: bool) -> dict:
    try:
        backend = queue.configured_backend()
    except Exception:
        logger.warning("Readiness check: the task backend is misconfigured.", exc_info=True)
        return {"status": ERROR}
    if backend is None:
        return {"status": NOT_CONFIGURED}
    if backend.kind == queue.OTHER:
        return {"status": OK, "backend": queue.OTHER}
    if backend.kind == queue.DATABASE and not database_ok:
        return {"status": ERROR, "backend": backend.kind}
    try:
        queue.ping(backend)
        depth = sum(queue.state(backend).ready.values())
    except Exception:
        logger.warning("Readiness check: the task queue cannot be reached.", exc_info=True)
        return {"status": ERROR, "backend": backend.kind}
    return {"status": OK, "backend": backend.kind, "depth": depth}
