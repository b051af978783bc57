from django.apps import AppConfig


class StaffConfig(AppConfig):
    name = "biliktilik.staff"
    label = "staff"
    verbose_name = "Staff registry"
