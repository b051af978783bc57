"""Our 403, 404 and 500 pages (and the CSRF refusal), in the reader's language, styled like the
site and saying nothing of the server's internals: no settings, no URL patterns, no traceback.

The 500 page is rendered without the request's context (no session, no user, no database
query): it must appear even when the database is what failed. Under ``/api/`` a 500 is the
contract's JSON error instead of a page (the API answers its own 403s and 404s).

``DomainErrorPages`` is the pages' one mapping of the error hierarchy (``biliktilik.errors``),
as ``biliktilik.api.app`` is the API's: a refusal a page view does not put on a form (with
``biliktilik.forms.add_refusal``) becomes our page with the refusal's own sentence and status —
403 for a permission, 404 for an unknown record, 412 for a stale version, 422 otherwise.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from biliktilik.errors import DomainError

from .middleware import API_PREFIX, api_language, page_language

logger = logging.getLogger(__name__)


def _api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def _api_error(code: str, message: str, status: int) -> JsonResponse:
    body = {"code": code, "message": message, "errors": []}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _language(request: HttpRequest) -> str:
    if _api(request):
        return api_language(request.headers.get("Accept-Language", ""))
    return page_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    """Our refusals carry a whole translated sentence saying why; others get the general one."""
    message = str(exception) if exception is not None and exception.args else ""
    return render(request, "403.html", {"message": message}, status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    # The exception's text is not shown: Django's says which URL patterns were tried.
    return render(request, "404.html", status=404)


def domain_error_page(request: HttpRequest, error: DomainError) -> HttpResponse:
    template = {403: "403.html", 404: "404.html"}.get(error.status, "problem.html")
    return render(request, template, {"message": error.text(), "status": error.status}, status=error.status)


class DomainErrorPages:
    """A ``DomainError`` escaping a page view, answered with our page in the reader's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DomainError) and not _api(request):
            return domain_error_page(request, exception)
        return None


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(
        request,
        "403.html",
        {"message": _("The form had expired. Go back, reload the page and send it again.")},
        status=403,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    with translation.override(_language(request)):
        if _api(request):
            # The API's own last resort (biliktilik.api) answers first; this is the one after it.
            return _api_error(
                "server_error",
                _("Something went wrong on our side; it has been recorded. Please try again later."),
                500,
            )
        try:
            return HttpResponse(loader.get_template("500.html").render({}), status=500)
        except Exception:
            # A page that cannot even be rendered (a template or a static file missing) still
            # answers, plainly.
            logger.exception("the 500 page could not be rendered")
            text = escape(_("Something went wrong on our side. Please try again later."))
            return HttpResponse(f"<!doctype html><title>500</title><p>{text}</p>", status=500)
