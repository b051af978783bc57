"""Writes to the staff registry. Each one: keyword-only arguments, an actor, permission check,
validation before save, one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import IntegrityError, transaction
from django.db.models import CharField, ProtectedError, Value
from django.db.models.functions import Concat, Substr
from django.forms.models import model_to_dict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record, canonical_json
from biliktilik.errors import DomainError, InvalidInput
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules.calendar import add_months
from biliktilik.rules.explain import LawGap
from biliktilik.rules.messages import text as rule_text

from . import iin as iin_rules
from .errors import EmployeeNotFound, OrganizationNotFound, PermissionDenied, StaleVersion
from .models import (
    SORT_FIELDS,
    AttestationRecord,
    CategoryAward,
    Education,
    Employee,
    Organization,
    PositionHeld,
    Training,
    WorkPeriod,
    with_sort_keys,
)
from .scoping import can_write_in
from .selectors import employee_get
from .selectors_card import suggested_register_position

EMPLOYEE_FIELDS = (
    "iin",
    "last_name_kk",
    "first_name_kk",
    "patronymic_kk",
    "last_name_ru",
    "first_name_ru",
    "patronymic_ru",
    "sex",
    "birth_date",
    "phone",
    "email",
)


def snapshot(instance) -> dict:
    return model_to_dict(instance)


def record_version(instance) -> str:
    """A fingerprint of a record's stored values: the API's ETag, the forms' hidden version."""
    return hashlib.sha256(canonical_json(snapshot(instance))).hexdigest()[:24]


def _check_version(instance, expected: str | tuple[str, ...] | None) -> None:
    """``expected``: the version (or any of the versions) the writer read; None: no check."""
    if expected is None:
        return
    accepted = (expected,) if isinstance(expected, str) else expected
    if record_version(instance) not in accepted:
        raise StaleVersion(current=instance)


def _locked(model, instance):
    """The row as it is now, locked until the transaction ends: a write starts from the stored
    values, never from a copy read before another writer committed."""
    found = model.objects.select_for_update().filter(pk=instance.pk).first()
    if found is None:
        raise (EmployeeNotFound() if model is Employee else OrganizationNotFound())
    return found


def _require_write(actor, organization: Organization) -> None:
    if not can_write_in(actor, organization):
        raise PermissionDenied()


def check_iin(value: str, *, today: dt.date, loc: list) -> iin_rules.IinInfo:
    try:
        return iin_rules.validate_iin(value, today=today)
    except iin_rules.InvalidIin as exc:
        from django.utils.translation import get_language

        raise InvalidInput(
            iin_rules.message(exc.code, exc.params, (get_language() or "kk")[:2]), code="invalid_iin", loc=loc
        ) from exc


@transaction.atomic
def organization_create(
    *,
    actor,
    parent: Organization | None,
    name_kk: str,
    name_ru: str,
    kind: str,
    significance: str = "",
    region: str = "",
) -> Organization:
    if parent is not None:
        _require_write(actor, parent)
    elif not can_write_in(actor, Organization(path="/")):
        raise PermissionDenied()
    organization = Organization(
        parent=parent,
        name_kk=name_kk,
        name_ru=name_ru,
        kind=kind,
        significance=significance,
        region=region,
        path="",
    )
    organization.full_clean(exclude=["path"])
    with_sort_keys(organization).save()
    organization.path = organization.tree_path()
    organization.save(update_fields=["path"])
    audit_record(
        actor=actor,
        action="organization.create",
        object_type="organization",
        object_id=organization.pk,
        after=snapshot(organization),
    )
    return organization


def _iin_taken() -> InvalidInput:
    return InvalidInput(
        _("An employee with this IIN is already registered."), code="iin_taken", loc=["body", "iin"]
    )


def _birth_date_mismatch() -> InvalidInput:
    return InvalidInput(
        _("The birth date does not match the IIN."), code="birth_date_mismatch", loc=["body", "birth_date"]
    )


