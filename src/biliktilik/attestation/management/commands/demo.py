"""``biliktilik demo [--small]``: check the law, then build the demo data set (the registry, then
the Platform on it: it lives here, above both; then each app that names a ``demo_builder`` on its
AppConfig, such as the state-service cases, which stand beside the Platform and which it does not
import) and the demo accounts.

Runs once: a database that already holds organizations is left as it is.
"""

import datetime as dt

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

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
    # The state-service cases' staff of the first centre, one per actor of the procedures (the
    # commission's members: commission and commission2).
    ("intake", Role.INTAKE_OFFICER),
    ("management", Role.MANAGEMENT),
    ("head", Role.HEAD_OF_UNIT),
    ("executor", Role.EXECUTOR),
    ("secretary", Role.COMMISSION_SECRETARY),
    ("commission2", Role.COMMISSION_MEMBER),
)
IN_THE_CENTRE = {
    Role.HR_OFFICER,
    Role.COMMISSION_MEMBER,
    Role.INTAKE_OFFICER,
    Role.MANAGEMENT,
    Role.HEAD_OF_UNIT,
    Role.EXECUTOR,
    Role.COMMISSION_SECRETARY,
}


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
            for config in apps.get_app_configs():
                if builder := getattr(config, "demo_builder", None):
                    counts = import_string(builder)(
                        accounts=accounts, organization=first_lmc, small=options["small"]
                    )
                    built_counts = ", ".join(f"{k} {v}" for k, v in counts.items())
                    self.stdout.write(f"{config.label} demo: {built_counts}")
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
