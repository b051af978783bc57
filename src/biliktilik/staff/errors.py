"""Errors of the staff registry, with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, NotFound


class PermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("You may not change records of this organization."))


class EmployeeNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no employee with this id that you may see."), code="not_found")


class OrganizationNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no organization with this id that you may see."), code="not_found")


class ImportJobNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no import with this id that you started."), code="not_found")