@transaction.atomic
def employee_create(*, actor, organization: Organization, today: dt.date, **fields) -> Employee:
    _require_write(actor, organization)
    info = check_iin(fields.get("iin", ""), today=today, loc=["body", "iin"])
    if fields.get("birth_date") and fields["birth_date"] != info.birth_date:
        raise _birth_date_mismatch()
    if Employee.objects.filter(iin=info.iin).exists():
        raise _iin_taken()
    values = {k: v for k, v in fields.items() if k in EMPLOYEE_FIELDS}
    values.update(iin=info.iin, birth_date=info.birth_date, sex=fields.get("sex") or info.sex)
    employee = Employee(organization=organization, **values)
    employee.full_clean()
    try:
        with_sort_keys(employee).save()
    except IntegrityError as exc:  # a concurrent insert of the same IIN
        raise _iin_taken() from exc
    audit_record(
        actor=actor,
        action="employee.create",
        object_type="employee",
        object_id=employee.pk,
        after=snapshot(employee),
    )
    return employee


@transaction.atomic
def employee_update(
    *, actor, employee: Employee, today: dt.date, expected_version: str | None = None, **changes
) -> Employee:
    """Change only the fields given, on the row as locked now (``expected_version``: refuse if it
    changed since the writer read it)."""
    employee = _locked(Employee, employee)
    _require_write(actor, employee.organization)
    _check_version(employee, expected_version)
    before = snapshot(employee)
    if "organization" in changes:
        _require_write(actor, changes["organization"])
    changes = _identity_changes(employee=employee, changes=changes, today=today)
    changed = [name for name in changes if name in EMPLOYEE_FIELDS or name == "organization"]
    for name in changed:
        setattr(employee, name, changes[name])
    employee.full_clean()
    if changed:
        with_sort_keys(employee).save(update_fields=changed + SORT_FIELDS)
    audit_record(
        actor=actor,
        action="employee.update",
        object_type="employee",
        object_id=employee.pk,
        before=before,
        after=snapshot(employee),
    )
    return employee


def _identity_changes(*, employee: Employee, changes: dict, today: dt.date) -> dict:
    """The IIN decides the birth date, and the sex when none is given; a birth date given
    with the changes must agree with it."""
    changes = dict(changes)
    given_birth_date = changes.pop("birth_date", None)
    info = None
    if "iin" in changes and changes["iin"] != employee.iin:
        info = check_iin(changes["iin"], today=today, loc=["body", "iin"])
        if Employee.objects.filter(iin=info.iin).exclude(pk=employee.pk).exists():
            raise _iin_taken()
    sex_cleared = "sex" in changes and not changes["sex"]
    if info is None and (given_birth_date is not None or sex_cleared):
        info = check_iin(employee.iin, today=today, loc=["body", "iin"])
    if info is None:
        return changes
    if given_birth_date is not None and given_birth_date != info.birth_date:
        raise _birth_date_mismatch()
    changes.update(iin=info.iin, birth_date=info.birth_date)
    if sex_cleared:
        changes["sex"] = info.sex
    return changes


@transaction.atomic
def employee_delete(*, actor, employee: Employee, expected_version: str | None = None) -> None:
    employee = _locked(Employee, employee)
    _require_write(actor, employee.organization)
    _check_version(employee, expected_version)
    before = snapshot(employee)
    pk = employee.pk
    employee.delete()
    audit_record(actor=actor, action="employee.delete", object_type="employee", object_id=pk, before=before)


def _add_record(*, actor, employee: Employee, model, action: str, on_decision: bool = False, **fields):
    """Add a record of ``employee``. ``on_decision``: written because the attestation commission
    confirmed a decision on the Platform (which checked the member's right to confirm), not by
    an HR officer editing the registry."""
    if not on_decision:
        _require_write(actor, employee.organization)
    record = model(employee=employee, **fields)
    record.full_clean()
    record.save()
    audit_record(
        actor=actor,
        action=action,
        object_type=model.__name__.lower(),
        object_id=record.pk,
        after=snapshot(record),
    )
    return record


