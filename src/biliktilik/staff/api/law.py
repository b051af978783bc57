"""What the law says about an employee on a date: the register entry of the position held,
what the record qualifies for, the categories valid and expiring."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Schema

from biliktilik.api.types import AUTH_ERRORS, Input
from biliktilik.calculators.api import QualificationOut
from biliktilik.rules.inputs import RuleDate
from biliktilik.rules.messages import text as rule_text

from .. import selectors
from .common import EmployeeId, router, today
from .records import CategoryOut, PositionOut


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
    law = selectors.employee_law(employee=employee, on=query.as_of or today(), language=language)
    result = law["qualification"]
    gap = None
    if result is not None and "gap" in result:
        code, params = result["gap"], result["params"]
        gap, result = {"code": code, "message": rule_text(code, params, language), "params": params}, None
    return {**law, "employee": employee.pk, "qualification": result, "qualification_gap": gap}
