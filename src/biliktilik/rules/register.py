"""The register of positions (order-2015-1042, appendix) as a rule.

In Block B, "other sectors": link B2 holds specialists of the high qualification level and B3
those of the medium level; levels 1-4 follow the category: higher, first, second, none (the
register's own column layout, DOMAIN.md §1). The positions of the cell come from ``law/``.
"""

from __future__ import annotations

from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Position

from .explain import LawGap, Trace

BASE_ACT = "order-2015-1042"
LINK_BY_QUALIFICATION_LEVEL = {"high": "B2", "medium": "B3"}
LEVEL_BY_CATEGORY = {"higher": "1", "first": "2", "second": "3", "none": "4"}


@dataclass(frozen=True, slots=True)
class Grade:
    block: str
    link: str
    level: str
    sector: str
    positions: tuple[Position, ...]


def other_sector_grade(law: Lawbook, *, qualification_level: str, category: str, trace: Trace) -> Grade:
    """The B2/B3 link and level of an "other sectors" specialist with this level and category."""
    view = law.get(BASE_ACT)
    register = view.act.register_of_positions if view else None
    if register is None:
        raise LawGap("unknown_act", "qualification_level", act=BASE_ACT)
    link = LINK_BY_QUALIFICATION_LEVEL[qualification_level]
    level = LEVEL_BY_CATEGORY[category]
    positions = tuple(
        p for p in register.positions if p.link == link and p.sector == "other" and p.level == level
    )
    source = positions[0].source if positions else None
    trace.add("register_link", source, qualification_level=qualification_level, link=link)
    trace.add("register_level", source, category=category, level=level, count=len(positions))
    return Grade("B", link, level, "other", positions)
