"""Drafts saved, simulations started and run, one person's two explanations.

A draft is checked (``lawbook.drafts``) every time it is saved or run; a refused one is saved
nowhere. A simulation reads the registry as its author may see it and writes only its own rows;
the audit trail records who saved which draft and who ran which draft on which date.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.audit.services import audit_record
from biliktilik.calendar_app.selectors import calendar, check_range
from biliktilik.errors import InvalidInput
from biliktilik.jobs.runner import enqueue
from biliktilik.lawbook import drafts, loader
from biliktilik.lawbook.loader import Lawbook

from . import engine, loading
from .errors import DraftRefused, DraftStale, SimulationPermissionDenied
from .models import Draft, Simulation, SimulationChange

RUNNERS = frozenset({Role.ADMINISTRATOR, Role.METHODOLOGIST, Role.HR_OFFICER})
# Below this the progress bar has nothing to show: the job is done before a page polls twice.
PROGRESS_EVERY = 2000


def may_simulate(user) -> bool:
    return role_of(user) in RUNNERS


def require_runner(user) -> None:
    if not may_simulate(user):
        raise SimulationPermissionDenied()


@functools.lru_cache(maxsize=8)
def _parsed(amendment: str) -> drafts.CheckedDraft:
    """A draft's text read and laid over the law in force, once per text for the few in use: a
    run is checked when it starts, read again by its job, and by each page and explanation of
    it (a refused text is not kept: the exception passes through)."""
    return drafts.parse(amendment, loader.default())


def checked(amendment: str, *, field: str = "amendment") -> drafts.CheckedDraft:
    """The draft read and laid over the law in force, or ``DraftRefused`` naming each path."""
    try:
        return _parsed(amendment)
    except drafts.DraftInvalid as exc:
        raise DraftRefused(exc.problems, field=field) from exc


def draft_book(amendment: str) -> Lawbook:
    """The lawbook of a draft checked when its simulation started."""
    return _parsed(amendment).book


@transaction.atomic
def draft_save(
    *, actor, title: str, amendment: str, draft: Draft | None = None, version: int | None = None
) -> Draft:
    require_runner(actor)
    found = checked(amendment)
    fields = {
        "title": title,
        "amendment": amendment,
        "act_id": found.id,
        "effective_from": found.effective_from,
    }
    if draft is None:
        draft = Draft.objects.create(created_by=actor, **fields)
        before = None
    else:
        before = {"title": draft.title, "act_id": draft.act_id, "version": draft.version}
        updated = Draft.objects.filter(pk=draft.pk, version=version if version is not None else draft.version)
        if not updated.update(version=F("version") + 1, **fields):
            raise DraftStale()
        draft.refresh_from_db()
    audit_record(
        actor=actor,
        action="draft.save",
        object_type="draft",
        object_id=draft.pk,
        before=before,
        after={"title": draft.title, "act_id": draft.act_id, "version": draft.version},
    )
    return draft


@transaction.atomic
def simulation_start(
    *, actor, as_of: dt.date, title: str, amendment: str, draft: Draft | None = None
) -> Simulation:
    """Queue a run of the draft over what ``actor`` may see on ``as_of`` (on or after the
    draft's entry into force: before it the draft says nothing)."""
    require_runner(actor)
    check_range(as_of, ["body", "as_of"])
    found = checked(amendment)
    if as_of < found.effective_from:
        raise InvalidInput(
            _("The draft enters into force on %(date)s: choose a date on or after it."),
            loc=["body", "as_of"],
            code="before_draft_in_force",
            date=found.effective_from.strftime("%d.%m.%Y"),
        )
    simulation = Simulation.objects.create(
        title=title, as_of=as_of, amendment=amendment, act_id=found.id, draft=draft, created_by=actor
    )
    audit_record(
        actor=actor,
        action="simulation.start",
        object_type="simulation",
        object_id=simulation.pk,
        after={"title": title, "as_of": as_of, "act_id": found.id, "draft": draft.pk if draft else None},
    )
    enqueue(simulation)
    return simulation


def summarize(changes: list[engine.Change], where: dict[int, loading.Where]) -> dict:
    """Counts by kind, and by kind within each organization, region and position."""
    by = {"organization": {}, "region": {}, "position": {}, "requirement": {}}
    kinds: Counter = Counter()
    people = set()
    for change in changes:
        place = where[change.employee]
        kinds[change.kind] += 1
        people.add(change.employee)
        for key, value in (
            ("organization", str(place.organization)),
            ("region", place.region),
            ("position", place.position),
            ("requirement", change.requirement),
        ):
            counts = by[key].setdefault(value, {})
            counts[change.kind] = counts.get(change.kind, 0) + 1
    return {"kinds": dict(kinds), "people_changed": len(people), **by}


def simulation_perform(*, simulation: Simulation, attempt) -> None:
    base = loader.default()
    book = draft_book(simulation.amendment)
    people, where = loading.people(viewer=simulation.created_by, as_of=simulation.as_of)
    total = len(people)
    attempt.progress(people_total=total, progress=0)

    def progress(done: int) -> None:
        attempt.progress(people=done, progress=round(done / total, 4) if total else 1)

    outcome = engine.simulate(
        people,
        base=base,
        draft=book,
        as_of=simulation.as_of,
        calendar=calendar(),
        progress=progress,
        every=PROGRESS_EVERY,
    )
    rows = [
        SimulationChange(
            simulation=simulation,
            employee_id=c.employee,
            requirement=c.requirement,
            kind=c.kind,
            before=c.before,
            after=c.after,
            organization_id=where[c.employee].organization,
            region=where[c.employee].region,
            position=where[c.employee].position,
        )
        for c in outcome.changes
    ]
    summary = {**summarize(outcome.changes, where), "gaps": outcome.gaps}
    with transaction.atomic():
        SimulationChange.objects.bulk_create(rows, batch_size=2000)
        attempt.finish(
            status=Simulation.Status.DONE,
            people=outcome.people,
            people_total=total,
            evaluated=outcome.evaluated,
            changed=summary["people_changed"],
            progress=1,
            summary=summary,
        )
