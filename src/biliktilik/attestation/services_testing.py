"""The online test: starting an attempt (the draw), saving answers, submitting, and the server's
timer (issue 8, items 4-5).

The deadline is the server's: the earlier of the start plus the time limit and the end of the
window's last day. An answer after it is refused (``attempt_closed``); an attempt left open is
submitted with what was saved by a worker's sweep (``expire_due``) or by the first read after
the deadline, whichever comes first — both end it the same way, once. Answers are personal
data: each save updates the attempt's own row, and the audit trail records the start and the
submission with the answers as they were (not every click).
"""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule

from . import notifications, selectors
from .errors import (
    AttemptClosed,
    AttemptNotFound,
    Conflict,
    NotAdmitted,
    OutsideTestingWindow,
    PlatformPermissionDenied,
)
from .models import AppealItem, Attempt, Attestee, DrawnQuestion, QuestionVersion

_random = random.SystemRandom()


def _window_end(attestee: Attestee) -> dt.datetime:
    """The end of the window's last day, in the Platform's time zone."""
    last = attestee.campaign.testing_to + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(last, dt.time.min))


def _draw(attempt: Attempt, attestee: Attestee) -> None:
    campaign = attestee.campaign
    pool = list(
        selectors.ready_pool(topics=campaign.tags, attestee=attestee.attestee).values_list("id", flat=True)
    )
    if len(pool) < campaign.questions:
        raise Conflict(
            _("The bank has too few ready questions for this test; the campaign's organizer has been told."),
            code="question_pool_too_small",
        )
    # The draw is of ids; only the drawn questions' versions are read (a start spike of many
    # takers would otherwise read the whole pool's texts for each).
    drawn = _random.sample(pool, campaign.questions)
    latest: dict[int, QuestionVersion] = {}
    for version in QuestionVersion.objects.filter(question_id__in=drawn):
        if version.question_id not in latest or version.number > latest[version.question_id].number:
            latest[version.question_id] = version
    rows = []
    for position, question_id in enumerate(drawn, 1):
        version = latest[question_id]
        order = [o["id"] for o in version.options]
        _random.shuffle(order)
        rows.append(DrawnQuestion(attempt=attempt, position=position, version=version, option_order=order))
    DrawnQuestion.objects.bulk_create(rows)


@transaction.atomic
def attempt_start(*, actor, attestee: Attestee, now: dt.datetime | None = None, language: str = "kk"):
    """The attestee's attempt, started now; ``(attempt, created)`` — calling again returns it."""
    now = now or timezone.now()
    profile = getattr(actor, "profile", None)
    if profile is None or profile.employee_id != attestee.employee_id:
        raise PlatformPermissionDenied(_("Only the attestee may take their own test."))
    attestee = Attestee.objects.select_for_update(of=("self",)).select_related("campaign").get(pk=attestee.pk)
    existing = Attempt.objects.filter(attestee=attestee).first()
    if existing is not None:
        return existing, False
    if not attestee.admitted:
        raise NotAdmitted()
    today = timezone.localdate(now)
    campaign = attestee.campaign
    if not campaign.testing_from <= today <= campaign.testing_to:
        raise OutsideTestingWindow(start=campaign.testing_from, end=campaign.testing_to)
    deadline = min(now + dt.timedelta(minutes=campaign.time_limit_minutes), _window_end(attestee))
    attempt = Attempt.objects.create(
        attestee=attestee,
        started_at=now,
        deadline=deadline,
        language=language if language in ("kk", "ru") else "kk",
    )
    _draw(attempt, attestee)
    attestee.status = "testing"
    attestee.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action="attempt.start",
        object_type="attempt",
        object_id=attempt.pk,
        after={"attestee": attestee.pk, "deadline": deadline.isoformat(), "questions": campaign.questions},
    )
    return attempt, True


def answer_save(
    *,
    actor,
    attempt_id: int,
    question_id: int,
    options: list[str],
    owner: int | None = None,
    now: dt.datetime | None = None,
):
    """Save the options chosen for one drawn question (the last save counts). Idempotent.

    ``owner``: the employee whose attempt it must be (the API's taker) — checked in the same
    query that locks the answer, so a save is three statements besides the token's lookup."""
    now = now or timezone.now()
    mine = {"attempt__attestee__employee_id": owner} if owner is not None else {}
    with transaction.atomic():
        # The drawn question and its attempt locked (a submit locks the attempt too, so a save
        # and a submit take turns), the version read with them but not locked — every taker of
        # that question reads the same version row.
        drawn = next(
            iter(
                DrawnQuestion.objects.select_for_update(of=("self", "attempt"))
                .select_related("attempt", "version")
                .filter(attempt_id=attempt_id, version__question_id=question_id, **mine)
                .order_by()[:1]
            ),
            None,
        )
        if drawn is None:
            attempts = Attempt.objects.filter(pk=attempt_id)
            if owner is not None:
                attempts = attempts.filter(attestee__employee_id=owner)
            if not attempts.exists():
                raise AttemptNotFound()
            raise InvalidInput(
                _("This question is not in your test."), code="validation_error", loc=["path", "question_id"]
            )
        attempt = drawn.attempt
        if attempt.status != "in_progress":
            raise AttemptClosed()
        expired = now >= attempt.deadline
        known = set(drawn.option_order)
        chosen = list(dict.fromkeys(options))
        for index, option in enumerate(chosen):
            if option not in known:
                raise InvalidInput(
                    _("“%(option)s” is not an option of this question."),
                    code="validation_error",
                    loc=["body", "options", index],
                    option=option,
                )
        if drawn.version.kind in ("single", "true_false") and len(chosen) > 1:
            raise InvalidInput(_("Choose one option only."), code="validation_error", loc=["body", "options"])
        if not expired:
            drawn.chosen, drawn.answered_at = chosen, now
            drawn.save(update_fields=["chosen", "answered_at"])
    if expired:
        expire_if_due(attempt=attempt, now=now)
        raise AttemptClosed()


