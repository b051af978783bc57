"""The register of positions (order-2015-1042, appendix) as a rule.

In Block B, "other sectors": each cell's heading names a qualification level and a category
(B2 = high level, B3 = medium; levels 1-4 = higher, first, second, none). That mapping is data
(``register_of_positions.grades`` in ``law/``), as are the positions of each cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Position

from .explain import LawGap, Trace
from .search import Entry, Index

BASE_ACT = "order-2015-1042"


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
    grade = next(
        (
            g
            for g in register.grades
            if g.sector == "other" and g.qualification_level == qualification_level and g.category == category
        ),
        None,
    )
    if grade is None:
        raise LawGap(
            "unknown_register_grade", "category", qualification_level=qualification_level, category=category
        )
    link, level = grade.link, grade.level
    positions = tuple(
        p for p in register.positions if p.link == link and p.sector == "other" and p.level == level
    )
    trace.add("register_link", grade.source, qualification_level=qualification_level, link=link)
    trace.add("register_level", grade.source, category=category, level=level, count=len(positions))
    return Grade("B", link, level, "other", positions)


_INDEXES: dict[int, tuple[Index, dict[str, Position], Lawbook]] = {}


def position_index(law: Lawbook) -> tuple[Index, dict[str, Position]]:
    """The search index over the register's titles (kk, ru, en, aliases), built once per lawbook."""
    cached = _INDEXES.get(id(law))
    if cached is None or cached[2] is not law:  # a dropped lawbook's id may be given to a new one
        view = law.get(BASE_ACT)
        positions = (
            view.act.register_of_positions.positions if view and view.act.register_of_positions else []
        )
        by_id = {p.id: p for p in positions}
        entries = (
            Entry(p.id, (p.title.kk, p.title.ru or "", p.title.en or "", *p.aliases)) for p in positions
        )
        cached = _INDEXES[id(law)] = (Index(entries), by_id, law)
    return cached[0], cached[1]


def classify_title(law: Lawbook, title: str, *, trace: Trace) -> tuple[Position, float] | None:
    """The register position a typed title most likely means, with its match score (0..1)."""
    index, by_id = position_index(law)
    hits = index.search(title, limit=20)
    if not hits:
        trace.add("register_no_match", title=title)
        return None
    position = by_id[hits[0].key]
    tied = [h.key for h in hits if h.score == hits[0].score]
    trace.add(
        "register_match",
        position.source,
        title=title,
        id=position.id,
        block=position.block,
        link=position.link,
        level=position.level,
        score=hits[0].score,
        inferred=position.inferred,
    )
    if len(tied) > 1:
        trace.add("register_ambiguous", title=title, ids=tied)
    return position, hits[0].score
