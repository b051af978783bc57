"""Legal scenarios a lawyer can read: ``scenarios/*.yaml`` run through the real rule engines.

Each case gives the contract's input, a subset of the contract's output (``expect``), the
points that justify it (``because``, each of which must appear in the result's citations) or
the error it must be refused with (``expect_error``). The lawbook and the calendar are the
real ones: nothing of our own is faked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from biliktilik.lawbook import loader
from biliktilik.rules import calendar as kzcal
from biliktilik.rules import run
from biliktilik.rules.explain import LawGap
from biliktilik.rules.inputs import AttestationIn, QualificationIn

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = Path(__file__).parent / "scenarios"
CITATION_KEYS = ("act", "point", "subpoint", "wording_by")


def _load(name: str) -> list[dict]:
    return yaml.safe_load((SCENARIOS / f"{name}.yaml").read_text(encoding="utf-8"))


QUALIFICATION = _load("qualification")
ATTESTATION = _load("attestation")
DEADLINES = _load("deadlines")
SCHEDULES = [c for c in DEADLINES if "procedure" in c["input"]]
ENTRY_INTO_FORCE = [c for c in DEADLINES if "act" in c["input"]]
PERIODS = [c for c in DEADLINES if "from" in c["input"]]


def _name(case: dict) -> str:
    """A case's id: its name, with "→" written "->". pytest escapes a non-ASCII id, and in a
    second collection in one process (mutmut's clean run after its first) it escaped the
    escape again, so the case could not be found by its id; an ASCII id stays the same."""
    return case["name"].replace("→", "->")


@pytest.fixture(scope="module")
def law():
    return loader.default()


@pytest.fixture(scope="module")
def cal() -> kzcal.KzCalendar:
    return kzcal.default(ROOT / "law" / "calendar" / "kz.yaml")


def normalised(value):
    """Dates as ISO strings, everything else as it is, recursively."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [normalised(v) for v in value]
    return value


def assert_subset(expected, actual, path: str = "") -> None:
    """Every value named in ``expected`` is in ``actual``; lists match item by item."""
    where = path or "result"
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected a mapping, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{where}: no {key!r} in {sorted(actual)}"
            assert_subset(value, actual[key], f"{path}.{key}" if path else key)
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), f"{where}: {actual!r}"
        for index, (item, got) in enumerate(zip(expected, actual, strict=True)):
            assert_subset(item, got, f"{where}[{index}]")
    elif isinstance(expected, bool) or expected is None:
        assert actual is expected, f"{where}: expected {expected!r}, got {actual!r}"
    elif isinstance(expected, (int, float)):
        assert not isinstance(actual, bool) and actual == pytest.approx(expected, abs=1e-6), (
            f"{where}: expected {expected!r}, got {actual!r}"
        )
    else:
        assert actual == expected, f"{where}: expected {expected!r}, got {actual!r}"


def citation_key(citation: dict) -> tuple:
    return tuple(None if citation.get(k) is None else str(citation[k]) for k in CITATION_KEYS)


def assert_cited(because: list[dict], citations: list[dict]) -> None:
    cited = {citation_key(c) for c in citations}
    for reason in because:
        assert citation_key(reason) in cited, f"{reason} is not among the citations {sorted(cited)}"


def assert_points_exist(law, because: list[dict]) -> None:
    """For results without citations: the points named as the reason must exist in the lawbook."""
    for reason in because:
        view = law.get(reason["act"])
        assert view is not None, reason
        point = view.points_by_id.get(str(reason["point"]))
        assert point is not None, reason
        if reason.get("wording_by"):
            assert any(v.wording_by == reason["wording_by"] for v in point.versions), reason


def check_refusal(case: dict, evaluate) -> None:
    error = case["expect_error"]
    if error["code"] == "validation_error":
        with pytest.raises(ValidationError) as caught:
            evaluate()
        locs = [".".join(str(part) for part in e["loc"]) for e in caught.value.errors()]
        assert error["field"] in locs, locs
        return
    with pytest.raises((LawGap, run.InputError)) as caught:
        evaluate()
    assert (caught.value.code, caught.value.field) == (error["code"], error["field"])
    if "params" in error:
        assert normalised(caught.value.params) == normalised(error["params"])


