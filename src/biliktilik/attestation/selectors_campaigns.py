"""Reads behind the HR officer's and the commission's pages: the list in the shape of Appendix 1,
who is due for attestation, p.17 as worded on the window's first day, the dashboard's numbers
and what the commission has to do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Max, Q, QuerySet

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules.explain import LawGap
from biliktilik.staff.models import AttestationRecord, CategoryAward, Employee
from biliktilik.staff.scoping import visible_employees
from biliktilik.staff.selectors import EXPIRY_WARNING_DAYS

from . import selectors, selectors_bank
from .errors import AttesteeNotFound, CampaignNotFound
from .models import Appeal, Attestee, Campaign, Decision
from .services_testing import result_of

# Who works with campaigns on these pages; an employee has their own test pages instead.
PAGE_ROLES = {Role.ADMINISTRATOR, Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.AUDITOR}


def may_see_campaigns(user) -> bool:
    return role_of(user) in PAGE_ROLES


def page_campaigns(user) -> QuerySet[Campaign]:
    if not may_see_campaigns(user):
        return Campaign.objects.none()
    return selectors.visible_campaigns(user).select_related("organization")


def page_campaign(user, campaign_id: int) -> Campaign:
    found = page_campaigns(user).filter(pk=campaign_id).first()
    if found is None:
        raise CampaignNotFound()
    return found


def page_attestee(user, attestee_id: int) -> Attestee:
    found = (
        Attestee.objects.filter(pk=attestee_id, campaign__in=page_campaigns(user))
        .select_related("campaign__organization", "employee", "attempt")
        .first()
    )
    if found is None:
        raise AttesteeNotFound()
    return found


def page_appeal(user, appeal_id: int) -> Appeal:
    found = (
        Appeal.objects.filter(pk=appeal_id, attempt__attestee__campaign__in=page_campaigns(user))
        .select_related("attempt__attestee__campaign__organization", "attempt__attestee__employee")
        .first()
    )
    if found is None:
        from .errors import AppealNotFound

        raise AppealNotFound()
    return found


def entries(campaign: Campaign) -> QuerySet[Attestee]:
    related = ("employee__organization", "attempt", "assessment", "decision")
    return campaign.attestees.select_related(*related).order_by("employee__sort_kk", "id")


def list_rows(campaign: Campaign, language: str) -> list[dict]:
    """Each attestee with their admission rendered in ``language`` and the result, if tested."""
    rows = []
    for entry in entries(campaign):
        attempt = getattr(entry, "attempt", None)
        rows.append(
            {
                "entry": entry,
                "out": selectors.attestee_out(entry, language),
                "attempt": attempt,
                "result": result_of(attempt) if attempt else None,
            }
        )
    return rows


@dataclass(frozen=True)
class Threshold:
    attestee: str
    percent: float
    citation: dict
    text: dict | None


def thresholds(campaign: Campaign) -> tuple[list[Threshold], str | None]:
    """p.17's thresholds as worded on the window's first day, each with its sub-point's text; or
    no thresholds and the gap's code when that wording is not in our sources."""
    law = loader.default()
    try:
        params = attestation_rule.parameters_in_force(law, campaign.testing_from)
    except LawGap as gap:
        return [], gap.code
    view = law.get(attestation_rule.BASE_ACT)
    found = []
    for t in params.thresholds:
        version = view.point_version(t.source.point, campaign.testing_from)
        sub = (
            next((s for s in version.subpoints if s.subpoint == t.source.subpoint), None) if version else None
        )
        found.append(
            Threshold(
                t.attestee,
                t.percent,
                t.source.model_dump(),
                sub.text.model_dump() if sub is not None else None,
            )
        )
    return found, None


def due(campaign: Campaign, *, on: dt.date) -> list[dict]:
    """Employees of the campaign's subtree not on its list whose category ends within
    EXPIRY_WARNING_DAYS of ``on`` or whose re-attestation date (an earlier decision) comes by then."""
    until = on + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    people = Employee.objects.filter(organization__path__startswith=campaign.organization.path).exclude(
        attestations__campaign=campaign
    )
    ending = {
        row["employee"]: row["until"]
        for row in CategoryAward.objects.filter(employee__in=people, valid_until__gte=on)
        .values("employee")
        .annotate(until=Max("valid_until"))
        if row["until"] <= until
    }
    reattestation = {
        row["employee"]: row["due"]
        for row in AttestationRecord.objects.filter(employee__in=people, reattestation_due__isnull=False)
        .values("employee")
        .annotate(due=Max("reattestation_due"))
        if row["due"] <= until
    }
    found = Employee.objects.filter(pk__in=set(ending) | set(reattestation)).select_related("organization")
    rows = [
        {"employee": e, "category_until": ending.get(e.pk), "reattestation_due": reattestation.get(e.pk)}
        for e in found
    ]
    return sorted(rows, key=lambda r: min(d for d in (r["category_until"], r["reattestation_due"]) if d))


