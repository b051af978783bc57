"""Writes of cases: intake, completing or returning the current step, and the two refusals.

Every transition locks the case row, checks who acts (``permissions``) and the step order (only
the current step moves; no step is skipped), re-plans the later steps' due dates on the
Kazakhstan working-day calendar from the day the step was actually done, and records an audit
entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.calendar_app.selectors import check_range
from biliktilik.errors import InvalidInput
from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules.calendar import KzCalendar
from biliktilik.staff.models import Organization

from . import procedures, selectors, services_certificates
from .errors import (
    CaseClosed,
    CasePermissionDenied,
    NotAtIntake,
    NotCurrentStep,
    NothingToReturnTo,
    RefusalBeforeEvaluation,
    StepNotFound,
)
from .errors_evaluation import ProtocolMissing, RefusalBeforeProtocol, StepBeforeEvaluation
from .models import Case, CaseStep, Evaluation
from .permissions import may_act_as

APPLICANT_FIELDS = ("name", "citizenship", "document", "occupation")
MAX_NOTE = 5000


def _check_day(value: dt.date, *, loc: list, not_before: dt.date | None = None) -> dt.date:
    check_range(value, loc)
    if value > timezone.localdate():
        raise InvalidInput(_("The date is in the future."), code="future_date", loc=loc)
    if not_before is not None and value < not_before:
        raise InvalidInput(
            _("The date is before %(day)s, the day the case's previous step was done."),
            code="date_before_previous_step",
            loc=loc,
            day=not_before.strftime("%d.%m.%Y"),
        )
    return value


def _clean_applicant(applicant: dict) -> dict:
    cleaned = {key: str(applicant.get(key) or "").strip() for key in (*APPLICANT_FIELDS, "contact")}
    for key in APPLICANT_FIELDS:
        if not cleaned[key]:
            raise InvalidInput(
                _("This field of the applicant is required."), code="required", loc=["body", "applicant", key]
            )
    return cleaned


def _prefix(service: str) -> str:
    """The registration number's letters: the service id's initials (foreigner-certificate: FC)."""
    return "".join(part[0] for part in service.split("-") if part).upper()


@transaction.atomic
def case_register(
    *,
    actor,
    procedure: str,
    registered_on: dt.date,
    channel: str,
    applicant: dict,
    organization: Organization,
    law: Lawbook | None = None,
    calendar: KzCalendar | None = None,
) -> Case:
    """Intake: the case on the procedure in force on ``registered_on``, every step planned."""
    _check_day(registered_on, loc=["body", "registered_on"])
    person = _clean_applicant(applicant)
    item = procedures.in_force(procedure, registered_on, law=law or procedures.lawbook())
    if not may_act_as(actor, item.steps[0].actor, organization):
        raise CasePermissionDenied(_("Only the intake officer of this organization registers its cases."))
    case = Case.objects.create(
        # A placeholder unique for the instant before the id is known; the number is made of the id.
        number=f"new-{uuid.uuid4().hex[:24]}",
        procedure=item.id,
        source=item.source.model_dump(),
        registered_on=registered_on,
        channel=channel,
        applicant_name=person["name"],
        applicant_citizenship=person["citizenship"],
        applicant_document=person["document"],
        applicant_contact=person["contact"],
        applicant_occupation=person["occupation"],
        organization=organization,
        created_by=actor,
    )
    case.number = f"{_prefix(item.service)}-{registered_on.year}-{case.pk:06d}"
    case.save(update_fields=["number"])
    steps = [
        CaseStep(case=case, number=s.number, actor=s.actor, term_days=s.term.days, term_kind=s.term.kind)
        for s in item.steps
    ]
    dues = procedures.due_dates(steps, start=registered_on, calendar=calendar or procedures.calendar())
    for step, due in zip(steps, dues, strict=True):
        step.due = due
    CaseStep.objects.bulk_create(steps)
    audit_record(
        actor=actor,
        action="case.register",
        object_type="case",
        object_id=case.pk,
        after=selectors.snapshot(case),
    )
    return case


def _locked(case: Case) -> tuple[Case, list[CaseStep]]:
    locked = Case.objects.select_for_update(of=("self",)).select_related("organization").get(pk=case.pk)
    if locked.status != "open":
        raise CaseClosed()
    return locked, list(locked.steps.order_by("number"))


def _current(steps: list[CaseStep]) -> CaseStep | None:
    return next((s for s in steps if s.done_on is None), None)


def _step(steps: list[CaseStep], number: int) -> CaseStep:
    step = next((s for s in steps if s.number == number), None)
    if step is None:
        raise StepNotFound()
    return step


def _last_done_on(case: Case, steps: list[CaseStep], before: int) -> dt.date:
    done = [s.done_on for s in steps if s.number < before and s.done_on is not None]
    return max(done, default=case.registered_on)


def _replan(later: list[CaseStep], *, start: dt.date, calendar: KzCalendar) -> None:
    for step, due in zip(later, procedures.due_dates(later, start=start, calendar=calendar), strict=True):
        step.due = due


def _require_actor(actor, step: CaseStep, case: Case) -> None:
    if not may_act_as(actor, step.actor, case.organization):
        raise CasePermissionDenied(_("This step is done by its actor's role in the case's organization."))


def _protocol_drawn(case: Case) -> bool:
    evaluation = Evaluation.objects.filter(case=case).first()
    return evaluation is not None and bool(evaluation.protocol_number) and evaluation.protocol_on is not None


def _require_commission_part(case: Case, step: CaseStep) -> None:
    """No step skipped in substance (Appendix 13, 7.a.3-4): the commission's step is done once
    its evaluation with a recommendation is recorded, its secretary's once the protocol is drawn
    up (``services_evaluation``)."""
    if step.actor == "commission":
        evaluation = Evaluation.objects.filter(case=case).first()
        if evaluation is None or not evaluation.recommendation:
            raise StepBeforeEvaluation()
    elif step.actor == "commission_secretary" and not _protocol_drawn(case):
        raise ProtocolMissing()


@transaction.atomic
def step_complete(
    *,
    actor,
    case: Case,
    number: int,
    on: dt.date,
    note: str = "",
    calendar: KzCalendar | None = None,
    issuing: dict | None = None,
) -> Case:
    """The current step done on ``on``; the later steps' due dates counted again from ``on``.
    The last step of an issuing procedure issues the certificate in the same transaction
    (``services_certificates.issue_on_completion``; ``issuing``: what it needs beyond the case,
    e.g. ``contract_until``, ``original``)."""
    case, steps = _locked(case)
    step, current = _step(steps, number), _current(steps)
    if step is not current:
        raise NotCurrentStep(number=number, current=current.number if current else None)
    _require_actor(actor, step, case)
    _require_commission_part(case, step)
    _check_day(on, loc=["body", "on"], not_before=_last_done_on(case, steps, number))
    before = selectors.snapshot(case, steps)
    step.done_on, step.done_by, step.note = on, actor, note.strip()[:MAX_NOTE]
    later = [s for s in steps if s.number > number]
    _replan(later, start=on, calendar=calendar or procedures.calendar())
    CaseStep.objects.bulk_update([step, *later], ["done_on", "done_by", "note", "due"])
    if not later:
        case.status, case.ending, case.ended_on, case.ended_by = "completed", "issued", on, actor
        case.save(update_fields=["status", "ending", "ended_on", "ended_by"])
    audit_record(
        actor=actor,
        action="case.step_complete",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=selectors.snapshot(case, steps),
    )
    if not later:
        # After the step's own entry, so the trail reads "step completed, certificate issued".
        services_certificates.issue_on_completion(actor=actor, case=case, on=on, **(issuing or {}))
    return case


@transaction.atomic
def step_return(
    *, actor, case: Case, number: int, on: dt.date, note: str, calendar: KzCalendar | None = None
) -> Case:
    """The current step sent back to the one before, with a note: that step is to be done again
    and it and the later ones are planned from ``on``."""
    case, steps = _locked(case)
    step, current = _step(steps, number), _current(steps)
    if step is not current:
        raise NotCurrentStep(number=number, current=current.number if current else None)
    if number == steps[0].number:
        raise NothingToReturnTo()
    _require_actor(actor, step, case)
    _check_day(on, loc=["body", "on"], not_before=_last_done_on(case, steps, number))
    if not note.strip():
        raise InvalidInput(_("Say why the step is returned."), code="required", loc=["body", "note"])
    before = selectors.snapshot(case, steps)
    previous = _step(steps, number - 1)
    step.returned_on, step.return_note = on, note.strip()[:MAX_NOTE]
    previous.done_on, previous.done_by = None, None
    again = [s for s in steps if s.number >= previous.number]
    _replan(again, start=on, calendar=calendar or procedures.calendar())
    CaseStep.objects.bulk_update(again, ["done_on", "done_by", "due", "returned_on", "return_note"])
    audit_record(
        actor=actor,
        action="case.step_return",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=selectors.snapshot(case, steps),
    )
    return case


def _refusal_kind(kind: str | None, case: Case, steps: list[CaseStep], current: CaseStep) -> str:
    """Reading (docs/reading/services.md, "No step skipped"): management decides "on the basis of
    the Commission's minutes" (7.a.5), so a motivated refusal needs the protocol drawn up where
    the procedure has a secretary's step, whatever the protocol recommends: management decides."""
    at_intake = current is steps[0]
    kind = kind or ("refused_to_accept" if at_intake else "motivated_refusal")
    if kind == "refused_to_accept" and not at_intake:
        raise NotAtIntake()
    if kind == "motivated_refusal":
        evaluation = [s for s in steps if s.actor == "commission"]
        if at_intake or any(s.done_on is None for s in evaluation):
            raise RefusalBeforeEvaluation()
        if any(s.actor == "commission_secretary" for s in steps) and not _protocol_drawn(case):
            raise RefusalBeforeProtocol()
    return kind


