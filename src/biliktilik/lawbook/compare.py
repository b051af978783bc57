"""The law between two dates: which points of an act changed, worded side by side, the words
that differ marked, and the typed values that rest on them compared (issue 11).

Each side is a (lawbook, date) pair, not a date alone: the law in force on one day can be set
against another day of the same lawbook, or against a draft amendment, which is a second
lawbook in which some points have an extra version. Nothing here knows of Django; the pages,
the API and the simulations call the same :func:`compare_act`.

A side whose wording is not in our sources (``text: None``) is said to be so and never diffed
against nothing; the typed values are compared only where both wordings are in our sources.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from .loader import ActView, Lawbook
from .schema import Citation, LText, PointVersion

LANGS = ("kk", "ru", "en")
Status = Literal["unchanged", "reworded", "added", "removed"]
Op = Literal["equal", "delete", "insert"]
Leaves = Iterator[tuple[tuple, object]]

# The act's typed content whose values may rest on a point's wording.
TYPED_PARTS = (
    "requirements", "characteristics", "register_of_positions", "standard", "attestation", "services"
)
# Encoders' remarks and the citation itself are not values of the law.
NOT_VALUES = frozenset({"source", "note", "interpretation", "gaps"})
# A list item is named by the first of these it has (a ladder by its level, a step by its
# category, a threshold by its attestee); an item with none by its place in the list.
ITEM_KEYS = ("id", "qualification_level", "category", "attestee", "from_level", "paragraph", "subpoint")


@dataclass(frozen=True)
class Segment:
    """A run of words that is the same on both sides (``equal``), only before (``delete``) or
    only after (``insert``); ``text`` keeps the words' own spacing and line breaks."""

    op: Op
    text: str


@dataclass(frozen=True)
class TextPair:
    """One part of a point (its lead-in, ``part`` None, or a sub-point) in one language."""

    part: str | None
    before: str | None
    after: str | None
    before_segments: tuple[Segment, ...]  # equal and delete
    after_segments: tuple[Segment, ...]  # equal and insert

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class ValueChange:
    """A typed value resting on the point that differs: ``path`` its place in the act's typed
    content, item names included ("attestation", "thresholds[manager]", "percent"); ``label``
    the path read by a person ("attestation · threshold manager · percent"); None: no value."""

    path: tuple[str, ...]
    label: str
    before: object
    after: object


@dataclass(frozen=True)
class Side:
    """The point as worded on one side's date in that side's lawbook (``version`` None: no
    wording then). ``valid_from`` is the act's entry into force where the version names none."""

    on: dt.date
    version: PointVersion | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    @property
    def wording_by(self) -> str | None:
        return self.version.wording_by if self.version else None

    @property
    def in_force(self) -> bool:
        return self.version is not None

    @property
    def not_in_sources(self) -> bool:
        """Worded on the date, but our sources lack the text of that wording."""
        return self.version is not None and self.version.text is None


@dataclass(frozen=True)
class PointComparison:
    point: str
    number: str | None
    status: Status
    before: Side
    after: Side
    texts: dict[str, tuple[TextPair, ...]]  # per language; empty unless both sides have a text
    values: tuple[ValueChange, ...]

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"

    @property
    def diffed(self) -> bool:
        """Whether the two wordings are set word by word against each other."""
        return bool(self.texts)


@dataclass(frozen=True)
class ActComparison:
    act_id: str
    before_on: dt.date
    after_on: dt.date
    points: tuple[PointComparison, ...]  # every point worded on at least one side

    @property
    def changed(self) -> tuple[PointComparison, ...]:
        return tuple(p for p in self.points if p.changed)

    @property
    def unchanged_count(self) -> int:
        return len(self.points) - len(self.changed)


def compare_act(
    act_id: str, before: tuple[Lawbook, dt.date], after: tuple[Lawbook, dt.date]
) -> ActComparison:
    """The act's points as worded on ``before`` against ``after``, in the act's order of the
    ``after`` book (points only the ``before`` book has come last). A point worded on neither
    date is left out. Raises KeyError when neither book holds the act."""
    (before_book, before_on), (after_book, after_on) = before, after
    before_view, after_view = before_book.get(act_id), after_book.get(act_id)
    if before_view is None and after_view is None:
        raise KeyError(act_id)
    points = []
    for point_id in _point_ids(after_view, before_view):
        left = _side(before_view, point_id, before_on)
        right = _side(after_view, point_id, after_on)
        if not (left.in_force or right.in_force):
            continue
        number = _number(after_view, before_view, point_id)
        points.append(_compare_point(point_id, number, left, right, (before_view, after_view)))
    return ActComparison(act_id=act_id, before_on=before_on, after_on=after_on, points=tuple(points))


