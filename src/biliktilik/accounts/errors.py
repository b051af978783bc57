"""Errors of accounts and sign-in, with a stable code and a translated whole-sentence message."""

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError, InvalidInput, NotFound


class NotAuthenticated(DomainError):
    status = 401
    code = "not_authenticated"

    def __init__(self):
        super().__init__(_("Sign in or send a valid API token to use this endpoint."))


class TokenPermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("Only an administrator may create API tokens for other users."))


class UnknownRole(InvalidInput):
    def __init__(self, role: str, choices: str):
        super().__init__(
            _("There is no role “%(role)s”; choose one of: %(choices)s."),
            code="unknown_role",
            loc=["role"],
            role=role,
            choices=choices,
        )


class UnknownOrganization(InvalidInput):
    def __init__(self, organization_id, *, loc: list):
        super().__init__(
            _("There is no organization with id %(id)s that you may see."),
            code="unknown_organization",
            loc=loc,
            id=organization_id,
        )


class UnknownEmployee(InvalidInput):
    def __init__(self, employee_id, *, loc: list):
        super().__init__(
            _("There is no employee with id %(id)s that you may see."),
            code="unknown_employee",
            loc=loc,
            id=employee_id,
        )


class OrganizationRequired(InvalidInput):
    def __init__(self, role: str):
        super().__init__(
            _("An account with the role “%(role)s” needs an organization."),
            code="organization_required",
            loc=["organization"],
            role=role,
        )


class EmployeeRequired(InvalidInput):
    def __init__(self):
        super().__init__(
            _("An employee's account needs the employee record it belongs to."),
            code="employee_required",
            loc=["employee"],
        )


class UsernameTaken(InvalidInput):
    def __init__(self, username: str):
        super().__init__(
            _("The username “%(username)s” is already taken."),
            code="username_taken",
            loc=["username"],
            username=username,
        )


class InvalidTokenName(InvalidInput):
    def __init__(self):
        super().__init__(
            _("A token needs a name of 1 to 100 characters."), code="invalid_token_name", loc=["name"]
        )


class AccountPermissionDenied(DomainError):
    status = 403
    code = "permission_denied"

    def __init__(self):
        super().__init__(_("Only an administrator may manage accounts."))


class AccountNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no account with this id."), code="not_found")


class TokenNotFound(NotFound):
    def __init__(self):
        super().__init__(_("There is no API token with this id for this account."), code="not_found")


class OwnAccountLockout(InvalidInput):
    def __init__(self, *, loc: list):
        super().__init__(
            _("You cannot deactivate your own account or take away its administrator role."),
            code="own_account",
            loc=loc,
        )


class EmployeeTaken(InvalidInput):
    def __init__(self, username: str):
        super().__init__(
            _("This employee record already belongs to the account “%(username)s”."),
            code="employee_taken",
            loc=["employee"],
            username=username,
        )


class InvalidTokenExpiry(InvalidInput):
    def __init__(self, days: int):
        super().__init__(
            _("A token must expire in the future and at most %(days)s days from now."),
            code="invalid_token_expiry",
            loc=["expires_at"],
            days=days,
        )
