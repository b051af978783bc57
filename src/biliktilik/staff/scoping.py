"""Which organizations and employees a viewer may see, and where they may write. Every list,
page, API endpoint and export of the registry asks here; the roles themselves are
``biliktilik.accounts.permissions``.

- administrator: everything; methodologist and auditor: read everything;
- HR officer: read and write inside their organization's subtree;
- commission member: read inside their organization's subtree;
- employee: read their own record only.
"""

from __future__ import annotations

from django.db.models import QuerySet

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import READ_ALL, SUBTREE_READERS, profile_of, role_of

from .models import Employee, Organization


def within_scope(user, queryset: QuerySet, *, organization: str, employee: str) -> QuerySet:
    """``queryset`` narrowed to what ``user`` may see. ``organization``: the lookup from the model
    to its organization's ``path`` ("" for organizations themselves, "organization__" for
    records held in one); ``employee``: the lookup matching the viewer's own employee record.
    Other apps scope their records of the registry's people with it (an attestation campaign:
    ``organization="organization__", employee="attestees__employee_id"``)."""
    role = role_of(user)
    if role in READ_ALL:
        return queryset
    profile = profile_of(user)
    if role in SUBTREE_READERS and profile.organization_id:
        return queryset.filter(**{f"{organization}path__startswith": profile.organization.path})
    if role == Role.EMPLOYEE and profile.employee_id:
        return queryset.filter(**{employee: profile.employee_id})
    return queryset.none()


def visible_organizations(user) -> QuerySet[Organization]:
    return within_scope(user, Organization.objects.all(), organization="", employee="employees")


def visible_employees(user) -> QuerySet[Employee]:
    return within_scope(user, Employee.objects.all(), organization="organization__", employee="pk")


def can_write_in(user, organization: Organization) -> bool:
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    if role == Role.HR_OFFICER:
        profile = profile_of(user)
        return bool(profile.organization_id) and organization.path.startswith(profile.organization.path)
    return False
