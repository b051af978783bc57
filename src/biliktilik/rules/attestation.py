"""Attestation of labour-mobility-centre and career-centre employees (order-2024-422 as worded
by order-2025-271): thresholds (p.17), the assessment of professional activity (p.28-1,
Appendix 1-2), decisions (p.30), what follows a failed test (p.27, p.28) and the deadlines
(appeal p.21 in working days, assessment p.28-1 in calendar days).

Interpretations, stated in every result that uses them: score bounds are half-open intervals
(≥85; ≥70 and <85; <70); the category order none < career_consultant < case_manager < mentor;
a category applicant is decided on the Appendix 1-2 total; test points are proportional.
Legal gaps: a rating in (3.9, 4.0], or no rating, is covered by neither row of Appendix 1-2; a
violations figure that is not given is not "no violations" — in both cases every outcome is
evaluated; when they agree the decision is given, otherwise ``undetermined``. A specialist may
declare the category held: at the end of its term the attestation renews it (a mentor can only
renew); see docs/reading/.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biliktilik.lawbook.loader import Lawbook
from biliktilik.lawbook.schema import Attestation, DecisionBand, ScoreBand

from .calendar import KzCalendar, add_calendar_days, add_months
from .explain import LawGap, Trace

BASE_ACT = "order-2024-422"
RATING_GAP = "rating-between-3.9-and-4"
VIOLATIONS_GAP = "violations-not-given"


@dataclass(frozen=True, slots=True)
class AttestationFacts:
    attestee: str
    test_percent: float
    reattestation: bool = False
    current_category: str | None = None
    declared_category: str | None = None
    rating: float | None = None
    violations: int | None = None
    test_finished_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class AttestationOutcome:
    threshold_percent: float
    test_passed: bool
    activity_assessment: dict | None
    decision: str
    resulting_category: str | None
    dismissal: bool
    reattestation_due: dt.date | None
    appeal_until: dt.date
    activity_assessment_until: dt.date | None


def parameters_in_force(law: Lawbook, as_of: dt.date) -> Attestation:
    view = law.get(BASE_ACT)
    attestation = view.act.attestation if view else None
    if attestation is None:
        raise LawGap("unknown_act", "as_of", act=BASE_ACT)
    anchor = attestation.thresholds[0].source
    version = view.point_version(anchor.point, as_of)
    if version is None:
        raise LawGap("point_not_in_force", "as_of", point=anchor.point, date=as_of.isoformat())
    if version.wording_by != anchor.wording_by:
        raise LawGap(
            "wording_not_in_sources",
            "as_of",
            point=anchor.point,
            date=as_of.isoformat(),
            wording_by=version.wording_by or "original",
        )
    return attestation


def _in_band(value: float, band: ScoreBand) -> bool:
    if band.min is not None and (value < band.min or (value == band.min and not band.min_inclusive)):
        return False
    if band.max is not None and (value > band.max or (value == band.max and not band.max_inclusive)):
        return False
    return True


def _decision_band(bands: list[DecisionBand], attestee: str, score: float) -> DecisionBand:
    for band in bands:
        if (
            attestee in band.attestees
            and (band.min is None or score >= band.min)
            and (band.max is None or score < band.max)
        ):
            return band
    raise LawGap("no_decision_band", "test_percent", attestee=attestee, score=score)


def _decide(params: Attestation, attestee: str, score: float, score_kind: str, trace: Trace) -> DecisionBand:
    """The p.30 band a score falls in, recorded on the trace."""
    band = _decision_band(params.decisions, attestee, score)
    trace.add(
        "decision_band", band.source, decision=band.decision, score=score_kind, min=band.min, max=band.max
    )
    return band


class _Ladder:
    def __init__(self, params: Attestation):
        self.ranked = sorted(params.categories, key=lambda c: c.rank)
        self.rank = {c.id: c.rank for c in self.ranked}
        self.by_id = {c.id: c for c in self.ranked}

    def one_below(self, category: str) -> str:
        index = max(self.rank[category] - 1, 0)
        return self.ranked[index].id


def _rating_points(params: Attestation, rating: float | None, trace: Trace) -> tuple[float, ...]:
    """The points a rating gives; two values when the rating falls into the legal gap."""
    if rating is not None:
        for band in params.activity_assessment.rating:
            if _in_band(rating, band):
                trace.add("rating_points", band.source, rating=rating, points=band.points)
                return (band.points,)
    values = tuple(sorted({b.points for b in params.activity_assessment.rating}, reverse=True))
    trace.add(
        "gap_rating",
        params.activity_assessment.rating[0].source,
        gap=RATING_GAP,
        rating=rating,
        outcomes=list(values),
    )
    return values


def _violations_points(params: Attestation, violations: int | None, trace: Trace) -> tuple[float, ...]:
    """The points the violations give; every row's points when the figure is missing (a gap:
    "no violations recorded" is a fact the information system states, never a default)."""
    bands = params.activity_assessment.violations
    if violations is None:
        values = tuple(sorted({b.points for b in bands}, reverse=True))
        trace.add("gap_violations", bands[0].source, gap=VIOLATIONS_GAP, outcomes=list(values))
        return values
    for band in bands:
        if _in_band(violations, band):
            trace.add("violations_points", band.source, violations=violations, points=band.points)
            return (band.points,)
    raise LawGap("no_violations_band", "violations", violations=violations)


def _shown(points: float) -> float:
    """Points as reported: float noise removed, nothing a person could see rounded away."""
    return round(points, 6)


def _assess_applicant(params: Attestation, facts: AttestationFacts, ladder: _Ladder, trace: Trace):
    """Appendix 1-2 points and the p.30(2) decision; (assessment, decision, resulting category)."""
    maximum = params.activity_assessment.test_max_points
    # Bands are decided on the points as computed; rounding (to hide float noise only) must
    # never lift 84.9992 into the ≥85 band.
    test_points = facts.test_percent * maximum.value / 100
    trace.add(
        "test_points",
        maximum.source,
        percent=facts.test_percent,
        points=_shown(test_points),
        max_points=maximum.value,
    )
    rating_options = _rating_points(params, facts.rating, trace)
    violations_options = _violations_points(params, facts.violations, trace)
    outcomes = []
    for rating_points in rating_options:
        for violations_points in violations_options:
            total = test_points + rating_points + violations_points
            band = _decision_band(params.decisions, "category_applicant", total)
            outcomes.append((rating_points, violations_points, _shown(total), band))
    decisions = {band.decision for *_, band in outcomes}
    # A figure is known when the gap leaves it one value; the total only when both are known.
    rating_points = rating_options[0] if len(rating_options) == 1 else None
    violations_points = violations_options[0] if len(violations_options) == 1 else None
    if len(outcomes) > 1:
        trace.add(
            "gap_both_ways",
            outcomes=[
                {"rating_points": r, "violations_points": v, "total": t, "decision": b.decision}
                for r, v, t, b in outcomes
            ],
        )
    assessment = {
        "test_points": _shown(test_points),
        "rating_points": rating_points,
        "violations_points": violations_points,
        "total": outcomes[0][2] if len(outcomes) == 1 else None,
    }
    if len(decisions) > 1:
        trace.add("gap_undetermined")
        return assessment, "undetermined", None
    band = outcomes[0][3]
    if len(outcomes) > 1:
        trace.add("gap_same_decision", decision=band.decision)
    trace.add(
        "decision_band",
        band.source,
        decision=band.decision,
        score="assessment_total",
        min=band.min,
        max=band.max,
    )
    if band.decision == "meets_declared_category":
        resulting = facts.declared_category
        if facts.declared_category == facts.current_category:
            trace.add("renewal", band.source, attestation_category=resulting)
    elif band.decision == "meets_current_category":
        resulting = facts.current_category
    else:
        # "A category below the declared one": one level below it, but never above the category
        # held — a lower total must not give more than the 70-84 band ("meets the current one").
        below_declared = ladder.one_below(facts.declared_category)
        resulting = min(below_declared, facts.current_category, key=ladder.rank.__getitem__)
        trace.add("interpretation_lower_category", band.source, attestation_category=resulting)
    return assessment, band.decision, resulting


def _failed(params: Attestation, facts: AttestationFacts, ladder: _Ladder, finished: dt.date, trace: Trace):
    """p.27 (first failure) and p.28 (failure at re-attestation): (decision, category, dismissal, due)."""
    applicant = facts.attestee == "category_applicant"
    dismissal = False
    resulting = None
    due = None
    exception = None  # the point whose "except specialists holding …" spares this attestee
    for outcome in params.outcomes:
        if outcome.reattestation != facts.reattestation or facts.attestee not in outcome.attestees:
            continue
        if outcome.holding is not None and facts.current_category not in outcome.holding:
            if outcome.category_change == "one_below_current":
                exception = outcome.source
            continue
        if outcome.dismissal:
            dismissal = True
            trace.add("outcome_dismissal", outcome.source)
        if outcome.category_change == "one_below_current":
            resulting = ladder.one_below(facts.current_category)
            trace.add(
                "outcome_one_below_current",
                outcome.source,
                current=facts.current_category,
                attestation_category=resulting,
            )
        if outcome.reattestation_within_months:
            due = add_months(finished, outcome.reattestation_within_months)
            trace.add(
                "outcome_reattestation",
                outcome.source,
                months=outcome.reattestation_within_months,
                due=due.isoformat(),
            )
        if outcome.activity_assessment_admitted is False:
            trace.add("outcome_not_admitted_to_assessment", outcome.source)
    if applicant:
        if resulting is None and not dismissal:
            # the holder of "none" is the exception of the point that moves others one category
            # down (p.27(1): "except specialists holding 'no category'"), which the step cites
            resulting = facts.current_category
            trace.add("outcome_category_kept", exception, attestation_category=resulting)
        if dismissal:
            return "does_not_meet_position", None, True, due
        # A failed test is below 70, the "69 and below" row of p.30(2): a category below the
        # declared one — for a holder of "none" that category is "none" itself (p.27(1) keeps it).
        band = _decide(params, "category_applicant", facts.test_percent, "test_percent", trace)
        return band.decision, resulting, False, due
    band = _decide(params, facts.attestee, facts.test_percent, "test_percent", trace)
    return band.decision, None, dismissal, due


def evaluate(
    params: Attestation, facts: AttestationFacts, *, as_of: dt.date, calendar: KzCalendar, trace: Trace
) -> AttestationOutcome:
    ladder = _Ladder(params)
    finished = facts.test_finished_on or as_of
    threshold = next(t for t in params.thresholds if t.attestee == facts.attestee)
    passed = facts.test_percent >= threshold.percent
    trace.add(
        "threshold",
        threshold.source,
        attestee=facts.attestee,
        percent=threshold.percent,
        result=facts.test_percent,
        passed=passed,
    )
    appeal_until = calendar.add_working_days(finished, params.appeal.days)
    trace.add(
        "appeal_deadline",
        params.appeal.source,
        days=params.appeal.days,
        since=finished.isoformat(),
        until=appeal_until.isoformat(),
    )
    if trace.explain:
        trace.add("interpretation_half_open_bounds")
    assessment = None
    assessment_until = None
    if facts.attestee == "category_applicant":
        if trace.explain:
            trace.add(
                "interpretation_category_order",
                ladder.by_id["none"].source,
                order=[c.id for c in ladder.ranked],
            )
    if passed:
        if facts.attestee == "category_applicant":
            term = params.activity_assessment.term
            assessment_until = add_calendar_days(finished, term.days)
            trace.add("assessment_deadline", term.source, days=term.days, until=assessment_until.isoformat())
            assessment, decision, resulting = _assess_applicant(params, facts, ladder, trace)
        else:
            decision = _decide(params, facts.attestee, facts.test_percent, "test_percent", trace).decision
            resulting = None
        dismissal, due = False, None
    else:
        decision, resulting, dismissal, due = _failed(params, facts, ladder, finished, trace)
    trace.add("result", decision=decision, attestation_category=resulting, dismissal=dismissal)
    return AttestationOutcome(
        threshold_percent=threshold.percent,
        test_passed=passed,
        activity_assessment=assessment,
        decision=decision,
        resulting_category=resulting,
        dismissal=dismissal,
        reattestation_due=due,
        appeal_until=appeal_until,
        activity_assessment_until=assessment_until,
    )


def category_on_level_rise(
    law: Lawbook,
    *,
    category: str,
    valid_until: dt.date,
    level_then: str | None,
    level_now: str | None,
    on: dt.date,
    trace: Trace,
) -> str | None:
    """P.34: a career-centre category awarded at ``level_then`` (the qualification level of the
    position held on the day of the award), held on ``on`` at ``level_now``.

    ``"kept"``: the move is the one p.34 names and the category is one it keeps — until its term
    ends on ``valid_until``. ``"not_addressed"``: the move p.34 names, for a category it does not
    name (a case manager, a mentor) — the text is silent, so nothing is decided and the gap is
    shown. None: no such move (same level, a level not known, or p.34 not in our sources)."""
    params = parameters_in_force(law, on)
    rule = params.kept_on_level_rise
    if rule is None or (level_then, level_now) != (rule.from_level, rule.to_level):
        return None
    if category in rule.categories:
        trace.add(
            "level_rise_category_kept",
            rule.source,
            attestation_category=category,
            level_then=level_then,
            level_now=level_now,
            until=valid_until.isoformat(),
        )
        return "kept"
    trace.add(
        "level_rise_not_addressed",
        rule.source,
        attestation_category=category,
        kept=list(rule.categories),
        level_then=level_then,
        level_now=level_now,
    )
    return "not_addressed"
