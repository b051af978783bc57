from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "biliktilik.cases"
    verbose_name = "State-service cases"
    # Called by `biliktilik demo` after the Platform's demo (which lies beside the cases and so
    # does not import them): a year of historical cases at the first centre.
    demo_builder = "biliktilik.cases.demo.build_demo"