def _point_ids(first: ActView | None, second: ActView | None) -> list[str]:
    ids = list(first.points_by_id) if first else []
    seen = set(ids)
    return ids + [p for p in (second.points_by_id if second else ()) if p not in seen]


def _number(first: ActView | None, second: ActView | None, point_id: str) -> str | None:
    for view in (first, second):
        if view and point_id in view.points_by_id:
            return view.points_by_id[point_id].number
    return None


def _side(view: ActView | None, point_id: str, on: dt.date) -> Side:
    version = view.point_version(point_id, on) if view else None
    if version is None:
        return Side(on=on, version=None, valid_from=None, valid_to=None)
    starts = version.valid_from or view.effective_from
    return Side(on=on, version=version, valid_from=starts, valid_to=version.valid_to)


def _compare_point(
    point_id: str, number: str | None, left: Side, right: Side, views: tuple[ActView | None, ActView | None]
) -> PointComparison:
    status = _status(left.version, right.version)
    both_worded = status == "reworded" and not (left.not_in_sources or right.not_in_sources)
    texts = _texts(left.version, right.version) if both_worded else {}
    values = _values(point_id, left.version, right.version, views) if both_worded else ()
    return PointComparison(
        point=point_id, number=number, status=status, before=left, after=right, texts=texts, values=values
    )


def _status(left: PointVersion | None, right: PointVersion | None) -> Status:
    if left is None:
        return "added"
    if right is None:
        return "removed"
    same = left.wording_by == right.wording_by and _wording(left) == _wording(right)
    return "unchanged" if same else "reworded"


def _wording(version: PointVersion) -> tuple:
    return (version.text, tuple(version.subpoints), tuple(version.columns))


# --- the words ---


def _texts(left: PointVersion, right: PointVersion) -> dict[str, tuple[TextPair, ...]]:
    """Per language: the lead-in, then each sub-point (by id, in the ``after`` order)."""
    parts: list[tuple[str | None, LText | None, LText | None]] = [(None, left.text, right.text)]
    before_subs = {s.subpoint: s for s in left.subpoints}
    after_subs = {s.subpoint: s for s in right.subpoints}
    ids = list(after_subs) + [s for s in before_subs if s not in after_subs]
    for sub_id in ids:
        b, a = before_subs.get(sub_id), after_subs.get(sub_id)
        parts.append((sub_id, _sub_text(b), _sub_text(a)))
    return {lang: tuple(_pair(part, _in(b, lang), _in(a, lang)) for part, b, a in parts) for lang in LANGS}


def _sub_text(sub) -> LText | None:
    """A sub-point's words: its text, then its table cells, if it is a row of a table."""
    if sub is None:
        return None
    if not sub.cells:
        return sub.text
    joined = {}
    for lang in LANGS:
        words = [getattr(sub.text, lang)] + [getattr(c.text, lang) for c in sub.cells]
        joined[lang] = "\n".join(t for t in words if t) or None
    return LText(**{**joined, "kk": joined["kk"] or sub.text.kk})


def _in(text: LText | None, lang: str) -> str | None:
    return getattr(text, lang) if text is not None else None


_TOKEN = re.compile(r"\S+\s*")


def _tokens(text: str | None) -> tuple[str, list[str]]:
    """The leading spacing and the words, each with the spacing after it (punctuation stays
    with its word: "3" and "3;" differ, as a reader sees them)."""
    if not text:
        return "", []
    lead = text[: len(text) - len(text.lstrip())]
    return lead, _TOKEN.findall(text)


