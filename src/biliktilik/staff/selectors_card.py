"""What the personal card reads besides the records: the register entries a position title may
mean (order-2015-1042), the requirement a position is checked against (order-2017-360) by its
title, and what the law gives the record on a date, one qualification level at a time.

Reads only; nothing here is stored. The register matcher is the rules' (``rules.register``):
where several register positions fit a title equally well, all of them are returned and the
officer chooses; nothing is picked for them.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from biliktilik import vocabulary
from biliktilik.languages import in_language
from biliktilik.lawbook import loader
from biliktilik.lawbook.schema import Position
from biliktilik.rules.register import BASE_ACT, position_index

from .models import CategoryAward, Employee, PositionHeld
from .selectors import EXPIRY_WARNING_DAYS

# A title matching a register position less well than this is no suggestion at all.
SUGGESTION_MIN_SCORE = 0.75
# The act whose points are the qualification requirements a position is checked against.
REQUIREMENTS_ACT = "order-2017-360"


def _register():
    view = loader.default().get(BASE_ACT)
    return view, (view.act.register_of_positions if view else None)


def _block_headings() -> dict[str, object]:
    """The register's block headings as the act words them ("B БЛОГЫ - Негізгі персонал"), by block."""
    view, _register_data = _register()
    point = view.points_by_id.get("appendix") if view else None
    worded = [v for v in point.versions if v.subpoints] if point else []
    return {s.subpoint.upper(): s.text for s in worded[-1].subpoints} if worded else {}


def register_entry(position_id: str) -> dict | None:
    """One register position with what tells it apart from its namesakes: its block heading,
    its sector, and (Block B, other sectors) the qualification level and category its cell's
    heading names."""
    _view, register = _register()
    found = next((p for p in register.positions if p.id == position_id), None) if register else None
    return _entry(found, register) if found else None


def _entry(position: Position, register, headings: dict | None = None) -> dict:
    grade = next(
        (
            g
            for g in register.grades
            if g.sector == position.sector and g.link == position.link and g.level == position.level
        ),
        None,
    )
    return {
        "id": position.id,
        "title": position.title,
        "block": position.block,
        "link": position.link,
        "level": position.level,
        "sector": position.sector,
        "block_heading": (_block_headings() if headings is None else headings).get(position.block),
        "grade": {"qualification_level": grade.qualification_level, "category": grade.category}
        if grade
        else None,
        "source": position.source,
    }


def register_candidates(title: str) -> list[dict]:
    """The register positions that fit ``title`` best, all of those that fit equally well
    (empty when none fits well enough): one is a suggestion, several are a choice to make."""
    if not title.strip():
        return []
    index, by_id = position_index(loader.default())
    hits = index.search(title, limit=60)
    if not hits or hits[0].score < SUGGESTION_MIN_SCORE:
        return []
    _view, register = _register()
    return [_entry(by_id[h.key], register) for h in hits if h.score == hits[0].score]


def suggested_register_position(title: str) -> str:
    """The register id a title means when exactly one position fits it best ('' otherwise)."""
    candidates = register_candidates(title)
    return candidates[0]["id"] if len(candidates) == 1 else ""


def requirement_entry(requirement: str) -> dict | None:
    """A requirement ("order-2017-360/54") by the title of its point's position and the point's
    citation (for the reader: "№ 360 бұйрық (25.10.2017), 54-тармақ", linking to the point)."""
    act, _slash, point = requirement.partition("/")
    view = loader.default().get(act)
    if view is None or not point:
        return None
    found = next((r for r in view.act.requirements if r.id == point), None)
    return {
        "requirement": requirement,
        "point": point,
        "title": found.position if found else None,
        "citation": {"act": act, "point": point},
    }


