"""Text of every explanation step and law-gap error, per language, from its stable code.

Each code has one English message, translated in the project's catalogues (``locale/``) like
every other interface text; ``Nn_`` marks the messages that show a count and take the
language's plural forms. Placeholders are named (``str.format``). A parameter that carries a
code of the vocabulary (``biliktilik.vocabulary``) is shown by the code's label, chosen by the
parameter's name (``PARAMETER_DOMAINS``); dates are shown as dd.mm.yyyy and an act by its
number and date. A test checks that every code a rule can emit has a message.
"""

from __future__ import annotations

import re

from biliktilik import vocabulary as v
from biliktilik.lawbook.citations import ACT_ID, act_label, wording_label
from biliktilik.vocabulary import N_, Nn_, translate, translate_plural

MESSAGES: dict[str, str | tuple[str, str]] = {
    # --- qualification ---------------------------------------------------------------------
    "requirement_wording": N_("Point {point} applies as worded on {date} ({wording_by})."),
    "interpretation_experience_counting": N_(
        "Interpretation: experience is counted in calendar days, overlapping periods once, an open "
        "period up to the evaluation date, 1 year = {days_per_year} days; experience in a category "
        "includes time in a higher category."
    ),
    "education_met": N_(
        "Education requirement met: {education_level} ({education_field}); required: {levels}, "
        "field: {fields}."
    ),
    "education_not_met": N_("Education requirement not met: required {levels}, field: {fields}."),
    "education_level_mismatch": N_(
        "The point names only {levels}; the education held ({held}) does not open this level — the "
        "mismatch is flagged, not guessed around."
    ),
    "level_not_open": N_("No category is determined at the {qualification_level}."),
    "step_met_without_experience": N_("{qualification_level}: the {category} requires no experience."),
    "step_met": N_(
        "{qualification_level}: the {category} needs at least {years} years in the {as_category} "
        "({needed_days} days); {days} days counted — met."
    ),
    "step_not_met": N_(
        "{qualification_level}: the {category} needs at least {years} years in the {as_category} "
        "({needed_days} days); {days} days counted — not met."
    ),
    "level_result": N_("Result at the {qualification_level}: {category}."),
    "periods_without_level_not_counted": Nn_(
        "{count} period without a qualification level was not counted towards a level.",
        "{count} periods without a qualification level were not counted towards a level.",
    ),
    "experience_branch_met": N_(
        "Experience requirement met: at least {years} years ({needed_days} days), sectors: {sectors}, "
        "in management positions: {management}; {days} days counted."
    ),
    "experience_branch_not_met": N_(
        "Experience requirement not met: at least {years} years ({needed_days} days), sectors: "
        "{sectors}, in management positions: {management}; {days} days counted."
    ),
    "gap_experience_outside_named_sectors": N_(
        "Legal gap: experience outside the named systems was not counted; whether it is of the "
        "“corresponding profile” is for a person to decide."
    ),
    "manager_result": N_("Result: meets the requirements — {eligible}."),
    # --- attestation -----------------------------------------------------------------------
    "threshold": N_("Threshold for the {attestee}: {percent}%; result {result}% — test passed: {passed}."),
    "appeal_deadline": N_("An appeal may be filed within {days} working days after {since}, until {until}."),
    "interpretation_half_open_bounds": N_(
        "Interpretation: score bounds are read as half-open intervals (≥85; ≥70 and <85; <70)."
    ),
    "interpretation_category_order": N_(
        "Interpretation: the order of the categories is {order} — our reading of points 28 and 34."
    ),
    "assessment_deadline": N_(
        "The assessment of professional activity takes place within {days} calendar days after the "
        "testing stage, until {until}."
    ),
    "test_points": N_(
        "Test: {percent}% → {points} points (100% = {max_points} points, proportionally — interpretation)."
    ),
    "rating_points": N_("Service-recipient rating {rating} → {points} points."),
    "gap_rating": N_(
        "Legal gap: the service-recipient rating ({rating}) falls under neither row of Appendix 1-2; "
        "both outcomes are evaluated: {outcomes} points."
    ),
    "violations_points": N_("Violations recorded: {violations} → {points} points."),
    "gap_violations": N_(
        "Legal gap: the number of violations recorded in the information system is not given; it is "
        "not taken as none: both outcomes are evaluated: {outcomes} points."
    ),
    "renewal": N_(
        "The declared category is the one held ({attestation_category}): the attestation renews it "
        "for a new term."
    ),
    "gap_both_ways": N_(
        "The gap evaluated every way; rating points → violations points → total → decision: {outcomes}."
    ),
    "gap_same_decision": N_(
        "Both ways give the same decision ({decision}), so it is given; the exact score stays open."
    ),
    "gap_undetermined": N_("The two ways give different decisions: the result is undetermined."),
    "decision_band": N_("Decision: {decision} ({score} from {min} to {max})."),
    "interpretation_lower_category": N_(
        "Interpretation: “a category below the declared one” is one level below it, but not above the "
        "category held: {attestation_category}."
    ),
    "outcome_dismissal": N_("Consequence: dismissal."),
    "outcome_one_below_current": N_(
        "Consequence: the category one level below the one held ({current}) — {attestation_category}."
    ),
    "outcome_reattestation": N_("Consequence: re-attestation within {months} months, by {due}."),
    "outcome_not_admitted_to_assessment": N_(
        "Consequence: not admitted to the assessment of professional activity."
    ),
    "outcome_category_kept": N_(
        "Lowering does not apply to a specialist without a category: {attestation_category} is kept."
    ),
    "result": N_("Outcome: {decision}; category: {attestation_category}; dismissal: {dismissal}."),
    # --- a category on a move to a higher qualification level (p.34) --------------------------
    "level_rise_category_kept": N_(
        "Qualification level: {level_then} → {level_now}. The category “{attestation_category}” is kept "
        "until its term ends on {until}."
    ),
    "level_rise_not_addressed": N_(
        "Qualification level: {level_then} → {level_now}. On such a move the rules keep only {kept}; they "
        "do not say what happens to “{attestation_category}”: the category stays as the registry records "
        "it, nothing is decided here."
    ),
    # --- admission to testing (p.14) ---------------------------------------------------------
    "interpretation_platform_courses": N_(
        "Interpretation: the registry's training records are the courses taken on the Platform; a "
        "course counts if it was completed before the testing window opens on {date}."
    ),
    "admission_profile": N_(
        "Only courses in the profile of the declared category ({attestation_category}) count: {counted} "
        "of the {total} courses completed before the window."
    ),
    "admission_hours": N_(
        "Courses completed before {date}: {hours} hours; the individual learning plan sets {plan} hours "
        "— admitted to testing: {met}."
    ),
    # --- entry into force ------------------------------------------------------------------
    "period_runs": N_(
        "The publication day ({publication}) is not counted; the {days} calendar days run from {first} "
        "to {last}."
    ),
    "in_force_from": N_("In force from {date}."),
    "published": N_("{act} was first officially published on {date}."),
    "publication_estimated": N_(
        "The publication date is not in our sources: the date above is an estimate, and so is every "
        "date counted from it."
    ),
    "entry_into_force_fixed": N_("{act} enters into force on the date it names, {date}."),
    "entry_into_force_unknown": N_("The entry into force of {act} is not in our sources."),
    # --- register of positions -------------------------------------------------------------
    "register_link": N_(
        "An “other sectors” specialist at the {qualification_level}: link {link} of the register."
    ),
    "register_level": Nn_(
        "The {category} → level {level}; this cell holds {count} position.",
        "The {category} → level {level}; this cell holds {count} positions.",
    ),
    "register_match": N_(
        "The title “{title}” matches register position {id} (similarity {score}): block {block}, link "
        "{link}, level {level}; reconstructed: {inferred}."
    ),
    "register_ambiguous": N_(
        "Note: the title “{title}” fits several positions equally well ({ids}); please choose one."
    ),
    "register_no_match": N_("The title “{title}” was not found in the register."),
    # --- procedures ------------------------------------------------------------------------
    "regulation_in_force": N_("The regulation was in force on {date}."),
    "regulation_not_in_force": N_(
        "The regulation was not in force on {date}: the terms are computed for reference only."
    ),
    "step_due": N_("Step {number} ({actor}): {days} {kind} — due {due}."),
    # --- law gaps that stop an evaluation ----------------------------------------------------
    "wording_not_in_sources": N_(
        "The wording of point {point} in force on {date} ({wording_by}) is not in our sources: no "
        "answer can be given."
    ),
    "point_not_in_force": N_("Point {point} was not yet in force on {date}."),
    "unknown_requirement": N_("Unknown requirement: {requirement}."),
    "unknown_procedure": N_("Unknown procedure: {procedure}."),
    "declared_below_current": N_(
        "The declared category ({declared}) is below the one held ({current}); declaring the "
        "category held renews it."
    ),
    "no_decision_band": N_("The law data has no decision row for the {attestee} at a score of {score}."),
    "no_violations_band": N_("The law data has no row for {violations} violations."),
    "unknown_register_grade": N_(
        "The register has no cell for the {qualification_level} and the {category}."
    ),
    "unknown_act": N_("The act {act} is not loaded."),
}

