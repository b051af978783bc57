"""The system check of the signing key: a configured key or certificate that cannot be used is
reported when the server starts (``biliktilik check``, ``migrate``, ``runserver``), not as a
failed request when the first certificate is issued."""

from __future__ import annotations

import datetime as dt

from django.core import checks

from .keys import SigningKeyError, configured_paths, signing_credentials

TAG = "signing"


def signing_key_check(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    key_path, cert_path, _ = configured_paths()
    if key_path is None and cert_path is None:
        return []  # the demo key, made on first use
    try:
        # The very loader signing uses: what passes here signs.
        certificate = signing_credentials().certificate
    except SigningKeyError as error:
        return [
            checks.Error(
                str(error),
                hint="Documents cannot be signed until this is fixed; unset both "
                "BILIKTILIK_SIGNING_KEY and BILIKTILIK_SIGNING_CERT to sign with the demo key.",
                id="biliktilik.signing.E001",
            )
        ]
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if not start <= dt.datetime.now(dt.UTC) <= end:
        return [
            checks.Warning(
                f"the signing certificate {cert_path} is valid from {start:%Y-%m-%d} to {end:%Y-%m-%d}, "
                "not today",
                hint="Signatures made now will not validate; configure the provider's current certificate.",
                id="biliktilik.signing.W001",
            )
        ]
    return []
