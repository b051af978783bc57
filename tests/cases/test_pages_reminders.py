"""Reminders to a step's holders through the queue: the workers' sweep e-mails each open case's
current step due on the next working day, or overdue, once per step and day.

Registered on Tue 19.03.2019, step 1 (the intake officer's, 1 working day) is due Wed 20.03.
Nauryz: 21, 22, 23.03 are holidays, 25.03 the moved day off, 24.03 a Sunday; so the working day
after 20.03 is Tue 26.03, the due date of step 2 (the executor's) once step 1 is done on 20.03.
"""

import datetime as dt

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.cases.services_reminders import remind_due
from biliktilik.jobs.models import OutgoingEmail

from .conftest import on

D = dt.date


def sent_to(user) -> list[OutgoingEmail]:
    return [e for e in OutgoingEmail.objects.order_by("id") if e.to == [user.email]]


def with_addresses(provider):
    for name in ("intake", "executor", "other_intake", "administrator"):
        user = provider.users[name]
        user.email = f"{name}@example.kz"
        user.save(update_fields=["email"])
    return provider.users


def test_the_holder_of_a_step_due_tomorrow_gets_one_message_a_day(provider, register, complete):
    users = with_addresses(provider)
    case = register(D(2019, 3, 19))
    with on(D(2019, 3, 19)):
        assert remind_due(throttle=False) == 1
        assert remind_due(throttle=False) == 0  # the same day again: nothing more
    [message] = sent_to(users["intake"])
    assert case.number in message.subject and "20.03.2019" in message.body
    assert "мерзімі 20.03.2019 күні бітеді" in message.body  # Kazakh first
    assert "истекает 20.03.2019" in message.body  # then Russian
    # Neither another provider's intake officer nor an administrator holds the step.
    assert sent_to(users["other_intake"]) == [] and sent_to(users["administrator"]) == []
    entry = AuditEntry.objects.get(action="case.reminder")
    assert entry.after == {
        "step": 1,
        "on": "2019-03-19",
        "due": "2019-03-20",
        "to": [users["intake"].username],
    }

    with on(D(2019, 3, 20)):
        assert remind_due(throttle=False) == 1  # due today: reminded again, the next day
    assert len(sent_to(users["intake"])) == 2
    complete(case, 1, D(2019, 3, 20))
    with on(D(2019, 3, 20)):
        # Step 2 is due 26.03, the working day after 20.03 across Nauryz: its holder is told now.
        assert remind_due(throttle=False) == 1
        assert remind_due(throttle=False) == 0
    [executor] = sent_to(users["executor"])
    assert "26.03.2019" in executor.body
    assert len(sent_to(users["intake"])) == 2  # the step done is no longer reminded
    assert audit_verify() == []


def test_an_overdue_step_is_reminded_each_working_day_but_not_on_a_holiday(provider, register):
    users = with_addresses(provider)
    case = register(D(2019, 3, 19))
    with on(D(2019, 3, 22)):  # Nauryz
        assert remind_due(throttle=False) == 0
    with on(D(2019, 3, 26)):
        assert remind_due(throttle=False) == 1
        assert remind_due(throttle=False) == 0
    [message] = sent_to(users["intake"])
    assert "мерзімі өтті" in message.body and "просрочен" in message.body
    assert case.number in message.subject


def test_a_step_not_due_by_the_next_working_day_is_not_reminded(provider, register, complete):
    with_addresses(provider)
    case = register(D(2019, 3, 19))
    complete(case, 1, D(2019, 3, 20))
    complete(case, 2, D(2019, 3, 26))
    # The commission's five working days from 26.03 end on Tue 02.04; the working day after 26.03
    # is 27.03.
    with on(D(2019, 3, 26)):
        assert remind_due(throttle=False) == 0
    assert not OutgoingEmail.objects.exists()


def test_the_sweep_is_one_of_the_workers(settings):
    assert "biliktilik.cases.services_reminders.remind_due" in settings.JOB_SWEEPS


def test_the_workers_sweep_reads_the_steps_once_in_a_while_not_on_every_beat(provider, register):
    users = with_addresses(provider)
    register(D(2019, 3, 19))
    cache.delete("cases.reminders.swept")
    with on(D(2019, 3, 19)):
        assert remind_due() == 1
        with CaptureQueriesContext(connection) as queries:
            assert remind_due() == 0  # within EVERY_SECONDS: not even read
    assert len(queries) == 0 and len(sent_to(users["intake"])) == 1
    cache.delete("cases.reminders.swept")
