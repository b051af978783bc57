"""Reads of the Platform: the pool a test is drawn from, what a viewer may see, and the shapes
the API and the pages show (explanations rendered in the reader's language)."""

from __future__ import annotations

from django.db.models import QuerySet

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import profile_of, role_of
from biliktilik.rules.explain import Trace
from biliktilik.rules.messages import text
from biliktilik.rules.run import citation_dict
from biliktilik.staff.scoping import within_scope

from .models import Attempt, Attestee, Campaign, Question


def ready_pool(*, topics: list[str], attestee: str | None = None) -> QuerySet[Question]:
    """Ready questions on any of ``topics`` (all when empty) meant for ``attestee`` (an empty
    audience means every kind). Tags are lists: matched here, the same on SQLite and PostgreSQL."""
    ready = Question.objects.filter(status="ready").only("id", "tags", "audience")
    wanted = set(topics)
    ids = [
        q.id
        for q in ready
        if (not wanted or wanted & set(q.tags))
        and (attestee is None or not q.audience or attestee in q.audience)
    ]
    return Question.objects.filter(id__in=ids)


def visible_campaigns(user) -> QuerySet[Campaign]:
    """Campaigns of the viewer's scope (``staff.scoping``): an employee sees those they are on."""
    campaigns = within_scope(
        user, Campaign.objects.all(), organization="organization__", employee="attestees__employee_id"
    )
    return campaigns.distinct()


def visible_attestees(user) -> QuerySet[Attestee]:
    role = role_of(user)
    if role == Role.EMPLOYEE:
        profile = profile_of(user)
        return (
            Attestee.objects.filter(employee_id=profile.employee_id)
            if profile.employee_id
            else Attestee.objects.none()
        )
    return Attestee.objects.filter(campaign__in=visible_campaigns(user))


def taker_of(user) -> int | None:
    """The employee record whose attempts ``user`` may work on (employees only), or None."""
    profile = profile_of(user)
    if role_of(user) != Role.EMPLOYEE or not profile.employee_id:
        return None
    return profile.employee_id


def own_attempt(user, attempt_id: int) -> Attempt | None:
    """An attempt its taker may work on: only the employee's own."""
    taker = taker_of(user)
    if taker is None:
        return None
    return Attempt.objects.filter(pk=attempt_id, attestee__employee_id=taker).first()


def paper(attempt: Attempt) -> list[dict]:
    """The questions as the taker sees them: the drawn order, the options in the taker's shuffled
    order, what was saved — nothing telling which options are correct."""
    questions = []
    for drawn in attempt.drawn.select_related("version").order_by("position"):
        version = drawn.version
        by_id = {o["id"]: o for o in version.options}
        chosen = drawn.chosen or ()
        questions.append(
            {
                "id": version.question_id,
                "position": drawn.position,
                "kind": version.kind,
                "text": version.text,
                "options": [
                    {"id": i, "text": by_id[i]["text"], "chosen": i in chosen} for i in drawn.option_order
                ],
                "answered": drawn.chosen is not None,
            }
        )
    return questions


def stored_trace(trace: Trace) -> dict:
    """A trace kept language-neutral (codes, parameters, citations): text is made when read."""
    return {
        "steps": [
            {
                "code": s.code,
                "params": s.params,
                "citation": citation_dict(s.citation) if s.citation else None,
            }
            for s in trace.steps
        ],
        "citations": [citation_dict(c) for c in trace.citation_list()],
    }


def rendered(stored: dict, language: str) -> dict:
    return {
        "explanation": [
            {"code": s["code"], "text": text(s["code"], s["params"], language), "citation": s["citation"]}
            for s in stored.get("steps", [])
        ],
        "citations": stored.get("citations", []),
    }


def campaign_snapshot(campaign: Campaign) -> dict:
    return {
        "organization": campaign.organization_id,
        "title": campaign.title,
        "testing_from": campaign.testing_from.isoformat(),
        "testing_to": campaign.testing_to.isoformat(),
        "questions": campaign.questions,
        "time_limit_minutes": campaign.time_limit_minutes,
        "tags": campaign.tags,
    }


def attestee_snapshot(entry: Attestee) -> dict:
    return {
        "campaign": entry.campaign_id,
        "employee": entry.employee_id,
        "attestee": entry.attestee,
        "reattestation": entry.reattestation,
        "current_category": entry.current_category,
        "declared_category": entry.declared_category or None,
        "learning_plan_hours": entry.learning_plan_hours,
        "admitted": entry.admitted,
        "status": entry.status,
    }


def attestee_out(entry: Attestee, language: str) -> dict:
    """The contract's attestee object."""
    attempt = getattr(entry, "attempt", None)
    return {
        "id": entry.pk,
        "employee": entry.employee_id,
        "attestee": entry.attestee,
        "reattestation": entry.reattestation,
        "current_category": entry.current_category,
        "declared_category": entry.declared_category or None,
        "learning_plan_hours": entry.learning_plan_hours,
        "admission": {"admitted": entry.admitted, **rendered(entry.admission, language)},
        "status": entry.status,
        "attempt": attempt.pk if attempt else None,
    }
