"""A viewer's role, which every permission check starts from. Which staff records a role may
see or change is the registry's own (``biliktilik.staff.scoping``): accounts knows roles, not
organizations.

- administrator: everything; methodologist and auditor: read everything;
- HR officer and commission member: inside their organization's subtree;
- employee: their own record only.
"""

from __future__ import annotations

from .models import Profile, Role

READ_ALL = {Role.ADMINISTRATOR, Role.METHODOLOGIST, Role.AUDITOR}
SUBTREE_READERS = {Role.HR_OFFICER, Role.COMMISSION_MEMBER}


def profile_of(user) -> Profile | None:
    if user is None or not user.is_authenticated:
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def role_of(user) -> str | None:
    if user is not None and user.is_authenticated and user.is_superuser:
        return Role.ADMINISTRATOR
    profile = profile_of(user)
    return profile.role if profile else None


# The encoders' interpretations of the law are written for lawyers: shown to those who check
# the law data (methodologists) and administrators, not to everyone who reads an act.
INTERPRETATION_READERS = {Role.ADMINISTRATOR, Role.METHODOLOGIST}


def reads_interpretations(user) -> bool:
    return role_of(user) in INTERPRETATION_READERS
