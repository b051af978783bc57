"""Who may do what on the Platform (issue 8, item 11), by role; which campaigns and attestees
a viewer reaches is ``selectors``' scoping by organization subtree.

- methodologist (and administrator): keeps the question bank; auditor: reads it;
- HR officer: runs the campaigns of their subtree;
- commission member: reviews appeals, assesses and confirms decisions in their subtree;
- employee: their own tests and appeals only; auditor: reads everything.
"""

from __future__ import annotations

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of, role_of

BANK_WRITERS = {Role.ADMINISTRATOR, Role.METHODOLOGIST}
BANK_READERS = BANK_WRITERS | {Role.AUDITOR}
CAMPAIGN_WRITERS = {Role.ADMINISTRATOR, Role.HR_OFFICER}
COMMISSION = {Role.ADMINISTRATOR, Role.COMMISSION_MEMBER}


def may_keep_bank(user) -> bool:
    return role_of(user) in BANK_WRITERS


def may_read_bank(user) -> bool:
    return role_of(user) in BANK_READERS


def require_role_in(actor, organization, *, roles: set[str], message) -> None:
    """``actor`` holds one of ``roles`` in ``organization`` or one of its parents (the administrator
    anywhere); otherwise PlatformPermissionDenied with ``message`` (a whole translated sentence)."""
    from .errors import PlatformPermissionDenied

    profile = profile_of(actor)
    role = role_of(actor)
    inside = role == Role.ADMINISTRATOR or (
        profile is not None
        and profile.organization_id
        and organization.path.startswith(profile.organization.path)
    )
    if role not in roles or not inside:
        raise PlatformPermissionDenied(message)


def require_commission(actor, campaign) -> None:
    """A commission member of the campaign's organization (or its parents), or the administrator."""
    from django.utils.translation import gettext_lazy as _

    require_role_in(
        actor,
        campaign.organization,
        roles=COMMISSION,
        message=_("Only a member of this organization's attestation commission may do this."),
    )
