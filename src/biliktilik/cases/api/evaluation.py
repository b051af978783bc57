"""Beyond the contract: a case's applicant records, documents checklist, the commission's
evaluation, its members' votes and the secretary's protocol (``docs/api.md``, "Cases")."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Schema

from biliktilik import vocabulary
from biliktilik.api.types import AUTH_ERRORS, Input
from biliktilik.errors import NotFound
from biliktilik.rules.inputs import Requirement, RuleDate
from biliktilik.staff.api.common import In

from .. import checklist, selectors_evaluation, services_evaluation
from .cases import CONFLICT_ERRORS, PathId, _case, router

Text = Annotated[str, Field(max_length=300)]
Long = Annotated[str, Field(max_length=5000)]
Recommendation = vocabulary.CASE_RECOMMENDATION.literal()


class CaseEducationIn(In):
    level: vocabulary.EDUCATION_LEVEL.literal()
    field: vocabulary.EDUCATION_FIELD.literal()
    institution: Text = ""
    document: Text = ""


class CaseExperienceIn(In):
    start: RuleDate
    end: RuleDate | None = Field(None, description="none: still working there")
    sector: vocabulary.SECTOR.literal()
    management: bool = False
    employer: Text = ""
    document: Text = ""


class CaseRecordsIn(In):
    education: list[CaseEducationIn] = Field(default=[], max_length=20)
    experience: list[CaseExperienceIn] = Field(default=[], max_length=200)


class CaseRecordsOut(Schema):
    education: list[dict[str, Any]]
    experience: list[dict[str, Any]]


class CaseChecklistItemIn(In):
    item: vocabulary.CASE_DOCUMENT.literal()
    submitted: bool
    valid_until: RuleDate | None = None
    note: Annotated[str, Field(max_length=500)] = ""


class CaseChecklistIn(In):
    items: list[CaseChecklistItemIn] = Field(..., min_length=1, max_length=20)


class CaseChecklistQuery(Input):
    on: RuleDate | None = Field(None, description="YYYY-MM-DD: the day expiry is judged on; by default today")


class CaseChecklistItemOut(Schema):
    item: str
    label: str
    basis: str
    source: dict[str, Any]
    submitted: bool
    valid_until: dt.date | None
    note: str


class CaseChecklistProblemOut(Schema):
    item: str
    problem: str
    valid_until: dt.date | None
    reason: str


class CaseChecklistOut(Schema):
    complete_in_sources: bool
    note: str
    items: list[CaseChecklistItemOut]
    problems: list[CaseChecklistProblemOut]


class CaseEvaluationIn(In):
    on: RuleDate
    requirement: Requirement | None = Field(None, description="a point of order-2017-360; none: none in law/")
    recommendation: Recommendation
    reasoning: Long = ""


class CaseVoteIn(In):
    vote: Recommendation
    comment: Long = ""


class CaseProtocolIn(In):
    number: Annotated[str, Field(min_length=1, max_length=40)]
    on: RuleDate


class CaseVoteOut(Schema):
    member: int
    name: str
    vote: str
    comment: str


class CaseTallyOut(Schema):
    issue: int
    refuse: int


class CaseProtocolOut(Schema):
    number: str
    on: dt.date


class CaseEvaluationOut(Schema):
    case: int
    requirement: str | None
    explanation: dict[str, Any] | None
    reasoning: str
    recommendation: str | None
    votes: list[CaseVoteOut]
    tally: CaseTallyOut
    protocol: CaseProtocolOut | None
    frozen: bool


class NoEvaluation(NotFound):
    def __init__(self):
        super().__init__(
            _("The commission has not recorded its evaluation of this case yet."), code="not_found"
        )


@router.get(
    "/cases/{case_id}/records",
    response={200: CaseRecordsOut, **AUTH_ERRORS},
    summary="The applicant's records",
)
def records_get(request: HttpRequest, case_id: int = PathId):
    return selectors_evaluation.records_out(_case(request, case_id))


@router.put(
    "/cases/{case_id}/records",
    response={200: CaseRecordsOut, **CONFLICT_ERRORS},
    summary="Record the applicant's education and experience (replacing them)",
)
def records_set(request: HttpRequest, payload: CaseRecordsIn, case_id: int = PathId):
    case = services_evaluation.applicant_records_set(
        actor=request.auth,
        case=_case(request, case_id),
        education=[item.model_dump() for item in payload.education],
        experience=[item.model_dump() for item in payload.experience],
    )
    return selectors_evaluation.records_out(case)


@router.get(
    "/cases/{case_id}/checklist",
    response={200: CaseChecklistOut, **AUTH_ERRORS},
    summary="The documents checklist",
)
def checklist_get(request: HttpRequest, query: Query[CaseChecklistQuery], case_id: int = PathId):
    return checklist.checklist_out(_case(request, case_id), query.on or timezone.localdate())


@router.put(
    "/cases/{case_id}/checklist",
    response={200: CaseChecklistOut, **CONFLICT_ERRORS},
    summary="Record what was submitted of the checklist",
)
def checklist_set(request: HttpRequest, payload: CaseChecklistIn, case_id: int = PathId):
    case = services_evaluation.checklist_set(
        actor=request.auth, case=_case(request, case_id), items=[item.model_dump() for item in payload.items]
    )
    return checklist.checklist_out(case, timezone.localdate())


def _evaluation(case) -> dict:
    out = selectors_evaluation.evaluation_out(case)
    if out is None:
        raise NoEvaluation()
    return out


@router.get(
    "/cases/{case_id}/evaluation",
    response={200: CaseEvaluationOut, **AUTH_ERRORS},
    summary="The commission's evaluation, votes and protocol",
)
def evaluation_get(request: HttpRequest, case_id: int = PathId):
    return _evaluation(_case(request, case_id))


@router.post(
    "/cases/{case_id}/evaluation",
    response={200: CaseEvaluationOut, **CONFLICT_ERRORS},
    summary="Record the commission's evaluation (at its step)",
)
def evaluation_record(request: HttpRequest, payload: CaseEvaluationIn, case_id: int = PathId):
    case = _case(request, case_id)
    services_evaluation.evaluation_record(
        actor=request.auth,
        case=case,
        on=payload.on,
        requirement=payload.requirement,
        recommendation=payload.recommendation,
        reasoning=payload.reasoning,
    )
    return _evaluation(case)


@router.post(
    "/cases/{case_id}/evaluation/votes",
    response={200: CaseEvaluationOut, **CONFLICT_ERRORS},
    summary="A commission member's vote (again: changes it)",
)
def vote_cast(request: HttpRequest, payload: CaseVoteIn, case_id: int = PathId):
    case = _case(request, case_id)
    services_evaluation.vote_cast(actor=request.auth, case=case, vote=payload.vote, comment=payload.comment)
    return _evaluation(case)


@router.post(
    "/cases/{case_id}/evaluation/protocol",
    response={200: CaseEvaluationOut, **CONFLICT_ERRORS},
    summary="Draw up the commission's protocol (at the secretary's step)",
)
def protocol_draw(request: HttpRequest, payload: CaseProtocolIn, case_id: int = PathId):
    case = _case(request, case_id)
    services_evaluation.protocol_draw(actor=request.auth, case=case, number=payload.number, on=payload.on)
    return _evaluation(case)
