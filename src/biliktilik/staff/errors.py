"""Errors of the staff registry, with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, NotFound


class PermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("You may not change records of this organization."))


class ImportNotAllowed(DomainError):
    """A reader (methodologist, auditor, commission member, employee) asked to import a file."""

    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(
            _(
                "Your role lets you read the registry but not change it, so you may not import files. "
                "An HR officer or the administrator imports them."
            )
        )


class EmployeeNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no employee with this id that you may see."), code="not_found")


class OrganizationNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no organization with this id that you may see."), code="not_found")


class ImportJobNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no import with this id that you started."), code="not_found")


class StaleVersion(DomainError):
    """The record changed since the writer read it (optimistic concurrency: ETag / If-Match)."""

    status = 412
    code = "precondition_failed"

    def __init__(self, current=None):
        super().__init__(
            _(
                "Someone else changed this record meanwhile; nothing was saved. Its current values are "
                "shown: apply your change to them again."
            )
        )
        self.current = current
