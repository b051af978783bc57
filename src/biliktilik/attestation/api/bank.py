"""The question bank's endpoints."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Field, File, Form, Query, Schema, UploadedFile

from biliktilik.api.types import AUTH_ERRORS, Input, Status
from biliktilik.errors import InvalidInput

from .. import selectors_bank, services_bank, services_files
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
    found = [
        _question_out(q)
        for q in reversed(
            selectors_bank.bank_list(
                status=query.status or "", tag=query.tag or "", words=query.q, under=False
            )
        )
    ]
    return {"results": found, "count": len(found)}


class ImportOut(Schema):
    imported: int
    skipped: list[dict]


MAX_FILE_BYTES = 20 * 1024 * 1024


@router.post(
    "/attestation/questions/import",
    response={201: ImportOut, **AUTH_ERRORS},
    summary="Import a question file",
)
def question_import(
    request: HttpRequest,
    file: UploadedFile = File(..., description="Moodle XML, GIFT or the bank's Excel template"),  # noqa: B008
    status: QuestionStatus = Form("draft"),  # noqa: B008
):
    if file.size > MAX_FILE_BYTES:
        raise InvalidInput(code="file_too_large", loc=["body", "file"])
    result = services_files.questions_import(actor=request.auth, data=file.read(), status=status)
    return Status(201, result)


class ExportQuery(Input):
    format: Literal["moodle_xml", "gift", "excel"] = "moodle_xml"
    status: QuestionStatus | None = None


FILE_TYPES = {
    "moodle_xml": ("application/xml", "questions.xml"),
    "gift": ("text/plain; charset=utf-8", "questions.gift.txt"),
    "excel": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "questions.xlsx"),
}


@router.get(
    "/attestation/questions/export",
    response=AUTH_ERRORS,
    summary="Export the bank",
    openapi_extra={
        "responses": {
            200: {
                "description": "The file: Moodle XML, GIFT or the Excel template",
                "content": {
                    t: {"schema": {"type": "string", "format": "binary"}} for t, _ in FILE_TYPES.values()
                },
            }
        }
    },
)
def question_export(request: HttpRequest, query: Query[ExportQuery]):
    if not may_read_bank(request.auth):
        raise PlatformPermissionDenied()
    questions = Question.objects.prefetch_related("versions").order_by("id")
    if query.status:
        questions = questions.filter(status=query.status)
    content = services_files.questions_export(
        actor=request.auth, file_format=query.format, questions=list(questions)
    )
    content_type, name = FILE_TYPES[query.format]
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
