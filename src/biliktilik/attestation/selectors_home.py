"""The Platform's part of each role's home page: the campaigns that need the viewer now, and for
methodologists the state of the question bank."""

from __future__ import annotations

import datetime as dt

from .models import Attestee, Question
from .selectors import visible_campaigns
from .selectors_bank import coverage
from .selectors_campaigns import numbers
from .services_decisions import assessment_due

# A campaign stays on the home page this long after its window closed (appeals, assessments
# and decisions follow the test).
KEPT_AFTER_DAYS = 30


def campaigns_now(user, *, on: dt.date) -> list[dict]:
    """Campaigns of the viewer's scope whose window is open or closed within ``KEPT_AFTER_DAYS``,
    with their numbers and the assessment due date (p.28-1)."""
    recent = on - dt.timedelta(days=KEPT_AFTER_DAYS)
    found = (
        visible_campaigns(user)
        .filter(testing_from__lte=on, testing_to__gte=recent)
        .select_related("organization")
    )
    rows = []
    for campaign in found.order_by("testing_to"):
        counts = numbers(campaign)
        due = assessment_due(campaign)
        rows.append(
            {
                "campaign": campaign,
                "numbers": counts,
                "open": campaign.testing_from <= on <= campaign.testing_to,
                "assessment_due": due,
                "assessment_overdue": counts["assessments_due"] > 0 and on > due,
            }
        )
    return rows


def bank_state() -> dict:
    ready = Question.objects.filter(status="ready").count()
    rows = coverage()
    return {
        "ready": ready,
        "draft": Question.objects.filter(status="draft").count(),
        "items": len(rows),
        "uncovered": sum(1 for row in rows if not row["ready"] and row["item"].depth <= 2),
    }


def own_open_tests(user, *, on: dt.date) -> int:
    """Tests the employee may take today and has not finished."""
    profile = getattr(user, "profile", None)
    if profile is None or not profile.employee_id:
        return 0
    entries = Attestee.objects.filter(
        employee_id=profile.employee_id,
        admitted=True,
        campaign__testing_from__lte=on,
        campaign__testing_to__gte=on,
    )
    return sum(
        1
        for entry in entries
        if getattr(entry, "attempt", None) is None or entry.attempt.status == "in_progress"
    )
