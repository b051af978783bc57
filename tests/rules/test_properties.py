"""Properties the rules must keep for any record, checked on generated input (hypothesis).

- more experience never lowers a category (p.54, 57, 60, 69);
- a higher test score never worsens an attestation decision, everything else fixed;
- the explanation cites every point whose parameter was used;
- results are deterministic, and ``explain=False`` changes nothing but the explanation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from biliktilik.lawbook import loader
from biliktilik.rules import calendar as kzcal
from biliktilik.rules import run
from biliktilik.rules.inputs import AttestationIn, QualificationIn

ROOT = Path(__file__).resolve().parents[2]
LAW = loader.default()
CAL = kzcal.default(ROOT / "law" / "calendar" / "kz.yaml")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LADDERS = ["order-2017-360/54", "order-2017-360/57", "order-2017-360/60", "order-2017-360/69"]
MANAGERS = [
    "order-2017-360/9",
    "order-2017-360/12",
    "order-2017-360/12-3",
    "order-2017-360/15",
    "order-2017-360/18",
]
SECTORS = ["employment", "social_protection", "education", "healthcare", "business", "quasi_public", "other"]
CATEGORY_RANK = {None: -1, "none": 0, "second": 1, "first": 2, "higher": 3}
CC_CATEGORIES = ["none", "career_consultant", "case_manager", "mentor"]
AS_OF = dt.date(2025, 6, 1)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)


# --- strategies ----------------------------------------------------------------------------
@st.composite
def periods(draw) -> dict:
    start = draw(st.dates(FIRST_DAY, LAST_DAY))
    length = draw(st.one_of(st.none(), st.integers(0, 1500)))
    return {
        "from": start,
        "to": None if length is None else start + dt.timedelta(days=length),
        "sector": draw(st.sampled_from(SECTORS)),
        "qualification_level": draw(st.sampled_from(["high", "medium", None])),
        "category": draw(st.sampled_from(["higher", "first", "second", "none", None])),
        "management": draw(st.booleans()),
    }


educations = st.lists(
    st.fixed_dictionaries(
        {
            "level": st.sampled_from(["tvet", "applied_bachelor", "higher", "postgraduate"]),
            "field": st.sampled_from(["social", "economic", "legal", "pedagogical", "other"]),
        }
    ),
    max_size=3,
)


def qualification_input(
    requirement: str, education: list, work: list, as_of: dt.date = AS_OF
) -> QualificationIn:
    return QualificationIn.model_validate(
        {"requirement": requirement, "as_of": as_of, "education": education, "work": work}
    )


def qualify(requirement: str, education: list, work: list, **kwargs) -> dict:
    return run.qualification(qualification_input(requirement, education, work), law=LAW, **kwargs)


@st.composite
def attestations(draw, attestee=None) -> dict:
    attestee = attestee or draw(
        st.sampled_from(["new_employee", "category_applicant", "manager", "lmc_specialist", "cc_assistant"])
    )
    data = {
        "as_of": draw(st.dates(dt.date(2025, 9, 30), dt.date(2027, 12, 31))),
        "attestee": attestee,
        "reattestation": draw(st.booleans()),
        "test_percent": draw(percents),
    }
    if attestee == "category_applicant":
        current = draw(st.integers(0, 2))
        declared = draw(st.integers(current + 1, 3))
        data |= {
            "current_category": CC_CATEGORIES[current],
            "declared_category": CC_CATEGORIES[declared],
            "rating": draw(st.one_of(st.none(), st.sampled_from([3.9, 3.95, 4.0, 4.01]), ratings)),
            "violations": draw(st.integers(0, 3)),
        }
    return data


percents = st.one_of(
    st.sampled_from([0, 56, 69.99, 70, 74.9875, 75, 81.2375, 81.25, 84.99, 85, 87.5, 93.75, 100]),
    st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 3)),
)
ratings = st.floats(0, 5, allow_nan=False).map(lambda x: round(x, 2))


def attest(data: dict, **kwargs) -> dict:
    return run.attestation(AttestationIn.model_validate(data), law=LAW, calendar=CAL, **kwargs)


def cited(result: dict) -> set[tuple]:
    return {(c["act"], c["point"], c["subpoint"]) for c in result["citations"]}


# --- (a) more experience never lowers a category -------------------------------------------
def assert_not_lower(before: dict, after: dict) -> None:
    for level in ("high", "medium"):
        assert CATEGORY_RANK[after["categories"][level]] >= CATEGORY_RANK[before["categories"][level]], (
            level,
            before["categories"],
            after["categories"],
        )


@SETTINGS
@given(
    requirement=st.sampled_from(LADDERS),
    education=educations,
    work=st.lists(periods(), max_size=4),
    extra=periods(),
)
def test_adding_a_period_never_lowers_a_category(requirement, education, work, extra):
    assert_not_lower(qualify(requirement, education, work), qualify(requirement, education, [*work, extra]))


@SETTINGS
@given(
    requirement=st.sampled_from(LADDERS),
    education=educations,
    work=st.lists(periods(), min_size=1, max_size=4),
    which=st.integers(0, 3),
    earlier=st.integers(0, 800),
    later=st.one_of(st.none(), st.integers(0, 800)),
)
def test_extending_a_period_never_lowers_a_category(requirement, education, work, which, earlier, later):
    longer = [dict(p) for p in work]
    period = longer[which % len(longer)]
    period["from"] = max(period["from"] - dt.timedelta(days=earlier), FIRST_DAY)
    if period["to"] is not None:
        period["to"] = None if later is None else period["to"] + dt.timedelta(days=later)
    assert_not_lower(qualify(requirement, education, work), qualify(requirement, education, longer))


# --- (b) a higher test score never worsens a decision --------------------------------------
POSITION_ORDER = {"does_not_meet_position": 0, "meets_position": 1}
CATEGORY_ORDER = {
    "does_not_meet_position": 0,
    "meets_lower_category": 1,
    "meets_current_category": 2,
    "meets_declared_category": 3,
}


def decision_range(data: dict) -> tuple[int, int]:
    """The decision's rank; for ``undetermined``, the ranks of the two ways the rating gap allows."""
    order = CATEGORY_ORDER if data["attestee"] == "category_applicant" else POSITION_ORDER
    decision = attest(data)["decision"]
    if decision != "undetermined":
        return order[decision], order[decision]
    ways = [attest(data | {"rating": rating})["decision"] for rating in (0.0, 5.0)]
    assert ways[0] != ways[1], "undetermined although both ways of the rating gap agree"
    ranks = sorted(order[w] for w in ways)
    return ranks[0], ranks[1]


