from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "biliktilik.audit"
    label = "audit"
    verbose_name = "Audit trail"
