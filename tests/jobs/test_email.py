"""E-mail leaves through the job queue, and only for writes that committed."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from biliktilik.jobs.mail import email_after_commit
from biliktilik.jobs.models import OutgoingEmail

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
def test_an_email_queued_by_a_committed_write_is_sent_by_the_worker(settings):
    settings.TASKS = DATABASE_QUEUE
    with transaction.atomic():
        email_after_commit(to=["hr@example.kz"], subject="Импорт аяқталды", body="50 қызметкер.")
    assert mail.outbox == [], "nothing leaves before a worker takes it"
    assert OutgoingEmail.objects.get().status == "queued"

    call_command("worker", batch=True, interval=0)

    [sent] = mail.outbox
    assert (sent.to, sent.subject, sent.body) == (["hr@example.kz"], "Импорт аяқталды", "50 қызметкер.")
    assert OutgoingEmail.objects.get().status == "sent"


@pytest.mark.django_db(transaction=True)
def test_an_email_of_a_write_that_rolled_back_is_never_queued_nor_sent(settings):
    settings.TASKS = DATABASE_QUEUE
    with pytest.raises(RuntimeError), transaction.atomic():
        email_after_commit(to=["hr@example.kz"], subject="—", body="—")
        raise RuntimeError("the write failed")
    call_command("worker", batch=True, interval=0)
    assert mail.outbox == [] and not OutgoingEmail.objects.exists()


def test_where_jobs_run_in_the_request_the_email_still_waits_for_the_commit(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email_after_commit(to=["a@example.kz"], subject="s", body="b")
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [["a@example.kz"]]