def qualification_levels(qualification: dict | None) -> dict:
    """The rule's result one qualification level at a time (``levels``: the category each level
    gives, None for none, with the reasoning steps about that level) and the steps that concern
    the whole requirement (``general``: the wording applied, how experience is counted)."""
    if not qualification or qualification.get("gap") or not qualification.get("categories"):
        return {"general": [], "levels": []}
    categories = qualification["categories"]

    def level_of(step: dict) -> str | None:
        level = (step.get("params") or {}).get("qualification_level")
        subpoint = (step.get("citation") or {}).get("subpoint")
        return level if level in categories else subpoint if subpoint in categories else None

    steps = qualification["explanation"]
    return {
        "general": [s for s in steps if level_of(s) is None],
        "levels": [
            {"level": level, "category": category, "steps": [s for s in steps if level_of(s) == level]}
            for level, category in categories.items()
        ],
    }


def expiries(awards: list[CategoryAward], on: dt.date) -> list[dict]:
    """The categories held on the day, soonest ending first, with the days left."""
    rows = [
        {
            "award": a,
            "days": (a.valid_until - on).days,
            "soon": (a.valid_until - on).days <= EXPIRY_WARNING_DAYS,
        }
        for a in awards
    ]
    return sorted(rows, key=lambda row: row["award"].valid_until)


def current_work(employee: Employee, on: dt.date):
    """The work period running on the day (its qualification level and category of the typical
    characteristics), None without one."""
    running = [w for w in employee.work.all() if w.start <= on and (w.end is None or w.end >= on)]
    return max(running, key=lambda w: w.start) if running else None


def _read(position: PositionHeld, work=None) -> dict:
    """A position held with its register entry (confirmed or suggested), or, without one, the
    register positions its title fits equally well; and its requirement by title. ``work``: the
    work period running, whose level and category a tied Block B cell may name (a hint, not a pick)."""
    candidates = _candidates_of(position)
    for candidate in candidates:
        grade = candidate["grade"]
        candidate["matches_work"] = bool(
            work
            and grade
            and (grade["qualification_level"], grade["category"]) == (work.qualification_level, work.category)
        )
    return {
        "position": position,
        "register": register_entry(position.register_position) if position.register_position else None,
        "candidates": candidates,
        # Namesakes (the same title in every cell): the title is said once, the cells below it.
        "one_title": len(candidates) > 1 and len({c["title"].kk for c in candidates}) == 1,
        "requirement": requirement_entry(position.requirement) if position.requirement else None,
    }


def _candidates_of(position: PositionHeld) -> list[dict]:
    if position.register_confirmed or position.register_position:
        return []
    return register_candidates(position.title)


def card_reading(*, employee: Employee, law: dict) -> dict:
    """The card's reading of ``selectors.employee_law``: the position held with its register
    entry and requirement by title, the work period running, what each qualification level
    gives, what expires when, and every position held read the same way."""
    position, on = law["position"], law["on"]
    work = current_work(employee, on)
    return {
        "position": _read(position, work) if position else None,
        "work": work,
        "qualification": qualification_levels(law["qualification"]),
        "expiries": expiries(law["categories"], on),
        "positions": [_read(p, work if p == position else None) for p in employee.positions.all()],
    }


def register_options(*, language: str) -> list[tuple[str, str]]:
    """Every register position as (id, what tells it apart from its namesakes, in ``language``):
    its title, its sector, for a Block B cell the qualification level and category its heading
    names, then its block, link and level — the datalist an officer types a register entry into."""
    _view, register = _register()
    options, headings = [], _block_headings()
    for position in register.positions if register else []:
        entry = _entry(position, register, headings)
        place = _("block %(block)s, link %(link)s, level %(level)s") % {
            "block": entry["block"],
            "link": entry["link"],
            "level": entry["level"] or "—",
        }
        grade, words = entry["grade"], []
        if entry["sector"]:
            words.append(vocabulary.label("register_sector", entry["sector"], language))
        if grade:
            words.append(vocabulary.label("qualification_level", grade["qualification_level"], language))
            words.append(vocabulary.label("category", grade["category"], language))
        described = "; ".join(filter(None, [", ".join(words), place]))
        options.append((position.id, f"{in_language(position.title, language)} ({described})"))
    return options
