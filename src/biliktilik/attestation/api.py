"""The attestation Platform's endpoints (docs/api.md, "Attestation platform"): the question
bank, campaigns and their attestees, the online test. Parse, call a service, shape the answer."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema

from biliktilik import vocabulary
from biliktilik.accounts.auth import api_auth
from biliktilik.accounts.models import Role
from biliktilik.api.types import AUTH_ERRORS, ErrorOut, Input, Status
from biliktilik.staff.api.common import named_organization
from biliktilik.staff.scoping import visible_employees

from . import selectors, services_bank, services_campaigns, services_testing
from .errors import AttemptNotFound, AttesteeNotFound, CampaignNotFound, PlatformPermissionDenied
from .models import Attempt, Question
from .permissions import may_read_bank

# Every role writes something on the Platform (a taker their answers); the services say who may what.
router = Router(tags=["attestation"], auth=api_auth(writers=frozenset(Role.values)))
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Path(..., ge=1, le=MAX_ID)
CONFLICT_ERRORS = {**AUTH_ERRORS, 409: ErrorOut}
Text = Annotated[str, Field(max_length=5000)]
Tag = Annotated[str, Field(min_length=1, max_length=120)]
Kind = vocabulary.QUESTION_KIND.literal()
QuestionStatus = vocabulary.QUESTION_STATUS.literal()
Attestee = vocabulary.ATTESTEE.literal()
Declared = vocabulary.ATTESTATION_CATEGORY.literal(without=("none",))


class Texts(Input):
    kk: Text | None = None
    ru: Text | None = None


class OptionIn(Input):
    text: Texts
    correct: bool


class QuestionIn(Input):
    kind: Kind
    text: Texts
    options: list[OptionIn] = Field(min_length=2, max_length=12)
    tags: list[Tag] = Field(default=[], max_length=30)
    audience: list[Attestee] = Field(default=[], max_length=5)
    status: QuestionStatus = "draft"


class OptionOut(Schema):
    id: str
    text: dict
    correct: bool


class QuestionOut(Schema):
    id: int
    version: int
    kind: str
    text: dict
    options: list[OptionOut]
    tags: list[str]
    audience: list[str]
    status: str


class QuestionPage(Schema):
    results: list[QuestionOut]
    count: int


class QuestionQuery(Input):
    status: QuestionStatus | None = None
    tag: Tag | None = None
    q: str = Field("", max_length=200)


def _question_out(question: Question) -> dict:
    version = question.current
    return {
        "id": question.pk,
        "version": version.number,
        "kind": version.kind,
        "text": version.text,
        "options": version.options,
        "tags": question.tags,
        "audience": question.audience,
        "status": question.status,
    }


@router.post("/attestation/questions", response={201: QuestionOut, **AUTH_ERRORS}, summary="Add a question")
def question_create(request: HttpRequest, payload: QuestionIn):
    data = payload.model_dump()
    data["text"] = {k: v for k, v in data["text"].items() if v}
    data["options"] = [
        {"text": {k: v for k, v in o["text"].items() if v}, "correct": o["correct"]} for o in data["options"]
    ]
    return Status(201, _question_out(services_bank.question_create(actor=request.auth, **data)))


@router.get(
    "/attestation/questions", response={200: QuestionPage, **AUTH_ERRORS}, summary="The question bank"
)
def question_list(request: HttpRequest, query: Query[QuestionQuery]):
    if not may_read_bank(request.auth):
        raise PlatformPermissionDenied()
    questions = [_question_out(q) for q in Question.objects.prefetch_related("versions").order_by("id")]
    words = query.q.casefold().split()
    found = [
        q
        for q in questions
        if (query.status is None or q["status"] == query.status)
        and (query.tag is None or query.tag in q["tags"])
        and all(any(w in (t or "").casefold() for t in q["text"].values()) for w in words)
    ]
    return {"results": found, "count": len(found)}


class CampaignIn(Input):
    organization: Id
    title: Annotated[str, Field(min_length=1, max_length=300)]
    testing_from: dt.date
    testing_to: dt.date
    questions: Annotated[int, Field(ge=1, le=200)]
    time_limit_minutes: Annotated[int, Field(ge=1, le=600)]
    tags: list[Tag] = Field(default=[], max_length=30)


class CampaignOut(Schema):
    id: int
    organization: int
    title: str
    testing_from: dt.date
    testing_to: dt.date
    questions: int
    time_limit_minutes: int
    tags: list[str]

    @staticmethod
    def resolve_organization(obj) -> int:
        return obj.organization_id


@router.post("/attestation/campaigns", response={201: CampaignOut, **AUTH_ERRORS}, summary="Start a campaign")
def campaign_create(request: HttpRequest, payload: CampaignIn):
    data = payload.model_dump()
    data["organization"] = named_organization(request.auth, payload.organization, ["body", "organization"])
    return Status(201, services_campaigns.campaign_create(actor=request.auth, **data))


class AttesteeIn(Input):
    employee: Id
    attestee: Attestee
    reattestation: bool = False
    declared_category: Declared | None = None
    learning_plan_hours: Annotated[int, Field(ge=0, le=2000)]


class AdmissionOut(Schema):
    admitted: bool
    explanation: list[dict]
    citations: list[dict]


class AttesteeOut(Schema):
    id: int
    employee: int
    attestee: str
    reattestation: bool
    current_category: str
    declared_category: str | None
    learning_plan_hours: int
    admission: AdmissionOut
    status: str
    attempt: int | None


class AttesteeList(Schema):
    results: list[AttesteeOut]


def _campaign(request, campaign_id: int):
    campaign = (
        selectors.visible_campaigns(request.auth)
        .filter(pk=campaign_id)
        .select_related("organization")
        .first()
    )
    if campaign is None:
        raise CampaignNotFound()
    return campaign


@router.post("/attestation/campaigns/{campaign_id}/attestees", response={201: AttesteeOut, **CONFLICT_ERRORS})
def attestee_add(request: HttpRequest, payload: AttesteeIn, campaign_id: int = PathId):
    campaign = _campaign(request, campaign_id)
    employee = visible_employees(request.auth).filter(pk=payload.employee).first()
    if employee is None:
        from biliktilik.errors import InvalidInput

        raise InvalidInput(code="unknown_employee", loc=["body", "employee"])
    data = payload.model_dump(exclude={"employee"})
    entry = services_campaigns.attestee_add(actor=request.auth, campaign=campaign, employee=employee, **data)
    return Status(201, selectors.attestee_out(entry, request.LANGUAGE_CODE))


@router.get("/attestation/campaigns/{campaign_id}/attestees", response={200: AttesteeList, **AUTH_ERRORS})
def attestee_list(request: HttpRequest, campaign_id: int = PathId):
    campaign = _campaign(request, campaign_id)
    entries = selectors.visible_attestees(request.auth).filter(campaign=campaign).select_related("attempt")
    return {"results": [selectors.attestee_out(e, request.LANGUAGE_CODE) for e in entries]}


def _attestee(request, attestee_id: int):
    entry = (
        selectors.visible_attestees(request.auth).filter(pk=attestee_id).select_related("campaign").first()
    )
    if entry is None:
        raise AttesteeNotFound()
    return entry


@router.get("/attestation/attestees/{attestee_id}", response={200: AttesteeOut, **AUTH_ERRORS})
def attestee_get(request: HttpRequest, attestee_id: int = PathId):
    return selectors.attestee_out(_attestee(request, attestee_id), request.LANGUAGE_CODE)


class TakerOption(Schema):
    id: str
    text: dict


class TakerQuestion(Schema):
    id: int
    kind: str
    text: dict
    options: list[TakerOption]


class AttemptStarted(Schema):
    id: int
    started_at: dt.datetime
    deadline: dt.datetime
    status: str
    questions: list[TakerQuestion]


def _paper(attempt: Attempt) -> dict:
    """The questions as the taker sees them: drawn order, shuffled options, nothing telling
    which are correct."""
    questions = []
    for drawn in attempt.drawn.select_related("version"):
        by_id = {o["id"]: o for o in drawn.version.options}
        questions.append(
            {
                "id": drawn.version.question_id,
                "kind": drawn.version.kind,
                "text": drawn.version.text,
                "options": [{"id": i, "text": by_id[i]["text"]} for i in drawn.option_order],
            }
        )
    return {
        "id": attempt.pk,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "status": attempt.status,
        "questions": questions,
    }


@router.post(
    "/attestation/attestees/{attestee_id}/attempt",
    response={200: AttemptStarted, 201: AttemptStarted, **CONFLICT_ERRORS},
    summary="Start (or resume) the test",
)
def attempt_start(request: HttpRequest, attestee_id: int = PathId):
    entry = _attestee(request, attestee_id)
    attempt, created = services_testing.attempt_start(
        actor=request.auth, attestee=entry, language=request.LANGUAGE_CODE
    )
    return Status(201 if created else 200, _paper(attempt))


class AnswerIn(Input):
    options: list[Annotated[str, Field(min_length=1, max_length=8)]] = Field(max_length=12)


class Saved(Schema):
    question: int
    options: list[str]


def _own_attempt(request, attempt_id: int) -> Attempt:
    attempt = selectors.own_attempt(request.auth, attempt_id)
    if attempt is None:
        raise AttemptNotFound()
    return attempt


@router.put(
    "/attestation/attempts/{attempt_id}/answers/{question_id}",
    response={200: Saved, **CONFLICT_ERRORS},
    summary="Save an answer",
)
def answer_save(request: HttpRequest, payload: AnswerIn, attempt_id: int = PathId, question_id: int = PathId):
    attempt = _own_attempt(request, attempt_id)
    services_testing.answer_save(
        actor=request.auth, attempt=attempt, question_id=question_id, options=payload.options
    )
    return {"question": question_id, "options": list(dict.fromkeys(payload.options))}


class ResultOut(Schema):
    percent: float
    threshold_percent: float
    test_passed: bool
    appeal_until: dt.date


class AttemptOut(Schema):
    id: int
    status: str
    started_at: dt.datetime
    deadline: dt.datetime
    answers: dict[str, list[str]]
    result: ResultOut | None


def _attempt_out(attempt: Attempt) -> dict:
    attempt = services_testing.expire_if_due(attempt=attempt, now=timezone.now())
    answers = {
        str(d.version.question_id): d.chosen
        for d in attempt.drawn.select_related("version")
        if d.chosen is not None
    }
    return {
        "id": attempt.pk,
        "status": attempt.status,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "answers": answers,
        "result": services_testing.result_of(attempt),
    }


@router.post("/attestation/attempts/{attempt_id}/submit", response={200: AttemptOut, **CONFLICT_ERRORS})
def attempt_submit(request: HttpRequest, attempt_id: int = PathId):
    attempt = services_testing.attempt_submit(actor=request.auth, attempt=_own_attempt(request, attempt_id))
    return _attempt_out(attempt)


@router.get("/attestation/attempts/{attempt_id}", response={200: AttemptOut, **AUTH_ERRORS})
def attempt_get(request: HttpRequest, attempt_id: int = PathId):
    attempt = (
        selectors.own_attempt(request.auth, attempt_id)
        or Attempt.objects.filter(
            pk=attempt_id, attestee__in=selectors.visible_attestees(request.auth)
        ).first()
    )
    if attempt is None:
        raise AttemptNotFound()
    return _attempt_out(attempt)