def check_case(case: dict, evaluate) -> None:
    if "expect_error" in case:
        check_refusal(case, evaluate)
        return
    result = normalised(evaluate())
    assert_subset(normalised(case["expect"]), result)
    assert_cited(case.get("because", []), result["citations"])
    if "explain" in case:
        assert_explained(case["explain"], result["explanation"])


def cited(citation: dict | None) -> str | None:
    """A step's point as the scenarios write it: "order-2017-360 p.54(high) by order-2024-316"."""
    if citation is None:
        return None
    sub = f"({citation['subpoint']})" if citation.get("subpoint") else ""
    by = f" by {citation['wording_by']}" if citation.get("wording_by") else ""
    return f"{citation['act']} p.{citation['point']}{sub}{by}"


def assert_explained(expected: list, explanation: list[dict]) -> None:
    """``explain``: the whole explanation, step by step — each step's code, every figure it shows
    (its params, exactly) and, where given as a third item, the point it rests on (or null), in
    order."""
    got = [[step["code"], step["params"], cited(step["citation"])] for step in explanation]
    shown = "\n".join(f"{code}: {params} — {point}" for code, params, point in got)
    want = normalised(expected)
    assert len(got) == len(want), shown
    for step, wanted in zip(got, want, strict=True):
        assert step[: len(wanted)] == wanted, shown


@pytest.mark.parametrize("case", QUALIFICATION, ids=_name)
def test_qualification(law, case):
    check_case(case, lambda: run.qualification(QualificationIn.model_validate(case["input"]), law=law))
    if "expect" in case and case["expect"].get("categories") is not None:
        # a ladder's result: a category per qualification level, both named (null where not open)
        result = run.qualification(QualificationIn.model_validate(case["input"]), law=law)
        assert set(result["categories"]) == {"high", "medium"}


@pytest.mark.parametrize("case", ATTESTATION, ids=_name)
def test_attestation(law, cal, case):
    check_case(
        case,
        lambda: run.attestation(AttestationIn.model_validate(case["input"]), law=law, calendar=cal),
    )


@pytest.mark.parametrize("case", SCHEDULES, ids=_name)
def test_schedule(law, cal, case):
    data = case["input"]
    check_case(case, lambda: run.schedule(data["procedure"], data["start"], law=law, calendar=cal))


@pytest.mark.parametrize("case", ENTRY_INTO_FORCE, ids=_name)
def test_entry_into_force(law, case):
    view = law.get(case["input"]["act"])
    result = {
        "effective_from": view.effective_from,
        "estimated": view.effective_estimated,
        "repealed_from": view.repealed_from,
    }
    assert_subset(normalised(case["expect"]), normalised(result))
    assert_points_exist(law, case.get("because", []))


@pytest.mark.parametrize("case", PERIODS, ids=_name)
def test_period(law, cal, case):
    data = case["input"]
    if "working_days" in data:
        result = cal.add_working_days(data["from"], data["working_days"])
    elif "calendar_days" in data:
        result = kzcal.add_calendar_days(data["from"], data["calendar_days"])
    else:
        result = kzcal.add_months(data["from"], data["months"])
    assert result == case["expect"]
    assert_points_exist(law, case.get("because", []))


def test_every_case_is_named_once_and_has_a_reason_or_an_error():
    cases = QUALIFICATION + ATTESTATION + DEADLINES
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    assert len(SCHEDULES) + len(ENTRY_INTO_FORCE) + len(PERIODS) == len(DEADLINES)
    for case in QUALIFICATION + ATTESTATION + SCHEDULES:
        assert case.get("because") or case.get("expect_error"), case["name"]
        assert ("expect" in case) != ("expect_error" in case), case["name"]
