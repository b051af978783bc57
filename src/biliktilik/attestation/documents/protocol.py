"""The campaign protocol: the campaign, every attestee with their result and decision, and the
commission's confirmations (p.30)."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from biliktilik import vocabulary

from .. import services_testing
from ..models import Attestee, Campaign
from ..wording import (
    date_text,
    moment_text,
    organization_name,
    percent_text,
    person_name,
    user_name,
    yes_text,
)
from .common import appendix_1_note, footer, render, section


def _protocol_row(number: int, entry: Attestee, language: str) -> list[str]:
    attempt = getattr(entry, "attempt", None)
    finished = attempt is not None and attempt.status != "in_progress"
    result = services_testing.result_of(attempt) if finished else None
    decision = getattr(entry, "decision", None)
    category = vocabulary.label("attestation_category", entry.current_category, language)
    if entry.attestee == "category_applicant":
        declared = vocabulary.label("attestation_category", entry.declared_category, language)
        category = f"{category} → {declared}"
    return [
        str(number),
        person_name(entry.employee, language),
        vocabulary.label("attestee", entry.attestee, language),
        category,
        yes_text(entry.admitted),
        f"{percent_text(attempt.percent)} / {percent_text(result['threshold_percent'])}" if result else "—",
        yes_text(result["test_passed"]) if result else "—",
        vocabulary.label("decision", decision.outcome["decision"], language) if decision else _("pending"),
        vocabulary.label("attestation_category", decision.outcome["resulting_category"], language)
        if decision
        else "—",
    ]


def _protocol_entries(campaign: Campaign) -> list[Attestee]:
    return list(
        campaign.attestees.select_related(
            "employee", "attempt", "decision__confirmed_by__profile__employee", "campaign"
        ).order_by("employee__sort_kk", "id")
    )


def _confirmations(entries: list[Attestee], language: str) -> list[str]:
    lines = []
    for entry in entries:
        decision = getattr(entry, "decision", None)
        if decision is not None:
            lines.append(
                _("%(person)s: %(decision)s — confirmed by %(member)s on %(moment)s.")
                % {
                    "person": person_name(entry.employee, language),
                    "decision": vocabulary.label("decision", decision.outcome["decision"], language),
                    "member": user_name(decision.confirmed_by, language),
                    "moment": moment_text(decision.confirmed_at),
                }
            )
    return lines or [_("No decision is confirmed yet: the decisions are pending.")]


def _campaign_rows(campaign: Campaign, entries: list[Attestee], language: str) -> list[tuple[str, str]]:
    window = _("from %(start)s to %(end)s") % {
        "start": date_text(campaign.testing_from),
        "end": date_text(campaign.testing_to),
    }
    tested = [e for e in entries if getattr(e, "attempt", None) and e.attempt.status != "in_progress"]
    return [
        (_("Organization running it"), organization_name(campaign.organization, language)),
        (_("Testing window"), window),
        (_("Questions per attestee"), str(campaign.questions)),
        (_("Time limit, minutes"), str(campaign.time_limit_minutes)),
        (_("On the list"), str(len(entries))),
        (_("Admitted to testing"), str(sum(e.admitted for e in entries))),
        (_("Tested"), str(len(tested))),
        (_("Decisions confirmed"), str(sum(hasattr(e, "decision") for e in entries))),
    ]


def protocol_data(campaign: Campaign, *, language: str) -> dict:
    """What the campaign protocol says, in ``language``."""
    with translation.override(language):
        entries = _protocol_entries(campaign)
        header = [
            _("No."),
            _("Attestee"),
            _("Kind of attestee"),
            _("Category held and declared"),
            _("Admitted"),
            _("Result / threshold"),
            _("Threshold reached"),
            _("Decision"),
            _("Resulting category"),
        ]
        rows = [_protocol_row(n, e, language) for n, e in enumerate(entries, 1)]
        table = {"widths": [1, 5, 4, 4, 2, 3, 2, 4, 3], "header": header, "rows": rows}
        sections = [
            section(_("Campaign"), _campaign_rows(campaign, entries, language)),
            section(_("Attestees and their results"), table=table),
            section(_("The commission's confirmations (p.30)"), lines=_confirmations(entries, language)),
        ]
        return {
            "lang": language,
            "landscape": True,
            "title": _("Protocol of the attestation"),
            "subtitle": campaign.title,
            "note": appendix_1_note(),
            "sections": sections,
            "footer": footer(),
        }


def campaign_protocol(campaign: Campaign, *, language: str) -> bytes:
    return render(protocol_data(campaign, language=language))
