"""Staff registry endpoints: /organizations and /employees with their records and what the law
says about each employee. Every endpoint needs a signed-in viewer and sees only what they may.

Scoping: an object the viewer may not see answers 404 whether read or written (its existence is
not revealed); an object they may see but not change answers 403 on a write. An organization
named in a body or a filter that the viewer may not see is refused like an unknown one (422).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema
from pydantic import AfterValidator, ConfigDict

from biliktilik.accounts.auth import API_AUTH
from biliktilik.accounts.errors import UnknownOrganization
from biliktilik.api.types import AUTH_ERRORS, ErrorOut, Input, Status
from biliktilik.calculators.api import QualificationOut
from biliktilik.rules.inputs import Requirement, RuleDate
from biliktilik.rules.messages import text as rule_text

from . import selectors, services
from .errors import OrganizationNotFound
from .models import Employee, Organization

router = Router(tags=["staff"], auth=API_AUTH)

MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
EmployeeId = Path(..., ge=1, le=MAX_ID, description="the employee's id")
OrganizationId = Path(..., ge=1, le=MAX_ID, description="the organization's id")
WRITE_ERRORS = {**AUTH_ERRORS, 409: ErrorOut}
# Writes that take If-Match: a stale version is 412.
CONDITIONAL_ERRORS = {**AUTH_ERRORS, 412: ErrorOut}


def _blank_if_none(value):
    return "" if value is None else value


def Blank(kind):  # noqa: N802 - reads as a type in the schemas below
    """An optional text choice stored as "" when absent (the models keep no NULL text)."""
    return Annotated[kind | None, AfterValidator(_blank_if_none)]


Kind = Literal[tuple(Organization.Kind.values)]
Significance = Literal[tuple(Organization.Significance.values)]
Sex = Literal["male", "female"]
Level = Literal["high", "medium"]
Sector = Literal[
    "employment", "social_protection", "education", "healthcare", "business", "quasi_public", "other"
]
WorkCategory = Literal["higher", "first", "second", "none"]
EducationLevel = Literal["tvet", "applied_bachelor", "higher", "postgraduate"]
EducationField = Literal["social", "economic", "legal", "pedagogical", "other"]
AwardCategory = Literal["career_consultant", "case_manager", "mentor"]
Name = Annotated[str, Field(min_length=1, max_length=100)]
OptionalName = Annotated[str, Field(max_length=100)]
LongText = Annotated[str, Field(min_length=1, max_length=300)]


class In(Input):
    # A body is JSON: a number, a true/false or a text is taken as sent, never converted, as documented.
    model_config = ConfigDict(extra="forbid", strict=True)


class ListQuery(Input):
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(50, ge=1, le=200)
    q: str = Field("", max_length=200, description="words of a name (or the start of an IIN)")
    organization: Id | None = Field(None, description="only this organization and its subtree")


def _page(queryset: QuerySet, query: ListQuery) -> dict:
    start = (query.page - 1) * query.page_size
    return {
        "results": list(queryset[start : start + query.page_size]),
        "count": queryset.count(),
        "page": query.page,
    }


def _organization(viewer, organization_id: int | None, loc: list) -> Organization | None:
    if organization_id is None:
        return None
    try:
        return selectors.organization_get(viewer=viewer, organization_id=organization_id)
    except OrganizationNotFound as exc:
        raise UnknownOrganization(organization_id, loc=loc) from exc


def _today() -> dt.date:
    return timezone.localdate()


def _if_match(request: HttpRequest) -> tuple[str, ...] | None:
    """The versions an ``If-Match`` header accepts (None: no header, or ``*``)."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    return tuple(tag.strip().removeprefix("W/").strip('"') for tag in header.split(",") if tag.strip())


def _tagged(response: HttpResponse, record):
    """The record, with its version as the response's ETag (send it back in If-Match)."""
    response["ETag"] = f'"{services.record_version(record)}"'
    return record


# Organizations


class OrganizationOut(Schema):
    id: int
    parent: int | None
    name_kk: str
    name_ru: str
    kind: str
    significance: str
    region: str
    path: str

    @staticmethod
    def resolve_parent(obj: Organization) -> int | None:
        return obj.parent_id


class OrganizationPage(Schema):
    results: list[OrganizationOut]
    count: int
    page: int


class OrganizationIn(In):
    parent: Id | None = None
    name_kk: LongText
    name_ru: LongText
    kind: Kind
    significance: Blank(Significance) = ""
    region: str = Field("", max_length=40)


class OrganizationPatch(In):
    parent: Id | None = None
    name_kk: LongText = None
    name_ru: LongText = None
    kind: Kind = None
    significance: Blank(Significance) = None
    region: str = Field(None, max_length=40)


@router.get("/organizations", response={200: OrganizationPage, **AUTH_ERRORS}, summary="Organizations")
def organization_list(request: HttpRequest, query: Query[ListQuery]):
    _organization(request.auth, query.organization, ["query", "organization"])
    filters = selectors.OrganizationFilters(q=query.q, organization=query.organization)
    return _page(selectors.organization_list(viewer=request.auth, filters=filters), query)


@router.get("/organizations/{organization_id}", response={200: OrganizationOut, **AUTH_ERRORS})
def organization_get(request: HttpRequest, response: HttpResponse, organization_id: int = OrganizationId):
    return _tagged(response, selectors.organization_get(viewer=request.auth, organization_id=organization_id))


