"""Employees: list, read (the opening is logged), create, change (If-Match), delete."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Schema

from biliktilik.api.types import AUTH_ERRORS, Status
from biliktilik.rules.inputs import RuleDate

from .. import selectors, services
from ..models import Employee
from .common import (
    CONDITIONAL_ERRORS,
    EmployeeId,
    Id,
    In,
    ListQuery,
    Name,
    OptionalName,
    Sex,
    if_match,
    named_organization,
    page,
    router,
    tagged,
    today,
)


class EmployeeOut(Schema):
    id: int
    organization: int
    iin: str
    last_name_kk: str
    first_name_kk: str
    patronymic_kk: str
    last_name_ru: str
    first_name_ru: str
    patronymic_ru: str
    sex: Sex
    birth_date: dt.date
    phone: str
    email: str

    @staticmethod
    def resolve_organization(obj: Employee) -> int:
        return obj.organization_id


class EmployeePage(Schema):
    results: list[EmployeeOut]
    count: int
    page: int


class EmployeeIn(In):
    organization: Id
    iin: str = Field(..., max_length=32, description="12 digits; the birth date and sex are read from it")
    last_name_kk: Name
    first_name_kk: Name
    patronymic_kk: OptionalName = ""
    last_name_ru: OptionalName = ""
    first_name_ru: OptionalName = ""
    patronymic_ru: OptionalName = ""
    sex: Sex | None = Field(None, description="default: the sex the IIN gives")
    birth_date: RuleDate | None = Field(None, description="if given, must match the IIN")
    phone: str = Field("", max_length=32)
    email: str = Field("", max_length=254)


class EmployeePatch(In):
    organization: Id = None
    iin: str = Field(None, max_length=32)
    last_name_kk: Name = None
    first_name_kk: Name = None
    patronymic_kk: OptionalName = None
    last_name_ru: OptionalName = None
    first_name_ru: OptionalName = None
    patronymic_ru: OptionalName = None
    sex: Sex = None
    phone: str = Field(None, max_length=32)
    email: str = Field(None, max_length=254)


@router.get("/employees", response={200: EmployeePage, **AUTH_ERRORS}, summary="Employees")
def employee_list(request: HttpRequest, query: Query[ListQuery]):
    named_organization(request.auth, query.organization, ["query", "organization"])
    filters = selectors.EmployeeFilters(q=query.q, organization=query.organization)
    return page(selectors.employee_list(viewer=request.auth, filters=filters), query)


@router.get(
    "/employees/{employee_id}",
    response={200: EmployeeOut, **AUTH_ERRORS},
    summary="One employee (the opening is recorded in the audit trail)",
)
def employee_get(request: HttpRequest, response: HttpResponse, employee_id: int = EmployeeId):
    return tagged(response, services.employee_card_open(viewer=request.auth, employee_id=employee_id))


@router.post("/employees", response={201: EmployeeOut, **AUTH_ERRORS})
def employee_create(request: HttpRequest, payload: EmployeeIn):
    fields = payload.model_dump(exclude={"organization"})
    organization = named_organization(request.auth, payload.organization, ["body", "organization"])
    employee = services.employee_create(
        actor=request.auth, organization=organization, today=today(), **fields
    )
    return Status(201, employee)


@router.patch("/employees/{employee_id}", response={200: EmployeeOut, **CONDITIONAL_ERRORS})
def employee_update(
    request: HttpRequest, response: HttpResponse, payload: EmployeePatch, employee_id: int = EmployeeId
):
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    changes = payload.model_dump(exclude_unset=True)
    if "organization" in changes:
        changes["organization"] = named_organization(
            request.auth, payload.organization, ["body", "organization"]
        )
    employee = services.employee_update(
        actor=request.auth, employee=employee, today=today(), expected_version=if_match(request), **changes
    )
    return tagged(response, employee)


@router.delete("/employees/{employee_id}", response={204: None, **CONDITIONAL_ERRORS})
def employee_delete(request: HttpRequest, employee_id: int = EmployeeId):
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    services.employee_delete(actor=request.auth, employee=employee, expected_version=if_match(request))
    return Status(204, None)
