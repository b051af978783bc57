"""The public API, v1 (``shared/contract/API.md``): one NinjaAPI, errors mapped once."""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError
from ninja.renderers import JSONRenderer

from biliktilik import __version__
from biliktilik.errors import DomainError

from .messages import field_message


class Utf8JSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=Utf8JSONRenderer(),
    title="Biliktilik API",
    version="1",
    description=(
        "The qualification law of Kazakhstan's social-protection sector: acts as worded on a date, "
        "the register of positions, the working-day calendar. `Accept-Language: kk|ru|en` picks the "
        f"language of human text (default kk). Server {__version__}."
    ),
    urls_namespace="api-v1",
)


def error_body(code: str, message: str, errors: list | None = None) -> dict:
    return {"code": code, "message": message, "errors": errors or []}


def _loc(raw_loc) -> list:
    # ninja prefixes the parameter source ("query", "path", "body"); keep it, it tells where.
    return [part for part in raw_loc]


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [{"loc": _loc(e.get("loc", [])), "msg": field_message(e)} for e in exc.errors]
    return api.create_response(
        request,
        error_body("validation_error", _("The request has invalid fields."), errors),
        status=422,
    )


@api.exception_handler(DomainError)
def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    errors = [{"loc": exc.loc, "msg": exc.text()}] if exc.loc else []
    return api.create_response(request, error_body(exc.code, exc.text(), errors), status=exc.status)


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(
        request, error_body("not_found", _("Nothing was found at this address.")), status=404
    )


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = "bad_request" if exc.status_code == 400 else f"http_{exc.status_code}"
    message = _("The request could not be read.") if exc.status_code == 400 else str(exc)
    return api.create_response(request, error_body(code, message), status=exc.status_code)


def not_found_view(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any unknown address under /api/v1/ answers in the contract's error shape."""
    return api.create_response(
        request, error_body("not_found", _("Nothing was found at this address.")), status=404
    )


def register_routers() -> None:
    from biliktilik.calendar_app.api import router as calendar_router
    from biliktilik.catalog.api import router as catalog_router

    api.add_router("", catalog_router)
    api.add_router("", calendar_router)


register_routers()
