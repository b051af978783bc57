"""The auditor's audit-trail viewer: newest first, filtered, paginated, the chain verified on request."""

import datetime as dt

import pytest
from django.urls import reverse

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def trail(world):
    admin, hr = world.users["administrator"], world.users["hr_a"]
    audit_record(actor=admin, action="organization.create", object_type="organization", object_id=1)
    audit_record(actor=hr, action="employee.create", object_type="employee", object_id=2)
    audit_record(actor=hr, action="employee.update", object_type="employee", object_id=2)
    return world


@pytest.fixture(autouse=True)
def english(client):
    client.cookies["django_language"] = "en"


def entries(client, **params):
    response = client.get(reverse("home:audit"), params)
    assert response.status_code == 200
    return [(e.action, e.actor_name) for e in response.context["page"]]


def test_the_auditors_home_is_the_trail_newest_first(client, trail):
    client.force_login(trail.users["auditor"])
    response = client.get("/")
    assert [e.action for e in response.context["page"]] == [
        "employee.update",
        "employee.create",
        "organization.create",
    ]


def test_the_filters_work(client, trail):
    client.force_login(trail.users["auditor"])
    hr = trail.users["hr_a"].get_username()
    assert entries(client, actor=hr) == [("employee.update", hr), ("employee.create", hr)]
    assert [a for a, _ in entries(client, action="organization.create")] == ["organization.create"]
    assert len(entries(client, object_type="employee")) == 2
    today = dt.date.today()
    assert (
        len(entries(client, date_from=today - dt.timedelta(days=1), date_to=today + dt.timedelta(days=1)))
        == 3
    )
    assert entries(client, date_from=today + dt.timedelta(days=2)) == []


def test_bad_filters_are_refused_naming_the_field(client, trail):
    client.force_login(trail.users["auditor"])
    response = client.get(reverse("home:audit"), {"date_from": "2026-02-30"})
    assert response.status_code == 400
    assert "date_from" in response.context["form"].errors
    response = client.get(reverse("home:audit"), {"action": "no.such.action"})
    assert response.status_code == 400 and "action" in response.context["form"].errors


def test_the_trail_is_paginated(client, trail):
    for n in range(60):
        audit_record(actor=None, action="bulk.touch", object_type="thing", object_id=n)
    client.force_login(trail.users["auditor"])
    first = client.get(reverse("home:audit"))
    assert len(first.context["page"]) == 50 and first.context["page"].paginator.count == 63
    second = client.get(reverse("home:audit"), {"page": 2})
    assert [e.action for e in second.context["page"]][-1] == "organization.create"


def test_the_chain_is_verified_on_request_with_its_entry_count(client, trail):
    client.force_login(trail.users["auditor"])
    page = client.get(reverse("home:audit"))
    assert page.context["breaks"] is None and page.context["entry_count"] == 3
    assert "The chain holds 3 entries." in page.content.decode()
    verified = client.get(reverse("home:audit"), {"verify": "1"})
    assert verified.context["breaks"] == []
    assert "The chain is intact" in verified.content.decode()


def test_a_changed_entry_shows_the_chain_broken(client, trail):
    AuditEntry.objects.filter(action="employee.create").update(object_id="999")
    client.force_login(trail.users["auditor"])
    verified = client.get(reverse("home:audit"), {"verify": "1"})
    assert verified.context["breaks"]
    assert "The chain is broken" in verified.content.decode()


@pytest.mark.parametrize("user", ["hr_a", "methodologist", "commission_a", "employee"])
def test_other_roles_may_not_read_the_trail(client, trail, user):
    client.force_login(trail.users[user])
    assert client.get(reverse("home:audit")).status_code == 403


def test_anonymous_readers_are_sent_to_sign_in(client):
    response = client.get(reverse("home:audit"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))
