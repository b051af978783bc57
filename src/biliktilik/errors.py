"""One error hierarchy for the whole application.

A ``DomainError`` has a stable ``code``, a translated whole-sentence ``message`` and the
``params`` it was formatted with. The API maps it once to the contract's error shape; pages
map it to form errors.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    status = 422
    code = "invalid"

    def __init__(self, message=None, *, code: str | None = None, loc: list | None = None, **params):
        self.message = message if message is not None else _("The request is not valid.")
        if code:
            self.code = code
        self.loc = loc
        self.params = params
        super().__init__(str(self.message))

    def text(self) -> str:
        return str(self.message) % self.params if self.params else str(self.message)


class NotFound(DomainError):
    status = 404
    code = "not_found"


class InvalidInput(DomainError):
    status = 422
    code = "validation_error"
