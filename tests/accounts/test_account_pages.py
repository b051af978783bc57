"""The administrator's accounts pages (/accounts/manage/): only administrators, every write
audited with its actor, tokens shown once and then only listed, revoked or expired tokens
refused by the API. The Django admin site is gone: these pages administer."""

import datetime as dt
import re

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from biliktilik.accounts.models import ApiToken, Role
from biliktilik.audit.models import AuditEntry

pytestmark = pytest.mark.django_db
RAW_TOKEN = re.compile(r'<code class="token">([^<]+)</code>')


def signed_in(client, user, language="en"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def manage_urls(user_id: int, token_id: int) -> list[tuple[str, str]]:
    base = f"/accounts/manage/{user_id}/"
    return [
        ("get", "/accounts/manage/"),
        ("get", "/accounts/manage/new/"),
        ("post", "/accounts/manage/new/"),
        ("get", base),
        ("post", base),
        ("post", base + "active/"),
        ("post", base + "tokens/"),
        ("post", base + f"tokens/{token_id}/revoke/"),
    ]


@pytest.mark.parametrize("who", ["methodologist", "hr_a", "commission_a", "employee", "auditor"])
def test_no_one_but_an_administrator_opens_or_changes_accounts(client, world, who):
    target = world.users["auditor"]
    token = ApiToken.objects.create(user=target, name="t", prefix="x", digest="0" * 64)
    signed_in(client, world.users[who])
    for method, url in manage_urls(target.pk, token.pk):
        response = getattr(client, method)(url, {"role": "administrator", "active": "0", "name": "x"})
        assert response.status_code == 403, (method, url)
        assert "Only an administrator may manage accounts." in response.content.decode()
    target.refresh_from_db()
    assert target.is_active and target.profile.role == "auditor"
    assert not AuditEntry.objects.exists()


def test_an_anonymous_reader_is_sent_to_sign_in(client, world):
    response = client.get("/accounts/manage/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_the_admin_site_is_gone(client, world):
    signed_in(client, world.users["administrator"])
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/auth/user/").status_code == 404


def test_the_list_shows_role_organization_employee_record_and_state(client, world):
    world.users["auditor"].is_active = False
    world.users["auditor"].save()
    page = signed_in(client, world.users["administrator"], "ru").get("/accounts/manage/").content.decode()
    hr = world.users["hr_a"]
    row = re.search(rf'<tr data-account="{hr.pk}".*?</tr>', page, re.S).group(0)
    assert hr.username in row and "HR" not in row  # the role is in Russian
    assert world.org_a.name_ru in row
    employee_row = re.search(rf'<tr data-account="{world.users["employee"].pk}".*?</tr>', page, re.S).group(0)
    assert world.emp_a.iin in employee_row and world.emp_a.last_name_ru in employee_row
    auditor_row = re.search(rf'<tr data-account="{world.users["auditor"].pk}".*?</tr>', page, re.S).group(0)
    assert 'class="inactive"' in auditor_row


def test_a_control_character_in_a_new_username_is_a_field_error_and_nothing_is_made(client, world):
    signed_in(client, world.users["administrator"])
    before = get_user_model().objects.count()
    response = client.post(
        "/accounts/manage/new/",
        {"username": "da\x00na", "password": "a-long-pass-phrase-7", "role": "auditor"},
    )
    assert response.status_code == 422
    assert "username" in response.context["form"].errors
    assert get_user_model().objects.count() == before


def test_an_administrator_creates_an_account_and_it_is_audited(client, world):
    admin = world.users["administrator"]
    signed_in(client, admin)
    response = client.post(
        "/accounts/manage/new/",
        {
            "username": "dana",
            "password": "a-long-pass-phrase-7",
            "role": "hr_officer",
            "organization": world.org_b.pk,
        },
    )
    dana = get_user_model().objects.get(username="dana")
    assert response.status_code == 302 and response.url == f"/accounts/manage/{dana.pk}/"
    assert dana.check_password("a-long-pass-phrase-7")
    assert (dana.profile.role, dana.profile.organization) == ("hr_officer", world.org_b)
    entry = AuditEntry.objects.get(action="user.create")
    assert entry.actor == admin and entry.object_id == str(dana.pk)
    assert "a-long-pass-phrase-7" not in str(entry.after)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"role": "hr_officer"}, "organization", "needs an organization"),
        (
            {"role": "employee", "employee_iin": "000000000000"},
            "employee_iin",
            "no employee record with this IIN",
        ),
        ({"role": "employee"}, "employee_iin", "needs the employee record"),
        ({"role": "auditor", "password": "12345"}, "password", "too short"),
        ({"role": "auditor", "username": "bad name!"}, "username", "Enter a valid username"),
    ],
)
def test_a_refused_account_says_why_next_to_the_field(client, world, data, field, message):
    signed_in(client, world.users["administrator"])
    response = client.post("/accounts/manage/new/", {"username": "someone", **data})
    assert response.status_code == 422
    assert field in response.context["form"].errors
    assert message in response.content.decode()
    assert not AuditEntry.objects.exists()


def test_an_administrator_changes_a_role_and_scope_and_it_is_audited(client, world):
    signed_in(client, world.users["administrator"])
    user = world.users["commission_a"]
    response = client.post(
        f"/accounts/manage/{user.pk}/",
        {"role": "employee", "employee_iin": world.emp_b.iin, "organization": ""},
    )
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert (user.profile.role, user.profile.employee, user.profile.organization) == (
        "employee",
        world.emp_b,
        None,
    )
    entry = AuditEntry.objects.get(action="user.update")
    assert entry.actor == world.users["administrator"]
    assert entry.before["role"] == "commission_member" and entry.after["employee"] == world.emp_b.pk