@router.post("/organizations", response={201: OrganizationOut, **AUTH_ERRORS})
def organization_create(request: HttpRequest, payload: OrganizationIn):
    fields = payload.model_dump()
    fields["parent"] = _organization(request.auth, payload.parent, ["body", "parent"])
    return Status(201, services.organization_create(actor=request.auth, **fields))


@router.patch("/organizations/{organization_id}", response={200: OrganizationOut, **CONDITIONAL_ERRORS})
def organization_update(
    request: HttpRequest,
    response: HttpResponse,
    payload: OrganizationPatch,
    organization_id: int = OrganizationId,
):
    organization = selectors.organization_get(viewer=request.auth, organization_id=organization_id)
    changes = payload.model_dump(exclude_unset=True)
    if "parent" in changes:
        changes["parent"] = _organization(request.auth, payload.parent, ["body", "parent"])
    organization = services.organization_update(
        actor=request.auth, organization=organization, expected_version=_if_match(request), **changes
    )
    return _tagged(response, organization)


@router.delete("/organizations/{organization_id}", response={204: None, **WRITE_ERRORS, 412: ErrorOut})
def organization_delete(request: HttpRequest, organization_id: int = OrganizationId):
    organization = selectors.organization_get(viewer=request.auth, organization_id=organization_id)
    services.organization_delete(
        actor=request.auth, organization=organization, expected_version=_if_match(request)
    )
    return Status(204, None)


# Employees


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
    _organization(request.auth, query.organization, ["query", "organization"])
    filters = selectors.EmployeeFilters(q=query.q, organization=query.organization)
    return _page(selectors.employee_list(viewer=request.auth, filters=filters), query)


@router.get(
    "/employees/{employee_id}",
    response={200: EmployeeOut, **AUTH_ERRORS},
    summary="One employee (the opening is recorded in the audit trail)",
)
def employee_get(request: HttpRequest, response: HttpResponse, employee_id: int = EmployeeId):
    return _tagged(response, services.employee_card_open(viewer=request.auth, employee_id=employee_id))


@router.post("/employees", response={201: EmployeeOut, **AUTH_ERRORS})
def employee_create(request: HttpRequest, payload: EmployeeIn):
    fields = payload.model_dump(exclude={"organization"})
    organization = _organization(request.auth, payload.organization, ["body", "organization"])
    employee = services.employee_create(
        actor=request.auth, organization=organization, today=_today(), **fields
    )
    return Status(201, employee)


@router.patch("/employees/{employee_id}", response={200: EmployeeOut, **CONDITIONAL_ERRORS})
def employee_update(
    request: HttpRequest, response: HttpResponse, payload: EmployeePatch, employee_id: int = EmployeeId
):
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    changes = payload.model_dump(exclude_unset=True)
    if "organization" in changes:
        changes["organization"] = _organization(request.auth, payload.organization, ["body", "organization"])
    employee = services.employee_update(
        actor=request.auth, employee=employee, today=_today(), expected_version=_if_match(request), **changes
    )
    return _tagged(response, employee)


@router.delete("/employees/{employee_id}", response={204: None, **CONDITIONAL_ERRORS})
def employee_delete(request: HttpRequest, employee_id: int = EmployeeId):
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    services.employee_delete(actor=request.auth, employee=employee, expected_version=_if_match(request))
    return Status(204, None)


# An employee's records


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
        fields["organization"] = _organization(request.auth, payload.organization, ["body", "organization"])
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


# What the law says


class PayGradeOut(Schema):
    id: str
    block: str
    link: str
    level: str | None
    sector: str | None
    confirmed: bool


class GapOut(Schema):
    code: str
    message: str
    params: dict


class EmployeeLawOut(Schema):
    employee: int
    on: dt.date
    position: PositionOut | None = Field(..., description="the position held on the date")
    pay_grade: PayGradeOut | None = Field(..., description="the register entry of that position")
    qualification: QualificationOut | None = Field(
        ..., description="what the record qualifies for under the position's requirement"
    )
    qualification_gap: GapOut | None = Field(..., description="why the law cannot answer, when it cannot")
    categories: list[CategoryOut] = Field(..., description="categories valid on the date")
    expiring: list[CategoryOut] = Field(..., description="of those, the ones expiring within 90 days")


class LawQuery(Input):
    as_of: RuleDate | None = Field(None, description="YYYY-MM-DD; default today")


@router.get(
    "/employees/{employee_id}/law",
    response={200: EmployeeLawOut, **AUTH_ERRORS},
    summary="What the law says about an employee on a date",
)
def employee_law(request: HttpRequest, query: Query[LawQuery], employee_id: int = EmployeeId):
    employee = selectors.employee_get(viewer=request.auth, employee_id=employee_id)
    language = request.LANGUAGE_CODE
    law = selectors.employee_law(employee=employee, on=query.as_of or _today(), language=language)
    result = law["qualification"]
    gap = None
    if result is not None and "gap" in result:
        code, params = result["gap"], result["params"]
        gap, result = {"code": code, "message": rule_text(code, params, language), "params": params}, None
    return {**law, "employee": employee.pk, "qualification": result, "qualification_gap": gap}
