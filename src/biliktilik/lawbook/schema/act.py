"""The act file: one YAML file of ``law/acts/`` as a whole."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field, field_validator

from .attestation import Attestation
from .base import ACT_ID, Lang, LawyerNote, LText, Strict
from .points import Amendment, EntryIntoForce, Point, Publication, Registration, Repeal
from .register import Register
from .requirements import Characteristic, Requirement
from .services import Services
from .standard import Standard


class Act(Strict):
    id: str = Field(pattern=ACT_ID)
    kind: Literal["order", "law", "decree", "resolution"]
    number: str
    adopted: dt.date
    issuer: LText
    title: LText
    title_descriptive: bool = Field(
        default=False, description="the official title is not in our sources; `title` describes the act"
    )
    official_languages: list[Lang] = ["kk"]
    registration: Registration | None = None
    publication: Publication | None = None
    entry_into_force: EntryIntoForce | None = Field(
        default=None, description="null: not known from our sources (status 'unknown')"
    )
    amends: list[str] = []
    amendments: list[Amendment] = []
    repealed: Repeal | None = None
    seed: str | None = Field(default=None, description="file in shared/seeds this text comes from")
    notes: list[LawyerNote] = Field(default=[], description="interpretations made in encoding, for lawyers")
    encoding_notes: list[str] = Field(
        default=[], description="how the text was read and cleaned, for reviewers of the data; never on pages"
    )
    points: list[Point] = []
    register_of_positions: Register | None = None
    requirements: list[Requirement] = []
    characteristics: list[Characteristic] = []
    standard: Standard | None = None
    attestation: Attestation | None = None
    services: Services | None = None

    @field_validator("points")
    @classmethod
    def _point_ids_unique(cls, points: list[Point]) -> list[Point]:
        seen: set[str] = set()
        for p in points:
            if p.point in seen:
                raise ValueError(f"point {p.point!r} appears twice")
            seen.add(p.point)
        return points


def natural_key(point_id: str) -> tuple:
    """Sort key for point ids: ``2 < 12 < 12-1 < 12-3 < 13 < appendix-1``."""
    parts = re.split(r"[-.]", point_id)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