def score_attempt(attempt: Attempt, *, also_annulled: int | None = None) -> tuple[int, float]:
    """A question scores only when exactly its correct options are chosen; a question upheld on
    appeal or annulled in the campaign counts as right. ``also_annulled``: a question counted as
    annulled too (what an annulment would change, before it is made)."""
    upheld = set(
        AppealItem.objects.filter(appeal__attempt=attempt, upheld=True).values_list("question_id", flat=True)
    )
    annulled = set(attempt.attestee.campaign.annulments.values_list("question_id", flat=True))
    if also_annulled is not None:
        annulled.add(also_annulled)
    drawn = list(attempt.drawn.select_related("version"))
    score = sum(
        1
        for d in drawn
        if d.pk in upheld or d.version.question_id in annulled or set(d.chosen or ()) == d.version.correct
    )
    return score, round(100 * score / len(drawn), 2) if drawn else 0.0


def _finish(attempt: Attempt, *, status: str, now: dt.datetime, actor=None) -> None:
    attempt.score, attempt.percent = score_attempt(attempt)
    attempt.status, attempt.finished_at = status, min(now, attempt.deadline) if status == "expired" else now
    attempt.save(update_fields=["score", "percent", "status", "finished_at"])
    Attestee.objects.filter(pk=attempt.attestee_id).update(status="tested")
    answers = {str(d.version.question_id): d.chosen for d in attempt.drawn.select_related("version")}
    audit_record(
        actor=actor,
        action=f"attempt.{'submit' if status == 'submitted' else 'expire'}",
        object_type="attempt",
        object_id=attempt.pk,
        after={"status": status, "score": attempt.score, "percent": attempt.percent, "answers": answers},
    )
    notifications.result(attempt)


@transaction.atomic
def attempt_submit(*, actor, attempt: Attempt, now: dt.datetime | None = None) -> Attempt:
    now = now or timezone.now()
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("attestee__campaign")
        .get(pk=attempt.pk)
    )
    if attempt.status != "in_progress":
        return attempt
    _finish(attempt, status="expired" if now >= attempt.deadline else "submitted", now=now, actor=actor)
    return attempt


def expire_if_due(*, attempt: Attempt, now: dt.datetime | None = None) -> Attempt:
    """Submit ``attempt`` with what was saved if its deadline has passed (once, whoever asks)."""
    now = now or timezone.now()
    if attempt.status != "in_progress" or now < attempt.deadline:
        return attempt
    with transaction.atomic():
        locked = (
            Attempt.objects.select_for_update(of=("self",))
            .select_related("attestee__campaign")
            .get(pk=attempt.pk)
        )
        if locked.status == "in_progress" and now >= locked.deadline:
            _finish(locked, status="expired", now=now)
        return locked


def expire_due(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """The worker's sweep: submit every open attempt whose deadline has passed."""
    now = now or timezone.now()
    due = list(Attempt.objects.filter(status="in_progress", deadline__lte=now).order_by("deadline")[:limit])
    for attempt in due:
        expire_if_due(attempt=attempt, now=now)
    return len(due)


def result_of(attempt: Attempt) -> dict | None:
    """The result the attestee sees once the attempt is finished: percent, the p.17 threshold on
    the testing date, passed or not, and the p.21 appeal deadline on the working-day calendar."""
    if attempt.status == "in_progress":
        return None
    from biliktilik.calendar_app.selectors import calendar

    attestee = attempt.attestee
    finished = timezone.localdate(attempt.finished_at)
    params = attestation_rule.parameters_in_force(loader.default(), finished)
    threshold = next(t for t in params.thresholds if t.attestee == attestee.attestee)
    return {
        "percent": attempt.percent,
        "threshold_percent": threshold.percent,
        "test_passed": attempt.percent >= threshold.percent,
        "appeal_until": calendar().add_working_days(finished, params.appeal.days),
    }
