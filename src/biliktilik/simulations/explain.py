"""One changed person's two explanations, side by side, computed on demand (the run keeps
only the results): the same facts the run read, each law's steps with their citations, and the
steps that differ marked."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from biliktilik.calendar_app.selectors import calendar
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules import qualification as qualification_rule
from biliktilik.rules.experience import Experience
from biliktilik.rules.explain import LawGap, Trace
from biliktilik.rules.run import explained

from . import loading, services
from .engine import ATTESTATION, REQUIREMENT_PREFIX
from .errors import ChangeNotFound
from .models import Simulation, SimulationChange


@dataclass(frozen=True)
class Row:
    before: dict | None
    after: dict | None
    differs: bool


def _qualification(book, requirement: str, person, as_of) -> Trace:
    point = requirement[len(REQUIREMENT_PREFIX) :]
    trace = Trace()
    qualification_rule.evaluate(
        qualification_rule.requirement_in_force(book, point, as_of),
        education=person.education,
        experience=Experience(person.periods, as_of),
        trace=trace,
    )
    return trace


def _attestation(book, person, as_of) -> Trace:
    trace = Trace()
    params = attestation_rule.parameters_in_force(book, as_of)
    attestation_rule.evaluate(params, person.attestation, as_of=as_of, calendar=calendar(), trace=trace)
    return trace


def _signature(step: dict) -> tuple:
    """What a step says: its code, figures and the point it rests on — not which wording of the
    point (the draft's own, on every step of a point it re-words), which the first step names."""
    cited = step["citation"]
    where = (cited["act"], cited["point"], cited["subpoint"]) if cited else None
    return step["code"], repr(sorted(step["params"].items())), where


def aligned(before: list[dict], after: list[dict]) -> list[Row]:
    """The two lists of steps in rows: equal steps side by side, the others marked."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(
        a=[_signature(s) for s in before], b=[_signature(s) for s in after], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = before[i1:i2], after[j1:j2]
        if tag == "equal":
            rows += [Row(a, b, False) for a, b in zip(left, right, strict=True)]
        else:
            rows += _paired(left, right)
    return rows


def _kind(step: dict) -> tuple:
    """What a step is about, whatever it concludes: a ladder step met or not (of one level and
    category), a level's result, the wording applied… — so that the two laws' versions of it
    stand side by side."""
    code = step["code"].removesuffix("_not_met").removesuffix("_met")
    params = step["params"]
    category = params.get("category") if code == "step" else None
    return (
        code,
        params.get("qualification_level"),
        category,
        params.get("years") if code == "experience_branch" else None,
    )


def _paired(left: list[dict], right: list[dict]) -> list[Row]:
    """Steps that differ, each beside its counterpart under the other law where there is one."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(a=[_kind(s) for s in left], b=[_kind(s) for s in right], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [Row(a, b, True) for a, b in zip(left[i1:i2], right[j1:j2], strict=True)]
            continue
        rows += [Row(a, None, True) for a in left[i1:i2]]
        rows += [Row(None, b, True) for b in right[j1:j2]]
    return rows


def change_explained(*, viewer, simulation: Simulation, employee_id: int, language: str) -> dict:
    changes = list(
        SimulationChange.objects.filter(simulation=simulation, employee_id=employee_id).select_related(
            "employee", "organization"
        )
    )
    person = loading.person(viewer=viewer, employee_id=employee_id, as_of=simulation.as_of)
    if not changes or person is None:
        raise ChangeNotFound()
    base, draft = loader.default(), services.draft_book(simulation.amendment)
    sides = []
    for item in changes:
        try:
            if item.requirement == ATTESTATION:
                traces = [_attestation(book, person, simulation.as_of) for book in (base, draft)]
            else:
                traces = [
                    _qualification(book, item.requirement, person, simulation.as_of) for book in (base, draft)
                ]
        except LawGap:  # the registry changed since the run: the law on the day reads differently
            sides.append({"change": item, "rows": [], "gap": True})
            continue
        before, after = (explained(t, language) for t in traces)
        sides.append(
            {
                "change": item,
                "rows": aligned(before["explanation"], after["explanation"]),
                "citations": (before["citations"], after["citations"]),
                "gap": False,
            }
        )
    return {"employee": changes[0].employee, "organization": changes[0].organization, "sides": sides}
