"""Errors of the API itself (the request as sent, and who may send it), in the contract's shape:
a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError


class MalformedJson(DomainError):
    status = 400
    code = "malformed_json"

    def __init__(self):
        super().__init__(_("The request body is not valid JSON."), loc=["body"])


class UnsupportedMediaType(DomainError):
    status = 415
    code = "unsupported_media_type"

    def __init__(self):
        super().__init__(
            _("Send the request body as JSON, with the header Content-Type: application/json."),
            loc=["header", "Content-Type"],
        )


class PayloadTooLarge(DomainError):
    status = 413
    code = "payload_too_large"

    def __init__(self, limit: int):
        super().__init__(
            _("The request body is larger than the limit of %(limit)s bytes."), loc=["body"], limit=limit
        )


class MethodNotAllowed(DomainError):
    status = 405
    code = "method_not_allowed"

    def __init__(self, method: str, allowed: str):
        super().__init__(
            _("This address does not answer %(method)s; it answers: %(allowed)s."),
            method=method,
            allowed=allowed,
        )


class CsrfFailed(DomainError):
    status = 403
    code = "csrf_failed"

    def __init__(self):
        super().__init__(_("A change made while signed in needs the page's CSRF token; reload the page."))


class ReadOnlyRole(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("Your role may read the registry but not change it."))


class BadRequest(DomainError):
    status = 400
    code = "bad_request"

    def __init__(self):
        super().__init__(_("The request could not be read."))


class HttpStatus(DomainError):
    """Any other refusal made before our code runs, in the contract's shape."""

    def __init__(self, status: int):
        self.status = status
        super().__init__(
            _("The request could not be answered (HTTP status %(status)s)."),
            code=f"http_{status}",
            status=status,
        )


class ServerError(DomainError):
    status = 500
    code = "server_error"

    def __init__(self):
        super().__init__(_("Something went wrong on our side; it has been recorded. Please try again later."))
