"""Who may see a case and who may act on its steps.

A step is done by the role of its actor (the procedure's ``actor`` code), inside the case's
organization: the case's organization must lie in the subtree of the user's profile. An
administrator may act as any actor. Methodologists and auditors read every case.
"""

from __future__ import annotations

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import READ_ALL, profile_of, role_of

# The procedures' actors (vocabulary.ACTOR) and the roles that act as each. The regulation's
# "service provider" (the duplicate's single step) is any of the provider's case staff.
CASE_STAFF = frozenset(
    {Role.INTAKE_OFFICER, Role.HEAD_OF_UNIT, Role.EXECUTOR, Role.COMMISSION_SECRETARY, Role.MANAGEMENT}
)
ACTOR_ROLES: dict[str, frozenset[str]] = {
    "intake_officer": frozenset({Role.INTAKE_OFFICER}),
    "management": frozenset({Role.MANAGEMENT}),
    "head_of_unit": frozenset({Role.HEAD_OF_UNIT}),
    "executor": frozenset({Role.EXECUTOR}),
    "commission": frozenset({Role.COMMISSION_MEMBER}),
    "commission_secretary": frozenset({Role.COMMISSION_SECRETARY}),
    "service_provider": frozenset({Role.INTAKE_OFFICER, Role.HEAD_OF_UNIT, Role.EXECUTOR, Role.MANAGEMENT}),
}
SUBTREE_CASE_READERS = CASE_STAFF | {Role.COMMISSION_MEMBER}


def within_subtree(user, organization) -> bool:
    profile = profile_of(user)
    return bool(profile and profile.organization_id) and organization.path.startswith(
        profile.organization.path
    )


def may_act_as(user, actor: str, organization) -> bool:
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    return role in ACTOR_ROLES.get(actor, ()) and within_subtree(user, organization)


def visible_cases(user, queryset):
    """``queryset`` of cases narrowed to those ``user`` may see."""
    role = role_of(user)
    if role in READ_ALL:
        return queryset
    profile = profile_of(user)
    if role in SUBTREE_CASE_READERS and profile.organization_id:
        return queryset.filter(organization__path__startswith=profile.organization.path)
    return queryset.none()
