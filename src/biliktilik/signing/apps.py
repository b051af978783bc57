from django.apps import AppConfig
from django.core import checks


class SigningConfig(AppConfig):
    name = "biliktilik.signing"
    label = "signing"
    verbose_name = "Document signing"

    def ready(self) -> None:
        from .checks import TAG, signing_key_check

        checks.register(signing_key_check, TAG)
