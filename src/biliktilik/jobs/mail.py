"""Sending e-mail from a service: queued in the write's own transaction, sent by a worker once
that transaction has committed. A rolled-back write sends nothing; a committed one loses nothing,
whatever process dies afterwards."""

from __future__ import annotations

from . import runner
from .models import OutgoingEmail


def email_after_commit(*, to: list[str], subject: str, body: str) -> OutgoingEmail:
    email = OutgoingEmail.objects.create(to=list(to), subject=subject[:255], body=body)
    runner.enqueue(email, after_commit=True)
    return email