def test_a_deactivated_account_is_signed_out_and_can_be_reactivated(client, world):
    officer = Client()
    officer.force_login(world.users["hr_a"])
    assert officer.get("/staff/employees/").status_code == 200
    signed_in(client, world.users["administrator"])
    target = world.users["hr_a"]
    assert client.post(f"/accounts/manage/{target.pk}/active/", {"active": "0"}).status_code == 302
    assert officer.get("/staff/employees/").status_code == 302  # back to the sign-in page
    client.post(f"/accounts/manage/{target.pk}/active/", {"active": "1"})
    target.refresh_from_db()
    assert target.is_active
    admin = world.users["administrator"].username
    entries = AuditEntry.objects.filter(object_type="user").values_list("action", "actor_name", "object_id")
    assert list(entries) == [
        ("user.deactivate", admin, str(target.pk)),
        ("user.activate", admin, str(target.pk)),
    ]


def test_an_administrator_cannot_deactivate_their_own_account(client, world):
    admin = world.users["administrator"]
    signed_in(client, admin)
    response = client.post(f"/accounts/manage/{admin.pk}/active/", {"active": "0"}, follow=True)
    admin.refresh_from_db()
    assert admin.is_active
    assert "You cannot deactivate your own account" in response.content.decode()


def create_token(client, user, *, days=30):
    expires_on = timezone.localdate() + dt.timedelta(days=days)
    response = client.post(
        f"/accounts/manage/{user.pk}/tokens/", {"name": "reports", "expires_on": expires_on}
    )
    assert response.status_code == 200, response.content.decode()
    return RAW_TOKEN.search(response.content.decode()).group(1)


def test_a_new_token_is_shown_once_then_only_listed(client, world):
    signed_in(client, world.users["administrator"])
    target = world.users["auditor"]
    raw = create_token(client, target)
    page = client.get(f"/accounts/manage/{target.pk}/").content.decode()
    token = ApiToken.objects.get(user=target)
    assert raw not in page and f"{token.prefix}…" in page and "reports" in page
    entry = AuditEntry.objects.get(action="api_token.create")
    assert entry.actor == world.users["administrator"] and raw not in str(entry.after)
    assert client.get("/api/v1/employees", headers={"Authorization": f"Bearer {raw}"}).status_code == 200


@pytest.mark.parametrize("days", [-1, 400])
def test_a_token_expiry_out_of_range_is_refused_on_its_field(client, world, days):
    signed_in(client, world.users["administrator"])
    target = world.users["auditor"]
    expires_on = timezone.localdate() + dt.timedelta(days=days)
    response = client.post(f"/accounts/manage/{target.pk}/tokens/", {"name": "x", "expires_on": expires_on})
    assert response.status_code == 422
    assert "expires_on" in response.context["token_form"].errors
    assert "A token must expire in the future and at most 365 days from now." in response.content.decode()
    assert not ApiToken.objects.exists()


def test_a_revoked_token_gets_401_from_the_api(client, world):
    signed_in(client, world.users["administrator"])
    target = world.users["auditor"]
    raw = create_token(client, target)
    token = ApiToken.objects.get(user=target)
    response = client.post(f"/accounts/manage/{target.pk}/tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    client.logout()
    api = client.get("/api/v1/employees", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 401 and api.json()["code"] == "not_authenticated"
    entry = AuditEntry.objects.get(action="api_token.revoke")
    assert entry.actor == world.users["administrator"] and entry.object_id == str(token.pk)


def test_an_expired_token_gets_401_from_the_api(client, world):
    signed_in(client, world.users["administrator"])
    raw = create_token(client, world.users["auditor"], days=1)
    client.logout()
    headers = {"Authorization": f"Bearer {raw}"}
    assert client.get("/api/v1/employees", headers=headers).status_code == 200
    with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
        api = client.get("/api/v1/employees", headers=headers)
    assert api.status_code == 401 and api.json()["code"] == "not_authenticated"


def test_a_token_of_another_account_cannot_be_revoked_through_this_one(client, world):
    signed_in(client, world.users["administrator"])
    create_token(client, world.users["auditor"])
    token = ApiToken.objects.get()
    other = world.users["methodologist"]
    assert client.post(f"/accounts/manage/{other.pk}/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_accounts_pages_speak_the_readers_language(client, world, language):
    titles = {"kk": "Есептік жазбалар", "ru": "Учётные записи", "en": "Accounts"}
    signed_in(client, world.users["administrator"], language)
    page = client.get("/accounts/manage/").content.decode()
    assert f"<h1>{titles[language]}</h1>" in page
    detail = client.get(f"/accounts/manage/{world.users['hr_a'].pk}/").content.decode()
    assert f'lang="{language}"' in detail and 'id="new-token"' in detail


def test_only_administrators_see_the_accounts_link(client, world):
    signed_in(client, world.users["administrator"])
    assert 'href="/accounts/manage/"' in client.get("/staff/employees/").content.decode()
    signed_in(client, world.users["hr_a"])
    assert 'href="/accounts/manage/"' not in client.get("/staff/employees/").content.decode()


def test_the_roles_offered_are_ours(client, world):
    signed_in(client, world.users["administrator"])
    form = client.get("/accounts/manage/new/").context["form"]
    assert [value for value, _ in form.fields["role"].choices] == list(Role.values)
