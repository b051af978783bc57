"""State services and their procedures (order-2015-407)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Citation, LText, Strict, Term


class Service(Strict):
    id: str = Field(pattern=r"^[a-z0-9\-]+$")
    number: int = Field(ge=1)
    title: LText
    source: Citation


class Actor(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    title: LText


class Step(Strict):
    number: int = Field(ge=1)
    actor: str
    action: LText
    term: Term


class Procedure(Strict):
    id: str = Field(pattern=r"^[a-z0-9\-]+/[a-z0-9\-]+$")
    service: str
    title: LText
    steps: list[Step] = Field(min_length=1)
    source: Citation


class ServiceFact(Strict):
    """A typed fact of a service standard, e.g. a result's validity or a term."""

    key: str = Field(pattern=r"^[a-z_]+$")
    service: str
    value: int | str | bool
    unit: Literal["working_days", "calendar_days", "months", "years", "none"] = "none"
    label: LText
    source: Citation


class Services(Strict):
    services: list[Service] = Field(min_length=1)
    actors: list[Actor] = []
    procedures: list[Procedure] = []
    facts: list[ServiceFact] = []
