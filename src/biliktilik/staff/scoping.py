"""Which organizations and employees a viewer may see, and where they may write. Every list,
page, API endpoint and export of the registry asks here; the roles themselves are
``biliktilik.accounts.permissions``.

- administrator: everything; methodologist and auditor: read everything;
- HR officer: read and write inside their organization's subtree;
- commission member: read inside their organization's subtree;
- employee: read their own record only.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from biliktilik.accounts.models import Profile, Role
from biliktilik.accounts.permissions import READ_ALL, SUBTREE_READERS, profile_of, role_of

from .models import Employee, Organization


def _subtree(profile: Profile) -> Q:
    return Q(path__startswith=profile.organization.path) if profile.organization_id else Q(pk__in=[])


def visible_organizations(user) -> QuerySet[Organization]:
    role = role_of(user)
    if role in READ_ALL:
        return Organization.objects.all()
    profile = profile_of(user)
    if role in SUBTREE_READERS:
        return Organization.objects.filter(_subtree(profile))
    if role == Role.EMPLOYEE and profile.employee_id:
        return Organization.objects.filter(pk=profile.employee.organization_id)
    return Organization.objects.none()


def visible_employees(user) -> QuerySet[Employee]:
    role = role_of(user)
    if role in READ_ALL:
        return Employee.objects.all()
    profile = profile_of(user)
    if role in SUBTREE_READERS and profile.organization_id:
        return Employee.objects.filter(organization__path__startswith=profile.organization.path)
    if role == Role.EMPLOYEE and profile.employee_id:
        return Employee.objects.filter(pk=profile.employee_id)
    return Employee.objects.none()


def can_write_in(user, organization: Organization) -> bool:
    role = role_of(user)
    if role == Role.ADMINISTRATOR:
        return True
    if role == Role.HR_OFFICER:
        profile = profile_of(user)
        return bool(profile.organization_id) and organization.path.startswith(profile.organization.path)
    return False
