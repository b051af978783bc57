"""The organizations of the registry: list, read, create, change (If-Match), delete."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Schema

from biliktilik.api.types import AUTH_ERRORS, ErrorOut, Status

from .. import selectors, services
from ..models import Organization
from .common import (
    CONDITIONAL_ERRORS,
    WRITE_ERRORS,
    Blank,
    Id,
    In,
    Kind,
    ListQuery,
    LongText,
    OrganizationId,
    Significance,
    if_match,
    named_organization,
    page,
    router,
    tagged,
)


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
    named_organization(request.auth, query.organization, ["query", "organization"])
    filters = selectors.OrganizationFilters(q=query.q, organization=query.organization)
    return page(selectors.organization_list(viewer=request.auth, filters=filters), query)


@router.get("/organizations/{organization_id}", response={200: OrganizationOut, **AUTH_ERRORS})
def organization_get(request: HttpRequest, response: HttpResponse, organization_id: int = OrganizationId):
    return tagged(response, selectors.organization_get(viewer=request.auth, organization_id=organization_id))


@router.post("/organizations", response={201: OrganizationOut, **AUTH_ERRORS})
def organization_create(request: HttpRequest, payload: OrganizationIn):
    fields = payload.model_dump()
    fields["parent"] = named_organization(request.auth, payload.parent, ["body", "parent"])
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
        changes["parent"] = named_organization(request.auth, payload.parent, ["body", "parent"])
    organization = services.organization_update(
        actor=request.auth, organization=organization, expected_version=if_match(request), **changes
    )
    return tagged(response, organization)


@router.delete("/organizations/{organization_id}", response={204: None, **WRITE_ERRORS, 412: ErrorOut})
def organization_delete(request: HttpRequest, organization_id: int = OrganizationId):
    organization = selectors.organization_get(viewer=request.auth, organization_id=organization_id)
    services.organization_delete(
        actor=request.auth, organization=organization, expected_version=if_match(request)
    )
    return Status(204, None)
