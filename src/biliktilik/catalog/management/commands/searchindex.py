"""``biliktilik searchindex``: rebuild the acts' search index if law/ changed since it was built
(``--force``: rebuild it anyway). `biliktilik serve` runs it at start."""

from django.core.management.base import BaseCommand

from biliktilik.catalog.services import search_index_refresh


class Command(BaseCommand):
    help = "Index the acts' text for full-text search when law/ changed."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rebuild even if up to date")

    def handle(self, *args, force=False, **options):
        rebuilt = search_index_refresh(force=force)
        self.stdout.write("search index rebuilt" if rebuilt else "search index up to date")
