"""Logging: one JSON object per line on standard error, each carrying the request id.

`logging_config()` is Django's ``LOGGING`` and also what the gunicorn launcher passes as
``logconfig_dict``, so that the server's own messages (``gunicorn.error``) have the same shape.
This module is imported by the settings: it must not import Django models.
"""

import logging

from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS

from .context import current_request_id

# Django passes the request object along with its log records (django.request, django.server);
# its text form carries the query string, which may hold personal data (a searched name or IIN).
_NOT_LOGGED = [*RESERVED_ATTRS, "request", "server_time"]


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` (the request being served, or null outside a request) to a record.

    Django logs a 4xx/5xx answer (django.request) after the middleware has returned, but passes
    the request along with the record: its id is taken from there."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            request = getattr(record, "request", None)
            record.request_id = getattr(request, "request_id", None) or current_request_id()
        return True


LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def logging_config(level: str = "INFO") -> dict:
    """The ``dictConfig`` of the whole process; `level` is that of our own and Django's loggers."""
    if level not in LEVELS:
        raise ImproperlyConfigured(f"BILIKTILIK_LOG_LEVEL must be one of {', '.join(LEVELS)}, not {level!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "biliktilik.ops.logs.RequestIdFilter"}},
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(levelname)s %(name)s %(message)s",
                "rename_fields": {"levelname": "level", "name": "logger"},
                "timestamp": True,
                "reserved_attrs": _NOT_LOGGED,
            }
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "filters": ["request_id"],
            }
        },
        # Everything reaches the one JSON handler on the root logger; Django's own console and
        # mail handlers are dropped so no record is written twice or in another shape.
        "root": {"handlers": ["console"], "level": "WARNING"},
        "loggers": {
            "biliktilik": {"level": level},
            "django": {"handlers": [], "level": level},
            "django_tasks": {"level": level},
            "gunicorn.error": {"handlers": [], "level": level, "propagate": True},
        },
    }
