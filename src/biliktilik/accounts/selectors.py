"""Reads of accounts for the administrator's pages: who has which role, scope and tokens."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from .errors import AccountNotFound, AccountPermissionDenied
from .models import ApiToken, Role
from .permissions import role_of


def _require_administrator(viewer) -> None:
    if role_of(viewer) != Role.ADMINISTRATOR:
        raise AccountPermissionDenied()


def account_list(*, viewer) -> QuerySet:
    _require_administrator(viewer)
    return (
        get_user_model()
        .objects.select_related("profile__organization", "profile__employee")
        .order_by("username")
    )


def account_get(*, viewer, user_id: int):
    _require_administrator(viewer)
    user = account_list(viewer=viewer).filter(pk=user_id).first()
    if user is None:
        raise AccountNotFound()
    return user


def api_token_list(*, viewer, user) -> QuerySet[ApiToken]:
    """An account's tokens, newest first; the raw token is never stored, so never listed."""
    if viewer.pk != user.pk:
        _require_administrator(viewer)
    return ApiToken.objects.filter(user=user).select_related("revoked_by")
