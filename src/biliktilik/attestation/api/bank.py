"""The question bank's endpoints."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Query, Schema

from biliktilik.api.types import AUTH_ERRORS, Input, Status

from .. import services_bank
from ..errors import PlatformPermissionDenied
from ..models import Question
from ..permissions import may_read_bank
from .common import Attestee, Kind, QuestionStatus, Tag, Text, router


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
