"""``biliktilik createuser``: an account with its role in one go, and a token when asked."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from biliktilik.accounts.models import ApiToken
from biliktilik.audit.models import AuditEntry
from tests.staff.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    with translation.override("en"):  # the messages are asserted in English
        call_command("createuser", *args, stdout=out)
    return out.getvalue()


def test_it_creates_an_officer_with_a_password():
    organization = OrganizationFactory()
    output = run(
        "aigul", "--role", "hr_officer", "--organization", str(organization.pk), "--password", "pw-123456"
    )
    user = get_user_model().objects.get(username="aigul")
    assert "created user aigul (hr_officer)" in output and "token" not in output.lower()
    assert user.check_password("pw-123456") and user.profile.organization == organization
    assert AuditEntry.objects.filter(action="user.create").count() == 1


def test_it_prints_a_token_that_works(client):
    output = run("robot", "--role", "auditor", "--no-password", "--token")
    raw = output.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    assert ApiToken.objects.get().prefix == raw[:8]
    response = client.get("/api/v1/employees", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    assert not get_user_model().objects.get(username="robot").has_usable_password()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x", "--role", "king", "--no-password"], "There is no role “king”"),
        (
            ["x", "--role", "hr_officer", "--organization", "999999", "--no-password"],
            "no organization with id 999999",
        ),
        (["x", "--role", "commission_member", "--no-password"], "needs an organization"),
    ],
)
def test_it_explains_what_is_wrong_and_creates_nothing(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)
    assert not get_user_model().objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_taken_username_is_refused():
    run("aigul", "--role", "auditor", "--no-password")
    with pytest.raises(CommandError, match="already taken"):
        run("aigul", "--role", "auditor", "--no-password")


def test_it_needs_a_password_decision_when_not_interactive(monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    with pytest.raises(CommandError, match="--no-password"):
        run("aigul", "--role", "auditor")
