"""``/simulations`` (the contract's "Simulations"): a draft run over the registry as a job."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Path, Router, Schema

from biliktilik.accounts.auth import api_auth
from biliktilik.api.types import AUTH_ERRORS, MAX_ID, Input, Status
from biliktilik.rules.inputs import RuleDate

from . import selectors, services
from .services import RUNNERS

router = Router(tags=["simulations"], auth=api_auth(writers=RUNNERS))
PathId = Path(..., ge=1, le=MAX_ID)


class SimulationIn(Input):
    as_of: RuleDate
    title: Annotated[str, Field(min_length=1, max_length=300)]
    amendment: Annotated[str, Field(min_length=1, max_length=400_000)] = Field(
        description="a draft act in the YAML format of law/acts/ (see docs/simulations.md)"
    )


class QueuedOut(Schema):
    id: int
    status: str


class ResultOut(Schema):
    eligible: bool | None = None
    categories: dict[str, str | None] | None = None
    test_passed: bool | None = None
    decision: str | None = None
    resulting_category: str | None = None


class ChangeOut(Schema):
    employee: int
    requirement: str
    kind: str
    before: dict
    after: dict


class SimulationOut(Schema):
    id: int
    title: str
    as_of: dt.date
    draft_act: str
    status: str
    progress: float
    people: int
    changed: int
    summary: dict | None
    changes: list[ChangeOut]


@router.post(
    "/simulations", response={202: QueuedOut, **AUTH_ERRORS}, summary="Run a draft over the registry"
)
def simulation_create(request: HttpRequest, payload: SimulationIn):
    simulation = services.simulation_start(
        actor=request.auth, as_of=payload.as_of, title=payload.title, amendment=payload.amendment
    )
    simulation.refresh_from_db(fields=["status"])
    return Status(202, {"id": simulation.pk, "status": simulation.status})


@router.get(
    "/simulations/{simulation_id}", response={200: SimulationOut, **AUTH_ERRORS}, summary="A simulation"
)
def simulation_get(request: HttpRequest, simulation_id: int = PathId):
    simulation = selectors.simulation_get(viewer=request.auth, simulation_id=simulation_id)
    return selectors.simulation_out(simulation)
