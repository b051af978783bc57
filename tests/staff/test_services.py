"""The staff services: the normal case, each rule violation, permission denial, the audit entry
written in the same transaction as the change."""

import datetime as dt

import pytest

from biliktilik.audit.models import AuditEntry
from biliktilik.errors import InvalidInput, NotFound
from biliktilik.staff import services
from biliktilik.staff.errors import PermissionDenied
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee, Organization, WorkPeriod

TODAY = dt.date(2025, 6, 1)


def people(world, **extra):
    return {
        "iin": make_iin(dt.date(1990, 7, 12), "female", 1234),
        "last_name_kk": "Оспанова",
        "first_name_kk": "Гүлнар",
        **extra,
    }


def test_it_creates_an_employee_with_an_audit_entry_naming_the_actor(world):
    employee = services.employee_create(
        actor=world.users["hr_a"], organization=world.org_a, today=TODAY, **people(world)
    )
    assert (employee.birth_date, employee.sex) == (dt.date(1990, 7, 12), "female")
    entry = AuditEntry.objects.get(action="employee.create")
    assert entry.actor == world.users["hr_a"] and entry.actor_name == world.users["hr_a"].username
    assert entry.after["iin"] == employee.iin and entry.before is None


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"iin": "12345"}, "invalid_iin"),
        ({"iin": make_iin(dt.date(2026, 1, 1), "male", 1)}, "invalid_iin"),
        ({"birth_date": dt.date(1990, 7, 13)}, "birth_date_mismatch"),
    ],
)
def test_it_refuses_an_invalid_employee_and_records_nothing(world, extra, code):
    with pytest.raises(InvalidInput) as refused:
        services.employee_create(
            actor=world.users["hr_a"], organization=world.org_a, today=TODAY, **people(world, **extra)
        )
    assert refused.value.code == code and refused.value.loc[0] == "body"
    assert not AuditEntry.objects.exists()


def test_it_refuses_an_iin_that_is_already_registered(world):
    with pytest.raises(InvalidInput) as refused:
        services.employee_create(
            actor=world.users["hr_a"],
            organization=world.org_a,
            today=TODAY,
            **people(world, iin=world.emp_b.iin),
        )
    assert refused.value.code == "iin_taken"


def test_the_iin_reason_is_in_the_active_language(world):
    from django.utils import translation

    with translation.override("ru"), pytest.raises(InvalidInput) as refused:
        services.employee_create(
            actor=world.users["hr_a"], organization=world.org_a, today=TODAY, **people(world, iin="1234")
        )
    assert "12 цифр" in refused.value.text()


@pytest.mark.parametrize("role", ["methodologist", "hr_b", "commission_a", "employee", "auditor"])
def test_only_an_officer_of_the_subtree_or_an_administrator_may_write(world, role):
    actor = world.users[role]
    with pytest.raises(PermissionDenied):
        services.employee_create(actor=actor, organization=world.org_a, today=TODAY, **people(world))
    with pytest.raises(PermissionDenied):
        services.employee_update(actor=actor, employee=world.emp_a, today=TODAY, phone="1")
    with pytest.raises(PermissionDenied):
        services.work_period_add(actor=actor, employee=world.emp_a, start=dt.date(2020, 1, 1), sector="other")
    with pytest.raises(PermissionDenied):
        services.employee_delete(actor=actor, employee=world.emp_a)
    assert not AuditEntry.objects.exists()


def test_an_officer_may_not_move_an_employee_out_of_their_subtree(world):
    with pytest.raises(PermissionDenied):
        services.employee_update(
            actor=world.users["hr_a"], employee=world.emp_a, today=TODAY, organization=world.org_b
        )
    world.emp_a.refresh_from_db()
    assert world.emp_a.organization == world.org_a


def test_an_update_keeps_the_birth_date_and_sex_the_iin_gives(world):
    hr = world.users["hr_a"]
    wrong_day = world.emp_a.birth_date + dt.timedelta(days=1)
    with pytest.raises(InvalidInput) as refused:
        services.employee_update(actor=hr, employee=world.emp_a, today=TODAY, birth_date=wrong_day)
    assert refused.value.code == "birth_date_mismatch" and refused.value.loc == ["body", "birth_date"]
    world.emp_a.refresh_from_db()
    expected = (world.emp_a.birth_date, world.emp_a.sex)
    services.employee_update(actor=hr, employee=world.emp_a, today=TODAY, sex="", birth_date=None)
    world.emp_a.refresh_from_db()
    assert (world.emp_a.birth_date, world.emp_a.sex) == expected
    assert AuditEntry.objects.filter(action="employee.update").count() == 1


def test_a_work_period_may_not_end_before_it_starts(world):
    with pytest.raises(InvalidInput) as refused:
        services.work_period_add(
            actor=world.users["hr_a"],
            employee=world.emp_a,
            start=dt.date(2020, 1, 1),
            end=dt.date(2019, 1, 1),
            sector="other",
        )
    assert refused.value.loc == ["body", "end"]
    assert not WorkPeriod.objects.exists()


def test_a_position_must_name_a_register_entry_that_exists(world):
    with pytest.raises(InvalidInput) as refused:
        services.position_add(
            actor=world.users["hr_a"],
            employee=world.emp_a,
            title="Маман",
            start=TODAY,
            register_position="X1",
        )
    assert refused.value.code == "unknown_register_position"


def test_a_write_whose_audit_entry_fails_is_not_saved(world, monkeypatch):
    def broken_audit(**kwargs):
        raise RuntimeError("the audit trail is unavailable")

    monkeypatch.setattr(services, "audit_record", broken_audit)
    with pytest.raises(RuntimeError):
        services.employee_create(
            actor=world.users["hr_a"], organization=world.org_a, today=TODAY, **people(world)
        )
    assert not Employee.objects.filter(last_name_kk="Оспанова").exists()


def test_a_write_rolled_back_after_the_fact_takes_its_audit_entry_with_it(world):
    from django.db import transaction

    with pytest.raises(ZeroDivisionError), transaction.atomic():
        services.employee_update(actor=world.users["hr_a"], employee=world.emp_a, today=TODAY, phone="+7 700")
        1 / 0  # noqa: B018 - anything failing later in the same transaction
    assert not AuditEntry.objects.exists()
    world.emp_a.refresh_from_db()
    assert world.emp_a.phone == ""


def test_opening_a_card_is_audited_and_scoped(world):
    employee = services.employee_card_open(viewer=world.users["auditor"], employee_id=world.emp_a.pk)
    assert employee == world.emp_a
    assert AuditEntry.objects.get().action == "employee.view"
    with pytest.raises(NotFound):
        services.employee_card_open(viewer=world.users["hr_b"], employee_id=world.emp_a.pk)
    assert AuditEntry.objects.count() == 1


def test_moving_an_organization_rewrites_the_paths_of_its_subtree(world):
    services.organization_update(
        actor=world.users["administrator"], organization=world.org_a, parent=world.org_b
    )
    world.org_a_sub.refresh_from_db()
    assert world.org_a_sub.path == f"{world.org_b.path}{world.org_a.pk}/{world.org_a_sub.pk}/"
    entry = AuditEntry.objects.get(action="organization.update")
    assert entry.before["parent"] == world.ministry.pk and entry.after["parent"] == world.org_b.pk


def test_an_organization_in_use_is_not_deleted(world):
    with pytest.raises(services.OrganizationInUse):
        services.organization_delete(actor=world.users["administrator"], organization=world.org_a)
    assert Organization.objects.filter(pk=world.org_a.pk).exists()
    assert not AuditEntry.objects.exists()
