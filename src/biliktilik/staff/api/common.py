"""What the registry's endpoints share: the router, ids and choices of the bodies, paging, the
named organization checked against what the viewer may see, and versions (ETag / If-Match)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Path, Router
from pydantic import AfterValidator, ConfigDict

from biliktilik import vocabulary
from biliktilik.accounts.auth import API_AUTH
from biliktilik.accounts.errors import UnknownOrganization
from biliktilik.api.types import AUTH_ERRORS, MAX_ID, ErrorOut, Id, Input

from .. import selectors, services
from ..errors import OrganizationNotFound
from ..models import Organization

router = Router(tags=["staff"], auth=API_AUTH)

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


Kind = vocabulary.ORGANIZATION_KIND.literal()
Significance = vocabulary.SIGNIFICANCE.literal()
Sex = vocabulary.SEX.literal()
Level = vocabulary.QUALIFICATION_LEVEL.literal()
Sector = vocabulary.SECTOR.literal()
WorkCategory = vocabulary.CATEGORY.literal()
EducationLevel = vocabulary.EDUCATION_LEVEL.literal()
EducationField = vocabulary.EDUCATION_FIELD.literal()
AwardCategory = vocabulary.AWARD_CATEGORY.literal()
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


def page(queryset: QuerySet, query: ListQuery) -> dict:
    start = (query.page - 1) * query.page_size
    return {
        "results": list(queryset[start : start + query.page_size]),
        "count": queryset.count(),
        "page": query.page,
    }


def named_organization(viewer, organization_id: int | None, loc: list) -> Organization | None:
    if organization_id is None:
        return None
    try:
        return selectors.organization_get(viewer=viewer, organization_id=organization_id)
    except OrganizationNotFound as exc:
        raise UnknownOrganization(organization_id, loc=loc) from exc


def today() -> dt.date:
    return timezone.localdate()


def if_match(request: HttpRequest) -> tuple[str, ...] | None:
    """The versions an ``If-Match`` header accepts (None: no header, or ``*``)."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    return tuple(tag.strip().removeprefix("W/").strip('"') for tag in header.split(",") if tag.strip())


def tagged(response: HttpResponse, record):
    """The record, with its version as the response's ETag (send it back in If-Match)."""
    response["ETag"] = f'"{services.record_version(record)}"'
    return record
