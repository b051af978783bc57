from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "biliktilik.catalog"
    label = "catalog"
    verbose_name = "Legislation explorer"
