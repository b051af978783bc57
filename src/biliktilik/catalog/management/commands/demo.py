"""Demo data for a first look: the demo administrator (the staff data set comes with the
staff registry)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from biliktilik.lawbook import checks, loader

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-biliktilik"  # noqa: S105 - printed by `make run` on purpose


class Command(BaseCommand):
    help = "Load the law and create the demo data set."

    def add_arguments(self, parser):
        parser.add_argument("--small", action="store_true", help="the small data set `make run` uses")

    @transaction.atomic
    def handle(self, *args, **options):
        book = loader.load()
        problems = checks.check(book)
        if problems:
            raise SystemExit("the law data has problems; run `biliktilik law check`")
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=DEMO_USER, defaults={"is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        positions = sum(
            len(v.act.register_of_positions.positions)
            for v in book.acts.values()
            if v.act.register_of_positions
        )
        self.stdout.write(
            f"law: {len(book.acts)} acts, {positions} register positions; demo user {DEMO_USER!r} ready"
        )
