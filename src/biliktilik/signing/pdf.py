"""PAdES signatures on our PDFs (pyHanko).

The signature is PAdES baseline B-B: a CAdES detached signature (``ETSI.CAdES.detached``) over
the whole file as it was, with the signer's certificate bound into the signed attributes. No
timestamp (B-T) and no revocation data (B-LT): the installations run without a network, so the
signing time is the one the signer states.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .keys import Credentials, signing_credentials

FIELD_NAME = "Signature"


def sign_pdf(data: bytes, *, reason: str, location: str) -> bytes:
    """``data`` with the provider's signature appended as an incremental update (the signed
    bytes stay as they were)."""
    signer = _signer(signing_credentials())
    metadata = PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=reason,
        location=location,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    writer = IncrementalPdfFileWriter(BytesIO(data))
    return blocking(PdfSigner(metadata, signer).async_sign_pdf(writer)).getvalue()


def blocking(coroutine):
    """Run one of pyHanko's coroutines to its end from synchronous code. pyHanko's own synchronous
    wrappers call ``asyncio.run``, which refuses to start where the thread already runs an event
    loop (a caller inside async code; in the suite, Playwright's synchronous API keeps one running
    for the whole session): there the coroutine runs in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _signer(credentials: Credentials) -> SimpleSigner:
    # pyHanko signs with asn1crypto objects; cryptography read and checked the files.
    key = asn1_keys.PrivateKeyInfo.load(
        credentials.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    certificate = asn1_x509.Certificate.load(credentials.certificate.public_bytes(serialization.Encoding.DER))
    return SimpleSigner(
        signing_cert=certificate,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([certificate]),
    )
