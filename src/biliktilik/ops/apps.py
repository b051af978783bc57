from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "biliktilik.ops"
    label = "ops"
    verbose_name = "Operations"
