"""The case's letters and the commission's protocol, one language per document: the protocol of
the commission's evaluation (Evaluation and its votes, as the evaluation left them), the
notification of the decision (items 6-8 of paragraph 7.a), the refusal to accept the
application (documents incomplete or expired, item 7.a.1) and the motivated refusal.

Each builder answers None when the case has no such document yet (no evaluation, no decision, not
refused in that way); the pages and the API say so instead of drawing an empty paper."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from biliktilik import vocabulary

from ..models import Case, Evaluation
from .common import date_text, footer, organization_name, render, signed, user_name

DOCUMENTS = ("protocol", "notification", "refusal")


def _evaluation(case: Case) -> Evaluation | None:
    try:
        return case.evaluation
    except Evaluation.DoesNotExist:
        return None


def _applicant_rows(case: Case) -> list[tuple[str, str]]:
    return [
        (
            _("Case"),
            _("No. %(number)s of %(day)s") % {"number": case.number, "day": date_text(case.registered_on)},
        ),
        (_("Applicant"), case.applicant_name),
        (_("Citizenship"), case.applicant_citizenship),
        (_("Occupation claimed"), case.applicant_occupation),
    ]


def _letter(case: Case, language: str, *, title: str, subtitle: str, rows, lines=(), table=None) -> dict:
    return {
        "lang": language,
        "provider": organization_name(case.organization, language),
        "title": title,
        "subtitle": subtitle,
        "rows": [list(row) for row in rows],
        "lines": list(lines),
        "table": table,
        "footer": footer(),
    }


def decision_of(case: Case) -> str | None:
    """The provider's decision on the case: ``issue`` (completed, or the management's decision
    step done on an evaluation recommending it), ``refuse`` (a motivated refusal), or None."""
    if case.status == "completed":
        return "issue"
    if case.ending == "motivated_refusal":
        return "refuse"
    evaluation = _evaluation(case)
    steps = list(case.steps.order_by("number"))
    secretary = [s.number for s in steps if s.actor == "commission_secretary"]
    deciding = [s for s in steps if s.actor == "management" and secretary and s.number > secretary[0]]
    if evaluation and evaluation.recommendation == "issue" and deciding and deciding[0].done_on:
        return "issue"
    return None


def _explanation_lines(explanation, language: str) -> list[str]:
    """The rules' explanation as the evaluation stored it (``services_evaluation``): its steps
    in each language under ``explanation``, or a law gap's sentence under ``text``."""
    if not isinstance(explanation, dict):
        return []
    if isinstance(explanation.get("text"), dict):
        gap = explanation["text"].get(language) or explanation["text"].get("kk")
        return [str(gap)] if gap else []
    steps = explanation.get("explanation") or {}
    if isinstance(steps, dict):
        steps = steps.get(language) or steps.get("kk") or []
    return [str(i.get("text", "")) for i in steps if isinstance(i, dict) and i.get("text")]


def _protocol(case: Case, language: str) -> dict | None:
    evaluation = _evaluation(case)
    if evaluation is None:
        return None
    subtitle = _("No. %(number)s of %(day)s") % {
        "number": evaluation.protocol_number or "—",
        "day": date_text(evaluation.protocol_on),
    }
    rows = [
        *_applicant_rows(case),
        (_("Qualification requirement"), evaluation.requirement or _("not in our sources")),
        (_("Commission's reasoning"), evaluation.reasoning or "—"),
        (
            _("Recommendation"),
            vocabulary.label("case_recommendation", evaluation.recommendation or None, language),
        ),
    ]
    lines = _explanation_lines(evaluation.explanation, language)
    if lines:
        lines.insert(0, _("The rules' explanation, as it stood at the evaluation:"))
    votes = [
        [user_name(v.member), vocabulary.label("case_recommendation", v.vote, language), v.comment or "—"]
        for v in evaluation.votes.select_related("member")
    ]
    table = None
    if votes:
        header = [_("Member"), _("Vote"), _("Comment")]
        table = {"heading": _("Votes"), "widths": [3, 2, 5], "header": header, "rows": votes}
    title = _("Protocol of the commission's evaluation")
    return _letter(case, language, title=title, subtitle=subtitle, rows=rows, lines=lines, table=table)


def _notification(case: Case, language: str) -> dict | None:
    decision = decision_of(case)
    if decision is None:
        return None
    rows = _applicant_rows(case)
    if decision == "issue":
        lines = [
            _("The service provider has decided to issue you the certificate of qualification compliance.")
        ]
    else:
        lines = [
            _("The service provider has refused to issue you the certificate, on these grounds:"),
            case.ending_reason,
        ]
        if case.ended_on:
            rows.append((_("Date of the decision"), date_text(case.ended_on)))
    title = _("Notification of the decision taken")
    return _letter(case, language, title=title, subtitle=case.number, rows=rows, lines=lines)


def _refusal(case: Case, language: str) -> dict | None:
    if case.ending == "refused_to_accept":
        title = _("Refusal to accept the application")
        lead = _("The application is not accepted: the documents submitted are incomplete or expired.")
    elif case.ending == "motivated_refusal":
        title = _("Motivated refusal to issue the certificate")
        lead = _("The certificate is refused, on the commission's protocol, on these grounds:")
    else:
        return None
    rows = [*_applicant_rows(case), (_("Date of the decision"), date_text(case.ended_on))]
    evaluation = _evaluation(case)
    if case.ending == "motivated_refusal" and evaluation and evaluation.protocol_number:
        protocol = _("No. %(number)s of %(day)s") % {
            "number": evaluation.protocol_number,
            "day": date_text(evaluation.protocol_on),
        }
        rows.append((_("Commission's protocol"), protocol))
    return _letter(
        case, language, title=title, subtitle=case.number, rows=rows, lines=[lead, case.ending_reason]
    )


BUILDERS = {"protocol": _protocol, "notification": _notification, "refusal": _refusal}


def letter_pdf(case: Case, document: str, *, language: str) -> bytes | None:
    """The document ``document`` (one of DOCUMENTS) of ``case`` in ``language``, signed; None when
    the case has no such document."""
    with translation.override(language):
        data = BUILDERS[document](case, language)
        if data is None:
            return None
        return signed(render("letter.typ", data), reason=f"{data['title']} {case.number}")
