"""The HR officer's editing pages: a new employee, an edit, the card's inline forms, a deletion.

They call the same services as the API; what a service refuses shows on the field it names.
"""

import datetime as dt
import re

import pytest
from django.conf import settings

from biliktilik.audit.models import AuditEntry
from biliktilik.staff import iin as iin_rules
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee, PositionHeld, WorkPeriod

HTMX = {"HX-Request": "true"}


def signed_in(client, user, language="en"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def new_person(world, **extra):
    return {
        "iin": make_iin(dt.date(1988, 2, 29), "male", 77),
        "last_name_kk": "Серікбаев",
        "first_name_kk": "Ерлан",
        "organization": world.org_a_sub.pk,
        **extra,
    }


def card(client, employee):
    return client.get(f"/staff/employees/{employee.pk}/").content.decode()


def test_an_officer_creates_an_employee_through_the_page(client, world):
    signed_in(client, world.users["hr_a"])
    form = client.get("/staff/employees/new/").content.decode()
    assert 'name="iin"' in form and world.org_b.name_kk not in form  # only where they may write
    response = client.post("/staff/employees/new/", new_person(world))
    employee = Employee.objects.get(iin=new_person(world)["iin"])
    assert response.status_code == 302 and response.headers["Location"] == f"/staff/employees/{employee.pk}/"
    assert (employee.birth_date, employee.sex, employee.organization) == (
        dt.date(1988, 2, 29),
        "male",
        world.org_a_sub,
    )
    entry = AuditEntry.objects.get(action="employee.create", object_id=str(employee.pk))
    assert entry.actor == world.users["hr_a"]


def test_an_invalid_iin_shows_the_reason_on_its_field_and_saves_nothing(client, world):
    signed_in(client, world.users["hr_a"], language="ru")
    valid = new_person(world)["iin"]
    broken = valid[:11] + str((int(valid[11]) + 1) % 10)
    before = Employee.objects.count()
    response = client.post("/staff/employees/new/", new_person(world, iin=broken))
    assert response.status_code == 200
    with pytest.raises(iin_rules.InvalidIin) as reason:
        iin_rules.validate_iin(broken, today=dt.date.today())
    expected = iin_rules.message(reason.value.code, reason.value.params, "ru")
    assert response.context["form"].errors["iin"] == [expected]
    assert expected in response.content.decode()
    assert Employee.objects.count() == before
    assert not AuditEntry.objects.filter(action="employee.create").exists()


def test_a_birth_date_that_contradicts_the_iin_is_refused_on_its_field(client, world):
    signed_in(client, world.users["hr_a"])
    response = client.post("/staff/employees/new/", new_person(world, birth_date="1988-03-01"))
    assert response.context["form"].errors["birth_date"] == ["The birth date does not match the IIN."]
    assert not Employee.objects.filter(iin=new_person(world)["iin"]).exists()


def test_a_duplicate_iin_is_refused(client, world):
    signed_in(client, world.users["hr_a"])
    response = client.post("/staff/employees/new/", new_person(world, iin=world.emp_b.iin))
    assert response.status_code == 200
    assert response.context["form"].errors["iin"] == ["An employee with this IIN is already registered."]
    assert Employee.objects.filter(iin=world.emp_b.iin).count() == 1


def test_an_officer_edits_an_employee_and_the_change_is_audited(client, world):
    signed_in(client, world.users["hr_a"])
    page = client.get(f"/staff/employees/{world.emp_a.pk}/edit/").content.decode()
    assert f'value="{world.emp_a.iin}"' in page
    data = {**new_person(world, iin=world.emp_a.iin, sex=""), "phone": "+7 701 000 00 00"}
    response = client.post(f"/staff/employees/{world.emp_a.pk}/edit/", data)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/staff/employees/{world.emp_a.pk}/"
    world.emp_a.refresh_from_db()
    assert (world.emp_a.phone, world.emp_a.organization) == ("+7 701 000 00 00", world.org_a_sub)
    entry = AuditEntry.objects.get(action="employee.update", object_id=str(world.emp_a.pk))
    assert entry.before["phone"] == "" and entry.after["phone"] == "+7 701 000 00 00"


def test_an_edit_over_someone_elses_change_saves_nothing_and_shows_the_current_values(client, world):
    signed_in(client, world.users["hr_a"], language="ru")
    page = client.get(f"/staff/employees/{world.emp_a.pk}/edit/").content.decode()
    version = re.search(r'name="version" value="([0-9a-f]+)"', page).group(1)
    # Meanwhile another officer changes the phone number.
    Employee.objects.filter(pk=world.emp_a.pk).update(phone="+7 702 111 22 33")
    form = {
        **new_person(world, iin=world.emp_a.iin, sex=""),
        "organization": world.org_a.pk,
        "last_name_kk": world.emp_a.last_name_kk,
        "first_name_kk": world.emp_a.first_name_kk,
        "email": "new@example.kz",
        "version": version,
    }
    response = client.post(f"/staff/employees/{world.emp_a.pk}/edit/", form)
    html = response.content.decode()
    assert response.status_code == 200
    assert "изменил кто-то другой" in html
    assert 'value="+7 702 111 22 33"' in html, "the current values are shown"
    world.emp_a.refresh_from_db()
    assert (world.emp_a.phone, world.emp_a.email) == ("+7 702 111 22 33", world.emp_a.email)
    assert world.emp_a.email != "new@example.kz"
    assert not AuditEntry.objects.filter(action="employee.update").exists()


def test_an_officer_of_another_organization_gets_404_for_a_stranger(client, world):
    signed_in(client, world.users["hr_b"])
    for url in (f"/staff/employees/{world.emp_a.pk}/edit/", f"/staff/employees/{world.emp_a.pk}/delete/"):
        assert client.get(url).status_code == 404
        assert client.post(url, new_person(world)).status_code == 404
    response = client.post(f"/staff/employees/{world.emp_a.pk}/work/add/", {"work-start": "2020-01-01"})
    assert response.status_code == 404
    assert Employee.objects.filter(pk=world.emp_a.pk).exists() and not WorkPeriod.objects.exists()


def test_a_methodologist_reads_the_card_without_forms_and_may_not_post(client, world):
    signed_in(client, world.users["methodologist"])
    page = card(client, world.emp_a)
    assert '<form class="calc inline"' not in page and "/edit/" not in page and "/delete/" not in page
    assert "/staff/employees/new/" not in client.get("/staff/employees/").content.decode()
    work = {"work-start": "2020-01-01", "work-sector": "employment"}
    assert client.post(f"/staff/employees/{world.emp_a.pk}/work/add/", work).status_code == 403
    assert client.post(f"/staff/employees/{world.emp_a.pk}/edit/", new_person(world)).status_code == 403
    assert client.post(f"/staff/employees/{world.emp_a.pk}/delete/").status_code == 403
    assert client.get("/staff/employees/new/").status_code == 403
    assert not WorkPeriod.objects.exists() and Employee.objects.filter(pk=world.emp_a.pk).exists()


def test_an_officer_sees_the_forms_and_the_new_employee_link(client, world):
    signed_in(client, world.users["hr_a"])
    page = card(client, world.emp_a)
    for kind in ("work", "education", "positions", "training", "categories"):
        assert f'id="add-{kind}"' in page
    assert f"/staff/employees/{world.emp_a.pk}/edit/" in page
    assert "/staff/employees/new/" in client.get("/staff/employees/").content.decode()


def test_a_work_period_ending_before_it_starts_is_refused_on_its_end_field(client, world):
    signed_in(client, world.users["hr_a"])
    url = f"/staff/employees/{world.emp_a.pk}/work/add/"
    work = {"work-start": "2020-01-01", "work-end": "2019-12-31", "work-sector": "employment"}
    response = client.post(url, work, headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and html.startswith('<div id="card">')  # the section, for htmx
    assert response.context["record_forms"]["work"].errors["end"] == ["The period ends before it starts."]
    assert not WorkPeriod.objects.exists() and not AuditEntry.objects.filter(action="work.add").exists()


def test_a_work_period_is_added_with_htmx_or_a_plain_post(client, world):
    signed_in(client, world.users["hr_a"])
    url = f"/staff/employees/{world.emp_a.pk}/work/add/"
    work = {"work-start": "2015-01-01", "work-end": "2019-12-31", "work-sector": "employment"}
    response = client.post(url, work, headers=HTMX)
    assert response.status_code == 200 and "01.01.2015" in response.content.decode()
    response = client.post(f"{url}?as_of=2026-01-01", {**work, "work-start": "2020-01-01", "work-end": ""})
    assert response.headers["Location"] == f"/staff/employees/{world.emp_a.pk}/?as_of=2026-01-01#work"
    assert world.emp_a.work.count() == 2
    assert AuditEntry.objects.filter(action="work.add", actor=world.users["hr_a"]).count() == 2


def test_a_position_added_on_the_card_gets_a_suggested_register_entry(client, world):
    signed_in(client, world.users["hr_a"])
    position = {
        "positions-title": "Мансап орталығының ассистенті",
        "positions-start": "2021-03-01",
        "positions-requirement": "order-2017-360/54",
        "positions-qualification_level": "high",
    }
    response = client.post(f"/staff/employees/{world.emp_a.pk}/positions/add/", position, headers=HTMX)
    added = PositionHeld.objects.get(employee=world.emp_a)
    assert (added.register_position, added.register_confirmed) == ("D1.0.38", False)
    assert (added.requirement, added.organization) == ("order-2017-360/54", world.org_a)
    assert 'list="register-positions"' in response.content.decode()


def test_an_officer_confirms_or_corrects_a_suggested_register_entry(client, world):
    signed_in(client, world.users["hr_a"])
    position = PositionHeld.objects.create(
        employee=world.emp_a,
        organization=world.org_a,
        title="Бас бухгалтер",
        start=dt.date(2021, 3, 1),
        register_position="A2.1.02",
    )
    url = f"/staff/employees/{world.emp_a.pk}/positions/{position.pk}/register/"
    field = f"confirm-{position.pk}-register_position"
    assert 'value="A2.1.02"' in card(client, world.emp_a)
    refused = client.post(url, {field: "Z9.nothing.01"}, headers=HTMX)
    assert refused.context["confirm_forms"][position.pk].errors["register_position"] == [
        "There is no position with this id in the register of positions."
    ]
    position.refresh_from_db()
    assert not position.register_confirmed
    response = client.post(url, {field: "A2.1.02"})
    assert response.status_code == 302
    position.refresh_from_db()
    assert (position.register_position, position.register_confirmed) == ("A2.1.02", True)
    assert AuditEntry.objects.filter(action="position.register_confirm", object_id=str(position.pk)).exists()
    assert f'name="{field}"' not in card(client, world.emp_a)


def test_a_category_asks_for_valid_until_only_where_the_law_of_its_date_is_not_in_our_sources(client, world):
    signed_in(client, world.users["hr_a"])
    url = f"/staff/employees/{world.emp_a.pk}/categories/add/"
    award = {
        "categories-category": "mentor",
        "categories-assigned_on": "2024-12-01",
        "categories-decision": "№ 7",
    }
    refused = client.post(url, award, headers=HTMX)
    errors = refused.context["record_forms"]["categories"].errors
    assert list(errors) == ["valid_until"] and "Give the valid-until date" in errors["valid_until"][0]
    assert not world.emp_a.categories.exists()
    client.post(url, {**award, "categories-valid_until": "2027-12-01"}, headers=HTMX)
    client.post(url, {**award, "categories-assigned_on": "2026-01-10"}, headers=HTMX)
    assert sorted(c.valid_until for c in world.emp_a.categories.all()) == [
        dt.date(2027, 12, 1),
        dt.date(2029, 1, 10),
    ]


def test_deleting_asks_for_confirmation_then_removes_the_employee(client, world):
    signed_in(client, world.users["hr_a"])
    url = f"/staff/employees/{world.emp_a.pk}/delete/"
    page = client.get(url)
    assert page.status_code == 200 and 'method="post"' in page.content.decode()
    assert Employee.objects.filter(pk=world.emp_a.pk).exists()
    response = client.post(url)
    assert response.status_code == 302 and response.headers["Location"] == "/staff/employees/"
    assert not Employee.objects.filter(pk=world.emp_a.pk).exists()
    entry = AuditEntry.objects.get(action="employee.delete", object_id=str(world.emp_a.pk))
    assert entry.actor == world.users["hr_a"] and entry.before["iin"] == world.emp_a.iin