def addable_employees(user, campaign: Campaign) -> QuerySet[Employee]:
    return (
        visible_employees(user)
        .filter(organization__path__startswith=campaign.organization.path)
        .exclude(attestations__campaign=campaign)
    )


def numbers(campaign: Campaign) -> dict[str, int]:
    """The dashboard (issue 8, item 12): how far the campaign has gone."""
    listed = list(entries(campaign))
    attempts = [e.attempt for e in listed if getattr(e, "attempt", None)]
    finished = [a for a in attempts if a.status != "in_progress"]
    passed = [a for a in finished if result_of(a)["test_passed"]]
    return {
        "admitted": sum(1 for e in listed if e.admitted),
        "started": len(attempts),
        "finished": len(finished),
        "passed": len(passed),
        "appeals_open": Appeal.objects.filter(attempt__attestee__campaign=campaign, status="open").count(),
        "assessments_due": len(to_assess(campaign, listed=listed)),
        "decisions_confirmed": Decision.objects.filter(attestee__campaign=campaign).count(),
    }


def to_assess(campaign: Campaign, *, listed: list[Attestee] | None = None) -> list[Attestee]:
    """Category applicants who passed and whose decision is not confirmed: assessed or to be."""
    listed = listed if listed is not None else list(entries(campaign))
    found = []
    for entry in listed:
        attempt = getattr(entry, "attempt", None)
        if entry.attestee != "category_applicant" or attempt is None or attempt.status == "in_progress":
            continue
        if (
            result_of(attempt)["test_passed"]
            and not hasattr(entry, "decision")
            and not hasattr(entry, "assessment")
        ):
            found.append(entry)
    return found


def assessable(campaign: Campaign) -> list[dict]:
    """Every category applicant who passed, with the figures recorded so far (None: a gap)."""
    rows = []
    for entry in entries(campaign):
        attempt = getattr(entry, "attempt", None)
        if entry.attestee != "category_applicant" or attempt is None or attempt.status == "in_progress":
            continue
        if result_of(attempt)["test_passed"]:
            rows.append({"entry": entry, "assessment": getattr(entry, "assessment", None)})
    return rows


def appeals(campaign: Campaign) -> QuerySet[Appeal]:
    return (
        Appeal.objects.filter(attempt__attestee__campaign=campaign)
        .select_related("attempt__attestee__employee")
        .order_by("status", "filed_at")
    )


def drawn_questions(campaign: Campaign) -> list[dict]:
    """The questions this campaign's finished attempts drew — how many drew each, how many
    answered it right, its discrimination among this campaign's takers (as the bank computes it
    over all campaigns) and whether annulled: what an annulment can be asked for."""
    from .models import DrawnQuestion

    annulled = set(campaign.annulments.values_list("question_id", flat=True))
    counts: dict[int, dict] = {}
    for d in (
        DrawnQuestion.objects.filter(attempt__attestee__campaign=campaign)
        .exclude(attempt__status="in_progress")
        .select_related("version", "attempt")
    ):
        row = counts.setdefault(
            d.version.question_id,
            {"question": d.version.question_id, "text": d.version.text, "takers": 0, "right": 0, "rows": []},
        )
        right = set(d.chosen or ()) == d.version.correct
        row["takers"] += 1
        row["right"] += right
        row["rows"].append((d.attempt.percent or 0.0, right))
    return [
        {
            **{k: v for k, v in r.items() if k != "rows"},
            "stats": selectors_bank.question_stats(r["rows"]),
            "annulled": r["question"] in annulled,
        }
        for r in sorted(counts.values(), key=lambda r: r["right"] / r["takers"])
    ]


def tested(campaign: Campaign) -> QuerySet[Attestee]:
    return entries(campaign).filter(Q(attempt__status="submitted") | Q(attempt__status="expired"))