@transaction.atomic
def work_period_add(*, actor, employee: Employee, **fields) -> WorkPeriod:
    if fields.get("end") and fields["end"] < fields["start"]:
        raise InvalidInput(
            _("The period ends before it starts."), code="period_end_before_start", loc=["body", "end"]
        )
    return _add_record(actor=actor, employee=employee, model=WorkPeriod, action="work.add", **fields)


@transaction.atomic
def education_add(*, actor, employee: Employee, **fields) -> Education:
    return _add_record(actor=actor, employee=employee, model=Education, action="education.add", **fields)


def _register_ids() -> set[str]:
    register = loader.default().get("order-2015-1042").act.register_of_positions
    return {p.id for p in register.positions}


@transaction.atomic
def position_add(*, actor, employee: Employee, **fields) -> PositionHeld:
    if fields.get("end") and fields["end"] < fields["start"]:
        raise InvalidInput(
            _("The period ends before it starts."), code="period_end_before_start", loc=["body", "end"]
        )
    register_id = fields.get("register_position")
    if register_id and register_id not in _register_ids():
        raise InvalidInput(
            _("There is no position with this id in the register of positions."),
            code="unknown_register_position",
            loc=["body", "register_position"],
        )
    if not register_id:
        # Suggested from the title; it stays unconfirmed until an officer confirms it.
        fields["register_position"] = suggest_register_position(fields.get("title", ""))
        fields["register_confirmed"] = False
    fields.setdefault("organization", employee.organization)
    return _add_record(actor=actor, employee=employee, model=PositionHeld, action="position.add", **fields)


def suggest_register_position(title: str) -> str:
    """The register id the title means when one position fits it best ('' when none fits well,
    or several fit equally: the card then lists them for the officer to choose)."""
    return suggested_register_position(title)


@transaction.atomic
def position_register_confirm(*, actor, position: PositionHeld, register_position: str) -> PositionHeld:
    """The officer confirms (or corrects) the register entry of a position held."""
    _require_write(actor, position.employee.organization)
    if register_position not in _register_ids():
        raise InvalidInput(
            _("There is no position with this id in the register of positions."),
            code="unknown_register_position",
            loc=["body", "register_position"],
        )
    before = snapshot(position)
    position.register_position = register_position
    position.register_confirmed = True
    position.save(update_fields=["register_position", "register_confirmed"])
    audit_record(
        actor=actor,
        action="position.register_confirm",
        object_type="positionheld",
        object_id=position.pk,
        before=before,
        after=snapshot(position),
    )
    return position


@transaction.atomic
def training_add(*, actor, employee: Employee, **fields) -> Training:
    return _add_record(actor=actor, employee=employee, model=Training, action="training.add", **fields)


@transaction.atomic
def category_assign(
    *,
    actor,
    employee: Employee,
    category: str,
    assigned_on: dt.date,
    decision: str,
    valid_until: dt.date | None = None,
    on_decision: bool = False,
) -> CategoryAward:
    """Valid for the term the attestation rules set (p.7), read as of the day of assignment.

    Where the wording in force on that day is not in our sources, the term cannot be computed:
    the officer gives ``valid_until`` from the decision itself, and nothing is guessed.
    """
    try:
        params = attestation_rule.parameters_in_force(loader.default(), assigned_on)
    except LawGap as exc:
        if valid_until is None:
            language = (get_language() or "kk")[:2]
            raise InvalidInput(
                _("%(gap)s Give the valid-until date written in the decision.")
                % {"gap": rule_text(exc.code, exc.params, language)},
                code=exc.code,
                loc=["body", "valid_until"],
            ) from exc
        computed = None
    else:
        computed = add_months(assigned_on, 12 * params.category_validity_years.value)
    if computed is not None and valid_until is not None and valid_until != computed:
        raise InvalidInput(
            _("The law sets this category's term: it is valid until %(date)s.")
            % {"date": computed.isoformat()},
            code="valid_until_contradicts_law",
            loc=["body", "valid_until"],
        )
    if valid_until is not None and valid_until <= assigned_on:
        raise InvalidInput(
            _("The valid-until date must be after the assignment date."),
            code="valid_until_before_assigned",
            loc=["body", "valid_until"],
        )
    return _add_record(
        actor=actor,
        employee=employee,
        model=CategoryAward,
        action="category.assign",
        on_decision=on_decision,
        category=category,
        assigned_on=assigned_on,
        valid_until=computed or valid_until,
        decision=decision,
    )


