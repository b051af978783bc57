"""``biliktilik createuser USERNAME --role ROLE``: an account with its role, and an API token."""

from __future__ import annotations

import getpass
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from biliktilik.accounts.models import Role
from biliktilik.accounts.services import api_token_create, user_create
from biliktilik.errors import DomainError


class Command(BaseCommand):
    help = "Create a user with a role (and an organization or employee record), optionally with an API token."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, help="one of: " + ", ".join(Role.values))
        parser.add_argument(
            "--organization", type=int, help="id of the organization (HR officers, commission)"
        )
        parser.add_argument("--employee", type=int, help="id of the employee record (employees)")
        password = parser.add_mutually_exclusive_group()
        password.add_argument("--password", help="the password (default: asked for when interactive)")
        password.add_argument("--no-password", action="store_true", help="no password: API tokens only")
        parser.add_argument("--token", action="store_true", help="also create an API token and print it")
        parser.add_argument("--token-name", default="createuser", help="the token's name")

    def handle(self, *args, **options):
        password = None if options["no_password"] else options["password"] or self._ask_password()
        try:
            with transaction.atomic():
                user = user_create(
                    actor=None,
                    username=options["username"],
                    role=options["role"],
                    organization_id=options["organization"],
                    employee_id=options["employee"],
                    password=password,
                )
                token = (
                    api_token_create(actor=None, user=user, name=options["token_name"])
                    if options["token"]
                    else None
                )
        except DomainError as exc:
            raise CommandError(exc.text()) from exc
        self.stdout.write(f"created user {user.username} ({options['role']})")
        if token:
            self.stdout.write(f"API token (shown once, keep it safe): {token}")

    def _ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("Give --password PASSWORD or --no-password.")
        first = getpass.getpass("Password: ")
        if not first or first != getpass.getpass("Password (again): "):
            raise CommandError("The passwords are empty or do not match.")
        return first
