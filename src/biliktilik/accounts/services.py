"""Writes of accounts: users with their role, and API tokens. Each in one transaction with its
audit entry naming the actor; a token is shown once and only its SHA-256 digest is kept.

``actor=None`` is the system (management commands); otherwise only an administrator manages
accounts, and users may create and revoke their own tokens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from biliktilik.audit.services import audit_record

from .errors import (
    AccountNotFound,
    AccountPermissionDenied,
    EmployeeRequired,
    EmployeeTaken,
    InvalidTokenExpiry,
    InvalidTokenName,
    OrganizationRequired,
    OwnAccountLockout,
    TokenNotFound,
    TokenPermissionDenied,
    UnknownEmployee,
    UnknownOrganization,
    UnknownRole,
    UsernameTaken,
)
from .models import ApiToken, Profile, Role
from .permissions import role_of

TOKEN_PREFIX_LENGTH = 8
# A token lives a year at most: one that leaks stops working on its own.
TOKEN_MAX_DAYS = 365
# Writing last_used_at on every request would turn every read into a write; a minute is precise enough.
LAST_USED_PRECISION = dt.timedelta(minutes=1)
ORGANIZATION_ROLES = {Role.HR_OFFICER, Role.COMMISSION_MEMBER}
# The registry's models, through the profile's relations: the registry depends on accounts
# (roles), so accounts names its models only as "staff.Organization" and "staff.Employee".
Organization = Profile.organization.field.related_model
Employee = Profile.employee.field.related_model


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _require_administrator(actor) -> None:
    if actor is not None and role_of(actor) != Role.ADMINISTRATOR:
        raise AccountPermissionDenied()


def _scope(*, role: str, organization_id: int | None, employee_id: int | None, user=None):
    """The organization and employee record a role needs, checked; ``user``: the account they
    are for (an employee record belongs to one account at most)."""
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
        holder = Profile.objects.filter(employee=employee).select_related("user").first()
        if holder is not None and (user is None or holder.user_id != user.pk):
            raise EmployeeTaken(holder.user.get_username())
    elif role == Role.EMPLOYEE:
        raise EmployeeRequired()
    return organization, employee


def _account_state(user) -> dict:
    profile = Profile.objects.filter(user=user).first()
    return {
        "username": user.get_username(),
        "role": Role.ADMINISTRATOR.value if user.is_superuser else (profile.role if profile else None),
        "organization": profile.organization_id if profile else None,
        "employee": profile.employee_id if profile else None,
        "active": user.is_active,
        "superuser": user.is_superuser,
    }


def _locked_user(user_id: int):
    user = get_user_model().objects.select_for_update().filter(pk=user_id).first()
    if user is None:
        raise AccountNotFound()
    return user


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
    _require_administrator(actor)
    organization, employee = _scope(role=role, organization_id=organization_id, employee_id=employee_id)
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
def user_update(*, actor, user_id: int, role: str, organization_id: int | None, employee_id: int | None):
    """Change an account's role and the organization or employee record it is scoped to.

    Our roles are the only source of rights: a superuser given another role stops being one.
    """
    _require_administrator(actor)
    user = _locked_user(user_id)
    if actor is not None and actor.pk == user.pk and role != Role.ADMINISTRATOR:
        raise OwnAccountLockout(loc=["role"])
    organization, employee = _scope(
        role=role, organization_id=organization_id, employee_id=employee_id, user=user
    )
    before = _account_state(user)
    profile = Profile.objects.select_for_update().filter(user=user).first() or Profile(user=user)
    profile.role, profile.organization, profile.employee = role, organization, employee
    profile.save()
    if user.is_superuser and role != Role.ADMINISTRATOR:
        user.is_superuser = user.is_staff = False
        user.save(update_fields=["is_superuser", "is_staff"])
    after = _account_state(user)
    if after != before:
        audit_record(
            actor=actor,
            action="user.update",
            object_type="user",
            object_id=user.pk,
            before=before,
            after=after,
        )
    return user


@transaction.atomic
def user_set_active(*, actor, user_id: int, active: bool):
    """Deactivate an account (its sessions and tokens stop working at once) or reactivate it."""
    _require_administrator(actor)
    user = _locked_user(user_id)
    if actor is not None and actor.pk == user.pk and not active:
        raise OwnAccountLockout(loc=["active"])
    if user.is_active == active:
        return user
    before = _account_state(user)
    user.is_active = active
    user.save(update_fields=["is_active"])
    audit_record(
        actor=actor,
        action="user.activate" if active else "user.deactivate",
        object_type="user",
        object_id=user.pk,
        before=before,
        after=_account_state(user),
    )
    return user


def _check_expiry(expires_at: dt.datetime | None, *, now: dt.datetime) -> None:
    if expires_at is None:
        return
    if not now < expires_at <= now + dt.timedelta(days=TOKEN_MAX_DAYS + 1):
        raise InvalidTokenExpiry(TOKEN_MAX_DAYS)


@transaction.atomic
def api_token_create(*, actor, user, name: str, expires_at: dt.datetime | None = None) -> str:
    """A new bearer token for ``user``; the returned string is the only time it is seen.

    Users create their own tokens and administrators anyone's. ``expires_at=None`` (only the
    ``createuser`` command and users' own tokens) never expires; revoking it ends it.
    """
    if actor is not None and actor.pk != user.pk and role_of(actor) != Role.ADMINISTRATOR:
        raise TokenPermissionDenied()
    name = (name or "").strip()
    if not 1 <= len(name) <= 100:
        raise InvalidTokenName()
    _check_expiry(expires_at, now=timezone.now())
    raw = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=raw[:TOKEN_PREFIX_LENGTH],
        digest=token_digest(raw),
        expires_at=expires_at,
    )
    audit_record(
        actor=actor,
        action="api_token.create",
        object_type="api_token",
        object_id=token.pk,
        after={
            "user": user.get_username(),
            "name": token.name,
            "prefix": token.prefix,
            "expires_at": expires_at.isoformat() if expires_at else None,
        },
    )
    return raw


@transaction.atomic
def api_token_revoke(*, actor, user_id: int, token_id: int) -> ApiToken:
    """Revoke one of an account's tokens: it is refused from the next request on."""
    token = (
        ApiToken.objects.select_for_update()
        .select_related("user")
        .filter(pk=token_id, user_id=user_id)
        .first()
    )
    if token is None:
        raise TokenNotFound()
    if actor is not None and actor.pk != token.user_id and role_of(actor) != Role.ADMINISTRATOR:
        raise TokenPermissionDenied()
    if token.revoked_at is not None:
        return token
    token.revoked_at = timezone.now()
    token.revoked_by = actor if actor is not None and actor.pk else None
    token.save(update_fields=["revoked_at", "revoked_by"])
    audit_record(
        actor=actor,
        action="api_token.revoke",
        object_type="api_token",
        object_id=token.pk,
        before={"revoked_at": None},
        after={
            "user": token.user.get_username(),
            "name": token.name,
            "prefix": token.prefix,
            "revoked_at": token.revoked_at,
        },
    )
    return token


def api_token_authenticate(*, raw: str):
    """The active user a valid token belongs to, or None (unknown, expired or revoked token);
    notes when the token was last used."""
    if not raw:
        return None
    # The profile with the user: every API request asks for the role next (one query fewer).
    # The digest is unique: no ordering (.first() would add one, for nothing, on every request).
    token = next(
        iter(
            ApiToken.objects.select_related("user__profile").filter(digest=token_digest(raw)).order_by()[:1]
        ),
        None,
    )
    now = timezone.now()
    if token is None or not token.is_valid_at(now) or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
