"""E-mail to the attestee (issue 8, item 10): put on a campaign's list (admitted with the testing
window, or refused with the reason), the test's result with the appeal deadline (when the attempt
finishes, submitted or expired), and the decision once confirmed.

Each builder is called inside the service's own transaction and queues its message with
``jobs.mail.email_after_commit``: a refused or rolled-back write sends nothing, a committed one
loses nothing. An employee without an e-mail address gets nothing, and nothing fails.

The language: the one the attestee last took a test in on the Platform (they chose it), else
Kazakh, the default. The registry's Russian names say nothing of the language a person reads.
"""

from __future__ import annotations

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from biliktilik import vocabulary
from biliktilik.jobs.mail import email_after_commit

from . import selectors
from .models import Attempt, Attestee, Decision
from .wording import date_text, moment_text, percent_text, person_name, steps


def language_of(employee) -> str:
    last = Attempt.objects.filter(attestee__employee=employee).order_by("-started_at", "-id").first()
    return last.language if last is not None and last.language in ("kk", "ru") else "kk"


def _send(employee, *, language: str, subject: str, paragraphs: list[str]) -> None:
    greeting = _("Hello, %(name)s.") % {"name": person_name(employee, language)}
    closing = _("This message was sent by the attestation Platform of Biliktilik; please do not reply to it.")
    body = "\n\n".join([greeting, *paragraphs, closing])
    email_after_commit(to=[employee.email], subject=subject, body=body)


def _admitted(campaign) -> list[str]:
    admitted = _(
        "You are on the list of attestees of the campaign “%(campaign)s” and you are admitted to testing."
    )
    window = _(
        "The test is taken on the Platform from %(start)s to %(end)s. Questions in the "
        "test: %(questions)s; time limit, minutes: %(minutes)s."
    )
    values = {
        "start": date_text(campaign.testing_from),
        "end": date_text(campaign.testing_to),
        "questions": campaign.questions,
        "minutes": campaign.time_limit_minutes,
    }
    return [admitted % {"campaign": campaign.title}, window % values]


def _refused(entry: Attestee, language: str) -> list[str]:
    refused = _(
        "You are on the list of attestees of the campaign “%(campaign)s”, but you are not "
        "admitted to testing, for this reason:"
    )
    reason = steps(selectors.rendered(entry.admission, language)["explanation"], language)
    return [refused % {"campaign": entry.campaign.title}, "\n".join(reason)]


def listed(entry: Attestee) -> None:
    """Put on the list: admitted, with the testing window; or refused, with the rules' reason."""
    employee = entry.employee
    if not employee.email:
        return
    language = language_of(employee)
    with translation.override(language):
        if entry.admitted:
            subject, paragraphs = _("Attestation: you are admitted to testing"), _admitted(entry.campaign)
        else:
            subject = _("Attestation: you are not admitted to testing")
            paragraphs = _refused(entry, language)
        _send(employee, language=language, subject=subject, paragraphs=paragraphs)


def result(attempt: Attempt) -> None:
    """The attempt finished (submitted, or expired and submitted by the server): the result, the
    p.17 threshold and the p.21 appeal deadline."""
    from .services_testing import result_of  # services_testing calls this module: imported late

    employee, campaign = attempt.attestee.employee, attempt.attestee.campaign
    if not employee.email:
        return
    language = attempt.language if attempt.language in ("kk", "ru") else "kk"
    with translation.override(language):
        shown = result_of(attempt)
        values = {"campaign": campaign.title, "moment": moment_text(attempt.finished_at)}
        if attempt.status == "expired":
            finished = _(
                "The time for your test in the campaign “%(campaign)s” ran out at %(moment)s; the "
                "Platform submitted it with the answers you had saved."
            )
        else:
            finished = _("Your test in the campaign “%(campaign)s” was submitted at %(moment)s.")
        if shown["test_passed"]:
            score = _("Your result is %(percent)s; the threshold is %(threshold)s: you reached it.")
        else:
            score = _("Your result is %(percent)s; the threshold is %(threshold)s: you did not reach it.")
        appeal = _(
            "If you disagree with the result, you may appeal on the Platform until %(date)s "
            "inclusive, giving a justification for each question you disagree with (p.21)."
        )
        paragraphs = [
            finished % values,
            score
            % {
                "percent": percent_text(shown["percent"]),
                "threshold": percent_text(shown["threshold_percent"]),
            },
            appeal % {"date": date_text(shown["appeal_until"])},
        ]
        _send(employee, language=language, subject=_("Attestation: your test result"), paragraphs=paragraphs)


def decided(entry: Attestee, *, outcome: dict, award=None) -> None:
    """The commission confirmed the p.30 decision; the category assigned and the re-attestation
    date follow it when there are."""
    employee = entry.employee
    if not employee.email:
        return
    language = language_of(employee)
    with translation.override(language):
        decision = vocabulary.label("decision", outcome["decision"], language)
        text = _(
            "The attestation commission confirmed the decision on your attestation in the "
            "campaign “%(campaign)s” on %(date)s: %(decision)s."
        )
        paragraphs = [
            text
            % {
                "campaign": entry.campaign.title,
                "date": date_text(timezone.localdate(Decision.objects.get(attestee=entry).confirmed_at)),
                "decision": decision,
            }
        ]
        if award is not None:
            category = vocabulary.label("attestation_category", award.category, language)
            assigned = _("You are assigned the category “%(category)s”, valid until %(date)s.")
            paragraphs.append(assigned % {"category": category, "date": date_text(award.valid_until)})
        if outcome.get("reattestation_due"):
            due = _("Your re-attestation is due by %(date)s.")
            paragraphs.append(due % {"date": date_text(outcome["reattestation_due"])})
        if outcome.get("dismissal"):
            paragraphs.append(_("The HR service will tell you what follows from this decision."))
        subject = _("Attestation: the commission's decision")
        _send(employee, language=language, subject=subject, paragraphs=paragraphs)
