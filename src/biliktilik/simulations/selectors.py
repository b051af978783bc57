"""Reads of drafts and simulations, always through what the viewer may see."""

from __future__ import annotations

from django.db.models import QuerySet

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of

from .errors import DraftNotFound, SimulationNotFound
from .models import Draft, Simulation

# Methodologists work on drafts together; the administrator and the auditor read every run.
READ_ALL = frozenset({Role.ADMINISTRATOR, Role.METHODOLOGIST, Role.AUDITOR})


def _scoped(user, queryset: QuerySet) -> QuerySet:
    if role_of(user) in READ_ALL:
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    return queryset.filter(created_by=user)


def visible_simulations(user) -> QuerySet[Simulation]:
    return _scoped(user, Simulation.objects.select_related("created_by", "draft"))


def visible_drafts(user) -> QuerySet[Draft]:
    return _scoped(user, Draft.objects.select_related("created_by"))


def simulation_get(*, viewer, simulation_id: int) -> Simulation:
    found = visible_simulations(viewer).filter(pk=simulation_id).first()
    if found is None:
        raise SimulationNotFound()
    return found


def draft_get(*, viewer, draft_id: int) -> Draft:
    found = visible_drafts(viewer).filter(pk=draft_id).first()
    if found is None:
        raise DraftNotFound()
    return found


def simulation_out(simulation: Simulation) -> dict:
    """The contract's shape: the run's state and, once done, every change."""
    changes = simulation.changes.order_by("id").values_list(
        "employee_id", "requirement", "kind", "before", "after"
    )
    return {
        "id": simulation.pk,
        "title": simulation.title,
        "as_of": simulation.as_of,
        "draft_act": simulation.act_id,
        "status": simulation.status,
        "progress": simulation.progress,
        "people": simulation.people,
        "changed": simulation.changed,
        "summary": simulation.summary,
        "changes": [
            {"employee": e, "requirement": r, "kind": k, "before": b, "after": a} for e, r, k, b, a in changes
        ],
    }
