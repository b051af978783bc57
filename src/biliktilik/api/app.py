"""The public API, v1 (``docs/api.md``): one NinjaAPI, errors mapped once. The apps' routers
are mounted on it by ``biliktilik.config.api``: the apps use this package, it uses none of them.

Every answer under /api/ is JSON in the contract's shape, errors included: bad JSON (400), a
body too large (413) or not JSON (415, see ``middleware``), a method the address does not
answer (405), an unknown address (404) and our own failures (500, logged, never shown).
"""

import json
import logging

from django.core.exceptions import ValidationError as ModelValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from biliktilik import __version__
from biliktilik.errors import DomainError
from biliktilik.rules.explain import LawGap
from biliktilik.rules.messages import text as rule_text
from biliktilik.rules.run import InputError

from .errors import MalformedJson, ServerError
from .messages import field_message

logger = logging.getLogger("biliktilik.api")


class Utf8JSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


class Api(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """ninja's document, plus the answers the middleware gives to any operation with a body."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
        for path_item in schema["paths"].values():
            for operation in path_item.values():
                if "requestBody" in operation:
                    operation["responses"].setdefault(
                        413, {"description": "Payload Too Large", "content": error}
                    )
                    operation["responses"].setdefault(
                        415, {"description": "Unsupported Media Type", "content": error}
                    )
        return schema


class SessionSwagger(Swagger):
    """Swagger UI that sends the CSRF token with its requests: the registry's endpoints take a
    signed-in session as well as a bearer token, and a session's writes need the token. (ninja
    adds it only when the authentication is the whole API's; ours is the staff router's.)"""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs) -> HttpResponse:
        self.settings["url"] = self.get_openapi_url(api, kwargs)
        context = {"swagger_settings": json.dumps(self.settings, indent=1), "api": api, "add_csrf": True}
        return render(request, self.template, context)


api = Api(
    renderer=Utf8JSONRenderer(),
    docs=SessionSwagger(),
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
    """Keep the parameter source ninja puts first ("query", "path", "body"); drop the name of
    the view's body argument that follows it, so the location names the contract's field."""
    parts = list(raw_loc)
    if len(parts) > 1 and parts[0] == "body" and parts[1] == "payload":
        del parts[1]
    return parts


def invalid_fields(request: HttpRequest, errors: list) -> HttpResponse:
    """422 naming each field refused, by ninja's validation or a model's."""
    return api.create_response(
        request, error_body("validation_error", _("The request has invalid fields."), errors), status=422
    )


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [{"loc": _loc(e.get("loc", [])), "msg": field_message(e)} for e in exc.errors]
    return invalid_fields(request, errors)


@api.exception_handler(DomainError)
def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return error_response(request, exc)


def error_response(request: HttpRequest, exc: DomainError) -> HttpResponse:
    errors = getattr(exc, "errors", None) or ([{"loc": exc.loc, "msg": exc.text()}] if exc.loc else [])
    return api.create_response(request, error_body(exc.code, exc.text(), errors), status=exc.status)


@api.exception_handler(ModelValidationError)
def on_model_validation_error(request: HttpRequest, exc: ModelValidationError) -> HttpResponse:
    """A model's own validation (``full_clean`` in a service) names the field it refused."""
    by_field = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    errors = [
        {"loc": ["body"] if field == "__all__" else ["body", field], "msg": str(message)}
        for field, messages in by_field.items()
        for message in messages
    ]
    return invalid_fields(request, errors)


@api.exception_handler(AuthenticationError)
def on_not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request,
        error_body("not_authenticated", _("Sign in or send a valid API token to use this endpoint.")),
        status=401,
    )


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(
        request, error_body("not_found", _("Nothing was found at this address.")), status=404
    )


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja raises its only 400 when the body does not parse as JSON.
    if exc.status_code == 400:
        return error_response(request, MalformedJson())
    return api.create_response(
        request, error_body(f"http_{exc.status_code}", str(exc)), status=exc.status_code
    )


@api.exception_handler(Exception)
def on_server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    """Our own failure: recorded with its traceback, answered without any of it."""
    logger.exception("Unhandled error on %s %s", request.method, request.path, exc_info=exc)
    return error_response(request, ServerError())


def not_found_view(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any unknown address under /api/ answers in the contract's error shape."""
    return on_not_found(request, Http404())


@api.exception_handler(LawGap)
def on_law_gap(request: HttpRequest, exc: LawGap) -> HttpResponse:
    """The law in force on the date is not in our sources (or the thing asked for does not exist)."""
    message = rule_text(exc.code, exc.params, request.LANGUAGE_CODE)
    status = 404 if exc.code.startswith("unknown_") else 422
    loc = ["path" if status == 404 else "body", exc.field]
    return api.create_response(
        request, error_body(exc.code, message, [{"loc": loc, "msg": message}]), status=status
    )


@api.exception_handler(InputError)
def on_input_error(request: HttpRequest, exc: InputError) -> HttpResponse:
    message = rule_text(exc.code, exc.params, request.LANGUAGE_CODE)
    return api.create_response(
        request, error_body(exc.code, message, [{"loc": ["body", exc.field], "msg": message}]), status=422
    )
