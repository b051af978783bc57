"""``biliktilik demo [--small]``: check the law, then build the demo data set (the registry, then
the Platform on it: it lives here, above both) and the demo accounts.

Runs once: a database that already holds organizations is left as it is.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from biliktilik.accounts.models import Profile, Role
from biliktilik.attestation import demo as platform_demo
from biliktilik.lawbook import checks, loader
from biliktilik.staff import demo
from biliktilik.staff.models import Organization

PASSWORD = "demo-biliktilik"  # noqa: S105 - printed by `make run` on purpose
ACCOUNTS = (
    ("demo", Role.ADMINISTRATOR),
    ("hr", Role.HR_OFFICER),
    ("methodologist", Role.METHODOLOGIST),
    ("auditor", Role.AUDITOR),
    ("commission", Role.COMMISSION_MEMBER),
    ("employee", Role.EMPLOYEE),
)
IN_THE_CENTRE = {Role.HR_OFFICER, Role.COMMISSION_MEMBER}


class Command(BaseCommand):
    help = "Load the law and build the demo data set (about 5,000 employees; --small: about 120)."

    def add_arguments(self, parser):
        parser.add_argument("--small", action="store_true", help="the small data set `make run` uses")

    @transaction.atomic
    def handle(self, *args, **options):
        book = loader.load()
        if checks.check(book):
            raise CommandError("the law data has problems; run `biliktilik law check`")
        admin = self._account("demo", Role.ADMINISTRATOR, None)
        built = not Organization.objects.exists()
        if not built:
            self.stdout.write("demo data already present; nothing built")
        else:
            size = demo.SMALL if options["small"] else demo.FULL
            counts = demo.build(actor=admin, size=size, today=dt.date.today())
            self.stdout.write("demo data: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        first_lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
        accounts = {
            username: self._account(username, role, first_lmc if role in IN_THE_CENTRE else None)
            for username, role in ACCOUNTS[1:]
        }
        if built:
            counts = platform_demo.build(
                actor=admin, commission=accounts["commission"], today=dt.date.today()
            )
            self.stdout.write("platform demo: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        # The employee account takes the test of the campaign in progress as its admitted attestee.
        Profile.objects.filter(user=accounts["employee"]).update(employee=platform_demo.demo_employee())
        names = ", ".join(f"{u} ({r.label})" for u, r in ACCOUNTS)
        self.stdout.write(f"law: {len(book.acts)} acts; accounts {names}, password {PASSWORD!r}")

    def _account(self, username, role, organization):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"is_staff": role == Role.ADMINISTRATOR, "is_superuser": role == Role.ADMINISTRATOR},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        Profile.objects.update_or_create(user=user, defaults={"role": role, "organization": organization})
        return user
