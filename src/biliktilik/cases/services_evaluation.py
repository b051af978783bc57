"""Writes of the commission's part of a case: the applicant's education and experience as the
documents show them, the documents checklist, the commission's evaluation against the
requirement of the occupation claimed (our rules, where the requirement is in ``law/``), the
members' votes and the secretary's protocol.

Every write locks the case row, checks who acts and at which step, and records an audit entry
in the same transaction. None of them completes a step: the commission and its secretary
complete theirs through ``services_cases`` once the evaluation or the protocol is recorded.

Readings (``docs/reading/services.md``, "The commission's evaluation"): Appendix 13, item 7.a.3,
has the commission assess on "the criteria of the qualification characteristics of point 13 of
the Rules" (order No. 503 of 13.06.2016, not in our sources); the requirements we hold are the
typical qualification characteristics of order-2017-360, so the commission may cite one of its
points and have our rules explain it, or state that none in ``law/`` applies and reason itself.
The text names no quorum and no casting vote: the protocol records the majority of the votes
cast, and a tie is not a decision.
"""

from __future__ import annotations

import datetime as dt
import json

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput
from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules.qualification import BASE_ACT, REQUIREMENT_IDS

from . import checklist, procedures
from .errors import CasePermissionDenied
from .errors_evaluation import (
    EvaluationFrozen,
    EvaluationMissing,
    NotCommissionStep,
    NotSecretaryStep,
    NoVotes,
    RefusalWithoutGrounds,
    VotesTied,
)
from .models import ApplicantEducation, ApplicantExperience, Case, CaseDocument, Evaluation, Vote
from .permissions import may_act_as, within_subtree
from .selectors import current_step
from .selectors_evaluation import evaluation_out, explain_requirement, records_out
from .services_cases import MAX_NOTE, _check_day, _last_done_on, _locked

REQUIREMENTS = tuple(f"{BASE_ACT}/{point}" for point in REQUIREMENT_IDS)
# Who records what the documents show: the intake officer on accepting them, the executor on
# processing them for the commission (items 7.a.1-7.a.2).
RECORDERS = ("intake_officer", "executor")
MAX_LINE = 300


def _require_recorder(actor, case: Case) -> None:
    if not any(may_act_as(actor, role, case.organization) for role in RECORDERS):
        raise CasePermissionDenied(
            _("The intake officer or the executor of the case's organization records its documents.")
        )


def _frozen(case: Case) -> bool:
    evaluation = Evaluation.objects.filter(case=case).first()
    return evaluation is not None and bool(evaluation.protocol_number)


def _code(value, domain: vocabulary.Domain, loc: list) -> str:
    if value not in domain:
        raise InvalidInput(_("Choose one of the values offered."), code="invalid_choice", loc=loc)
    return value


def _line(value, loc: list, *, limit: int = MAX_LINE) -> str:
    value = str(value or "").strip()
    if len(value) > limit:
        raise InvalidInput(_("The text is too long."), code="too_long", loc=loc)
    return value


def _education_rows(case: Case, education: list[dict]) -> list[ApplicantEducation]:
    rows = []
    for i, item in enumerate(education):
        loc = ["body", "education", i]
        rows.append(
            ApplicantEducation(
                case=case,
                level=_code(item.get("level"), vocabulary.EDUCATION_LEVEL, [*loc, "level"]),
                field=_code(item.get("field"), vocabulary.EDUCATION_FIELD, [*loc, "field"]),
                institution=_line(item.get("institution"), [*loc, "institution"]),
                document=_line(item.get("document"), [*loc, "document"]),
            )
        )
    return rows


def _experience_rows(case: Case, experience: list[dict]) -> list[ApplicantExperience]:
    rows = []
    for i, item in enumerate(experience):
        loc = ["body", "experience", i]
        start, end = item.get("start"), item.get("end")
        if not isinstance(start, dt.date):
            raise InvalidInput(_("Give the date the period starts."), code="required", loc=[*loc, "start"])
        if end is not None and end < start:
            raise InvalidInput(
                _("The period ends before it starts."), code="period_end_before_start", loc=[*loc, "end"]
            )
        rows.append(
            ApplicantExperience(
                case=case,
                start=start,
                end=end,
                sector=_code(item.get("sector"), vocabulary.SECTOR, [*loc, "sector"]),
                management=bool(item.get("management", False)),
                employer=_line(item.get("employer"), [*loc, "employer"]),
                document=_line(item.get("document"), [*loc, "document"]),
            )
        )
    return rows


