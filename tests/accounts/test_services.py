"""Accounts: users with a role, API tokens shown once and stored as a digest."""

import pytest

from biliktilik.accounts.errors import TokenPermissionDenied
from biliktilik.accounts.models import ApiToken, Role
from biliktilik.accounts.services import api_token_authenticate, api_token_create, user_create
from biliktilik.audit.models import AuditEntry
from biliktilik.errors import InvalidInput
from tests.staff.factories import EmployeeFactory, OrganizationFactory, UserFactory


@pytest.mark.django_db
def test_a_token_is_shown_once_and_stored_as_its_digest():
    user = UserFactory(role=Role.AUDITOR)
    raw = api_token_create(actor=user, user=user, name="reports")
    token = ApiToken.objects.get()
    assert raw not in (token.digest, token.prefix) and token.prefix == raw[:8] and len(token.digest) == 64
    assert api_token_authenticate(raw=raw) == user
    assert api_token_authenticate(raw=raw + "x") is None
    entry = AuditEntry.objects.get(action="api_token.create")
    assert raw not in str(entry.after) and token.digest not in str(entry.after)


@pytest.mark.django_db
def test_only_an_administrator_creates_tokens_for_others():
    officer, other = UserFactory(role=Role.HR_OFFICER), UserFactory(role=Role.AUDITOR)
    with pytest.raises(TokenPermissionDenied):
        api_token_create(actor=officer, user=other, name="x")
    api_token_create(actor=UserFactory(role=Role.ADMINISTRATOR), user=other, name="x")
    assert ApiToken.objects.filter(user=other).count() == 1


@pytest.mark.django_db
def test_a_token_needs_a_name():
    user = UserFactory()
    with pytest.raises(InvalidInput):
        api_token_create(actor=user, user=user, name="  ")


@pytest.mark.django_db
def test_it_creates_a_user_with_a_profile_and_an_audit_entry():
    organization = OrganizationFactory()
    user = user_create(
        actor=None, username="aigul", role="hr_officer", organization_id=organization.pk, password="s3cret!"
    )
    assert user.check_password("s3cret!")
    assert (user.profile.role, user.profile.organization) == ("hr_officer", organization)
    entry = AuditEntry.objects.get(action="user.create")
    assert entry.actor_name == "system" and entry.after["role"] == "hr_officer"
    assert "s3cret" not in str(entry.after)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"role": "king"}, "unknown_role"),
        ({"role": "hr_officer"}, "organization_required"),
        ({"role": "hr_officer", "organization_id": 999999}, "unknown_organization"),
        ({"role": "employee"}, "employee_required"),
        ({"role": "employee", "employee_id": 999999}, "unknown_employee"),
    ],
)
@pytest.mark.django_db
def test_it_refuses_a_user_it_cannot_scope(kwargs, code):
    with pytest.raises(InvalidInput) as refused:
        user_create(actor=None, username="someone", **kwargs)
    assert refused.value.code == code
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_an_employee_account_points_at_their_record():
    employee = EmployeeFactory()
    user = user_create(actor=None, username="self", role="employee", employee_id=employee.pk)
    assert user.profile.employee == employee and not user.has_usable_password()
