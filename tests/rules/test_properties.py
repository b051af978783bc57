"""Properties the rules must keep for any record, checked on generated input (hypothesis).

- more experience never lowers a category (p.54, 57, 60, 69);
- a higher test score never worsens an attestation decision, everything else fixed;
- the explanation cites every point whose parameter was used;
- results are deterministic, and ``explain=False`` changes nothing but the explanation;
- at the edges (e): a missing figure never gives points, a renewal never gives more than the
  category held, the test's own day (not ``as_of``) starts the appeal and the re-attestation
  term, an ended period counts only its own days, management counts only where the text asks.
"""

from __future__ import annotations

import datetime as dt
import os
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
# Under `make mutation` each surviving mutant reruns these: fewer examples there keep a run in
# minutes (the full 150 run in `make test`).
EXAMPLES = 30 if "MUTANT_UNDER_TEST" in os.environ else 150
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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


# --- (e) the edges: missing figures, renewals, ended periods, management, the test's own day --
# The expected values below are read from the text, not from the rules' code: Appendix 1-2 of
# order-2024-422 (no violations → 10 points, any → 0), p.27(2) (re-attestation within twelve
# months of the test), p.9/12/12-3 of order-2017-360 (3 years in the social sectors, or 2 years
# in management positions in business or the quasi-public sector). Days are counted here as a set
# of calendar days — another way than the rules' merging of ranges.
SOCIAL_SECTORS = {"social_protection", "employment", "education", "healthcare"}
BUSINESS_SECTORS = {"business", "quasi_public"}
MANAGER_BRANCHES = ["order-2017-360/9", "order-2017-360/12", "order-2017-360/12-3"]


@st.composite
def applicant_edges(draw) -> dict:
    """A category applicant with what the other generator leaves out: a missing rating or
    violations figure, many violations, a renewal (declared = current) and a test that ended
    before the evaluation date."""
    as_of = draw(st.dates(dt.date(2025, 9, 30), dt.date(2027, 12, 31)))
    current = draw(st.integers(0, 3))
    declared = draw(st.integers(max(current, 1), 3))
    return {
        "as_of": as_of,
        "test_finished_on": draw(
            st.one_of(st.none(), st.integers(0, 90).map(lambda d: as_of - dt.timedelta(d)))
        ),
        "attestee": "category_applicant",
        "reattestation": draw(st.booleans()),
        "test_percent": draw(percents),
        "current_category": CC_CATEGORIES[current],
        "declared_category": CC_CATEGORIES[declared],
        "rating": draw(st.one_of(st.none(), st.sampled_from([3.9, 4.0, 4.01, 5]), ratings)),
        "violations": draw(st.one_of(st.none(), st.just(0), st.integers(1, 10_000))),
    }


@st.composite
def finished_before(draw) -> dict:
    """Any attestee whose test ended 1-120 days before the evaluation date."""
    data = draw(attestations())
    return data | {"test_finished_on": data["as_of"] - dt.timedelta(days=draw(st.integers(1, 120)))}


@st.composite
def manager_periods(draw) -> dict:
    """Periods around the two branches of p.9/12/12-3: long enough to matter (300-1500 days),
    in business, the quasi-public sector or a social one, in a management position or not, ended
    before or after the evaluation date or still open."""
    start = draw(st.dates(dt.date(2016, 1, 1), dt.date(2024, 12, 31)))
    length = draw(st.one_of(st.none(), st.integers(300, 1500)))
    return {
        "from": start,
        "to": None if length is None else start + dt.timedelta(days=length),
        "sector": draw(st.sampled_from(["business", "quasi_public", "social_protection", "employment"])),
        "management": draw(st.booleans()),
    }


