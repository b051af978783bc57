"""Managing accounts through the services: only an administrator, every write audited with its
actor, an employee record belongs to one account, tokens expire and can be revoked."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from biliktilik.accounts.errors import AccountPermissionDenied, TokenPermissionDenied
from biliktilik.accounts.models import ApiToken, Role
from biliktilik.accounts.services import (
    api_token_authenticate,
    api_token_create,
    api_token_revoke,
    user_create,
    user_set_active,
    user_update,
)
from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.errors import InvalidInput
from tests.staff.factories import EmployeeFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin():
    return UserFactory(role=Role.ADMINISTRATOR, username="root")


@pytest.mark.parametrize("role", [r for r in Role.values if r != Role.ADMINISTRATOR])
def test_only_an_administrator_manages_accounts(role):
    actor = UserFactory(role=role, role__organization=OrganizationFactory(), role__employee=EmployeeFactory())
    other = UserFactory(role=Role.AUDITOR)
    with pytest.raises(AccountPermissionDenied):
        user_create(actor=actor, username="x", role="auditor")
    with pytest.raises(AccountPermissionDenied):
        user_update(
            actor=actor, user_id=other.pk, role="administrator", organization_id=None, employee_id=None
        )
    with pytest.raises(AccountPermissionDenied):
        user_set_active(actor=actor, user_id=other.pk, active=False)
    assert not AuditEntry.objects.exists()


def test_a_role_change_is_audited_with_its_actor_and_what_it_was_before(admin):
    first, second = OrganizationFactory(), OrganizationFactory()
    user = UserFactory(role=Role.COMMISSION_MEMBER, role__organization=first)
    user_update(actor=admin, user_id=user.pk, role="hr_officer", organization_id=second.pk, employee_id=None)
    user.profile.refresh_from_db()
    assert (user.profile.role, user.profile.organization) == ("hr_officer", second)
    entry = AuditEntry.objects.get(action="user.update")
    assert entry.actor == admin and entry.actor_name == "root"
    assert (entry.before["role"], entry.before["organization"]) == ("commission_member", first.pk)
    assert (entry.after["role"], entry.after["organization"]) == ("hr_officer", second.pk)
    assert audit_verify() == []


def test_a_change_that_changes_nothing_is_not_recorded(admin):
    user = UserFactory(role=Role.AUDITOR)
    user_update(actor=admin, user_id=user.pk, role="auditor", organization_id=None, employee_id=None)
    assert not AuditEntry.objects.filter(action="user.update").exists()


def test_a_role_needs_its_scope_on_update_too(admin):
    user = UserFactory(role=Role.AUDITOR)
    with pytest.raises(InvalidInput) as refused:
        user_update(actor=admin, user_id=user.pk, role="hr_officer", organization_id=None, employee_id=None)
    assert refused.value.code == "organization_required"
    with pytest.raises(InvalidInput) as refused:
        user_update(actor=admin, user_id=user.pk, role="employee", organization_id=None, employee_id=None)
    assert refused.value.code == "employee_required"


def test_an_employee_record_belongs_to_one_account(admin):
    employee = EmployeeFactory()
    UserFactory(role=Role.EMPLOYEE, role__employee=employee, username="first")
    other = UserFactory(role=Role.AUDITOR)
    with pytest.raises(InvalidInput) as refused:
        user_update(
            actor=admin, user_id=other.pk, role="employee", organization_id=None, employee_id=employee.pk
        )
    assert refused.value.code == "employee_taken" and refused.value.loc == ["employee"]
    assert "first" in refused.value.text()
    with pytest.raises(InvalidInput):
        user_create(actor=admin, username="second", role="employee", employee_id=employee.pk)


def test_a_superuser_given_another_role_stops_being_one(admin):
    boss = UserFactory(username="boss")
    boss.is_superuser = boss.is_staff = True
    boss.save()
    user_update(actor=admin, user_id=boss.pk, role="auditor", organization_id=None, employee_id=None)
    boss.refresh_from_db()
    assert not boss.is_superuser and boss.profile.role == "auditor"
    entry = AuditEntry.objects.get(action="user.update")
    assert (entry.before["superuser"], entry.after["superuser"]) == (True, False)


def test_deactivating_stops_the_accounts_tokens_and_is_audited(admin):
    user = UserFactory(role=Role.AUDITOR)
    raw = api_token_create(actor=admin, user=user, name="reports")
    user_set_active(actor=admin, user_id=user.pk, active=False)
    assert api_token_authenticate(raw=raw) is None
    user_set_active(actor=admin, user_id=user.pk, active=True)
    assert api_token_authenticate(raw=raw) == user
    actions = list(AuditEntry.objects.filter(object_type="user").values_list("action", "actor_name"))
    assert actions == [("user.deactivate", "root"), ("user.activate", "root")]


def test_an_administrator_cannot_lock_themselves_out(admin):
    with pytest.raises(InvalidInput) as refused:
        user_set_active(actor=admin, user_id=admin.pk, active=False)
    assert refused.value.code == "own_account"
    with pytest.raises(InvalidInput):
        user_update(actor=admin, user_id=admin.pk, role="auditor", organization_id=None, employee_id=None)
    admin.refresh_from_db()
    assert admin.is_active and admin.profile.role == "administrator"


def test_a_token_stops_working_when_it_expires(admin):
    user = UserFactory(role=Role.AUDITOR)
    now = timezone.now()
    raw = api_token_create(actor=admin, user=user, name="a day", expires_at=now + dt.timedelta(days=1))
    assert api_token_authenticate(raw=raw) == user
    with time_machine.travel(now + dt.timedelta(days=1, seconds=1)):
        assert api_token_authenticate(raw=raw) is None
    entry = AuditEntry.objects.get(action="api_token.create")
    assert entry.actor_name == "root" and entry.after["expires_at"]


@pytest.mark.parametrize("days", [-1, 0, 367])
def test_a_token_expires_after_now_and_within_a_year(admin, days):
    with pytest.raises(InvalidInput) as refused:
        api_token_create(
            actor=admin, user=admin, name="x", expires_at=timezone.now() + dt.timedelta(days=days)
        )
    assert refused.value.code == "invalid_token_expiry" and refused.value.loc == ["expires_at"]


def test_a_revoked_token_is_refused_and_the_revocation_audited(admin):
    user = UserFactory(role=Role.AUDITOR)
    raw = api_token_create(actor=admin, user=user, name="reports")
    token = ApiToken.objects.get()
    api_token_revoke(actor=admin, user_id=user.pk, token_id=token.pk)
    api_token_revoke(actor=admin, user_id=user.pk, token_id=token.pk)  # twice: nothing more happens
    assert api_token_authenticate(raw=raw) is None
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == admin
    entries = AuditEntry.objects.filter(action="api_token.revoke")
    assert [(e.actor_name, e.object_id) for e in entries] == [("root", str(token.pk))]


def test_users_revoke_their_own_tokens_but_nobody_elses():
    owner, stranger = UserFactory(role=Role.AUDITOR), UserFactory(role=Role.HR_OFFICER)
    api_token_create(actor=owner, user=owner, name="mine")
    token = ApiToken.objects.get()
    with pytest.raises(TokenPermissionDenied):
        api_token_revoke(actor=stranger, user_id=owner.pk, token_id=token.pk)
    api_token_revoke(actor=owner, user_id=owner.pk, token_id=token.pk)
    assert AuditEntry.objects.get(action="api_token.revoke").actor == owner
