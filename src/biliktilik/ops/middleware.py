"""One middleware, outermost: the request id, the request's log line and its latency sample."""

import logging
import time

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.utils.functional import SimpleLazyObject, empty

from . import metrics
from .context import HEADER, bind_request_id, request_id_from, unbind_request_id

logger = logging.getLogger("biliktilik.requests")

UNMATCHED = "<unmatched>"
STATIC = "<static>"


class RequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_from(request.headers.get(HEADER))
        request.request_id = request_id
        token = bind_request_id(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            seconds = time.perf_counter() - started
            response[HEADER] = request_id
            metrics.observe_request(
                method=request.method, route=route_of(request), status=response.status_code, seconds=seconds
            )
            # The path only: a query string may carry a searched name or IIN.
            logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round(seconds * 1000, 1),
                    "user_id": user_id_of(request),
                    "request_id": request_id,
                },
            )
            return response
        finally:
            unbind_request_id(token)


def route_of(request) -> str:
    """The URL pattern that answered (``staff/employees/<int:pk>/``), never the path itself, so
    that the metric has one series per pattern rather than one per employee."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.route:
        return match.route
    if request.path.startswith("/" + settings.STATIC_URL.lstrip("/")):
        return STATIC
    return UNMATCHED


def user_id_of(request) -> int | None:
    """The user the request was served for, if it looked at one: the log line must not be the
    reason a request reads the session (a health probe touches no database)."""
    auth = getattr(request, "auth", None)  # an API request authenticated by token
    if isinstance(auth, AbstractBaseUser):
        return auth.pk
    user = request.__dict__.get("user")
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        return None
    return getattr(user, "pk", None) if getattr(user, "is_authenticated", False) else None