@SETTINGS
@given(data=attestations(), other=percents)
def test_a_higher_score_never_worsens_the_decision(data, other):
    low, high = sorted([data["test_percent"], other])
    worse = data | {"test_percent": low}
    better = data | {"test_percent": high}
    worse_range, better_range = decision_range(worse), decision_range(better)
    assert worse_range[0] <= better_range[0] and worse_range[1] <= better_range[1], (worse, better)
    if attest(better)["dismissal"]:
        assert attest(worse)["dismissal"]


@SETTINGS
@given(data=attestations(attestee="category_applicant"))
def test_a_decision_inside_the_rating_gap_is_given_only_when_both_ways_agree(data):
    assume(data["rating"] is None or 3.9 < data["rating"] <= 4.0)
    result = attest(data)
    ways = {attest(data | {"rating": rating})["decision"] for rating in (0.0, 5.0)}
    if result["decision"] == "undetermined":
        assert len(ways) == 2
        assert result["resulting_category"] is None
        assert result["activity_assessment"]["total"] is None
        assert result["activity_assessment"]["rating_points"] is None
    else:
        assert ways == {result["decision"]}


@SETTINGS
@given(data=attestations(attestee="category_applicant"), other=percents)
def test_one_level_up_a_higher_score_never_gives_a_lower_category(data, other):
    """With the declared category one level above the current one (the usual application)."""
    rank = CC_CATEGORIES.index(data["current_category"])
    assume(rank < 3)
    data = data | {"declared_category": CC_CATEGORIES[rank + 1], "rating": 4.5}
    low, high = sorted([data["test_percent"], other])
    worse, better = attest(data | {"test_percent": low}), attest(data | {"test_percent": high})
    position = {None: -1, **{c: i for i, c in enumerate(CC_CATEGORIES)}}
    assert position[better["resulting_category"]] >= position[worse["resulting_category"]]


# --- (c) the explanation cites every point whose parameter was used -------------------------
@SETTINGS
@given(
    requirement=st.sampled_from(LADDERS + MANAGERS),
    education=educations,
    work=st.lists(periods(), max_size=3),
)
def test_a_qualification_cites_its_point_and_each_evaluated_level(requirement, education, work):
    result = qualify(requirement, education, work)
    point = requirement.split("/")[1]
    citations = cited(result)
    assert ("order-2017-360", point, None) in citations
    assert all(c["wording_by"] == "order-2024-316" for c in result["citations"])
    if requirement in LADDERS:
        assert {("order-2017-360", point, level) for level in ("high", "medium")} <= citations
    else:
        assert result["categories"] is None


THRESHOLD_SUBPOINT = {
    "new_employee": "1",
    "category_applicant": "2",
    "manager": "3",
    "lmc_specialist": "4",
    "cc_assistant": "4",
}


@SETTINGS
@given(data=attestations())
def test_an_attestation_cites_every_point_it_used(data):
    result = attest(data)
    citations = cited(result)
    act = "order-2024-422"
    assert (act, "17", THRESHOLD_SUBPOINT[data["attestee"]]) in citations
    assert (act, "21", None) in citations
    if data["attestee"] == "category_applicant" and result["test_passed"]:
        assert result["activity_assessment"] is not None
        assert (act, "28-1", None) in citations
        assert {(act, "appendix-1-2", sub) for sub in ("1", "2", "3")} <= citations
        if result["decision"] != "undetermined":
            assert (act, "30", "2") in citations
    if not result["test_passed"]:
        failure_point = "28" if data["reattestation"] else "27"
        assert any(c[1] == failure_point for c in citations), citations
        assert result["activity_assessment"] is None
    assert all(c["wording_by"] == "order-2025-271" for c in result["citations"])


# --- (d) deterministic; explain=False drops only the explanation --------------------------
def assert_same_without_explanation(full: dict, again: dict, bare: dict) -> None:
    assert full == again
    assert bare["explanation"] == [] and bare["citations"] == []
    strip = {"explanation", "citations"}
    assert {k: v for k, v in full.items() if k not in strip} == {
        k: v for k, v in bare.items() if k not in strip
    }


@SETTINGS
@given(
    requirement=st.sampled_from(LADDERS + MANAGERS),
    education=educations,
    work=st.lists(periods(), max_size=4),
)
def test_qualification_is_deterministic_and_explain_false_changes_only_the_explanation(
    requirement, education, work
):
    full = qualify(requirement, education, work)
    assert full["explanation"] and full["citations"]
    assert_same_without_explanation(
        full, qualify(requirement, education, work), qualify(requirement, education, work, explain=False)
    )


@SETTINGS
@given(data=attestations())
def test_attestation_is_deterministic_and_explain_false_changes_only_the_explanation(data):
    full = attest(data)
    assert full["explanation"] and full["citations"]
    assert_same_without_explanation(full, attest(data), attest(data, explain=False))
