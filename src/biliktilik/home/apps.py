from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "biliktilik.home"
    label = "home"
    verbose_name = "Home pages"