@transaction.atomic
def applicant_records_set(*, actor, case: Case, education: list[dict], experience: list[dict]) -> Case:
    """The applicant's education and experience as the submitted documents show them, replacing
    what was recorded; refused once the protocol is drawn up (the evaluation read them)."""
    case, _steps = _locked(case)
    _require_recorder(actor, case)
    if _frozen(case):
        raise EvaluationFrozen()
    before = records_out(case)
    education_rows, experience_rows = _education_rows(case, education), _experience_rows(case, experience)
    case.education.all().delete()
    case.experience.all().delete()
    ApplicantEducation.objects.bulk_create(education_rows)
    ApplicantExperience.objects.bulk_create(experience_rows)
    audit_record(
        actor=actor,
        action="case.applicant_records",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=records_out(case),
    )
    return case


def _checklist_rows(case: Case) -> list[dict]:
    return [
        {"item": r.item, "submitted": r.submitted, "valid_until": r.valid_until, "note": r.note}
        for r in case.documents.order_by("item")
    ]


@transaction.atomic
def checklist_set(*, actor, case: Case, items: list[dict]) -> Case:
    """What was submitted of the checklist's items, and until when each is valid; an item not
    named keeps what was recorded for it."""
    case, _steps = _locked(case)
    _require_recorder(actor, case)
    codes = checklist.checklist_of(case).codes
    cleaned = {}
    for i, item in enumerate(items):
        code = item.get("item")
        if code not in codes:
            raise InvalidInput(
                _("This item is not on the documents checklist of the case's procedure."),
                code="not_on_checklist",
                loc=["body", "items", i, "item"],
            )
        valid_until = item.get("valid_until")
        if valid_until is not None and not isinstance(valid_until, dt.date):
            raise InvalidInput(_("Give a date."), code="date_format", loc=["body", "items", i, "valid_until"])
        cleaned[code] = {
            "submitted": bool(item.get("submitted", False)),
            "valid_until": valid_until,
            "note": _line(item.get("note"), ["body", "items", i, "note"], limit=500),
        }
    before = _checklist_rows(case)
    for code, values in cleaned.items():
        CaseDocument.objects.update_or_create(case=case, item=code, defaults=values)
    audit_record(
        actor=actor,
        action="case.checklist",
        object_type="case",
        object_id=case.pk,
        before={"documents": before},
        after={"documents": _checklist_rows(case)},
    )
    return case


def _at_step(case: Case, steps, actor_code: str, error) -> None:
    current = current_step(steps)
    if current is None or current.actor != actor_code:
        raise error()


def _clean_requirement(requirement: str | None) -> str:
    requirement = (requirement or "").strip()
    if requirement and requirement not in REQUIREMENTS:
        raise InvalidInput(
            _("There is no such requirement point in our sources: choose one offered, or none."),
            code="unknown_requirement",
            loc=["body", "requirement"],
        )
    return requirement


@transaction.atomic
def evaluation_record(
    *,
    actor,
    case: Case,
    on: dt.date,
    requirement: str | None,
    recommendation: str,
    reasoning: str = "",
    law: Lawbook | None = None,
) -> Evaluation:
    """The commission's evaluation at its step: the requirement point it applies (our rules
    explain it, as of ``on``) or none in ``law/`` (then its own reasoning is required), and its
    recommendation (a refusal needs its grounds). Recorded again, it replaces the earlier one
    until the protocol is drawn up."""
    case, steps = _locked(case)
    _at_step(case, steps, "commission", NotCommissionStep)
    if not may_act_as(actor, "commission", case.organization):
        raise CasePermissionDenied(_("Only a member of the case's commission records its evaluation."))
    evaluation = Evaluation.objects.filter(case=case).first()
    if evaluation is not None and evaluation.protocol_number:
        raise EvaluationFrozen()
    _check_day(on, loc=["body", "on"], not_before=_last_done_on(case, steps, current_step(steps).number))
    recommendation = _code(recommendation, vocabulary.CASE_RECOMMENDATION, ["body", "recommendation"])
    requirement = _clean_requirement(requirement)
    reasoning = (reasoning or "").strip()[:MAX_NOTE]
    explanation = (
        explain_requirement(case, requirement, on, law=law or procedures.lawbook()) if requirement else {}
    )
    if not reasoning:
        if not requirement:
            raise InvalidInput(
                _("No requirement in our sources is applied: state the commission's own reasoning."),
                code="required",
                loc=["body", "reasoning"],
            )
        if "gap" in explanation:
            raise InvalidInput(
                _(
                    "Our sources do not have the wording of this point in force on the day: state the "
                    "commission's own reasoning."
                ),
                code="required",
                loc=["body", "reasoning"],
            )
        if recommendation == "refuse":
            raise InvalidInput(
                _("A recommendation to refuse needs its grounds: state the commission's reasoning."),
                code="required",
                loc=["body", "reasoning"],
            )
    before = evaluation_out(case)
    values = {
        "requirement": requirement,
        "explanation": _jsonable(explanation),
        "reasoning": reasoning,
        "recommendation": recommendation,
    }
    if evaluation is None:
        evaluation = Evaluation.objects.create(case=case, created_by=actor, **values)
    else:
        for name, value in values.items():
            setattr(evaluation, name, value)
        evaluation.save(update_fields=list(values))
    audit_record(
        actor=actor,
        action="case.evaluate",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=evaluation_out(case),
    )
    return evaluation


