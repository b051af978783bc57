"""The reminders sweep (settings ``JOB_SWEEPS``; the workers run it every ``JOB_REAP_SECONDS``):
each open case's current step due on the next working day, or overdue, is e-mailed to its
holders once a day.

What was sent is the audit trail's: an entry ``case.reminder`` for the case, naming the step, the
day and the accounts, written in the transaction that queues the message; a step with such an
entry for today is skipped. The case row is locked first, so two workers sweeping at once send
one message, not two. No reminder on a day off: nobody holds a step on a holiday. The sweep
reads the case steps and the day's reminders at most once every ``EVERY_SECONDS`` (the cache
says when it last did), not on every beat of the workers.
"""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_record
from biliktilik.rules.calendar import KzCalendar

from . import notifications, procedures, selectors_pages
from .models import Case, CaseStep

ACTION = "case.reminder"
EVERY_SECONDS = 300


def _sent_today(today: dt.date) -> set[tuple[str, int]]:
    entries = AuditEntry.objects.filter(action=ACTION, object_type="case", after__on=today.isoformat())
    return {(e.object_id, (e.after or {}).get("step")) for e in entries.only("object_id", "after")}


@transaction.atomic
def _remind(step: CaseStep, *, today: dt.date, cache: dict) -> bool:
    case = Case.objects.select_for_update().get(pk=step.case_id)
    current = case.steps.filter(done_on__isnull=True).order_by("number").first()
    if case.status != "open" or current is None or current.pk != step.pk or current.due != step.due:
        return False  # done or moved since the sweep read it
    if (str(case.pk), step.number) in _sent_today(today):
        return False
    users = [u for u in selectors_pages.holders(step, cache) if u.email]
    audit_record(
        actor=None,
        action=ACTION,
        object_type="case",
        object_id=case.pk,
        after={
            "step": step.number,
            "on": today.isoformat(),
            "due": step.due.isoformat(),
            "to": [u.get_username() for u in users],
        },
    )
    notifications.step_reminder(step, to=[u.email for u in users], today=today)
    return True


def remind_due(
    *,
    today: dt.date | None = None,
    calendar: KzCalendar | None = None,
    limit: int = 200,
    throttle: bool = True,
) -> int:
    """The worker's sweep: remind the holders of each step due by the next working day, or
    overdue, once per step and day. Returns how many steps were reminded."""
    if throttle and not cache.add("cases.reminders.swept", True, timeout=EVERY_SECONDS):
        return 0
    today = today or timezone.localdate()
    calendar = calendar or procedures.calendar()
    if not calendar.is_working(today):
        return 0
    sent, due = _sent_today(today), []
    for step in selectors_pages.steps_to_remind(today=today, calendar=calendar).iterator():
        if (str(step.case_id), step.number) not in sent:
            due.append(step)
            if len(due) == limit:
                break
    holders: dict = {}
    return sum(_remind(step, today=today, cache=holders) for step in due)
