"""After the test: appeals and their review, annulling a defective question (its effect shown
first), the assessment of professional activity, the decision and its confirmation."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Schema

from biliktilik.api.types import AUTH_ERRORS, Id, Input, Status

from .. import selectors, services_appeals, services_decisions
from ..errors import AppealNotFound
from ..models import Appeal
from ..permissions import require_commission
from .common import CONFLICT_ERRORS, PathId, attestee_of, campaign_of, own_attempt, router

Justification = Annotated[str, Field(max_length=5000)]


class AppealItemIn(Input):
    question: Id
    justification: Justification


class AppealIn(Input):
    items: list[AppealItemIn] = Field(min_length=1, max_length=200)


class AppealItemOut(Schema):
    question: int
    justification: str
    upheld: bool | None
    comment: str


class AppealOut(Schema):
    id: int
    status: str
    items: list[AppealItemOut]
    percent_before: float | None
    percent_after: float | None


def _appeal_out(appeal: Appeal) -> dict:
    items = [
        {
            "question": i.question.version.question_id,
            "justification": i.justification,
            "upheld": i.upheld,
            "comment": i.comment,
        }
        for i in appeal.items.select_related("question__version").order_by("id")
    ]
    return {
        "id": appeal.pk,
        "status": appeal.status,
        "items": items,
        "percent_before": appeal.percent_before,
        "percent_after": appeal.percent_after,
    }


@router.post(
    "/attestation/attempts/{attempt_id}/appeal",
    response={201: AppealOut, **CONFLICT_ERRORS},
    summary="Appeal the result (p.21)",
)
def appeal_file(request: HttpRequest, payload: AppealIn, attempt_id: int = PathId):
    attempt = own_attempt(request, attempt_id)
    appeal = services_appeals.appeal_file(
        actor=request.auth, attempt=attempt, items=payload.model_dump()["items"]
    )
    return Status(201, _appeal_out(appeal))


class ReviewItemIn(Input):
    question: Id
    upheld: bool
    comment: Justification = ""


class ReviewIn(Input):
    items: list[ReviewItemIn] = Field(min_length=1, max_length=200)


@router.post(
    "/attestation/appeals/{appeal_id}/review",
    response={200: AppealOut, **CONFLICT_ERRORS},
    summary="Review an appeal item by item",
)
def appeal_review(request: HttpRequest, payload: ReviewIn, appeal_id: int = PathId):
    visible = Appeal.objects.filter(
        pk=appeal_id, attempt__attestee__in=selectors.visible_attestees(request.auth)
    )
    appeal = visible.select_related("attempt__attestee__campaign__organization").first()
    if appeal is None:
        raise AppealNotFound()
    appeal = services_appeals.appeal_review(
        actor=request.auth, appeal=appeal, items=payload.model_dump()["items"]
    )
    return _appeal_out(appeal)


class AnnulQuery(Input):
    question: Id


class AnnulIn(Input):
    question: Id
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


class AnnulEffect(Schema):
    attempt: int
    attestee: int
    percent_before: float | None
    percent_after: float
    passed_before: bool
    passed_after: bool


class AnnulEffects(Schema):
    results: list[AnnulEffect]


@router.get(
    "/attestation/campaigns/{campaign_id}/annulments/preview",
    response={200: AnnulEffects, **AUTH_ERRORS},
    summary="What annulling a question would change",
)
def annulment_preview(request: HttpRequest, query: Query[AnnulQuery], campaign_id: int = PathId):
    campaign = campaign_of(request, campaign_id)
    require_commission(request.auth, campaign)
    return {"results": services_appeals.annulment_preview(campaign=campaign, question_id=query.question)}


@router.post(
    "/attestation/campaigns/{campaign_id}/annulments",
    response={201: AnnulEffects, **CONFLICT_ERRORS},
    summary="Annul a defective question for every taker",
)
def annulment_apply(request: HttpRequest, payload: AnnulIn, campaign_id: int = PathId):
    campaign = campaign_of(request, campaign_id)
    effects = services_appeals.question_annul(
        actor=request.auth, campaign=campaign, question_id=payload.question, reason=payload.reason
    )
    return Status(201, {"results": effects})


class AssessmentIn(Input):
    rating: Annotated[float, Field(ge=0, le=5, allow_inf_nan=False)] | None = None
    violations: Annotated[int, Field(ge=0, le=10_000)] | None = None
    note: Justification = ""


class AssessmentOut(Schema):
    test_points: float | None
    rating_points: float | None
    violations_points: float | None
    total: float | None


@router.post(
    "/attestation/attestees/{attestee_id}/assessment",
    response={200: AssessmentOut, **CONFLICT_ERRORS},
    summary="Assess professional activity (Appendix 1-2)",
)
def assessment_record(request: HttpRequest, payload: AssessmentIn, attestee_id: int = PathId):
    entry = attestee_of(request, attestee_id)
    return services_decisions.assessment_record(
        actor=request.auth,
        entry=entry,
        rating=payload.rating,
        violations=payload.violations,
        note=payload.note,
    )


class DecisionDeadlines(Schema):
    appeal_until: dt.date
    activity_assessment_until: dt.date | None


class DecisionOut(Schema):
    threshold_percent: float
    test_passed: bool
    activity_assessment: AssessmentOut | None
    decision: str
    resulting_category: str | None
    dismissal: bool
    reattestation_due: dt.date | None
    deadlines: DecisionDeadlines
    explanation: list[dict]
    citations: list[dict]
    confirmed: bool


@router.get(
    "/attestation/attestees/{attestee_id}/decision",
    response={200: DecisionOut, **CONFLICT_ERRORS},
    summary="The decision the rules form (p.30)",
)
def decision_get(request: HttpRequest, attestee_id: int = PathId):
    return services_decisions.decision_for(attestee_of(request, attestee_id), language=request.LANGUAGE_CODE)


@router.post(
    "/attestation/attestees/{attestee_id}/decision/confirm",
    response={200: DecisionOut, **CONFLICT_ERRORS},
    summary="Confirm the decision; the registry takes it",
)
def decision_confirm(request: HttpRequest, attestee_id: int = PathId):
    entry = attestee_of(request, attestee_id)
    return services_decisions.decision_confirm(
        actor=request.auth, entry=entry, language=request.LANGUAGE_CODE
    )
