"""The audit trail is hash-chained: any edited or deleted entry is found by ``audit verify``."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_record, audit_verify


@pytest.fixture
def chain(db):
    with transaction.atomic():
        for n in range(5):
            audit_record(
                actor=None,
                action="employee.update",
                object_type="employee",
                object_id=n,
                before={"phone": ""},
                after={"phone": f"+7 700 000 00 0{n}"},
            )
    return list(AuditEntry.objects.order_by("id"))


def verify_output():
    from io import StringIO

    out = StringIO()
    try:
        call_command("audit", "verify", stdout=out)
    except CommandError as exc:
        return exc.returncode, out.getvalue()
    return 0, out.getvalue()


def test_a_clean_chain_verifies(chain):
    assert audit_verify() == []
    assert verify_output() == (0, "audit trail intact: 5 entries\n")


def test_an_empty_trail_verifies(db):
    assert audit_verify() == []
    assert verify_output() == (0, "audit trail intact: 0 entries\n")


def test_an_edited_entry_is_detected(chain):
    AuditEntry.objects.filter(pk=chain[2].pk).update(after={"phone": "+7 777 777 77 77"})
    breaks = audit_verify()
    assert [(b.entry_id, b.problem) for b in breaks] == [(chain[2].pk, "entry content changed")]
    status, output = verify_output()
    assert status == 1
    assert output == f"entry {chain[2].pk}: entry content changed\n"


def test_an_entry_edited_with_a_recomputed_hash_is_still_detected(chain):
    from biliktilik.audit.services import entry_hash

    entry = chain[2]
    entry.actor_name = "someone else"
    entry.hash = entry_hash(
        prev_hash=entry.prev_hash,
        at=entry.at.isoformat(),
        actor_name=entry.actor_name,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        before=entry.before,
        after=entry.after,
    )
    entry.save()
    assert [b.entry_id for b in audit_verify()] == [chain[3].pk]


def test_a_deleted_middle_entry_is_detected(chain):
    AuditEntry.objects.filter(pk=chain[2].pk).delete()
    breaks = audit_verify()
    assert [(b.entry_id, b.problem) for b in breaks] == [
        (chain[3].pk, "previous entry missing or changed"),
        (chain[4].pk, "the chain holds 4 of its 5 entries"),
    ]
    status, output = verify_output()
    assert status == 1 and len(output.splitlines()) == 2


def test_a_deleted_last_entry_is_detected(chain):
    AuditEntry.objects.filter(pk=chain[-1].pk).delete()
    breaks = audit_verify()
    assert len(breaks) == 1 and "at the end" in breaks[0].problem
    assert verify_output()[0] == 1


def test_deleting_the_head_with_the_last_entry_is_detected(chain):
    from biliktilik.audit.models import AuditHead

    AuditEntry.objects.filter(pk=chain[-1].pk).delete()
    AuditHead.objects.all().delete()
    assert [b.problem for b in audit_verify()] == ["the chain's head is missing"]


def test_the_first_entry_deleted_is_detected(chain):
    AuditEntry.objects.filter(pk=chain[0].pk).delete()
    assert [b.entry_id for b in audit_verify()][:1] == [chain[1].pk]


def test_entries_written_after_a_check_keep_the_chain_intact(chain):
    with transaction.atomic():
        audit_record(actor=None, action="x", object_type="y", object_id=1)
    assert audit_verify() == []


def test_the_command_needs_an_action(db):
    with pytest.raises(CommandError):
        call_command("audit")
