"""The state every background job keeps, whatever it does."""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

QUEUED, RUNNING, FAILED = "queued", "running", "failed"


class Job(models.Model):
    """A job's own model adds what it needs (its input, progress and report) and its statuses;
    ``queued``, ``running`` and ``failed`` are common to all."""

    class Error(models.TextChoices):
        WORKER_LOST = "worker_lost", _("the process running it stopped")
        INTERNAL = "internal_error", _("an internal error")

    max_attempts = 3
    # Fields to clear when a job ends failed, e.g. an uploaded file nobody will need again.
    released_on_failure: dict = {}

    attempts = models.PositiveSmallIntegerField(default=0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=20, choices=Error.choices, blank=True)
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        abstract = True

    def perform(self, attempt) -> None:
        """Do the work; record the outcome with ``attempt.finish(...)`` inside the transaction
        that writes it, so that the outcome and its effects commit together."""
        raise NotImplementedError


def job_models() -> list[type[Job]]:
    return [m for m in apps.get_models() if issubclass(m, Job)]


class OutgoingEmail(Job):
    """An e-mail queued by a write and sent by a worker once that write has committed: a
    refused or rolled-back write sends nothing, and a message is never lost with a process."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    to = models.JSONField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.to)} ({self.status})"

    def perform(self, attempt) -> None:
        from django.core.mail import EmailMessage
        from django.db import transaction

        EmailMessage(subject=self.subject, body=self.body, to=self.to).send()
        with transaction.atomic():
            attempt.finish(status=self.Status.SENT)
