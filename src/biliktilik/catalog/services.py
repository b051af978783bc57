"""Writes of the explorer: the search index of the acts, kept in step with ``law/``.

The index is derived data (the law is in ``law/``, loaded in memory): rebuilding it changes no
record, so it names no actor and leaves no audit entry; it is rebuilt whole, in one
transaction, whenever the lawbook's fingerprint differs from the one it was built from — after
``migrate``, at ``biliktilik serve`` start (``biliktilik searchindex``), and on the first search
that finds it stale.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.utils import timezone

from biliktilik.lawbook import loader
from biliktilik.lawbook.loader import Lawbook

from . import search
from .models import PointText, SearchIndexState

STATE = "acts"
BATCH = 500
# Any constant: two processes refreshing a PostgreSQL index take turns on it.
PG_LOCK = 73_600_042


def search_index_stale(*, lawbook: Lawbook | None = None) -> bool:
    _, fingerprint = search.indexed(lawbook or loader.default())
    state = SearchIndexState.objects.filter(name=STATE).first()
    return state is None or state.fingerprint != fingerprint


def search_index_refresh(*, lawbook: Lawbook | None = None, force: bool = False) -> bool:
    """Rebuild the index when it is stale (or ``force``); True when it was rebuilt."""
    lawbook = lawbook or loader.default()
    if not force and not search_index_stale(lawbook=lawbook):
        return False
    rows, fingerprint = search.indexed(lawbook)
    with transaction.atomic():
        # SQLite: the transaction holds the write lock from its start (IMMEDIATE); PostgreSQL: a
        # lock of our own. Either way a second process waits, then finds the index fresh.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PG_LOCK])
        state = SearchIndexState.objects.select_for_update().filter(name=STATE).first()
        if not force and state is not None and state.fingerprint == fingerprint:
            return False
        _replace_rows(rows)
        SearchIndexState.objects.update_or_create(
            name=STATE,
            defaults={"fingerprint": fingerprint, "rows": len(rows), "built_at": timezone.now()},
        )
    return True


def _replace_rows(rows: list[search.IndexRow]) -> None:
    PointText.objects.all().delete()
    created = PointText.objects.bulk_create(
        [
            PointText(
                act=r.act,
                point=r.point,
                order=r.order,
                wording_by=r.wording_by or "",
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                language=r.language,
                text=r.text,
                folded=search.fold(r.text),
            )
            for r in rows
        ],
        batch_size=BATCH,
    )
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM catalog_pointtext_fts")
            cursor.executemany(
                "INSERT INTO catalog_pointtext_fts (rowid, folded) VALUES (%s, %s)",
                [(p.pk, p.folded) for p in created],
            )
