"""The simulation itself: every person evaluated under two lawbooks on one date, the differences
kept. Pure Python (facts in, changes out), so the benchmark runs exactly what the job runs.

Speed (``bench/bench_simulation.py``): no explanation is recorded (``SILENT``); a person's
experience is clipped and counted once and shared by both evaluations (``Experience`` memoises
each count, and a draft that changes a figure asks the same counts); a requirement or a set of
attestation parameters the draft leaves as it is is the *same object* in both lawbooks (the
overlay copies only what the draft changes), so its holders are not evaluated twice — they
cannot change. Explanations are computed for one person on demand (``explain_person``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules import qualification as qualification_rule
from biliktilik.rules.calendar import KzCalendar
from biliktilik.rules.experience import CATEGORY_RANK, Experience, Period
from biliktilik.rules.explain import SILENT, LawGap
from biliktilik.rules.qualification import Education

ATTESTATION = "attestation"
REQUIREMENT_PREFIX = "order-2017-360/"
CC_RANK = {"none": 0, "career_consultant": 1, "case_manager": 2, "mentor": 3}


@dataclass(frozen=True, slots=True)
class Person:
    """What the registry holds of one employee that the law reads: the requirement of the
    position held on the day (``order-2017-360/54``) and its qualification level, education,
    work history, and the last recorded attestation result (None: none recorded)."""

    employee: int
    requirement: str | None
    qualification_level: str | None
    education: tuple[Education, ...]
    periods: tuple[Period, ...]
    attestation: attestation_rule.AttestationFacts | None = None


@dataclass(frozen=True, slots=True)
class Change:
    employee: int
    requirement: str
    before: dict
    after: dict
    kind: str  # gain | lose | up | down | other


@dataclass
class Outcome:
    people: int = 0
    evaluated: int = 0
    changes: list[Change] = field(default_factory=list)
    gaps: dict[str, int] = field(default_factory=dict)


class _Laws:
    """The law each side applies on the day, looked up once per requirement."""

    def __init__(self, base: Lawbook, draft: Lawbook, as_of: dt.date):
        self.base, self.draft, self.as_of = base, draft, as_of
        self._requirements: dict[str, tuple] = {}
        self._attestation: tuple | None = None

    def requirement(self, point: str) -> tuple:
        found = self._requirements.get(point)
        if found is None:
            found = self._requirements[point] = (
                self._in_force(point, self.base),
                self._in_force(point, self.draft),
            )
        return found

    def _in_force(self, point: str, book: Lawbook):
        try:
            return qualification_rule.requirement_in_force(book, point, self.as_of)
        except LawGap as gap:
            return gap

    def attestation(self) -> tuple:
        if self._attestation is None:
            sides = []
            for book in (self.base, self.draft):
                try:
                    sides.append(attestation_rule.parameters_in_force(book, self.as_of))
                except LawGap as gap:
                    sides.append(gap)
            self._attestation = tuple(sides)
        return self._attestation


def _qualification(requirement, person: Person, experience: Experience) -> dict:
    outcome = qualification_rule.evaluate(
        requirement, education=person.education, experience=experience, trace=SILENT
    )
    return {"eligible": outcome.eligible, "categories": outcome.categories}


def _rank(category: str | None) -> int:
    return -1 if category is None else CATEGORY_RANK[category]


def qualification_kind(before: dict, after: dict, level: str | None) -> str:
    """How a result moved: gained or lost eligibility, or a category up or down (at the level
    of the position held; at the best of the two levels when the position names none)."""
    if before["eligible"] != after["eligible"]:
        return "gain" if after["eligible"] else "lose"
    if before["categories"] is None or after["categories"] is None:
        return "other"
    levels = [level] if level in ("high", "medium") else ["high", "medium"]
    was = max(_rank(before["categories"][lv]) for lv in levels)
    now = max(_rank(after["categories"][lv]) for lv in levels)
    if now == was:
        return "other"
    return "up" if now > was else "down"


def _attestation(params, facts, as_of: dt.date, calendar: KzCalendar) -> dict:
    outcome = attestation_rule.evaluate(params, facts, as_of=as_of, calendar=calendar, trace=SILENT)
    return {
        "test_passed": outcome.test_passed,
        "decision": outcome.decision,
        "resulting_category": outcome.resulting_category,
        "dismissal": outcome.dismissal,
    }


def attestation_kind(before: dict, after: dict) -> str:
    if before["test_passed"] != after["test_passed"]:
        return "gain" if after["test_passed"] else "lose"
    was, now = before["resulting_category"], after["resulting_category"]
    if was in CC_RANK and now in CC_RANK and was != now:
        return "up" if CC_RANK[now] > CC_RANK[was] else "down"
    return "other"


class _Remembered:
    """The calendar with its working-day sums remembered: every test finished on one day has the
    same appeal deadline, under both laws (a third of a test's evaluation otherwise)."""

    def __init__(self, calendar: KzCalendar):
        self._calendar = calendar
        self._sums: dict[tuple[dt.date, int], dt.date] = {}

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        key = (start, days)
        found = self._sums.get(key)
        if found is None:
            found = self._sums[key] = self._calendar.add_working_days(start, days)
        return found

    def __getattr__(self, name: str):
        return getattr(self._calendar, name)


def simulate(
    people: Iterable[Person],
    *,
    base: Lawbook,
    draft: Lawbook,
    as_of: dt.date,
    calendar: KzCalendar,
    progress: Callable[[int], None] | None = None,
    every: int = 5000,
) -> Outcome:
    """Each person under ``base`` and under ``draft`` on ``as_of``; ``progress(done)`` is called
    every ``every`` people. A requirement whose wording on the day is not in our sources (on
    either side) is counted in ``gaps`` by requirement, never guessed."""
    laws = _Laws(base, draft, as_of)
    calendar = _Remembered(calendar)
    result = Outcome()
    for person in people:
        result.people += 1
        if progress is not None and result.people % every == 0:
            progress(result.people)
        experience = None
        if person.requirement and person.requirement.startswith(REQUIREMENT_PREFIX):
            point = person.requirement[len(REQUIREMENT_PREFIX) :]
            before_law, after_law = laws.requirement(point)
            if isinstance(before_law, LawGap) or isinstance(after_law, LawGap):
                result.gaps[person.requirement] = result.gaps.get(person.requirement, 0) + 1
            elif before_law is not after_law:
                result.evaluated += 1
                experience = Experience(person.periods, as_of)
                before = _qualification(before_law, person, experience)
                after = _qualification(after_law, person, experience)
                if before != after:
                    kind = qualification_kind(before, after, person.qualification_level)
                    result.changes.append(Change(person.employee, person.requirement, before, after, kind))
        if person.attestation is not None:
            before_params, after_params = laws.attestation()
            if isinstance(before_params, LawGap) or isinstance(after_params, LawGap):
                result.gaps[ATTESTATION] = result.gaps.get(ATTESTATION, 0) + 1
            elif before_params is not after_params:
                result.evaluated += 1
                before = _attestation(before_params, person.attestation, as_of, calendar)
                after = _attestation(after_params, person.attestation, as_of, calendar)
                if before != after:
                    result.changes.append(
                        Change(person.employee, ATTESTATION, before, after, attestation_kind(before, after))
                    )
    if progress is not None:
        progress(result.people)
    return result
