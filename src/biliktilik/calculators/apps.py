from django.apps import AppConfig


class CalculatorsConfig(AppConfig):
    name = "biliktilik.calculators"
    label = "calculators"
    verbose_name = "Rules and calculators"
