"""The registry's pages: sign in, the list scoped to what the viewer may see, the personal card
with what the law says on a date, and the demo data they are first seen with."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from biliktilik import vocabulary
from biliktilik.accounts.models import Profile, Role
from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.staff import demo
from biliktilik.staff.models import Employee, Organization
from biliktilik.staff.scoping import visible_employees

TODAY = dt.date(2026, 11, 22)
PASSWORD = "a-long-demo-password"


@pytest.fixture
def dataset(db):
    return demo.build(actor=None, size=demo.SMALL, today=TODAY)


def account(username, role, organization=None):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Profile.objects.create(user=user, role=role, organization=organization)
    return user


@pytest.fixture
def officer(dataset):
    lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
    return account("officer", Role.HR_OFFICER, lmc)


def test_the_small_demo_set_is_realistic_and_audited(dataset):
    assert dataset["employees"] == demo.SMALL.employees
    assert Organization.objects.filter(kind="lmc").count() == demo.SMALL.regions
    assert Employee.objects.filter(positions__requirement="").exists()
    assert AuditEntry.objects.filter(action="demo.load").count() == 1
    assert audit_verify() == []


def test_the_demo_command_runs_once(db):
    call_command("demo", "--small")
    first = Employee.objects.count()
    call_command("demo", "--small")
    assert Employee.objects.count() == first > 0
    assert (
        get_user_model().objects.filter(username__in=["demo", "hr", "methodologist", "auditor"]).count() == 4
    )


def test_pages_need_a_sign_in(client, dataset):
    response = client.get("/staff/employees/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/accounts/login/")


def test_an_officer_signs_in_and_sees_only_their_subtree(client, officer):
    response = client.post("/accounts/login/", {"username": "officer", "password": PASSWORD})
    assert response.status_code == 302
    html = client.get("/staff/employees/?page=1").content.decode()
    visible = set(visible_employees(officer).values_list("pk", flat=True))
    shown = {int(part.split('"')[1]) for part in html.split("data-employee=")[1:]}
    assert shown and shown <= visible
    assert len(visible) < Employee.objects.count()


def test_another_organizations_employee_is_not_found(client, officer):
    client.force_login(officer)
    stranger = Employee.objects.exclude(pk__in=visible_employees(officer)).first()
    assert client.get(f"/staff/employees/{stranger.pk}/").status_code == 404


def test_the_card_shows_what_the_law_says_and_its_opening_is_logged(client, officer):
    client.force_login(officer)
    employee = visible_employees(officer).filter(positions__requirement="order-2017-360/54").first()
    before = AuditEntry.objects.filter(action="employee.view").count()
    response = client.get(f"/staff/employees/{employee.pk}/?as_of=2026-11-22")
    html = response.content.decode()
    assert response.status_code == 200
    assert "order-2017-360" in html and 'class="cite"' in html  # the reasoning cites the point
    assert AuditEntry.objects.filter(action="employee.view").count() == before + 1
    assert audit_verify() == []


def test_the_organization_tree_is_scoped(client, officer):
    client.force_login(officer)
    html = client.get("/staff/organizations/").content.decode()
    assert (
        html.count("data-organization=")
        == Organization.objects.filter(path__startswith=officer.profile.organization.path).count()
    )


def test_the_card_shows_the_history_of_the_record(client, officer):
    client.force_login(officer)
    employee = visible_employees(officer).first()
    client.get(f"/staff/employees/{employee.pk}/")
    html = client.get(f"/staff/employees/{employee.pk}/").content.decode()
    assert vocabulary.label("audit_action", "employee.view", "kk") in html and "employee.view" not in html