def _jsonable(value):
    """Dates as ISO text, as the JSON field keeps them."""
    return json.loads(json.dumps(value, default=str))


@transaction.atomic
def vote_cast(*, actor, case: Case, vote: str, comment: str = "") -> Vote:
    """A commission member's vote on the recommendation, at the commission's step; a second vote
    by the same member replaces the first. Only members whose organization holds the case's in
    its subtree vote (an administrator acts as any actor, but is not a member: no vote)."""
    case, steps = _locked(case)
    _at_step(case, steps, "commission", NotCommissionStep)
    if role_of(actor) != Role.COMMISSION_MEMBER or not within_subtree(actor, case.organization):
        raise CasePermissionDenied(_("Only a member of the case's commission votes on it."))
    evaluation = Evaluation.objects.filter(case=case).first()
    if evaluation is None:
        raise EvaluationMissing()
    if evaluation.protocol_number:
        raise EvaluationFrozen()
    vote = _code(vote, vocabulary.CASE_RECOMMENDATION, ["body", "vote"])
    before = evaluation_out(case)
    cast, _created = Vote.objects.update_or_create(
        evaluation=evaluation,
        member=actor,
        defaults={"vote": vote, "comment": (comment or "").strip()[:MAX_NOTE]},
    )
    audit_record(
        actor=actor,
        action="case.vote",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=evaluation_out(case),
    )
    return cast


def majority(votes: list[str]) -> str:
    """The recommendation most votes name; none cast or a tie is refused (no rule decides it)."""
    issue, refuse = votes.count("issue"), votes.count("refuse")
    if not votes:
        raise NoVotes()
    if issue == refuse:
        raise VotesTied(issue=issue, refuse=refuse)
    return "issue" if issue > refuse else "refuse"


@transaction.atomic
def protocol_draw(*, actor, case: Case, number: str, on: dt.date) -> Evaluation:
    """The secretary's protocol at the secretary's step: its number and date, the recommendation
    set to the majority of the members' votes; the evaluation is frozen from then on."""
    case, steps = _locked(case)
    _at_step(case, steps, "commission_secretary", NotSecretaryStep)
    if not may_act_as(actor, "commission_secretary", case.organization):
        raise CasePermissionDenied(_("Only the secretary of the case's commission draws up its protocol."))
    evaluation = Evaluation.objects.filter(case=case).first()
    if evaluation is None:
        raise EvaluationMissing()
    if evaluation.protocol_number:
        raise EvaluationFrozen()
    number = _line(number, ["body", "number"], limit=40)
    if not number:
        raise InvalidInput(_("Give the protocol's number."), code="required", loc=["body", "number"])
    _check_day(on, loc=["body", "on"], not_before=_last_done_on(case, steps, current_step(steps).number))
    decided = majority(list(evaluation.votes.values_list("vote", flat=True)))
    if decided == "refuse" and not evaluation.reasoning:
        raise RefusalWithoutGrounds()
    before = evaluation_out(case)
    evaluation.protocol_number, evaluation.protocol_on, evaluation.recommendation = number, on, decided
    evaluation.save(update_fields=["protocol_number", "protocol_on", "recommendation"])
    audit_record(
        actor=actor,
        action="case.protocol",
        object_type="case",
        object_id=case.pk,
        before=before,
        after=evaluation_out(case),
    )
    return evaluation