def word_diff(before: str | None, after: str | None) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The two texts as segments: the left with its deletions, the right with its insertions."""
    lead_b, words_b = _tokens(before)
    lead_a, words_a = _tokens(after)
    matcher = difflib.SequenceMatcher(
        a=[w.strip() for w in words_b], b=[w.strip() for w in words_a], autojunk=False
    )
    left: list[Segment] = [Segment("equal", lead_b)] if lead_b else []
    right: list[Segment] = [Segment("equal", lead_a)] if lead_a else []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            left.append(Segment("equal", "".join(words_b[i1:i2])))
            right.append(Segment("equal", "".join(words_a[j1:j2])))
            continue
        if i2 > i1:
            left.append(Segment("delete", "".join(words_b[i1:i2])))
        if j2 > j1:
            right.append(Segment("insert", "".join(words_a[j1:j2])))
    return _merged(left), _merged(right)


def _merged(segments: list[Segment]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for segment in segments:
        if out and out[-1].op == segment.op:
            out[-1] = Segment(segment.op, out[-1].text + segment.text)
        else:
            out.append(segment)
    return tuple(out)


def _pair(part: str | None, before: str | None, after: str | None) -> TextPair:
    left, right = word_diff(before, after)
    return TextPair(part=part, before=before, after=after, before_segments=left, after_segments=right)


# --- the typed values ---


def _values(
    point_id: str, left: PointVersion, right: PointVersion, views: tuple[ActView | None, ActView | None]
) -> tuple[ValueChange, ...]:
    """The leaves of the typed content cited to the point, in the wording each side has in
    force (``source.wording_by`` is the version's, as ``rules.qualification`` chooses a
    requirement), that differ; a leaf only one side has is set against None."""
    before = dict(_cited_leaves(views[0], point_id, left.wording_by))
    after = dict(_cited_leaves(views[1], point_id, right.wording_by))
    paths = list(after) + [p for p in before if p not in after]
    return tuple(
        ValueChange(path=path, label=humanise(path), before=before.get(path), after=after.get(path))
        for path in paths
        if before.get(path) != after.get(path)
    )


def _cites(model: BaseModel, act_id: str, point_id: str) -> Citation | None:
    source = getattr(model, "source", None)
    if isinstance(source, Citation) and source.act == act_id and source.point == point_id:
        return source
    return None


def _cited_leaves(view: ActView | None, point_id: str, wording_by: str | None) -> Leaves:
    if view is None:
        return
    for part in TYPED_PARTS:  # every one a field of Act: empty or None where the act has none
        value = getattr(view.act, part)
        if value is not None:
            yield from _find(value, (part,), view.id, point_id, wording_by)


def _find(value, path: tuple, act_id: str, point_id: str, wording_by: str | None) -> Leaves:
    """Walk the typed content; a model cited to the point in that wording gives its leaves."""
    if isinstance(value, list):
        for key, item in _keyed(value, numbered_twice=False):
            yield from _find(item, path[:-1] + (f"{path[-1]}[{key}]",), act_id, point_id, wording_by)
        return
    if not isinstance(value, BaseModel) or isinstance(value, LText):
        return
    source = _cites(value, act_id, point_id)
    if source is not None:
        if source.wording_by == wording_by:
            yield from _leaves(value, path, act_id, point_id)
        return
    for name in type(value).model_fields:
        if name not in NOT_VALUES:
            yield from _find(getattr(value, name), path + (name,), act_id, point_id, wording_by)


def _leaves(value, path: tuple, act_id: str, point_id: str) -> Leaves:
    """The values under a cited model; a part of it cited to another point is that point's."""
    if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
        for key, item in _keyed(value):
            yield from _leaves(item, path[:-1] + (f"{path[-1]}[{key}]",), act_id, point_id)
    elif isinstance(value, LText):
        yield path, {lang: getattr(value, lang) for lang in LANGS}
    elif isinstance(value, BaseModel):
        source = getattr(value, "source", None)
        if isinstance(source, Citation) and source.act == act_id and source.point != point_id:
            return
        for name in type(value).model_fields:
            if name not in NOT_VALUES:
                yield from _leaves(getattr(value, name), path + (name,), act_id, point_id)
    else:
        yield path, list(value) if isinstance(value, (list, tuple)) else value


def _keyed(items: list, *, numbered_twice: bool = True) -> Iterator[tuple[str, object]]:
    """Each item with its name; a name given twice is numbered (``numbered_twice``) inside a
    cited model, not across the act's list, where the same id stands once per wording."""
    seen: dict[str, int] = {}
    for index, item in enumerate(items, start=1):
        names = (getattr(item, k) for k in ITEM_KEYS if isinstance(getattr(item, k, None), str))
        key = next(names, None) or str(index)
        seen[key] = seen.get(key, 0) + 1
        yield (key if seen[key] == 1 or not numbered_twice else f"{key}#{seen[key]}"), item


# --- the path read by a person ---

_ITEM = re.compile(r"^(?P<name>[a-z_]+)\[(?P<key>[^\]]+)\]$")
# A list's item by its name (the key follows); the steps of a ladder read "higher category".
ITEM_WORDS = {
    "requirements": "requirement {key}",
    "characteristics": "characteristic {key}",
    "ladders": "ladder {key}",
    "steps": "{key} category",
    "thresholds": "threshold {key}",
    "categories": "category {key}",
    "decisions": "decision band {key}",
    "outcomes": "outcome {key}",
    "rating": "rating band {key}",
    "violations": "violations band {key}",
    "education_any_of": "education option {key}",
    "experience_any_of": "experience branch {key}",
}


def humanise(path: tuple[str, ...]) -> str:
    """("requirements[54]", "ladders[high]", "steps[higher]", "years") → "requirement 54 ·
    ladder high · higher category · years"."""
    words = []
    for part in path:
        found = _ITEM.match(part)
        if found:
            name, key = found["name"], found["key"]
            words.append(ITEM_WORDS.get(name, name.replace("_", " ") + " {key}").format(key=key))
        else:
            words.append(part.replace("_", " "))
    return " · ".join(words)
