"""The checks of a request's body that come before any endpoint, and JSON in the contract's
shape for whatever is refused before the API answers (a method an address does not answer, a
bad Host header, a failing middleware); only for /api/ (the pages have their own error pages).

A body (of POST, PUT, PATCH) over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` is refused with 413 before
it is read (by its Content-Length) or once read, whichever shows it first; a body that is not
JSON gets 415 (an empty body has no media type: the endpoint says what it is missing).
It runs after the language is chosen, so the messages are in the caller's language.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from biliktilik.errors import NotFound

from .errors import (
    BadRequest,
    HttpStatus,
    MethodNotAllowed,
    PayloadTooLarge,
    ServerError,
    UnsupportedMediaType,
)

API_PREFIX = "/api/"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Endpoints that take a file (multipart/form-data), with the largest body they accept; Django
# parses the upload (spooling a large one to disk) instead of this check reading it whole.
UPLOADS = {"/api/v1/attestation/questions/import": 21 * 1024 * 1024}


def is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def body_problem(request: HttpRequest):
    """The error a request's body earns before any endpoint sees it, or None."""
    if request.method not in BODY_METHODS:
        return None
    if request.path in UPLOADS:
        return _upload_problem(request, UPLOADS[request.path])
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if limit is not None and _declared_length(request) > limit:
        return PayloadTooLarge(limit)
    try:
        body = request.body
    except RequestDataTooBig:
        return PayloadTooLarge(limit)
    if limit is not None and len(body) > limit:
        return PayloadTooLarge(limit)
    content_type = request.META.get("CONTENT_TYPE", "")
    if body and not is_json(content_type):
        return UnsupportedMediaType()
    return None


def _upload_problem(request: HttpRequest, limit: int):
    if _declared_length(request) > limit:
        return PayloadTooLarge(limit)
    media_type = request.META.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
    if media_type != "multipart/form-data":
        return UnsupportedMediaType()
    return None


class ApiRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        from .app import error_response

        problem = body_problem(request)
        if problem is not None:
            return error_response(request, problem)
        response = self.get_response(request)
        if response.status_code < 400 or "json" in response.get("Content-Type", ""):
            return response
        # Refused before the API answered (ninja's 405, a bad Host, a failure in a middleware).
        if response.status_code == 405:
            allowed = response.get("Allow", "")
            answer = error_response(request, MethodNotAllowed(request.method, allowed))
            answer["Allow"] = allowed
            return answer
        return error_response(request, _refusal(response.status_code))


def _refusal(status: int):
    if status == 400:
        return BadRequest()
    if status == 404:
        return NotFound(_("Nothing was found at this address."))
    if status >= 500:
        error = ServerError()
        error.status = status
        return error
    return HttpStatus(status)
