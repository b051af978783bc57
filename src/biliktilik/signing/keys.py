"""The provider's signing key and certificate: configured by path, or the demo pair.

A real installation names its PEM files in ``BILIKTILIK_SIGNING_KEY`` and
``BILIKTILIK_SIGNING_CERT`` (the key optionally encrypted, its passphrase in
``BILIKTILIK_SIGNING_PASSPHRASE``). Without them documents are signed with a demo key and a
self-signed certificate that say so in their name, made on first use into
``var/signing/demo.pem``.

Several server processes may sign their first document at the same moment. As with
``var/secret_key`` (``biliktilik.secret``), the demo pair is written whole to a file of its own
and then linked into place, which fails if another process got there first: exactly one pair
wins, every process signs with it, and none reads half a file. Key and certificate share the
one file so that they can never come from two different winners.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEMO_COMMON_NAME = "Biliktilik demo signing key — not a real signature"
DEMO_ORGANIZATION = "Biliktilik (demo installation)"
DEMO_YEARS = 10
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----.+?-----END \1-----\s*", re.DOTALL)


class SigningKeyError(ImproperlyConfigured):
    """The configured key or certificate cannot be used; the message names the file and why."""


@dataclass(frozen=True)
class Credentials:
    key: PrivateKeyTypes
    certificate: x509.Certificate
    demo: bool


def signing_credentials() -> Credentials:
    """The key and certificate documents are signed with, read afresh from the files each time
    (a replaced certificate is used without a restart)."""
    key_path, cert_path, passphrase = configured_paths()
    if key_path is None and cert_path is None:
        return demo_credentials(demo_path())
    if key_path is None or cert_path is None:
        raise SigningKeyError(
            "BILIKTILIK_SIGNING_KEY and BILIKTILIK_SIGNING_CERT name the signing key and its "
            "certificate together: set both, or neither for the demo key"
        )
    key = load_key(read_file(key_path, "BILIKTILIK_SIGNING_KEY"), passphrase, key_path)
    certificate = load_certificate(read_file(cert_path, "BILIKTILIK_SIGNING_CERT"), cert_path)
    ensure_pair(key, certificate, key_path, cert_path)
    return Credentials(key=key, certificate=certificate, demo=False)


def configured_paths() -> tuple[Path | None, Path | None, bytes | None]:
    key = settings.BILIKTILIK_SIGNING_KEY
    cert = settings.BILIKTILIK_SIGNING_CERT
    passphrase = settings.BILIKTILIK_SIGNING_PASSPHRASE
    return (
        Path(key) if key else None,
        Path(cert) if cert else None,
        passphrase.encode() if passphrase else None,
    )


def demo_path() -> Path:
    return Path(settings.VAR_DIR) / "signing" / "demo.pem"


def read_file(path: Path, setting: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError(f"{setting} names {path}, which does not exist") from None
    except OSError as error:
        raise SigningKeyError(f"{setting} names {path}, which cannot be read: {error.strerror}") from None


def load_key(data: bytes, passphrase: bytes | None, path: Path) -> PrivateKeyTypes:
    try:
        return serialization.load_pem_private_key(data, password=passphrase)
    except TypeError:
        # cryptography's way of saying a passphrase was missing, or given for a plain key
        state = "is encrypted and no" if passphrase is None else "is not encrypted, yet a"
        raise SigningKeyError(
            f"the signing key {path} {state} BILIKTILIK_SIGNING_PASSPHRASE is set"
        ) from None
    except ValueError:
        raise SigningKeyError(
            f"the signing key {path} is not a PEM private key, or BILIKTILIK_SIGNING_PASSPHRASE is wrong"
        ) from None


def load_certificate(data: bytes, path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        raise SigningKeyError(f"the signing certificate {path} is not a PEM X.509 certificate") from None


def ensure_pair(key: PrivateKeyTypes, certificate: x509.Certificate, key_path: Path, cert_path: Path) -> None:
    if _public(key.public_key()) != _public(certificate.public_key()):
        raise SigningKeyError(f"the signing key {key_path} is not the key of the certificate {cert_path}")


def _public(public_key) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def demo_credentials(path: Path) -> Credentials:
    """The demo pair at ``path``, made there first if it is not there yet (once: see above)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, draft = tempfile.mkstemp(dir=path.parent, prefix=".demo-")  # mode 0600
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(_demo_pem())
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
        finally:
            os.unlink(draft)
    blocks = {match.group(1): match.group(0) for match in _PEM_BLOCK.finditer(path.read_bytes())}
    if set(blocks) != {b"PRIVATE KEY", b"CERTIFICATE"}:
        raise SigningKeyError(f"{path} holds no demo key and certificate; delete it to make a new pair")
    key = load_key(blocks[b"PRIVATE KEY"], None, path)
    certificate = load_certificate(blocks[b"CERTIFICATE"], path)
    ensure_pair(key, certificate, path, path)
    return Credentials(key=key, certificate=certificate, demo=True)


def _demo_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ) + self_signed_certificate(
        key, common_name=DEMO_COMMON_NAME, organization=DEMO_ORGANIZATION
    ).public_bytes(serialization.Encoding.PEM)


def self_signed_certificate(
    key: PrivateKeyTypes, *, common_name: str, organization: str, years: int = DEMO_YEARS
) -> x509.Certificate:
    """A certificate for signing documents: pyHanko's validator, like the PAdES profiles, asks
    the signer's certificate for non-repudiation (content commitment)."""
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    # A few minutes back, so a document signed in the same second as the certificate was made
    # does not predate it on a clock that differs by a little.
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
