"""Loads ``law/`` into an immutable, indexed :class:`Lawbook`.

The lawbook knows nothing of Django: the web app, the command line and the tests all load it
the same way. Parsing is strict (see ``schema``); semantic checks are in ``checks.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from .schema import Act, Citation, Point, PointVersion

LAW_DIR = Path(os.environ.get("BILIKTILIK_LAW_DIR", Path(__file__).resolve().parents[3] / "law"))


class LawFileError(Exception):
    """A law file could not be read or does not fit the schema."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BaseLoader):
    """YAML loader that refuses duplicate keys (PyYAML silently keeps the last one), and says
    where a value it cannot build stands (PyYAML lets "2027-02-30" or "!!int x" out as a bare
    ValueError, with no line)."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError) as exc:
            raise yaml.constructor.ConstructorError(None, None, str(exc), node.start_mark) from exc


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict:
    # PyYAML calls a constructor with the node alone (never ``deep``): nested mappings come back
    # here, sequences are filled in by the loader once the document is read.
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, Hashable):
            problem = "a key must be a single value"
            raise yaml.constructor.ConstructorError(None, None, problem, key_node.start_mark)
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node)
    return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise LawFileError(path, [str(exc)]) from exc


def parse_act(path: Path) -> Act:
    data = read_yaml(path)
    try:
        return Act.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(part) for part in err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise LawFileError(path, problems) from exc


def compute_effective_from(act: Act) -> dt.date | None:
    """The first day the act is in force, or None when our sources do not tell."""
    rule = act.entry_into_force
    if rule is None:
        return None
    if rule.rule == "fixed":
        return rule.date
    if act.publication is None:
        return None
    if rule.rule == "on_publication":
        return act.publication.date
    return act.publication.date + dt.timedelta(days=rule.days + 1)


@dataclass(frozen=True)
class ActView:
    """An act with what is derived from the whole lawbook (dates, reverse links)."""

    act: Act
    effective_from: dt.date | None
    effective_estimated: bool
    amended_by: tuple[str, ...]
    repealed_from: dt.date | None
    points_by_id: dict[str, Point] = field(repr=False)

    @property
    def id(self) -> str:
        return self.act.id

    def status(self, as_of: dt.date) -> str:
        if self.repealed_from is not None and as_of >= self.repealed_from:
            return "repealed"
        if self.effective_from is None:
            return "unknown"
        if as_of < self.effective_from:
            return "not_yet_in_force"
        return "in_force"

    def point_version(self, point_id: str, as_of: dt.date) -> PointVersion | None:
        point = self.points_by_id.get(point_id)
        if point is None:
            return None
        for version in point.versions:
            starts = version.valid_from or self.effective_from
            if starts is not None and as_of < starts:
                continue
            if version.valid_to is not None and as_of > version.valid_to:
                continue
            return version
        return None


@dataclass(frozen=True)
class Lawbook:
    acts: dict[str, ActView]
    source_dir: Path

    def get(self, act_id: str) -> ActView | None:
        return self.acts.get(act_id)

    def wording_in_force(self, citation: Citation, on: dt.date) -> bool:
        """Whether the wording a citation names is the one in force on ``on``."""
        view = self.get(citation.act)
        version = view.point_version(citation.point, on) if view else None
        return version is not None and version.wording_by == citation.wording_by

    def ordered(self) -> list[ActView]:
        return sorted(self.acts.values(), key=lambda v: (v.act.adopted, v.id))


def build(acts: list[Act], source_dir: Path) -> Lawbook:
    by_id = {a.id: a for a in acts}
    amended_by: dict[str, list[str]] = {a.id: [] for a in acts}
    for act in acts:
        for target in act.amends:
            amended_by.setdefault(target, []).append(act.id)
    views: dict[str, ActView] = {}
    for act in acts:
        effective = compute_effective_from(act)
        estimated = bool(
            act.entry_into_force
            and (act.entry_into_force.estimated or (act.publication and act.publication.estimated))
        )
        repealed_from = None
        if act.repealed and act.repealed.by in by_id:
            repealed_from = compute_effective_from(by_id[act.repealed.by])
        views[act.id] = ActView(
            act=act,
            effective_from=effective,
            effective_estimated=estimated,
            amended_by=tuple(sorted(amended_by[act.id], key=lambda i: by_id[i].adopted)),
            repealed_from=repealed_from,
            # In the act's own order, as the file gives it: preamble first, appendices last.
            points_by_id={p.point: p for p in act.points},
        )
    return Lawbook(acts=views, source_dir=source_dir)


def load(law_dir: Path | None = None) -> Lawbook:
    law_dir = Path(law_dir or LAW_DIR)
    paths = sorted((law_dir / "acts").glob("*.yaml"))
    acts: list[Act] = []
    errors: list[LawFileError] = []
    for path in paths:
        try:
            act = parse_act(path)
        except LawFileError as exc:
            errors.append(exc)
            continue
        if act.id != path.stem:
            errors.append(LawFileError(path, [f"file name must be the act id {act.id!r}"]))
        acts.append(act)
    if errors:
        raise LawFileError(law_dir, [str(e) for e in errors])
    return build(acts, law_dir)


@functools.cache
def default() -> Lawbook:
    """The lawbook of ``LAW_DIR``, loaded once per process."""
    return load(LAW_DIR)
