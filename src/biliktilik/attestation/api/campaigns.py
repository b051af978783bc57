"""Campaigns and their lists of attestees."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Schema

from biliktilik.api.types import AUTH_ERRORS, Id, Input, Status
from biliktilik.errors import InvalidInput
from biliktilik.staff.api.common import named_organization
from biliktilik.staff.scoping import visible_employees

from .. import selectors, services_campaigns
from .common import CONFLICT_ERRORS, Attestee, Declared, PathId, Tag, attestee_of, campaign_of, router


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


@router.post("/attestation/campaigns/{campaign_id}/attestees", response={201: AttesteeOut, **CONFLICT_ERRORS})
def attestee_add(request: HttpRequest, payload: AttesteeIn, campaign_id: int = PathId):
    campaign = campaign_of(request, campaign_id)
    employee = visible_employees(request.auth).filter(pk=payload.employee).first()
    if employee is None:
        raise InvalidInput(code="unknown_employee", loc=["body", "employee"])
    data = payload.model_dump(exclude={"employee"})
    entry = services_campaigns.attestee_add(actor=request.auth, campaign=campaign, employee=employee, **data)
    return Status(201, selectors.attestee_out(entry, request.LANGUAGE_CODE))


@router.get("/attestation/campaigns/{campaign_id}/attestees", response={200: AttesteeList, **AUTH_ERRORS})
def attestee_list(request: HttpRequest, campaign_id: int = PathId):
    campaign = campaign_of(request, campaign_id)
    entries = selectors.visible_attestees(request.auth).filter(campaign=campaign).select_related("attempt")
    return {"results": [selectors.attestee_out(e, request.LANGUAGE_CODE) for e in entries]}


@router.get("/attestation/attestees/{attestee_id}", response={200: AttesteeOut, **AUTH_ERRORS})
def attestee_get(request: HttpRequest, attestee_id: int = PathId):
    return selectors.attestee_out(attestee_of(request, attestee_id), request.LANGUAGE_CODE)
