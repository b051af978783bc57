from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "biliktilik.jobs"
    label = "jobs"