@transaction.atomic
def case_refuse(*, actor, case: Case, on: dt.date, reason: str, kind: str | None = None) -> Case:
    """End the case refused: at intake, documents refused as incomplete or expired (by the intake
    step's actor); after the commission's evaluation, a motivated refusal (by management, who
    decide on the commission's protocol)."""
    case, steps = _locked(case)
    current = _current(steps)
    kind = _refusal_kind(kind, case, steps, current)
    deciding = steps[0].actor if kind == "refused_to_accept" else "management"
    if not may_act_as(actor, deciding, case.organization):
        raise CasePermissionDenied(_("This refusal is made by its actor's role in the case's organization."))
    _check_day(on, loc=["body", "on"], not_before=_last_done_on(case, steps, current.number))
    if not reason.strip():
        raise InvalidInput(_("Give the reason for the refusal."), code="required", loc=["body", "reason"])
    before = selectors.snapshot(case, steps)
    case.status, case.ending, case.ended_on, case.ended_by = "refused", kind, on, actor
    case.ending_reason = reason.strip()[:MAX_NOTE]
    case.save(update_fields=["status", "ending", "ended_on", "ended_by", "ending_reason"])
    audit_record(
        actor=actor,
        action="case.refuse",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=selectors.snapshot(case, steps),
    )
    return case
