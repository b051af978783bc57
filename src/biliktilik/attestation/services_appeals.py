"""After the test: appeals (p.21) and annulling a defective question; the assessment and the
decisions are ``services_decisions``.

Every change is recorded in the audit trail with what it changed (the percent before and after
an appeal, the results an annulment moved).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput

from .errors import Conflict
from .models import Annulment, Appeal, AppealItem, Attempt, Campaign, Decision
from .permissions import require_commission as _require_commission
from .services_testing import result_of, score_attempt

# --- appeals (p.21) --------------------------------------------------------------------------


@transaction.atomic
def appeal_file(*, actor, attempt: Attempt, items: list[dict], now: dt.datetime | None = None) -> Appeal:
    """The attestee's appeal: each question with its justification, by the p.21 deadline."""
    now = now or timezone.now()
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("attestee__campaign")
        .get(pk=attempt.pk)
    )
    result = result_of(attempt)
    if result is None:
        raise Conflict(_("An appeal is filed after the test is finished."), code="attempt_in_progress")
    if timezone.localdate(now) > result["appeal_until"]:
        raise InvalidInput(
            _("The appeal period ended on %(date)s."),
            code="appeal_period_over",
            loc=["body", "items"],
            date=result["appeal_until"].strftime("%d.%m.%Y"),
        )
    if Appeal.objects.filter(attempt=attempt).exists():
        raise Conflict(_("An appeal against this test has already been filed."), code="appeal_exists")
    drawn = {d.version.question_id: d for d in attempt.drawn.select_related("version")}
    if not items:
        raise InvalidInput(_("Name at least one question you disagree with."), loc=["body", "items"])
    seen = set()
    for index, item in enumerate(items):
        if item["question"] not in drawn or item["question"] in seen:
            raise InvalidInput(
                _("This question is not in your test, or it is named twice."),
                loc=["body", "items", index, "question"],
            )
        seen.add(item["question"])
        if not (item.get("justification") or "").strip():
            raise InvalidInput(
                _("Give the justification for this question: p.21 asks for one per question."),
                code="justification_required",
                loc=["body", "items", index, "justification"],
            )
    appeal = Appeal.objects.create(attempt=attempt, filed_at=now, percent_before=attempt.percent)
    AppealItem.objects.bulk_create(
        AppealItem(appeal=appeal, question=drawn[i["question"]], justification=i["justification"].strip())
        for i in items
    )
    audit_record(
        actor=actor,
        action="appeal.file",
        object_type="appeal",
        object_id=appeal.pk,
        after={"attempt": attempt.pk, "questions": [i["question"] for i in items]},
    )
    return appeal


def _rescore(attempt: Attempt) -> None:
    attempt.score, attempt.percent = score_attempt(attempt)
    attempt.save(update_fields=["score", "percent"])


@transaction.atomic
def appeal_review(*, actor, appeal: Appeal, items: list[dict], now: dt.datetime | None = None) -> Appeal:
    """The commission's review, item by item: an upheld item counts its question as right."""
    now = now or timezone.now()
    appeal = (
        Appeal.objects.select_for_update(of=("self",))
        .select_related("attempt__attestee__campaign")
        .get(pk=appeal.pk)
    )
    _require_commission(actor, appeal.attempt.attestee.campaign)
    if appeal.status != "open":
        raise Conflict(_("This appeal has already been reviewed."), code="appeal_reviewed")
    by_question = {
        i.question.version.question_id: i for i in appeal.items.select_related("question__version")
    }
    reviewed = {}
    for index, item in enumerate(items):
        found = by_question.get(item["question"])
        if found is None:
            raise InvalidInput(
                _("This question is not in the appeal."), loc=["body", "items", index, "question"]
            )
        reviewed[item["question"]] = item
    missing = sorted(set(by_question) - set(reviewed))
    if missing:
        raise InvalidInput(
            _("Review every question of the appeal; question %(question)s is left."),
            code="review_incomplete",
            loc=["body", "items"],
            question=missing[0],
        )
    for question_id, item in reviewed.items():
        found = by_question[question_id]
        found.upheld, found.comment = bool(item["upheld"]), (item.get("comment") or "").strip()
        found.save(update_fields=["upheld", "comment"])
    attempt = appeal.attempt
    _rescore(attempt)
    appeal.status, appeal.reviewed_at, appeal.reviewed_by = "reviewed", now, actor
    appeal.percent_after = attempt.percent
    appeal.save(update_fields=["status", "reviewed_at", "reviewed_by", "percent_after"])
    audit_record(
        actor=actor,
        action="appeal.review",
        object_type="appeal",
        object_id=appeal.pk,
        after={
            "upheld": sorted(q for q, i in reviewed.items() if i["upheld"]),
            "percent_before": appeal.percent_before,
            "percent_after": appeal.percent_after,
        },
    )
    return appeal


# --- annulling a defective question ----------------------------------------------------------


def annulment_preview(*, campaign: Campaign, question_id: int) -> list[dict]:
    """What annulling the question would change: every finished attempt that drew it, with its
    percent and pass now and after."""
    effects = []
    for attempt in (
        Attempt.objects.filter(attestee__campaign=campaign, drawn__version__question_id=question_id)
        .exclude(status="in_progress")
        .select_related("attestee__campaign")
    ):
        _, after = score_attempt(attempt, also_annulled=question_id)
        threshold = result_of(attempt)["threshold_percent"]
        effects.append(
            {
                "attempt": attempt.pk,
                "attestee": attempt.attestee_id,
                "percent_before": attempt.percent,
                "percent_after": after,
                "passed_before": attempt.percent >= threshold,
                "passed_after": after >= threshold,
            }
        )
    return effects


@transaction.atomic
def question_annul(*, actor, campaign: Campaign, question_id: int, reason: str) -> list[dict]:
    _require_commission(actor, campaign)
    if not reason.strip():
        raise InvalidInput(_("Say why the question is defective."), loc=["body", "reason"])
    if Annulment.objects.filter(campaign=campaign, question_id=question_id).exists():
        raise Conflict(_("This question is already annulled in this campaign."), code="already_annulled")
    effects = annulment_preview(campaign=campaign, question_id=question_id)
    decided = Decision.objects.filter(attestee_id__in=[e["attestee"] for e in effects]).exists()
    if decided:
        # A confirmed decision rests on the result as it was; changing it now would leave the
        # decision and the registry's award behind.
        raise Conflict(
            _(
                "A decision resting on this question's results is already confirmed: "
                "it can no longer be annulled."
            ),
            code="decision_confirmed",
        )
    Annulment.objects.create(campaign=campaign, question_id=question_id, reason=reason.strip(), by=actor)
    for attempt in Attempt.objects.filter(pk__in=[e["attempt"] for e in effects]).select_related(
        "attestee__campaign"
    ):
        _rescore(attempt)
    audit_record(
        actor=actor,
        action="question.annul",
        object_type="campaign",
        object_id=campaign.pk,
        after={"question": question_id, "reason": reason.strip(), "effects": effects},
    )
    return effects
