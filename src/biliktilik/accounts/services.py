"""Writes of accounts: users with their role, and API tokens. Each in one transaction with its
audit entry; a token is shown once and only its SHA-256 digest is kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from biliktilik.audit.services import audit_record
from biliktilik.staff.models import Employee, Organization

from .errors import (
    EmployeeRequired,
    InvalidTokenName,
    OrganizationRequired,
    TokenPermissionDenied,
    UnknownEmployee,
    UnknownOrganization,
    UnknownRole,
    UsernameTaken,
)
from .models import ApiToken, Profile, Role
from .permissions import role_of

TOKEN_PREFIX_LENGTH = 8
# Writing last_used_at on every request would turn every read into a write; a minute is precise enough.
LAST_USED_PRECISION = dt.timedelta(minutes=1)
ORGANIZATION_ROLES = {Role.HR_OFFICER, Role.COMMISSION_MEMBER}


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def user_create(
    *,
    actor,
    username: str,
    role: str,
    organization_id: int | None = None,
    employee_id: int | None = None,
    password: str | None = None,
):
    """A user with a profile. ``password=None`` leaves the account without a usable password
    (API tokens only)."""
    if role not in Role.values:
        raise UnknownRole(role, ", ".join(Role.values))
    organization = None
    if organization_id is not None:
        organization = Organization.objects.filter(pk=organization_id).first()
        if organization is None:
            raise UnknownOrganization(organization_id, loc=["organization"])
    elif role in ORGANIZATION_ROLES:
        raise OrganizationRequired(role)
    employee = None
    if employee_id is not None:
        employee = Employee.objects.filter(pk=employee_id).first()
        if employee is None:
            raise UnknownEmployee(employee_id, loc=["employee"])
    elif role == Role.EMPLOYEE:
        raise EmployeeRequired()
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise UsernameTaken(username)
    user = user_model(username=username)
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    profile = Profile.objects.create(user=user, role=role, organization=organization, employee=employee)
    audit_record(
        actor=actor,
        action="user.create",
        object_type="user",
        object_id=user.pk,
        after={
            "username": user.username,
            "role": profile.role,
            "organization": profile.organization_id,
            "employee": profile.employee_id,
            "password": password is not None,
        },
    )
    return user


@transaction.atomic
def api_token_create(*, actor, user, name: str) -> str:
    """A new bearer token for ``user``; the returned string is the only time it is seen.

    ``actor=None`` is the system (the ``createuser`` command); otherwise users create their own
    tokens and administrators anyone's.
    """
    if actor is not None and actor.pk != user.pk and role_of(actor) != Role.ADMINISTRATOR:
        raise TokenPermissionDenied()
    name = (name or "").strip()
    if not 1 <= len(name) <= 100:
        raise InvalidTokenName()
    raw = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=raw[:TOKEN_PREFIX_LENGTH], digest=token_digest(raw)
    )
    audit_record(
        actor=actor,
        action="api_token.create",
        object_type="api_token",
        object_id=token.pk,
        after={"user": user.get_username(), "name": token.name, "prefix": token.prefix},
    )
    return raw


def api_token_authenticate(*, raw: str):
    """The active user a token belongs to, or None; notes when the token was last used."""
    if not raw:
        return None
    token = ApiToken.objects.select_related("user").filter(digest=token_digest(raw)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
