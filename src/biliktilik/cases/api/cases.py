"""``/cases``: intake, the current step completed or returned, refusal, the lists."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import Field, Path, Query, Router, Schema

from biliktilik import vocabulary
from biliktilik.accounts.auth import api_auth
from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of
from biliktilik.api.types import AUTH_ERRORS, MAX_ID, ErrorOut, Id, Input, Status
from biliktilik.errors import InvalidInput
from biliktilik.rules.inputs import RuleDate
from biliktilik.staff.api.common import In
from biliktilik.staff.models import Organization

from .. import selectors, services_cases
from ..errors import CaseNotFound

# Every role may send; the services say who may do what (a step: its actor's role, in scope).
router = Router(tags=["cases"], auth=api_auth(writers=frozenset(Role.values)))
CONFLICT_ERRORS = {**AUTH_ERRORS, 409: ErrorOut}
PathId = Path(..., ge=1, le=MAX_ID)
Line = Annotated[str, Field(min_length=1, max_length=300)]
Note = Annotated[str, Field(max_length=5000)]
Channel = vocabulary.CASE_CHANNEL.literal()
CaseStatus = vocabulary.CASE_STATUS.literal()
Refusal = vocabulary.CASE_ENDING.literal(without=("issued",))
ProcedureId = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[a-z0-9\-]+/[a-z0-9\-]+$")]


class CaseApplicantIn(In):
    name: Line
    citizenship: Annotated[str, Field(min_length=1, max_length=100)]
    document: Annotated[str, Field(min_length=1, max_length=200)]
    occupation: Line
    contact: Annotated[str, Field(max_length=300)] = ""


class CaseIn(In):
    procedure: ProcedureId
    registered_on: RuleDate
    channel: Channel
    applicant: CaseApplicantIn
    organization: Id | None = Field(None, description="the provider; by default the intake officer's own")


class CaseTermOut(Schema):
    days: int
    kind: str


class CaseStepOut(Schema):
    number: int
    actor: str
    term: CaseTermOut
    due: dt.date
    done_on: dt.date | None
    note: str
    returned_on: dt.date | None
    return_note: str


class CaseApplicantOut(Schema):
    name: str
    citizenship: str
    document: str
    contact: str
    occupation: str


class CaseSourceOut(Schema):
    act: str
    point: str
    subpoint: str | None = None
    wording_by: str | None = None


class CaseOut(Schema):
    id: int
    number: str
    procedure: str
    source: CaseSourceOut
    registered_on: dt.date
    channel: str
    organization: int
    status: str
    ending: str | None
    ended_on: dt.date | None
    ending_reason: str
    applicant: CaseApplicantOut
    current_step: int | None
    steps: list[CaseStepOut]
    due: dt.date | None


class CaseList(Schema):
    results: list[CaseOut]
    count: int


class StepCompleteIn(In):
    on: RuleDate
    note: Note = ""
    contract_until: RuleDate | None = Field(
        None, description="issue-employed, last step: the labour contract's last day (at most 3 years on)"
    )
    original: Annotated[str, Field(max_length=40)] | None = Field(
        None, description="duplicate or re-issue, last step: the number of the certificate it is about"
    )


class StepReturnIn(In):
    on: RuleDate
    note: Annotated[str, Field(min_length=1, max_length=5000)]


class CaseRefuseIn(In):
    on: RuleDate
    reason: Annotated[str, Field(min_length=1, max_length=5000)]
    kind: Refusal | None = Field(
        None, description="by default: refused_to_accept at intake, else motivated_refusal"
    )


class CaseListQuery(Input):
    status: CaseStatus | None = None
    overdue: bool = False
    as_of: RuleDate | None = Field(None, description="YYYY-MM-DD, for overdue; by default today")
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(100, ge=1, le=selectors.MAX_PAGE)


def _organization(request: HttpRequest, organization_id: int | None) -> Organization:
    if organization_id is not None:
        organization = Organization.objects.filter(pk=organization_id).first()
        if organization is None:
            raise InvalidInput(
                _("There is no organization with this id."),
                code="unknown_organization",
                loc=["body", "organization"],
            )
        return organization
    profile = profile_of(request.auth)
    if profile is None or not profile.organization_id:
        raise InvalidInput(
            _("Name the organization that provides the service: your account has none."),
            code="required",
            loc=["body", "organization"],
        )
    return profile.organization


def _case(request: HttpRequest, case_id: int):
    case = selectors.case_of(request.auth, case_id)
    if case is None:
        raise CaseNotFound()
    return case


def _answer(case) -> dict:
    return selectors.case_out(case, case.steps.order_by("number"))


@router.post("/cases", response={201: CaseOut, **AUTH_ERRORS}, summary="Register a case (intake)")
def case_register(request: HttpRequest, payload: CaseIn):
    case = services_cases.case_register(
        actor=request.auth,
        procedure=payload.procedure,
        registered_on=payload.registered_on,
        channel=payload.channel,
        applicant=payload.applicant.model_dump(),
        organization=_organization(request, payload.organization),
    )
    return Status(201, _answer(case))


@router.get(
    "/cases", response={200: CaseList, **AUTH_ERRORS}, summary="Cases, by status or overdue on a date"
)
def case_list(request: HttpRequest, query: Query[CaseListQuery]):
    cases, count = selectors.case_list(
        viewer=request.auth,
        status=query.status,
        overdue=query.overdue,
        as_of=query.as_of or timezone.localdate(),
        offset=query.offset,
        limit=query.limit,
    )
    return {"results": [selectors.case_out(c) for c in cases], "count": count}


@router.get("/cases/{case_id}", response={200: CaseOut, **AUTH_ERRORS}, summary="One case")
def case_get(request: HttpRequest, case_id: int = PathId):
    return selectors.case_out(_case(request, case_id))


@router.post(
    "/cases/{case_id}/steps/{number}/complete",
    response={200: CaseOut, **CONFLICT_ERRORS},
    summary="Complete the current step",
    openapi_extra={
        "responses": {
            409: {
                "description": "The step may not be completed now: `not_current_step` (no step is skipped), "
                "`case_closed`, `evaluation_missing` (the commission's step before its evaluation is "
                "recorded), `protocol_missing` (the secretary's step before the protocol is drawn up)"
            }
        }
    },
)
def step_complete(
    request: HttpRequest,
    payload: StepCompleteIn,
    case_id: int = PathId,
    number: int = Path(..., ge=1, le=1000),
):
    issuing = {"contract_until": payload.contract_until, "original": payload.original}
    case = services_cases.step_complete(
        actor=request.auth,
        case=_case(request, case_id),
        number=number,
        on=payload.on,
        note=payload.note,
        issuing={key: value for key, value in issuing.items() if value is not None},
    )
    return _answer(case)


@router.post(
    "/cases/{case_id}/steps/{number}/return",
    response={200: CaseOut, **CONFLICT_ERRORS},
    summary="Return the current step to the previous one, with a note",
)
def step_return(
    request: HttpRequest, payload: StepReturnIn, case_id: int = PathId, number: int = Path(..., ge=1, le=1000)
):
    case = services_cases.step_return(
        actor=request.auth, case=_case(request, case_id), number=number, on=payload.on, note=payload.note
    )
    return _answer(case)


@router.post("/cases/{case_id}/refuse", response={200: CaseOut, **CONFLICT_ERRORS}, summary="Refuse the case")
def case_refuse(request: HttpRequest, payload: CaseRefuseIn, case_id: int = PathId):
    case = services_cases.case_refuse(
        actor=request.auth,
        case=_case(request, case_id),
        on=payload.on,
        reason=payload.reason,
        kind=payload.kind,
    )
    return _answer(case)
