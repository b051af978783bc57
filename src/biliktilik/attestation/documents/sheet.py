"""The attestation sheet of one attestee: who, the list entry (p.9), admission (p.14), the test
(p.17), the appeal (p.21), the assessment (p.28-1, Appendix 1-2) and the decision (p.30)."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from biliktilik import vocabulary

from .. import selectors, services_decisions, services_testing
from ..errors import Conflict
from ..models import Attestee
from ..wording import (
    citations_text,
    date_text,
    moment_text,
    number_text,
    organization_name,
    percent_text,
    person_name,
    position_title,
    steps,
    user_name,
    yes_text,
)
from .common import appendix_1_note, footer, render, section


def _who(entry: Attestee, language: str) -> dict:
    employee, campaign = entry.employee, entry.campaign
    rows = [(_("Full name"), person_name(employee, language))]
    if language != "kk" and person_name(employee, "kk") != rows[0][1]:
        rows.append((_("Full name in Kazakh"), person_name(employee, "kk")))
    rows += [
        (_("Position"), position_title(employee, campaign.testing_from)),
        (_("Organization"), organization_name(employee.organization, language)),
    ]
    return section(_("Attestee"), rows)


def _list_entry(entry: Attestee, language: str) -> dict:
    campaign = entry.campaign
    window = _("from %(start)s to %(end)s") % {
        "start": date_text(campaign.testing_from),
        "end": date_text(campaign.testing_to),
    }
    rows = [
        (_("Campaign"), campaign.title),
        (_("Organization running it"), organization_name(campaign.organization, language)),
        (_("Testing window"), window),
        (_("Kind of attestee"), vocabulary.label("attestee", entry.attestee, language)),
        (_("Attestation"), _("re-attestation") if entry.reattestation else _("first attestation")),
        (_("Category held"), vocabulary.label("attestation_category", entry.current_category, language)),
    ]
    if entry.attestee == "category_applicant":
        declared = vocabulary.label("attestation_category", entry.declared_category, language)
        rows.append((_("Declared category"), declared))
    rows.append((_("Learning plan, hours"), str(entry.learning_plan_hours)))
    return section(_("The list of attestees (p.9)"), rows)


def _admission(entry: Attestee, language: str) -> dict:
    shown = selectors.rendered(entry.admission, language)
    rows = [
        (_("Admitted to testing"), yes_text(entry.admitted)),
        (_("Grounds"), citations_text(shown["citations"], language)),
    ]
    return section(_("Admission to testing (p.14)"), rows, lines=steps(shown["explanation"], language))


def _test(entry: Attestee, language: str) -> dict:
    attempt = getattr(entry, "attempt", None)
    heading = _("Testing (p.17)")
    if attempt is None or attempt.status == "in_progress":
        status = vocabulary.label("attempt_status", attempt.status, language) if attempt else _("not taken")
        return section(heading, [(_("Test"), status)])
    result = services_testing.result_of(attempt)
    rows = [
        (_("Test"), vocabulary.label("attempt_status", attempt.status, language)),
        (_("Finished"), moment_text(attempt.finished_at)),
        (_("Questions answered right"), f"{attempt.score} / {attempt.drawn.count()}"),
        (_("Result"), percent_text(attempt.percent)),
        (_("Threshold on the testing date"), percent_text(result["threshold_percent"])),
        (_("Threshold reached"), yes_text(result["test_passed"])),
        (_("Appeal until (p.21)"), date_text(result["appeal_until"])),
    ]
    return section(heading, rows)


def _appeal(entry: Attestee, language: str) -> dict | None:
    appeal = getattr(getattr(entry, "attempt", None), "appeal", None)
    if appeal is None:
        return None
    rows = [
        (_("Filed"), moment_text(appeal.filed_at)),
        (_("Status"), vocabulary.label("appeal_status", appeal.status, language)),
        (_("Result before the review"), percent_text(appeal.percent_before)),
        (_("Result after the review"), percent_text(appeal.percent_after)),
        (_("Reviewed"), f"{moment_text(appeal.reviewed_at)}, {user_name(appeal.reviewed_by, language)}"),
    ]
    verdicts = {True: _("upheld"), False: _("not upheld"), None: _("under review")}
    header = [_("Question"), _("Justification"), _("Outcome"), _("Commission's comment")]
    items = [
        [str(i.question.position), i.justification, verdicts[i.upheld], i.comment or "—"]
        for i in appeal.items.select_related("question").order_by("question__position")
    ]
    table = {"widths": [1, 5, 2, 4], "header": header, "rows": items}
    return section(_("Appeal (p.21)"), rows if appeal.status == "reviewed" else rows[:2], table=table)


def _outcome(entry: Attestee, language: str) -> dict | None:
    """The decision the commission confirmed, else the one the rules form now; None before the test."""
    try:
        return services_decisions.decision_for(entry, language=language)
    except Conflict:
        return None


def _assessment(entry: Attestee, outcome: dict | None, language: str) -> dict | None:
    if entry.attestee != "category_applicant":
        return None
    heading = _("Assessment of professional activity (p.28-1, Appendix 1-2)")
    assessment = getattr(entry, "assessment", None)
    points = (outcome or {}).get("activity_assessment") or {}
    gap = _("not given: a gap, never counted as 0")
    due = date_text(services_decisions.assessment_due(entry.campaign))
    if assessment is None:
        return section(heading, [(_("Assessed by"), _("not yet assessed")), (_("Due by"), due)])

    def point(key):
        return number_text(points.get(key)) if points.get(key) is not None else gap

    rating = number_text(assessment.rating) if assessment.rating is not None else gap
    violations = str(assessment.violations) if assessment.violations is not None else gap
    by = f"{user_name(assessment.assessed_by, language)}, {moment_text(assessment.assessed_at)}"
    rows = [
        (_("Due by"), due),
        (_("Test points (set automatically)"), point("test_points")),
        (_("Service recipients' rating, last 12 months"), rating),
        (_("Rating points"), point("rating_points")),
        (_("Violations recorded in the information system, last 12 months"), violations),
        (_("Violations points"), point("violations_points")),
        (_("Total points"), point("total")),
        (_("Expert commission's column"), assessment.commission_note or "—"),
        (_("Assessed by"), by),
    ]
    return section(heading, rows)


def _decision(entry: Attestee, outcome: dict | None, language: str) -> dict:
    heading = _("Decision (p.30)")
    if outcome is None:
        return section(heading, [(_("Decision"), _("pending: the test is not finished"))])
    confirmed = getattr(entry, "decision", None)
    resulting = vocabulary.label("attestation_category", outcome["resulting_category"], language)
    rows = [
        (_("Decision"), vocabulary.label("decision", outcome["decision"], language)),
        (_("Resulting category"), resulting),
        (_("Re-attestation due by"), date_text(outcome["reattestation_due"])),
        (_("Dismissal"), yes_text(bool(outcome["dismissal"]))),
        (_("Grounds"), citations_text(outcome["citations"], language)),
    ]
    if confirmed is None:
        rows.append(
            (_("Confirmed"), _("not yet: formed by the rules, awaiting the commission's confirmation"))
        )
    else:
        by = f"{user_name(confirmed.confirmed_by, language)}, {moment_text(confirmed.confirmed_at)}"
        rows.append((_("Confirmed"), by))
        if confirmed.award is not None:
            award = confirmed.award
            term = _("%(category)s, valid until %(date)s") % {
                "category": vocabulary.label("attestation_category", award.category, language),
                "date": date_text(award.valid_until),
            }
            rows.append((_("Category assigned"), term))
    return section(heading, rows, lines=steps(outcome["explanation"], language))


def sheet_data(entry: Attestee, *, language: str) -> dict:
    """What the attestation sheet says, in ``language``."""
    with translation.override(language):
        outcome = _outcome(entry, language)
        sections = [
            _who(entry, language),
            _list_entry(entry, language),
            _admission(entry, language),
            _test(entry, language),
            _appeal(entry, language),
            _assessment(entry, outcome, language),
            _decision(entry, outcome, language),
        ]
        return {
            "lang": language,
            "landscape": False,
            "title": _("Attestation sheet"),
            "subtitle": entry.campaign.title,
            "note": appendix_1_note(),
            "sections": [s for s in sections if s is not None],
            "footer": footer(),
        }


def attestation_sheet(entry: Attestee, *, language: str) -> bytes:
    return render(sheet_data(entry, language=language))
