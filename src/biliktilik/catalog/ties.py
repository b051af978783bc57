"""Which register positions (order-2015-1042) a qualification-requirement point (order-2017-360)
and an occupation card of the professional standard (order-2019-715) apply to.

None of the three acts names the others' entries: the requirement points in our sources give
no position title (except p.12-3, the deputy director of the labour mobility centre), the cards
name occupations, the register names positions. Every tie below is therefore our reading, made
from the titles, and is shown as such; docs/reading/register-ties.md gives the reasons. A
point or card not listed is "not tied in our sources": nothing is guessed for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from biliktilik.lawbook.loader import Lawbook

REQUIREMENTS_ACT = "order-2017-360"


@dataclass(frozen=True)
class Tie:
    positions: tuple[str, ...]
    reading: str | Promise
    title_stated: bool = False  # the point itself names the position


def _levels(pattern: str, levels=(1, 2, 3, 4)) -> tuple[str, ...]:
    return tuple(pattern.format(level) for level in levels)


EMPLOYMENT_SPECIALISTS = (
    _levels("B2.other.{}.04")
    + _levels("B2.other.{}.08")
    + _levels("B3.other.{}.04")
    + _levels("B3.other.{}.06")
)
EMPLOYMENT_READING = _(
    "Our reading: the point's category steps count experience in the employment system only, and "
    "the register's specialists of that system with high and medium qualification levels are the "
    "Career Centre's social work consultant and the specialist of a structural unit of the labour "
    "mobility centre and the Career Centre. Points 57 and 60 word their requirements alike; which of "
    "the two states which position is not in our sources."
)

REQUIREMENT_TIES: dict[str, Tie] = {
    "12-3": Tie(
        ("A1.2-1.01",),
        _(
            "Our reading: point 12-3 is the requirement of the deputy director of the labour mobility "
            "centre; the register names the labour mobility centres of the oblasts, the capital and the "
            "cities of republican significance among the heads of level 2, so their deputy is the row "
            "of level 2-1."
        ),
        title_stated=True,
    ),
    "57": Tie(EMPLOYMENT_SPECIALISTS, EMPLOYMENT_READING),
    "60": Tie(EMPLOYMENT_SPECIALISTS, EMPLOYMENT_READING),
}

PENSION_SPECIALISTS = _levels("B2.other.{}.09") + _levels("B3.other.{}.07")
PENSION_READING = _(
    "Our reading: the card's pension provision specialist is the register's specialist of the "
    "organization paying pensions and benefits (high and medium qualification levels)."
)

CARD_TIES: dict[str, Tie] = {
    "card-1": Tie(
        ("A2.1-1.04", "A3.1.02", "A3.2.01", "A3.2-1.02", "A3.3.01"),
        _(
            "Our reading: the card's organization paying pensions and benefits is the State Centre for "
            "the Payment of Pensions of the register, and its structural units named by the card "
            "(department, directorate, division, section) are these rows."
        ),
    ),
    "card-2": Tie(PENSION_SPECIALISTS, PENSION_READING),
    "card-4": Tie(PENSION_SPECIALISTS, PENSION_READING),
}


def _positions_by_id(lawbook: Lawbook) -> dict:
    for view in lawbook.ordered():
        register = view.act.register_of_positions
        if register is not None:
            return {p.id: p for p in register.positions}
    return {}


def _cards_by_id(lawbook: Lawbook) -> dict:
    for view in lawbook.ordered():
        if view.act.standard is not None:
            return {c.id: c for c in view.act.standard.cards}
    return {}


def _grouped(positions: list) -> list[dict]:
    """Rows of one title in one link (its levels are the categories) as one entry."""
    groups: dict[tuple, dict] = {}
    for p in positions:
        key = (p.link, p.title.ru or p.title.kk)
        group = groups.setdefault(
            key, {"title": p.title, "block": p.block, "link": p.link, "levels": [], "ids": []}
        )
        group["ids"].append(p.id)
        if p.level:
            group["levels"].append(p.level)
    return list(groups.values())


def requirement_tie(lawbook: Lawbook, point: str) -> dict:
    """The register positions a requirement point applies to, with our reading; ``tied`` False:
    our sources do not tie it."""
    tie = REQUIREMENT_TIES.get(point)
    positions = _positions_by_id(lawbook)
    found = [positions[i] for i in tie.positions if i in positions] if tie else []
    return {
        "tied": bool(found),
        "positions": _grouped(found),
        "reading": tie.reading if tie else None,
        "title_stated": bool(tie and tie.title_stated),
    }


def card_tie(lawbook: Lawbook, card_id: str) -> dict:
    tie = CARD_TIES.get(card_id)
    positions = _positions_by_id(lawbook)
    found = [positions[i] for i in tie.positions if i in positions] if tie else []
    return {"tied": bool(found), "positions": _grouped(found), "reading": tie.reading if tie else None}


def position_ties(lawbook: Lawbook, position_id: str) -> dict:
    """The requirement points and occupation cards a register position is tied to (our reading)."""
    cards = _cards_by_id(lawbook)
    requirements = [p for p, tie in REQUIREMENT_TIES.items() if position_id in tie.positions]
    card_ids = [c for c, tie in CARD_TIES.items() if position_id in tie.positions and c in cards]
    readings = list(
        dict.fromkeys(
            [REQUIREMENT_TIES[p].reading for p in requirements] + [CARD_TIES[c].reading for c in card_ids]
        )
    )
    return {
        "requirements": [{"act": REQUIREMENTS_ACT, "point": p} for p in requirements],
        "cards": [{"id": c, "title": cards[c].title} for c in card_ids],
        "readings": readings,
    }
