"""Writing and verifying the audit trail.

``audit_record`` must be called inside the transaction of the write it records; it locks the
chain's head so concurrent writers append one after another.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import AuditEntry, AuditHead

GENESIS = "0" * 64


def canonical_json(entry: dict) -> bytes:
    """One byte form of a record's values (sorted keys, no spacing): what is hashed."""
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def entry_hash(
    *, prev_hash: str, at: str, actor_name: str, action: str, object_type: str, object_id: str, before, after
) -> str:
    payload = {
        "prev": prev_hash,
        "at": at,
        "actor": actor_name,
        "action": action,
        "type": object_type,
        "id": object_id,
        "before": before,
        "after": after,
    }
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def _jsonable(value):
    return json.loads(json.dumps(value, default=str)) if value is not None else None


def audit_record(*, actor, action: str, object_type: str, object_id, before=None, after=None) -> AuditEntry:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the transaction of the write it records")
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1, defaults={"last_hash": GENESIS})
    prev_hash = head.last_hash
    at = timezone.now()
    actor_name = actor.get_username() if actor is not None else "system"
    before, after = _jsonable(before), _jsonable(after)
    digest = entry_hash(
        prev_hash=prev_hash,
        at=at.isoformat(),
        actor_name=actor_name,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        before=before,
        after=after,
    )
    entry = AuditEntry.objects.create(
        at=at,
        actor=actor if actor is not None and actor.pk else None,
        actor_name=actor_name,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        before=before,
        after=after,
        prev_hash=prev_hash,
        hash=digest,
    )
    head.last_id, head.last_hash, head.count = entry.id, digest, head.count + 1
    head.save(update_fields=["last_id", "last_hash", "count"])
    return entry


@dataclass(frozen=True)
class Break:
    entry_id: int
    problem: str


def audit_verify() -> list[Break]:
    """Every place where the chain is broken: an edited entry, or a missing one before it."""
    breaks: list[Break] = []
    prev_hash = GENESIS
    count = 0
    last_id = 0
    for entry in AuditEntry.objects.order_by("id").iterator():
        count += 1
        last_id = entry.id
        if entry.prev_hash != prev_hash:
            breaks.append(Break(entry.id, "previous entry missing or changed"))
        expected = entry_hash(
            prev_hash=entry.prev_hash,
            at=entry.at.isoformat(),
            actor_name=entry.actor_name,
            action=entry.action,
            object_type=entry.object_type,
            object_id=entry.object_id,
            before=entry.before,
            after=entry.after,
        )
        if expected != entry.hash:
            breaks.append(Break(entry.id, "entry content changed"))
        prev_hash = entry.hash
    head = AuditHead.objects.filter(pk=1).first()
    if head is None:
        if count:
            breaks.append(Break(last_id, "the chain's head is missing"))
    elif head.last_hash != prev_hash:
        breaks.append(Break(head.last_id or last_id, "entries missing at the end of the chain"))
    elif head.count != count:
        breaks.append(Break(head.last_id, f"the chain holds {count} of its {head.count} entries"))
    return breaks
