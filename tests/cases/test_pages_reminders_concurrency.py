"""Two workers sweeping the reminders at the same moment, in real threads on real transactions:
the case row's lock and the day's record in the audit trail leave one message per step, and the
audit chain still verifies."""

import datetime as dt

import pytest

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.cases.services_reminders import remind_due
from biliktilik.jobs.models import OutgoingEmail
from tests.attestation.test_concurrency import at_once, threads_share_a_database_file  # noqa: F401

from .conftest import on

pytestmark = pytest.mark.django_db(transaction=True)
ROUNDS = 5


def test_two_sweeps_at_once_send_one_message_per_step(provider, register):
    intake = provider.users["intake"]
    intake.email = "intake@example.kz"
    intake.save(update_fields=["email"])
    cases = [register(dt.date(2019, 3, 19)) for _ in range(ROUNDS)]
    with on(dt.date(2019, 3, 19)):
        results = at_once(lambda: remind_due(throttle=False), lambda: remind_due(throttle=False))
    assert all(isinstance(r, int) for r in results), results
    assert sum(results) == ROUNDS  # each step reminded by one sweep or the other, never both
    assert OutgoingEmail.objects.filter(to=["intake@example.kz"]).count() == ROUNDS
    reminded = AuditEntry.objects.filter(action="case.reminder").values_list("object_id", flat=True)
    assert sorted(reminded) == sorted(str(c.pk) for c in cases)
    assert audit_verify() == []
