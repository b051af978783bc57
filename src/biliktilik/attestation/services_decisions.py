"""The assessment of professional activity (p.28-1, Appendix 1-2) and the decisions (p.30) the
commission confirms, which the registry then takes in the same transaction (p.7, p.27, p.28).

Every change is recorded in the audit trail with what it changed (the percent before and after
an appeal, the results an annulment moved).
"""

from __future__ import annotations

import datetime as dt
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.calendar_app.selectors import calendar
from biliktilik.lawbook import loader
from biliktilik.rules import run
from biliktilik.rules.calendar import add_calendar_days
from biliktilik.rules.messages import text
from biliktilik.staff import services as staff_services

from . import notifications
from .errors import Conflict
from .facts import attestation_facts
from .models import Assessment, Attestee, Campaign, Decision
from .permissions import require_commission as _require_commission
from .services_testing import result_of

# --- assessment (p.28-1, Appendix 1-2) and decisions (p.30) ---------------------------------


def assessment_due(campaign: Campaign) -> dt.date:
    """p.28-1: within the term after the testing stage ends (the window's last day)."""
    from biliktilik.rules import attestation as attestation_rule

    params = attestation_rule.parameters_in_force(loader.default(), campaign.testing_to)
    return add_calendar_days(campaign.testing_to, params.activity_assessment.term.days)


def decision_for(entry: Attestee, *, language: str) -> dict:
    """The p.30 decision the rules form from this attestee's facts (the contract's shape)."""
    if getattr(entry, "attempt", None) is None or entry.attempt.status == "in_progress":
        raise Conflict(_("The decision is formed after the test."), code="not_tested")
    confirmed = getattr(entry, "decision", None)
    if confirmed is not None:
        return {**_in_language(confirmed.outcome, language), "confirmed": True}
    outcome = run.attestation(
        attestation_facts(entry, getattr(entry, "assessment", None)),
        law=loader.default(),
        calendar=calendar(),
        language=language,
    )
    return {**outcome, "confirmed": False}


@transaction.atomic
def assessment_record(
    *,
    actor,
    entry: Attestee,
    rating: float | None,
    violations: int | None,
    note: str = "",
    source: str = "form",
    now: dt.datetime | None = None,
) -> dict:
    """The commission's Appendix 1-2 for a category applicant who passed; a figure not given
    stays null (a gap the decision names), never 0."""
    now = now or timezone.now()
    entry = (
        Attestee.objects.select_for_update(of=("self",))
        .select_related("campaign__organization", "attempt")
        .get(pk=entry.pk)
    )
    _require_commission(actor, entry.campaign)
    result = result_of(entry.attempt) if getattr(entry, "attempt", None) else None
    if entry.attestee != "category_applicant" or not result or not result["test_passed"]:
        raise Conflict(
            _("Only a career-centre specialist applying for a category who passed the test is assessed."),
            code="not_assessed",
        )
    if getattr(entry, "decision", None) is not None:
        raise Conflict(
            _("The decision is confirmed: the assessment can no longer change."), code="decision_confirmed"
        )
    Assessment.objects.update_or_create(
        attestee=entry,
        defaults={
            "rating": rating,
            "violations": violations,
            "source": source,
            "commission_note": note.strip(),
            "assessed_by": actor,
            "assessed_at": now,
        },
    )
    Attestee.objects.filter(pk=entry.pk).update(status="assessed")
    entry.refresh_from_db()
    outcome = decision_for(entry, language="kk")
    audit_record(
        actor=actor,
        action="assessment.record",
        object_type="attestee",
        object_id=entry.pk,
        after={"rating": rating, "violations": violations, "source": source},
    )
    return outcome["activity_assessment"]


def _in_language(outcome: dict, language: str) -> dict:
    """A confirmed outcome's explanation in the reader's language (steps keep their codes and
    parameters, so the text is made again)."""
    steps = [
        {**s, "text": text(s["code"], s.get("params", {}), language)} for s in outcome.get("explanation", [])
    ]
    return {**outcome, "explanation": steps}


def _registry_takes(actor, entry: Attestee, outcome: dict, on: dt.date, campaign: Campaign) -> int | None:
    basis = str(_("Attestation commission's decision, campaign “%(title)s”") % {"title": campaign.title})[
        :300
    ]
    resulting = outcome["resulting_category"]
    renewed = (
        outcome["decision"] == "meets_declared_category" and entry.declared_category == entry.current_category
    )
    award = None
    if resulting and resulting != "none" and (resulting != entry.current_category or renewed):
        award = staff_services.category_assign(
            actor=actor,
            employee=entry.employee,
            category=resulting,
            assigned_on=on,
            decision=basis,
            on_decision=True,
        )
    staff_services.attestation_record_add(
        actor=actor,
        employee=entry.employee,
        decided_on=on,
        decision=outcome["decision"],
        resulting_category=resulting or "",
        reattestation_due=outcome["reattestation_due"],
        dismissal=outcome["dismissal"],
        basis=basis,
    )
    return award


@transaction.atomic
def decision_confirm(*, actor, entry: Attestee, now: dt.datetime | None = None, language: str = "kk") -> dict:
    now = now or timezone.now()
    entry = (
        Attestee.objects.select_for_update(of=("self",))
        .select_related("campaign__organization", "employee")
        .get(pk=entry.pk)
    )
    _require_commission(actor, entry.campaign)
    if getattr(entry, "decision", None) is not None:
        return {**entry.decision.outcome, "confirmed": True}
    outcome = decision_for(entry, language=language)
    if outcome["decision"] == "undetermined":
        raise Conflict(
            _(
                "The decision is undetermined: the law leaves a gap that changes it; "
                "give the missing figures first."
            ),
            code="decision_undetermined",
        )
    if entry.attestee == "category_applicant" and outcome["test_passed"] and not hasattr(entry, "assessment"):
        raise Conflict(_("Assess the specialist's professional activity first."), code="assessment_missing")
    stored = json.loads(
        json.dumps({k: v for k, v in outcome.items() if k != "confirmed"}, cls=DjangoJSONEncoder)
    )
    on = timezone.localdate(now)
    award = _registry_takes(actor, entry, stored, on, entry.campaign)
    Decision.objects.create(attestee=entry, outcome=stored, confirmed_by=actor, confirmed_at=now, award=award)
    Attestee.objects.filter(pk=entry.pk).update(status="decided")
    notifications.decided(entry, outcome=stored, award=award)
    audit_record(
        actor=actor,
        action="decision.confirm",
        object_type="attestee",
        object_id=entry.pk,
        after={
            "decision": stored["decision"],
            "resulting_category": stored["resulting_category"],
            "dismissal": stored["dismissal"],
            "reattestation_due": stored["reattestation_due"],
        },
    )
    return {**stored, "confirmed": True}
