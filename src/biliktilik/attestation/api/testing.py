"""The online test: start (or resume), save answers, submit, read the attempt and its result."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Schema

from biliktilik.api.types import AUTH_ERRORS, Input, Status

from .. import selectors, services_testing
from ..errors import AttemptNotFound
from ..models import Attempt
from .common import CONFLICT_ERRORS, PathId, attestee_of, own_attempt, router


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
    """The attempt with its questions (``selectors.paper``; the schema keeps id, kind, text and
    the options' id and text)."""
    return {
        "id": attempt.pk,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "status": attempt.status,
        "questions": selectors.paper(attempt),
    }


@router.post(
    "/attestation/attestees/{attestee_id}/attempt",
    response={200: AttemptStarted, 201: AttemptStarted, **CONFLICT_ERRORS},
    summary="Start (or resume) the test",
)
def attempt_start(request: HttpRequest, attestee_id: int = PathId):
    entry = attestee_of(request, attestee_id)
    attempt, created = services_testing.attempt_start(
        actor=request.auth, attestee=entry, language=request.LANGUAGE_CODE
    )
    return Status(201 if created else 200, _paper(attempt))


class AnswerIn(Input):
    options: list[Annotated[str, Field(min_length=1, max_length=8)]] = Field(max_length=12)


class Saved(Schema):
    question: int
    options: list[str]


@router.put(
    "/attestation/attempts/{attempt_id}/answers/{question_id}",
    response={200: Saved, **CONFLICT_ERRORS},
    summary="Save an answer",
)
def answer_save(request: HttpRequest, payload: AnswerIn, attempt_id: int = PathId, question_id: int = PathId):
    # The ownership is checked in the save's own locking query (one query fewer than
    # own_attempt, on the Platform's busiest request).
    taker = selectors.taker_of(request.auth)
    if taker is None:
        raise AttemptNotFound()
    services_testing.answer_save(
        actor=request.auth,
        attempt_id=attempt_id,
        question_id=question_id,
        options=payload.options,
        owner=taker,
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
    attempt = services_testing.attempt_submit(actor=request.auth, attempt=own_attempt(request, attempt_id))
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
