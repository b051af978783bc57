from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _refresh_search_index(sender, using="default", plan=None, **kwargs):
    """After ``migrate`` (not after a test's flush: a search then finds the index stale and
    rebuilds it), index the acts if law/ changed since the index was built."""
    from django.db import connections

    from .services import search_index_refresh

    if plan is None or "catalog_searchindexstate" not in connections[using].introspection.table_names():
        return
    search_index_refresh()


class CatalogConfig(AppConfig):
    name = "biliktilik.catalog"
    label = "catalog"
    verbose_name = "Legislation explorer"

    def ready(self):
        post_migrate.connect(_refresh_search_index, sender=self)