ORGANIZATION_FIELDS = ("name_kk", "name_ru", "kind", "significance", "region", "parent")


class OrganizationInUse(DomainError):
    status = 409
    code = "organization_in_use"

    def __init__(self):
        super().__init__(
            _(
                "This organization still has sub-organizations, employees, positions or accounts; move or "
                "remove them first."
            )
        )


def _require_parent_write(actor, parent: Organization | None) -> None:
    if parent is not None:
        _require_write(actor, parent)
    elif not can_write_in(actor, Organization(path="/")):
        raise PermissionDenied()


@transaction.atomic
def organization_update(
    *, actor, organization: Organization, expected_version: str | None = None, **changes
) -> Organization:
    """Change only the fields given, on the row as locked now. Moving an organization (a new
    ``parent``) moves its whole subtree with it."""
    organization = _locked(Organization, organization)
    _require_write(actor, organization)
    _check_version(organization, expected_version)
    before = snapshot(organization)
    old_path = organization.path
    moved = "parent" in changes and changes["parent"] != organization.parent
    if moved:
        parent = changes["parent"]
        _require_parent_write(actor, parent)
        if parent is not None and parent.path.startswith(old_path):
            raise InvalidInput(
                _("An organization cannot be placed under itself or one of its own sub-organizations."),
                code="organization_cycle",
                loc=["body", "parent"],
            )
    changed = [name for name in changes if name in ORGANIZATION_FIELDS]
    for name in changed:
        setattr(organization, name, changes[name])
    organization.full_clean(exclude=["path"])
    if changed:
        with_sort_keys(organization).save(update_fields=changed + SORT_FIELDS)
    if moved:
        new_path = organization.tree_path()
        Organization.objects.filter(path__startswith=old_path).update(
            path=Concat(Value(new_path), Substr("path", len(old_path) + 1), output_field=CharField())
        )
        organization.refresh_from_db(fields=["path"])
    audit_record(
        actor=actor,
        action="organization.update",
        object_type="organization",
        object_id=organization.pk,
        before=before,
        after=snapshot(organization),
    )
    return organization


@transaction.atomic
def organization_delete(*, actor, organization: Organization, expected_version: str | None = None) -> None:
    organization = _locked(Organization, organization)
    _require_write(actor, organization)
    _check_version(organization, expected_version)
    before = snapshot(organization)
    pk = organization.pk
    try:
        organization.delete()
    except ProtectedError as exc:
        raise OrganizationInUse() from exc
    audit_record(
        actor=actor, action="organization.delete", object_type="organization", object_id=pk, before=before
    )


@transaction.atomic
def employee_card_open(*, viewer, employee_id: int) -> Employee:
    """Opening a personal card is itself recorded: who looked at whose personal data, when."""
    employee = employee_get(viewer=viewer, employee_id=employee_id)
    audit_record(actor=viewer, action="employee.view", object_type="employee", object_id=employee.pk)
    return employee


def attestation_record_add(*, actor, employee: Employee, **fields) -> AttestationRecord:
    """The registry takes an attestation's confirmed outcome (called inside the confirmation's
    transaction, so both commit together)."""
    return _add_record(
        actor=actor,
        employee=employee,
        model=AttestationRecord,
        action="attestation.record",
        on_decision=True,
        **fields,
    )
