"""Reads of cases: what a viewer may see, the lists (by status, overdue on a date), one case's
answer in the contract's shape and the snapshot the audit trail keeps."""

from __future__ import annotations

import datetime as dt

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from .models import Case, CaseStep
from .permissions import visible_cases

MAX_PAGE = 500


def _current_due() -> Subquery:
    undone = CaseStep.objects.filter(case=OuterRef("pk"), done_on__isnull=True).order_by("number")
    return Subquery(undone.values("due")[:1])


def cases_visible(viewer) -> QuerySet[Case]:
    steps = Prefetch("steps", queryset=CaseStep.objects.order_by("number"))
    return visible_cases(viewer, Case.objects.all()).prefetch_related(steps)


def case_of(viewer, case_id: int) -> Case | None:
    return cases_visible(viewer).filter(pk=case_id).first()


def case_list(
    *,
    viewer,
    status: str | None = None,
    overdue: bool = False,
    as_of: dt.date,
    offset: int = 0,
    limit: int = 100,
) -> tuple[list[Case], int]:
    """The cases ``viewer`` may see, newest first; ``overdue``: open cases whose current step's
    due date is before ``as_of``."""
    cases = cases_visible(viewer)
    if status:
        cases = cases.filter(status=status)
    if overdue:
        cases = cases.filter(status="open").annotate(current_due=_current_due()).filter(current_due__lt=as_of)
    return list(cases[offset : offset + min(limit, MAX_PAGE)]), cases.count()


def _steps(case: Case, steps=None) -> list[CaseStep]:
    return list(steps) if steps is not None else list(case.steps.all())


def current_step(steps: list[CaseStep]) -> CaseStep | None:
    return next((s for s in steps if s.done_on is None), None)


def case_out(case: Case, steps=None) -> dict:
    steps = _steps(case, steps)
    current = current_step(steps) if case.status == "open" else None
    return {
        "id": case.pk,
        "number": case.number,
        "procedure": case.procedure,
        "source": case.source,
        "registered_on": case.registered_on,
        "channel": case.channel,
        "organization": case.organization_id,
        "status": case.status,
        "ending": case.ending or None,
        "ended_on": case.ended_on,
        "ending_reason": case.ending_reason,
        "applicant": {
            "name": case.applicant_name,
            "citizenship": case.applicant_citizenship,
            "document": case.applicant_document,
            "contact": case.applicant_contact,
            "occupation": case.applicant_occupation,
        },
        "current_step": current.number if current else None,
        "steps": [
            {
                "number": s.number,
                "actor": s.actor,
                "term": {"days": s.term_days, "kind": s.term_kind},
                "due": s.due,
                "done_on": s.done_on,
                "note": s.note,
                "returned_on": s.returned_on,
                "return_note": s.return_note,
            }
            for s in steps
        ],
        "due": steps[-1].due if steps else None,
    }


def snapshot(case: Case, steps=None) -> dict:
    """What the audit trail keeps of a case after (or before) a transition."""
    out = case_out(case, steps)
    out.pop("applicant")
    return out
