"""What a viewer may see and change. Every list, page, API endpoint and export asks here.

- administrator: everything; methodologist and auditor: read everything;
- HR officer: read and write inside their organization's subtree;
- commission member: read inside their organization's subtree;
- employee: read their own record only.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from biliktilik.staff.models import Employee, Organization

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


# The encoders' interpretations of the law are written for lawyers: shown to those who check
# the law data (methodologists) and administrators, not to everyone who reads an act.
INTERPRETATION_READERS = {Role.ADMINISTRATOR, Role.METHODOLOGIST}


def reads_interpretations(user) -> bool:
    return role_of(user) in INTERPRETATION_READERS
