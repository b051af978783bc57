"""Draft amendments: an act not adopted, written in the format of ``law/acts/``, laid over the
law in force in a lawbook of its own.

A draft is an act file (``id``, ``kind``, ``title``, an assumed ``entry_into_force``…) with one
addition, ``changes``: for each act it amends, the new wordings of its points and the typed
values that rest on them, written exactly as they would be written in that act's own file
(a ``requirements`` entry, the ``attestation`` keys it changes). ``amends`` and ``amendments``
may be left out: they are derived from ``changes``. The law in force is never touched: ``apply``
returns a new :class:`Lawbook` in which the amended points have one more version, by the draft,
from its entry into force.

``parse`` reads and checks a draft against a lawbook. A problem is a :class:`DraftProblem` with
the path in the YAML (``changes.0.requirements.0.ladders.0.steps.0.years``), so the page and the
API can say where it is; the same semantic checks as ``law/`` run over the overlaid lawbook
(``checks.check``), and only what the draft brought in is reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml
from pydantic import Field, ValidationError

from . import checks
from .citations import DRAFT_PREFIX
from .loader import ActView, Lawbook, _UniqueKeyLoader, build, compute_effective_from
from .schema import Act, Amendment, Citation, Point, PointVersion
from .schema.attestation import (
    ActivityAssessment,
    CategoryRank,
    DecisionBand,
    IntValue,
    KeptOnLevelRise,
    Outcome,
    Threshold,
)
from .schema.base import POINT_ID, Strict, Term
from .schema.requirements import Requirement

MAX_DRAFT_CHARS = 400_000
ONE_DAY = dt.timedelta(days=1)


class DraftPoint(PointVersion):
    """A new wording of a point of the amended act; ``valid_from`` null: from the draft's entry
    into force. ``wording_by`` is the draft's own id (filled in when left out)."""

    point: str = Field(pattern=POINT_ID)


class AttestationChange(Strict):
    """The keys of an act's ``attestation`` the draft gives anew; each replaces the whole key."""

    categories: list[CategoryRank] | None = Field(default=None, min_length=2)
    kept_on_level_rise: KeptOnLevelRise | None = None
    category_validity_years: IntValue | None = None
    thresholds: list[Threshold] | None = Field(default=None, min_length=1)
    appeal: Term | None = None
    activity_assessment: ActivityAssessment | None = None
    decisions: list[DecisionBand] | None = Field(default=None, min_length=1)
    outcomes: list[Outcome] | None = Field(default=None, min_length=1)


class DraftChange(Strict):
    act: str = Field(description="the act amended")
    points: list[DraftPoint] = []
    requirements: list[Requirement] = []
    attestation: AttestationChange | None = None


class Draft(Act):
    changes: list[DraftChange] = Field(min_length=1)


@dataclass(frozen=True)
class DraftProblem:
    """Where (the path in the YAML), what (a stable ``code`` with its ``params``, which the app
    words in the reader's language) and the same in English (``msg``)."""

    loc: tuple
    msg: str
    code: str = "law_check"
    params: dict = field(default_factory=dict)


def _problem(loc: tuple, code: str, msg: str, **params) -> DraftProblem:
    return DraftProblem(loc, msg.format(**params), code, params)


