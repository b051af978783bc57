"""``biliktilik audit verify``: walk the hash chain and report every edited or deleted entry."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify


class Command(BaseCommand):
    help = "Work with the audit trail."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, title="actions")
        actions.add_parser("verify", help="check the hash chain; exit status 1 when it is broken")

    def handle(self, *args, action: str, **options):
        if action == "verify":
            self.verify()

    def verify(self) -> None:
        breaks = audit_verify()
        for problem in breaks:
            self.stdout.write(f"entry {problem.entry_id}: {problem.problem}")
        if breaks:
            raise CommandError(f"audit trail broken: {len(breaks)} problem(s)", returncode=1)
        self.stdout.write(f"audit trail intact: {AuditEntry.objects.count()} entries")
