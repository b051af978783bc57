"""An employee's records: work periods, education, positions held (and their register entry
confirmed), categories, training."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Path, Schema

from biliktilik.api.types import AUTH_ERRORS, Status
from biliktilik.rules.inputs import Requirement, RuleDate

from .. import selectors, services
from ..models import Employee
from .common import (
    MAX_ID,
    AwardCategory,
    Blank,
    EducationField,
    EducationLevel,
    EmployeeId,
    Id,
    In,
    Level,
    LongText,
    Sector,
    WorkCategory,
    named_organization,
    router,
)


class WorkOut(Schema):
    id: int
    start: dt.date
    end: dt.date | None
    sector: str
    qualification_level: str
    category: str
    management: bool
    employer: str


class WorkIn(In):
    start: RuleDate
    end: RuleDate | None = None
    sector: Sector
    qualification_level: Blank(Level) = ""
    category: Blank(WorkCategory) = ""
    management: bool = False
    employer: str = Field("", max_length=300)


class EducationOut(Schema):
    id: int
    level: str
    field: str
    institution: str
    graduated_on: dt.date | None


class EducationIn(In):
    level: EducationLevel
    field: EducationField
    institution: str = Field("", max_length=300)
    graduated_on: RuleDate | None = None


class PositionOut(Schema):
    id: int
    organization: int
    title: str
    register_position: str
    register_confirmed: bool
    requirement: str
    qualification_level: str
    start: dt.date
    end: dt.date | None

    @staticmethod
    def resolve_organization(obj) -> int:
        return obj.organization_id


class PositionIn(In):
    organization: Id | None = Field(None, description="default: the employee's organization")
    title: LongText
    register_position: str = Field("", max_length=32, description="a register id, e.g. B2.other.2.05")
    register_confirmed: bool = False
    requirement: Blank(Requirement) = ""
    qualification_level: Blank(Level) = ""
    start: RuleDate
    end: RuleDate | None = None


class CategoryOut(Schema):
    id: int
    category: str
    assigned_on: dt.date
    valid_until: dt.date
    decision: str


class CategoryIn(In):
    category: AwardCategory
    assigned_on: RuleDate
    decision: LongText
    valid_until: RuleDate | None = Field(
        None, description="only where the law in force on assigned_on is not in our sources"
    )


class RegisterConfirmIn(In):
    register_position: str = Field(..., max_length=32, description="the register id, e.g. B2.other.2.05")


class TrainingOut(Schema):
    id: int
    course: str
    hours: int
    profile: str
    completed_on: dt.date


class TrainingIn(In):
    course: LongText
    hours: int = Field(..., ge=1, le=10_000)
    profile: str = Field("", max_length=100)
    completed_on: RuleDate


def _records(request: HttpRequest, employee_id: int, kind: str) -> QuerySet:
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    return selectors.employee_records(employee=employee, kind=kind)


def _visible_employee(request: HttpRequest, employee_id: int) -> Employee:
    return selectors.employee_get(viewer=request.auth, employee_id=employee_id)


@router.get("/employees/{employee_id}/work", response={200: list[WorkOut], **AUTH_ERRORS})
def work_list(request: HttpRequest, employee_id: int = EmployeeId):
    return _records(request, employee_id, "work")


@router.post("/employees/{employee_id}/work", response={201: WorkOut, **AUTH_ERRORS})
def work_add(request: HttpRequest, payload: WorkIn, employee_id: int = EmployeeId):
    employee = _visible_employee(request, employee_id)
    return Status(
        201, services.work_period_add(actor=request.auth, employee=employee, **payload.model_dump())
    )


@router.get("/employees/{employee_id}/education", response={200: list[EducationOut], **AUTH_ERRORS})
def education_list(request: HttpRequest, employee_id: int = EmployeeId):
    return _records(request, employee_id, "education")


@router.post("/employees/{employee_id}/education", response={201: EducationOut, **AUTH_ERRORS})
def education_add(request: HttpRequest, payload: EducationIn, employee_id: int = EmployeeId):
    employee = _visible_employee(request, employee_id)
    return Status(201, services.education_add(actor=request.auth, employee=employee, **payload.model_dump()))


@router.get("/employees/{employee_id}/positions", response={200: list[PositionOut], **AUTH_ERRORS})
def position_list(request: HttpRequest, employee_id: int = EmployeeId):
    return _records(request, employee_id, "positions")


@router.post("/employees/{employee_id}/positions", response={201: PositionOut, **AUTH_ERRORS})
def position_add(request: HttpRequest, payload: PositionIn, employee_id: int = EmployeeId):
    employee = _visible_employee(request, employee_id)
    fields = payload.model_dump(exclude={"organization"})
    if payload.organization is not None:
        fields["organization"] = named_organization(
            request.auth, payload.organization, ["body", "organization"]
        )
    return Status(201, services.position_add(actor=request.auth, employee=employee, **fields))


@router.post(
    "/employees/{employee_id}/positions/{position_id}/register",
    response={200: PositionOut, **AUTH_ERRORS},
    summary="Confirm (or correct) the register entry suggested for a position held",
)
def position_register_confirm(
    request: HttpRequest,
    payload: RegisterConfirmIn,
    employee_id: int = EmployeeId,
    position_id: int = Path(..., ge=1, le=MAX_ID, description="the position record's id"),
):
    employee = _visible_employee(request, employee_id)
    position = selectors.employee_records(employee=employee, kind="positions").filter(pk=position_id).first()
    if position is None:
        raise Http404
    return services.position_register_confirm(
        actor=request.auth, position=position, register_position=payload.register_position
    )


@router.get("/employees/{employee_id}/categories", response={200: list[CategoryOut], **AUTH_ERRORS})
def category_list(request: HttpRequest, employee_id: int = EmployeeId):
    return _records(request, employee_id, "categories")


@router.post(
    "/employees/{employee_id}/categories",
    response={201: CategoryOut, **AUTH_ERRORS},
    summary="Assign a category; it is valid for the term the attestation rules set",
)
def category_assign(request: HttpRequest, payload: CategoryIn, employee_id: int = EmployeeId):
    employee = _visible_employee(request, employee_id)
    return Status(
        201, services.category_assign(actor=request.auth, employee=employee, **payload.model_dump())
    )


@router.get("/employees/{employee_id}/training", response={200: list[TrainingOut], **AUTH_ERRORS})
def training_list(request: HttpRequest, employee_id: int = EmployeeId):
    return _records(request, employee_id, "training")


@router.post("/employees/{employee_id}/training", response={201: TrainingOut, **AUTH_ERRORS})
def training_add(request: HttpRequest, payload: TrainingIn, employee_id: int = EmployeeId):
    employee = _visible_employee(request, employee_id)
    return Status(201, services.training_add(actor=request.auth, employee=employee, **payload.model_dump()))
