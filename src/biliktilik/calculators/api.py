"""Rules endpoints of the contract: /rules/qualification, /rules/attestation, /procedures."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from biliktilik import vocabulary
from biliktilik.api.types import ERRORS, Input
from biliktilik.rules.inputs import (
    AttestationCategory,
    AttestationIn,
    Category,
    QualificationIn,
    QualificationLevel,
    RuleDate,
)

from . import services

router = Router(tags=["rules"])

CcCategory = AttestationCategory
Decision = vocabulary.DECISION.literal()
TermKind = vocabulary.TERM_KIND.literal()


class CitationOut(Schema):
    act: str
    point: str
    subpoint: str | None
    wording_by: str | None


class StepOut(Schema):
    code: str
    text: str
    params: dict
    citation: CitationOut | None


class Explained(Schema):
    explanation: list[StepOut]
    citations: list[CitationOut]


class Categories(Schema):
    high: Category | None
    medium: Category | None


class QualificationOut(Explained):
    requirement: str
    as_of: dt.date
    eligible: bool
    categories: Categories | None


class Assessment(Schema):
    test_points: float
    rating_points: float | None
    violations_points: float
    total: float | None


class Deadlines(Schema):
    appeal_until: dt.date
    activity_assessment_until: dt.date | None


class AttestationOut(Explained):
    as_of: dt.date
    attestee: str
    threshold_percent: float
    test_passed: bool
    activity_assessment: Assessment | None
    decision: Decision
    resulting_category: CcCategory | None
    dismissal: bool
    reattestation_due: dt.date | None
    deadlines: Deadlines


class Term(Schema):
    days: int
    kind: TermKind


class ProcedureStepOut(Schema):
    number: int
    actor: str
    actor_title: dict
    action: dict
    term: Term
    citation: CitationOut


class ProcedureOut(Schema):
    id: str
    service: str
    title: dict
    steps: list[ProcedureStepOut]
    citation: CitationOut
    # The period the procedure's regulation was in force (None: not known; until None: still).
    in_force_from: dt.date | None
    in_force_until: dt.date | None


class ScheduledStepOut(Schema):
    number: int
    actor: str
    term: Term
    due: dt.date


class ScheduleOut(Explained):
    procedure: str
    start: dt.date
    in_force: bool
    # The procedure scheduled (the act it is of) and the period its regulation was in force.
    citation: CitationOut
    in_force_from: dt.date | None
    in_force_until: dt.date | None
    steps: list[ScheduledStepOut]
    due: dt.date


class ScheduleQuery(Input):
    start: RuleDate = Field(..., description="YYYY-MM-DD: the day the procedure starts")


@router.post(
    "/rules/qualification",
    response={200: QualificationOut, **ERRORS},
    summary="The categories a work record qualifies for under a requirement",
)
def rules_qualification(request: HttpRequest, payload: QualificationIn):
    return services.qualification_check(data=payload, language=request.LANGUAGE_CODE)


@router.post(
    "/rules/attestation",
    response={200: AttestationOut, **ERRORS},
    summary="The outcome of an attestation, with deadlines",
)
def rules_attestation(request: HttpRequest, payload: AttestationIn):
    return services.attestation_outcome(data=payload, language=request.LANGUAGE_CODE)


@router.get(
    "/procedures", response={200: list[ProcedureOut], **ERRORS}, summary="Procedures of the regulations"
)
def procedures(request: HttpRequest):
    return services.procedure_list()


@router.get(
    "/procedures/{path:procedure_id}/schedule",
    response={200: ScheduleOut, **ERRORS},
    summary="The schedule of a procedure started on a date",
)
def procedure_schedule(request: HttpRequest, procedure_id: str, query: Query[ScheduleQuery]):
    return services.procedure_schedule(
        procedure_id=procedure_id, start=query.start, language=request.LANGUAGE_CODE
    )


class GradeQuery(Input):
    qualification_level: QualificationLevel
    category: Category


class GradePosition(Schema):
    id: str
    title: dict


class GradeOut(Explained):
    block: str
    link: str
    level: str
    sector: str
    positions: list[GradePosition]


@router.get(
    "/rules/register-grade",
    response={200: GradeOut, **ERRORS},
    summary="The B2/B3 link and level of an “other sectors” specialist",
)
def register_grade(request: HttpRequest, query: Query[GradeQuery]):
    return services.register_grade(
        qualification_level=query.qualification_level, category=query.category, language=request.LANGUAGE_CODE
    )


class EntryQuery(Input):
    publication: RuleDate = Field(..., description="YYYY-MM-DD: the day of first official publication")
    days: int = Field(10, ge=0, le=366, description="calendar days after publication")


class EntryOut(Explained):
    publication: dt.date
    days: int
    in_force_from: dt.date


@router.get(
    "/rules/entry-into-force",
    response={200: EntryOut, **ERRORS},
    summary="When an act published on a date enters into force",
)
def entry_into_force(request: HttpRequest, query: Query[EntryQuery]):
    return services.entry_into_force(
        publication=query.publication, days=query.days, language=request.LANGUAGE_CODE
    )
