from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "biliktilik.cases"
    verbose_name = "State-service cases"