# The vocabulary domain of a parameter, by its name (a list parameter: of each of its items).
PARAMETER_DOMAINS: dict[str, v.Domain] = {
    "education_level": v.EDUCATION_LEVEL,
    "levels": v.EDUCATION_LEVEL,
    "held": v.EDUCATION_LEVEL,
    "education_field": v.EDUCATION_FIELD,
    "fields": v.EDUCATION_FIELD,
    "qualification_level": v.QUALIFICATION_LEVEL,
    "category": v.CATEGORY,
    "as_category": v.CATEGORY,
    "attestation_category": v.ATTESTATION_CATEGORY,
    "kept": v.ATTESTATION_CATEGORY,
    "level_then": v.QUALIFICATION_LEVEL,
    "level_now": v.QUALIFICATION_LEVEL,
    "current": v.ATTESTATION_CATEGORY,
    "declared": v.ATTESTATION_CATEGORY,
    "order": v.ATTESTATION_CATEGORY,
    "sectors": v.SECTOR,
    "attestee": v.ATTESTEE,
    "decision": v.DECISION,
    "score": v.SCORE,
    "actor": v.ACTOR,
    "kind": v.TERM_KIND,
}
# What an empty value means, by parameter name (otherwise a dash).
EMPTY_MEANS = {
    "fields": N_("any field"),
    "sectors": N_("any sector"),
    "category": N_("not determined"),
    "attestation_category": N_("not determined"),
    "rating": N_("none given"),
    "wording_by": N_("the original wording"),
}
WORDS = {True: N_("yes"), False: N_("no")}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _value(name: str, value, language: str) -> str:
    if value is None or value == []:
        return translate(EMPTY_MEANS[name], language) if name in EMPTY_MEANS else "—"
    if isinstance(value, bool):
        return translate(WORDS[value], language)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(name, item, language) for item in value)
    if isinstance(value, dict):
        return " → ".join(_value(key, item, language) for key, item in value.items())
    if isinstance(value, str):
        if name in PARAMETER_DOMAINS:
            return PARAMETER_DOMAINS[name].label(value, language)
        if name in ("act", "wording_by") and ACT_ID.match(value):
            # An act by its number and date, never its id (ids stay in the API's fields and URLs).
            return (wording_label if name == "wording_by" else act_label)(value, language)
        if match := _ISO_DATE.match(value):
            year, month, day = match.groups()
            return f"{day}.{month}.{year}"
    return str(value)


def text(code: str, params: dict, language: str) -> str:
    message = MESSAGES.get(code)
    if message is None:
        return code
    if isinstance(message, tuple):
        template = translate_plural(*message, int(params["count"]), language)
    else:
        template = translate(message, language)
    return template.format(**{name: _value(name, value, language) for name, value in params.items()})