def twelve_months_after(day: dt.date) -> dt.date:
    """The same day a year later; 29 February becomes 28 February (the last day of that month)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


@SETTINGS
@given(data=applicant_edges())
def test_a_missing_violations_figure_never_gives_the_ten_points(data):
    result = attest(data)
    assessment = result["activity_assessment"]
    if not result["test_passed"]:
        assert assessment is None
        return
    expected_points = {None: None, 0: 10}.get(data["violations"], 0)
    assert assessment["violations_points"] == expected_points
    if data["rating"] is None:
        assert assessment["rating_points"] is None
    if data["violations"] is None or data["rating"] is None:
        assert assessment["total"] is None
    if data["violations"] is None and result["decision"] != "undetermined":
        # A decision given without the figure must be the one both of its values give.
        assert {attest(data | {"violations": v})["decision"] for v in (0, 1)} == {result["decision"]}


@SETTINGS
@given(data=applicant_edges())
def test_a_renewal_never_gives_more_than_the_category_held(data):
    data = data | {"declared_category": data["current_category"]}
    assume(data["current_category"] != "none")  # "none" cannot be declared
    result = attest(data)
    held = CC_CATEGORIES.index(data["current_category"])
    if result["resulting_category"] is not None:
        assert CC_CATEGORIES.index(result["resulting_category"]) <= held
    if result["decision"] in ("meets_declared_category", "meets_current_category"):
        assert result["resulting_category"] == data["current_category"]


@SETTINGS
@given(data=st.one_of(finished_before(), applicant_edges()), other_day=st.integers(0, 200))
def test_the_re_attestation_term_and_the_appeal_run_from_the_test_not_from_as_of(data, other_day):
    finished = data.get("test_finished_on") or data["as_of"]
    result = attest(data)
    if result["reattestation_due"] is not None:
        assert result["reattestation_due"] == twelve_months_after(finished)
    assert result["deadlines"]["appeal_until"] > finished
    # Evaluated on another day (the same wording in force), nothing that counts from the test moves.
    later = attest(
        data | {"test_finished_on": finished, "as_of": data["as_of"] + dt.timedelta(days=other_day)}
    )
    assert later["reattestation_due"] == result["reattestation_due"]
    assert later["deadlines"] == result["deadlines"]


def counted_days(work: list, as_of: dt.date, sectors: set, management_only: bool) -> int:
    days = set()
    for p in work:
        if p["sector"] not in sectors or (management_only and not p["management"]):
            continue
        end = as_of if p["to"] is None else min(p["to"], as_of)
        days.update(range(p["from"].toordinal(), end.toordinal() + 1))
    return len(days)


@SETTINGS
@given(
    requirement=st.sampled_from(MANAGER_BRANCHES),
    education=educations,
    work=st.lists(st.one_of(periods(), manager_periods()), max_size=4),
)
def test_points_9_12_and_12_3_by_hand_management_and_ended_periods(requirement, education, work):
    educated = any(
        e["level"] in ("higher", "postgraduate")
        and e["field"] in ("social", "economic", "legal", "pedagogical")
        for e in education
    )
    social = counted_days(work, AS_OF, SOCIAL_SECTORS, management_only=False)
    managing = counted_days(work, AS_OF, BUSINESS_SECTORS, management_only=True)
    expected = educated and (social >= 3 * 365 or managing >= 2 * 365)
    assert qualify(requirement, education, work)["eligible"] is expected, (social, managing)


@SETTINGS
@given(
    requirement=st.sampled_from(LADDERS + MANAGERS),
    education=educations,
    work=st.lists(periods(), max_size=4),
    later=st.integers(1, 500),
)
def test_periods_ended_before_the_evaluation_date_count_only_their_own_days(
    requirement, education, work, later
):
    as_of = max([AS_OF, *(p["to"] for p in work if p["to"] is not None)])
    ended = [p | {"to": p["to"] or as_of} for p in work if p["from"] <= as_of]
    first = run.qualification(qualification_input(requirement, education, ended, as_of), law=LAW)
    again = run.qualification(
        qualification_input(requirement, education, ended, as_of + dt.timedelta(days=later)), law=LAW
    )
    assert (again["eligible"], again["categories"]) == (first["eligible"], first["categories"])


@SETTINGS
@given(requirement=st.sampled_from(LADDERS), education=educations, work=st.lists(periods(), max_size=4))
def test_the_management_flag_changes_nothing_in_the_specialists_ladders(requirement, education, work):
    """P.54, 57, 60 and 69 count time at a level and category; they do not ask for management."""
    flipped = [p | {"management": not p["management"]} for p in work]
    assert (
        qualify(requirement, education, work)["categories"]
        == qualify(requirement, education, flipped)["categories"]
    )