class DraftInvalid(Exception):
    def __init__(self, problems: list[DraftProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{'.'.join(map(str, p.loc))}: {p.msg}" for p in problems))


@dataclass(frozen=True)
class CheckedDraft:
    draft: Draft
    book: Lawbook
    effective_from: dt.date

    @property
    def id(self) -> str:
        return self.draft.id

    def changed_points(self) -> list[tuple[str, str]]:
        return [(c.act, p.point) for c in self.draft.changes for p in c.points]


def read(text: str) -> dict:
    if len(text) > MAX_DRAFT_CHARS:
        raise DraftInvalid(
            [_problem((), "too_long", "the draft is longer than {limit} characters", limit=MAX_DRAFT_CHARS)]
        )
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        line, column = _where(exc, text)
        problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        found = _problem(
            (),
            "not_yaml",
            "not YAML: line {line}, column {column}: {problem}",
            line=line,
            column=column,
            problem=problem,
        )
        raise DraftInvalid([found]) from exc
    if not isinstance(data, dict):
        raise DraftInvalid([_problem((), "not_mapping", "a draft is a mapping of keys, as an act file is")])
    return data


def _where(exc: yaml.YAMLError, text: str) -> tuple[int, int]:
    """The line and column, from 1, of what YAML refused: the mark of a parsing error, or the
    position of a character YAML does not allow (a reader's error has no mark)."""
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        return mark.line + 1, mark.column + 1
    before = text[: getattr(exc, "position", 0)]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def validate(data: dict) -> Draft:
    data = dict(data)
    draft_id = data.get("id")
    # The draft's own wordings are by the draft: saying so in every version is left optional.
    if isinstance(draft_id, str) and isinstance(data.get("changes"), list):
        data["changes"] = [_with_wording_by(change, draft_id) for change in data["changes"]]
    try:
        draft = Draft.model_validate(data)
    except ValidationError as exc:
        raise DraftInvalid(
            [
                DraftProblem(
                    _without_tags(e["loc"]), e["msg"], "schema", {"type": e["type"], "msg": e["msg"]}
                )
                for e in exc.errors()
            ]
        ) from exc
    return _with_amendments(_own_point(draft))


_TAGS = {"category_ladder", "manager"}  # pydantic names the kind of a requirement in its path


def _without_tags(loc: tuple) -> tuple:
    return tuple(
        part for i, part in enumerate(loc) if not (part in _TAGS and i and isinstance(loc[i - 1], int))
    )


def _with_wording_by(change: object, draft_id: str) -> object:
    if not isinstance(change, dict) or not isinstance(change.get("points"), list):
        return change
    points = [
        {**p, "wording_by": draft_id} if isinstance(p, dict) and "wording_by" not in p else p
        for p in change["points"]
    ]
    return {**change, "points": points}


def _with_amendments(draft: Draft) -> Draft:
    """``amends`` and ``amendments`` derived from ``changes`` where the draft leaves them out."""
    update: dict = {}
    if not draft.amends:
        update["amends"] = list(dict.fromkeys(c.act for c in draft.changes))
    if not draft.amendments:
        update["amendments"] = [
            Amendment(
                target=c.act,
                action="replace",
                points=[p.point for p in c.points],
                source=Citation(act=draft.id, point=draft.points[0].point),
            )
            for c in draft.changes
            if c.points
        ]
    return draft.model_copy(update=update) if update else draft


def _own_point(draft: Draft) -> Draft:
    """A draft that gives no text of its own gets one point saying what it is, so that its
    amendments have a point to cite (as every act's do)."""
    if draft.points:
        return draft
    point = Point(point="1", versions=[PointVersion(text=draft.title)])
    return draft.model_copy(update={"points": [point]})


def _problems_of(book: Lawbook, draft: Draft) -> list[DraftProblem]:
    problems: list[DraftProblem] = []
    if not draft.id.startswith(DRAFT_PREFIX):
        problems.append(
            _problem(
                ("id",),
                "draft_id",
                "a draft's id begins with {prefix} (e.g. draft-2027-1)",
                prefix=DRAFT_PREFIX,
            )
        )
    if draft.id in book.acts:
        problems.append(
            _problem(
                ("id",),
                "id_taken",
                "{id} is an act of the law in force: give the draft an id of its own",
                id=draft.id,
            )
        )
    if compute_effective_from(draft) is None:
        problems.append(
            _problem(
                ("entry_into_force",),
                "no_entry_into_force",
                "a draft needs an assumed entry into force (rule: fixed, date: …)",
            )
        )
    amended: set[str] = set()
    for i, change in enumerate(draft.changes):
        if change.act in amended:
            problems.append(
                _problem(
                    ("changes", i, "act"),
                    "act_twice",
                    "{act} is amended in an earlier entry: give all its changes in one",
                    act=change.act,
                )
            )
            continue
        amended.add(change.act)
        target = book.get(change.act)
        if target is None:
            problems.append(
                _problem(
                    ("changes", i, "act"), "unknown_act", "{act} is not an act in our law", act=change.act
                )
            )
            continue
        problems += _points_problems(target, draft, i, change)
        problems += _requirement_problems(target, draft, i, change)
        problems += _attestation_problems(target, draft, i, change)
    return problems


def _points_problems(target: ActView, draft: Draft, i: int, change: DraftChange) -> list[DraftProblem]:
    starts = compute_effective_from(draft)
    problems: list[DraftProblem] = []
    seen: set[str] = set()
    for j, point in enumerate(change.points):
        where = ("changes", i, "points", j)
        if point.point in seen:
            problems.append(
                _problem((*where, "point"), "point_twice", "p.{point} is given twice", point=point.point)
            )
        seen.add(point.point)
        if point.wording_by != draft.id:
            problems.append(
                _problem(
                    (*where, "wording_by"),
                    "wording_by",
                    "a wording of this draft is by {draft}",
                    draft=draft.id,
                )
            )
        begins = point.valid_from or starts
        if begins is None:
            continue
        if starts is not None and point.valid_from is not None and point.valid_from < starts:
            problems.append(
                _problem(
                    (*where, "valid_from"),
                    "before_entry",
                    "{date} is before the draft's entry into force ({entry})",
                    date=begins.isoformat(),
                    entry=starts.isoformat(),
                )
            )
        existing = target.points_by_id.get(point.point)
        if existing is None:
            continue
        for version in existing.versions:
            first = version.valid_from or target.effective_from
            if first is not None and first >= begins:
                problems.append(
                    _problem(
                        (*where, "valid_from"),
                        "overlap",
                        "overlaps the wording of {act} p.{point} valid from {date}: "
                        "a draft wording starts after every wording of the point",
                        act=target.id,
                        point=point.point,
                        date=first.isoformat(),
                    )
                )
                break
    return problems


def _reworded(change: DraftChange) -> set[str]:
    return {p.point for p in change.points}


def _requirement_problems(target: ActView, draft: Draft, i: int, change: DraftChange) -> list[DraftProblem]:
    problems: list[DraftProblem] = []
    reworded = _reworded(change)
    given = {r.id for r in change.requirements}
    for j, requirement in enumerate(change.requirements):
        where = ("changes", i, "requirements", j)
        if requirement.id not in reworded:
            problems.append(
                _problem(
                    (*where, "id"),
                    "requirement_without_wording",
                    "requirement {point} rests on p.{point}: give its new wording in points",
                    point=requirement.id,
                )
            )
        problems += _citing_problems(requirement, where, draft, change, reworded)
    for point in sorted(reworded - given):
        if any(r.id == point for r in target.act.requirements):
            problems.append(
                _problem(
                    ("changes", i, "requirements"),
                    "requirement_not_restated",
                    "p.{point} is re-worded but its requirement is not given: restate it with the new values",
                    point=point,
                )
            )
    return problems


def _attestation_problems(target: ActView, draft: Draft, i: int, change: DraftChange) -> list[DraftProblem]:
    where = ("changes", i, "attestation")
    if change.attestation is None:
        # No key given: those of the law in force stay, and none may rest on a re-worded point.
        kept = target.act.attestation
        return _not_restated(kept, set(), where, target, change) if kept is not None else []
    if target.act.attestation is None:
        return [
            _problem(where, "no_attestation", "{act} has no attestation parameters to change", act=target.id)
        ]
    problems = _citing_problems(change.attestation, where, draft, change, _reworded(change))
    merged = _merged_attestation(target, change)
    return problems + _not_restated(merged, _given(change.attestation), where, target, change)


def _not_restated(
    parameters, given: set, where: tuple, target: ActView, change: DraftChange
) -> list[DraftProblem]:
    """What the draft leaves unchanged must not rest on a wording the draft replaces."""
    problems = []
    for name in type(parameters).model_fields:
        if name in given:
            continue
        for _path, citation in checks.iter_citations(getattr(parameters, name)):
            if citation.act == target.id and citation.point in _reworded(change):
                problems.append(
                    _problem(
                        (*where, name),
                        "attestation_not_restated",
                        "{key} rests on p.{point}, which the draft re-words: give {key} anew",
                        key=name,
                        point=citation.point,
                    )
                )
                break
    return problems


def _citing_problems(
    node, where: tuple, draft: Draft, change: DraftChange, reworded: set[str]
) -> list[DraftProblem]:
    """A value the draft gives rests on the draft's wording when it cites a point the draft
    re-words; a value citing a point it does not re-word keeps that point's wording."""
    problems: list[DraftProblem] = []
    for path, citation in checks.iter_citations(node):
        loc = (*where, *_path_parts(path))
        if citation.act != change.act:
            continue
        if citation.point in reworded and citation.wording_by != draft.id:
            problems.append(
                _problem(
                    loc,
                    "cites_replaced_wording",
                    "cites p.{point}, which the draft re-words: wording_by must be {draft}",
                    point=citation.point,
                    draft=draft.id,
                )
            )
        if citation.point not in reworded and citation.wording_by == draft.id:
            problems.append(
                _problem(
                    loc,
                    "cites_missing_wording",
                    "cites a wording of p.{point} by {draft}, but the draft gives none",
                    point=citation.point,
                    draft=draft.id,
                )
            )
    return problems


def _path_parts(path: str) -> list:
    """``ladders[0].steps[1].source`` → ``["ladders", 0, "steps", 1, "source"]``."""
    parts: list = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    return parts


def _given(attestation: AttestationChange) -> dict:
    """The attestation keys a draft gives, by name."""
    return {
        name: getattr(attestation, name)
        for name in type(attestation).model_fields
        if getattr(attestation, name) is not None
    }


def _merged_attestation(target: ActView, change: DraftChange):
    return target.act.attestation.model_copy(update=_given(change.attestation))


def _amended(target: ActView, draft: Draft, change: DraftChange) -> Act:
    """The amended act with the draft's wordings as its points' last versions and its values."""
    starts = compute_effective_from(draft)
    new_points = {p.point: p for p in change.points}
    points: list[Point] = []
    for point in target.act.points:
        given = new_points.pop(point.point, None)
        if given is None:
            points.append(point)
            continue
        begins = given.valid_from or starts
        versions = [
            v.model_copy(update={"valid_to": begins - ONE_DAY})
            if v.valid_to is None or v.valid_to >= begins
            else v
            for v in point.versions
        ]
        versions.append(_version(given, begins))
        points.append(point.model_copy(update={"versions": versions}))
    for given in new_points.values():  # a point the draft inserts
        points.append(Point(point=given.point, versions=[_version(given, given.valid_from or starts)]))
    update: dict = {"points": points, "requirements": [*target.act.requirements, *change.requirements]}
    if change.attestation is not None and target.act.attestation is not None:
        update["attestation"] = _merged_attestation(target, change)
    return target.act.model_copy(update=update)


def _version(given: DraftPoint, begins: dt.date) -> PointVersion:
    fields = {name: getattr(given, name) for name in PointVersion.model_fields}
    return PointVersion(**{**fields, "valid_from": begins})


def apply(book: Lawbook, draft: Draft) -> Lawbook:
    """The lawbook with the draft laid over it (the draft an act in force from its date)."""
    acts = {view.id: view.act for view in book.acts.values()}
    for change in draft.changes:  # each of an act we hold, given once (``_problems_of``)
        acts[change.act] = _amended(book.acts[change.act], draft, change)
    acts[draft.id] = Act.model_validate(draft.model_dump(exclude={"changes"}))
    return build(list(acts.values()), book.source_dir)


def _base_problems(book: Lawbook) -> frozenset[str]:
    cached = _BASE_PROBLEMS.get(id(book))
    if cached is None or cached[0] is not book:
        cached = _BASE_PROBLEMS[id(book)] = (book, frozenset(checks.check(book)))
    return cached[1]


_BASE_PROBLEMS: dict[int, tuple[Lawbook, frozenset[str]]] = {}


def check(book: Lawbook, draft: Draft) -> CheckedDraft:
    """The draft checked against ``book`` and laid over it; :class:`DraftInvalid` otherwise."""
    problems = _problems_of(book, draft)
    if problems:
        raise DraftInvalid(problems)
    overlaid = apply(book, draft)
    dangling = [
        _problem(
            ("changes", i, *_path_parts(path)),
            "dangling_citation",
            "{problem}",
            problem=problem.split(": ", 1)[1],
        )
        for i, change in enumerate(draft.changes)
        for path, citation in checks.iter_citations(change)
        for problem in checks.check_citation(overlaid, path, citation)
    ]
    if dangling:
        raise DraftInvalid(dangling)
    known = _base_problems(book)
    brought = [p for p in checks.check(overlaid) if p not in known]
    if brought:
        raise DraftInvalid(
            [_problem(_loc_of(p, draft), "law_check", "{problem}", problem=p) for p in brought]
        )
    return CheckedDraft(draft=draft, book=overlaid, effective_from=compute_effective_from(draft))


def _loc_of(problem: str, draft: Draft) -> tuple:
    """The YAML path a problem of the whole-lawbook check points at, as near as it says."""
    match = re.match(rf"^{re.escape(draft.id)}: (\S+?):", problem)
    if match:
        return tuple(_path_parts(match.group(1)))
    for i, change in enumerate(draft.changes):
        for j, point in enumerate(change.points):
            # "order-2017-360 p.54: …" or "order-2017-360 p.54 version 2 (kk): …"
            if problem.startswith((f"{change.act} p.{point.point}:", f"{change.act} p.{point.point} ")):
                return ("changes", i, "points", j)
        if problem.startswith(f"{change.act}: "):
            return ("changes", i)
    return ()


def parse(text: str, book: Lawbook) -> CheckedDraft:
    """Read, validate and check a draft's YAML against ``book``."""
    return check(book, validate(read(text)))
