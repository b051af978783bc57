from django.apps import AppConfig


class SimulationsConfig(AppConfig):
    name = "biliktilik.simulations"
    verbose_name = "Simulations of draft amendments"
