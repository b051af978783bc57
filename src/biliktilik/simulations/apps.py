from django.apps import AppConfig


class SimulationsConfig(AppConfig):
    name = "biliktilik.simulations"
    verbose_name = "Simulations of draft amendments"
    # Called by `biliktilik demo` after the registry and the Platform: a draft saved and run.
    demo_builder = "biliktilik.simulations.demo.build_demo"
