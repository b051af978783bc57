"""What a question tests, as a tag: an item of the professional standard's occupation cards or a
point of an act. ``standard:card-1/1.2`` (a labour function), ``standard:card-1/1.2.1`` (a
skill), ``…/1.2.1/a2`` (its second ability), ``…/1.2.1/k3`` (its third knowledge item),
``act:order-2024-422/17`` (a point). Other tags are free topics (a Moodle file brings its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from biliktilik.lawbook import loader

STANDARD_ACT = "order-2019-715"
PREFIXES = ("standard:", "act:")


@dataclass(frozen=True)
class TagItem:
    tag: str
    kind: str  # card, function, skill, ability, knowledge, point
    title: dict  # LText as a mapping
    depth: int


def _text(value) -> dict:
    return value.model_dump() if hasattr(value, "model_dump") else dict(value)


@cache
def standard_items() -> tuple[TagItem, ...]:
    """Every item of the standard's cards, in the order of the cards."""
    view = loader.default().get(STANDARD_ACT)
    items: list[TagItem] = []
    for card in view.act.standard.cards:
        base = f"standard:{card.id}"
        items.append(TagItem(base, "card", _text(card.title), 0))
        for function in card.functions:
            items.append(TagItem(f"{base}/{function.id}", "function", _text(function.title), 1))
            for skill in function.skills:
                tag = f"{base}/{skill.id}"
                items.append(TagItem(tag, "skill", _text(skill.title), 2))
                items += [
                    TagItem(f"{tag}/a{i}", "ability", _text(t), 3) for i, t in enumerate(skill.abilities, 1)
                ]
                items += [
                    TagItem(f"{tag}/k{i}", "knowledge", _text(t), 3) for i, t in enumerate(skill.knowledge, 1)
                ]
    return tuple(items)


@cache
def _known_standard() -> frozenset[str]:
    return frozenset(item.tag for item in standard_items())


def is_known(tag: str) -> bool:
    """A structured tag must name something in law/; a free topic is always accepted."""
    if tag.startswith("standard:"):
        return tag in _known_standard()
    if tag.startswith("act:"):
        act, _, point = tag.removeprefix("act:").partition("/")
        view = loader.default().get(act)
        return view is not None and point in view.points_by_id
    return True
