"""Semantic checks over a whole lawbook: what a schema alone cannot see.

``check(lawbook)`` returns a list of problems (empty when the law data is sound). It is run by
``biliktilik law check`` and by the test suite, so a broken law file cannot land.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from pydantic import BaseModel

from .loader import ActView, Lawbook
from .schema import Citation, Point

ONE_DAY = dt.timedelta(days=1)


def iter_citations(node: object, path: str = "") -> Iterator[tuple[str, Citation]]:
    """Every citation inside a model, with a dotted path for messages."""
    if isinstance(node, Citation):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from iter_citations(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, (list, tuple)):
        for i, item in enumerate(node):
            yield from iter_citations(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from iter_citations(item, f"{path}.{key}")


def check_citation(book: Lawbook, where: str, c: Citation) -> list[str]:
    target = book.get(c.act)
    if target is None:
        return [f"{where}: cites unknown act {c.act!r}"]
    point = target.points_by_id.get(c.point)
    if point is None:
        return [f"{where}: cites point {c.point!r} that {c.act} does not have"]
    versions = [v for v in point.versions if v.wording_by == c.wording_by]
    if not versions:
        return [f"{where}: {c.act} p.{c.point} has no wording by {c.wording_by!r}"]
    if c.subpoint is not None:
        known = {s.subpoint for v in versions for s in v.subpoints}
        if versions[0].text is not None and c.subpoint not in known:
            return [f"{where}: {c.act} p.{c.point} has no sub-point {c.subpoint!r}"]
    return []


def check_versions(book: Lawbook, view: ActView, point: Point) -> list[str]:
    where = f"{view.id} p.{point.point}"
    problems: list[str] = []
    versions = point.versions
    for i, version in enumerate(versions):
        if version.wording_by is not None:
            amending = book.get(version.wording_by)
            if amending is None:
                problems.append(f"{where}: wording by unknown act {version.wording_by!r}")
            elif view.id not in amending.act.amends:
                problems.append(f"{where}: {version.wording_by} does not declare that it amends {view.id}")
            elif amending.effective_from and version.valid_from != amending.effective_from:
                problems.append(
                    f"{where}: wording by {version.wording_by} starts {version.valid_from}, "
                    f"but that act is in force from {amending.effective_from}"
                )
        if i == 0:
            continue
        previous = versions[i - 1]
        if previous.valid_to is None:
            problems.append(f"{where}: version {i} follows a version that never ends")
        elif version.valid_from is None:
            problems.append(f"{where}: version {i} has no valid_from")
        elif version.valid_from <= previous.valid_to:
            problems.append(f"{where}: versions {i - 1} and {i} overlap")
        elif version.valid_from != previous.valid_to + ONE_DAY:
            problems.append(f"{where}: gap between versions {i - 1} and {i}")
    return problems


def check_subpoints_not_repeated(view: ActView, point: Point) -> list[str]:
    """A version's text is the point's lead-in; its sub-points are not repeated in it, or the
    point would be read (and shown) twice."""
    problems: list[str] = []
    for i, version in enumerate(point.versions):
        for lang in ("kk", "ru", "en"):
            text = getattr(version.text, lang) if version.text else None
            if not text:
                continue
            repeated = [
                s.subpoint
                for s in version.subpoints
                if (getattr(s.text, lang) or "").strip() and getattr(s.text, lang).strip() in text
            ]
            if repeated:
                problems.append(
                    f"{view.id} p.{point.point} version {i} ({lang}): the text repeats sub-point(s) "
                    f"{', '.join(repeated)}; keep only the lead-in"
                )
    return problems


def check_amendments(book: Lawbook, view: ActView) -> list[str]:
    act = view.act
    problems: list[str] = []
    declared = {a.target for a in act.amendments}
    for target_id in act.amends:
        if book.get(target_id) is None:
            problems.append(f"{act.id}: amends unknown act {target_id!r}")
        if target_id not in declared:
            problems.append(f"{act.id}: amends {target_id} but lists no amendment of it")
    for amendment in act.amendments:
        target = book.get(amendment.target)
        if amendment.target not in act.amends:
            problems.append(f"{act.id}: amendment of {amendment.target} not listed in 'amends'")
        if target is None:
            problems.append(f"{act.id}: amendment without a target ({amendment.target!r})")
            continue
        for point_id in amendment.points:
            point = target.points_by_id.get(point_id)
            if point is None:
                problems.append(f"{act.id}: amends p.{point_id} that {target.id} does not have")
            elif amendment.action != "repeal" and not any(v.wording_by == act.id for v in point.versions):
                problems.append(
                    f"{act.id}: amends {target.id} p.{point_id} but no wording of it is by {act.id}"
                )
    if act.repealed and book.get(act.repealed.by) is None:
        problems.append(f"{act.id}: repealed by unknown act {act.repealed.by!r}")
    return problems


def check_register(view: ActView) -> list[str]:
    register = view.act.register_of_positions
    if register is None:
        return []
    ids = Counter(p.id for p in register.positions)
    problems = [f"{view.id}: position id {i} appears {n} times" for i, n in ids.items() if n > 1]
    counted = Counter(p.link for p in register.positions)
    for link in sorted(set(counted) | set(register.hand_count)):
        found, said = counted[link], register.hand_count.get(link, 0)  # a Counter gives 0 for none
        if found != said:
            problems.append(f"{view.id}: link {link} holds {found} positions, the hand count says {said}")
    return problems


def check_services(view: ActView) -> list[str]:
    services = view.act.services
    if services is None:
        return []
    problems: list[str] = []
    service_ids = {s.id for s in services.services}
    actor_ids = {a.id for a in services.actors}
    for procedure in services.procedures:
        if procedure.service not in service_ids:
            problems.append(f"{view.id}: procedure {procedure.id} of unknown service {procedure.service}")
        numbers = [s.number for s in procedure.steps]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"{view.id}: procedure {procedure.id} steps are not numbered 1..n")
        problems += [
            f"{view.id}: procedure {procedure.id} step {s.number} has unknown actor {s.actor!r}"
            for s in procedure.steps
            if s.actor not in actor_ids
        ]
    for fact in services.facts:
        if fact.service not in service_ids:
            problems.append(f"{view.id}: fact {fact.key} of unknown service {fact.service}")
    return problems


def check_unique_ids(view: ActView) -> list[str]:
    act = view.act
    problems: list[str] = []
    for label, ids in (
        # One requirement per point and wording (a new wording restates the point's requirement).
        ("requirement", [f"{r.id} ({r.source.wording_by})" for r in act.requirements]),
        ("occupation card", [c.id for c in act.standard.cards] if act.standard else []),
        ("procedure", [p.id for p in act.services.procedures] if act.services else []),
    ):
        problems += [f"{act.id}: {label} {i} appears {n} times" for i, n in Counter(ids).items() if n > 1]
    return problems


def check(book: Lawbook) -> list[str]:
    problems: list[str] = []
    for view in book.ordered():
        for point in view.points_by_id.values():
            problems += check_versions(book, view, point)
            problems += check_subpoints_not_repeated(view, point)
        problems += check_amendments(book, view)
        problems += check_register(view)
        problems += check_services(view)
        problems += check_unique_ids(view)
        for where, citation in iter_citations(view.act):
            problems += check_citation(book, f"{view.id}: {where}", citation)
    return problems
