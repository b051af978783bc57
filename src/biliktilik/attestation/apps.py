from django.apps import AppConfig


class AttestationConfig(AppConfig):
    name = "biliktilik.attestation"
    verbose_name = "Attestation platform"
