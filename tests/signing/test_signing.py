"""Signed documents: a Typst PDF with its QR code, signed with the demo key or with a key
configured by path, validates with pyHanko's own validator (intact, trusted, the whole file,
PAdES); a byte changed after signing breaks it; the demo pair is made once however many
processes ask for it at once; and a configured key that cannot sign is named by the system
check before any document is signed."""

import asyncio
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

import pytest
import typst
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from defusedxml import ElementTree
from django.core import checks
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from biliktilik.attestation.documents.common import FONTS
from biliktilik.signing.keys import (
    DEMO_COMMON_NAME,
    SigningKeyError,
    demo_credentials,
    self_signed_certificate,
    signing_credentials,
)
from biliktilik.signing.pdf import blocking, sign_pdf
from biliktilik.signing.qr import qr_svg

VERIFY_URL = "https://biliktilik.example.kz/verify/KZ-2026-000123"
DOCUMENT = """#set page(width: 12cm, height: 9cm)
#set text(font: "DejaVu Sans")
= Біліктілік сәйкестігі туралы куәлік
Свидетельство о соответствии квалификации
#image(bytes(sys.inputs.qr), format: "svg", width: 3cm)
"""


@pytest.fixture(autouse=True)
def own_var_dir(settings, tmp_path):
    """Each test its own var/ (the demo pair is made there) and no key configured."""
    settings.VAR_DIR = tmp_path / "var"
    settings.BILIKTILIK_SIGNING_KEY = settings.BILIKTILIK_SIGNING_CERT = ""
    settings.BILIKTILIK_SIGNING_PASSPHRASE = ""


@pytest.fixture(scope="module")
def document() -> bytes:
    return typst.compile(
        DOCUMENT.encode(),
        font_paths=[str(FONTS)],
        ignore_system_fonts=True,
        sys_inputs={"qr": qr_svg(VERIFY_URL)},
    )


def validated(signed: bytes, trusted):
    """The document's one signature and pyHanko's verdict on it, ``trusted`` its only root."""
    (signature,) = PdfFileReader(BytesIO(signed)).embedded_signatures
    root = asn1_x509.Certificate.load(trusted.public_bytes(serialization.Encoding.DER))
    return signature, blocking(async_validate_pdf_signature(signature, ValidationContext(trust_roots=[root])))


def configured_key(settings, tmp_path, *, passphrase: str = "", common_name: str = "Provider"):
    """An EC key (the demo key is RSA) and its certificate written where the settings name them."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = self_signed_certificate(key, common_name=common_name, organization="Provider", years=1)
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    key_path, cert_path = tmp_path / "provider.key", tmp_path / "provider.crt"
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    settings.BILIKTILIK_SIGNING_KEY, settings.BILIKTILIK_SIGNING_CERT = str(key_path), str(cert_path)
    settings.BILIKTILIK_SIGNING_PASSPHRASE = passphrase
    return key_path, cert_path, certificate


def test_a_typst_document_with_its_qr_code_signed_with_the_demo_key_validates(document):
    signed = sign_pdf(document, reason="Біліктілік куәлігі", location="Астана")
    demo = signing_credentials()
    signature, status = validated(signed, demo.certificate)

    assert demo.demo and DEMO_COMMON_NAME in demo.certificate.subject.rfc4514_string()
    assert (status.intact, status.valid, status.trusted, status.bottom_line) == (True, True, True, True)
    assert (
        status.signing_cert.sha256
        == asn1_x509.Certificate.load(demo.certificate.public_bytes(serialization.Encoding.DER)).sha256
    )
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert (signature.sig_object["/Reason"], signature.sig_object["/Location"]) == (
        "Біліктілік куәлігі",
        "Астана",
    )
    # PAdES B-B: the signer's certificate bound in the signed attributes, the signing time
    # not there (PAdES puts it in the signature dictionary instead).
    attributes = {a["type"].native for a in signature.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attributes and "signing_time" not in attributes
    # The signed bytes are the document as it was; its Kazakh text still reads out.
    assert signed.startswith(document)
    text = " ".join(PdfReader(BytesIO(signed)).pages[0].extract_text().split())
    assert "Біліктілік сәйкестігі туралы куәлік Свидетельство о соответствии квалификации" in text


def test_a_byte_changed_after_signing_breaks_the_signature(document):
    signed = bytearray(sign_pdf(document, reason="Certificate", location="Astana"))
    # A byte inside the document's first stream: the file still parses, its hash differs.
    at = signed.index(b"stream") + 20
    signed[at] ^= 0x01
    _, status = validated(bytes(signed), signing_credentials().certificate)

    assert status.intact is False
    assert status.bottom_line is False


def test_signing_works_where_an_event_loop_is_already_running(document):
    # pyHanko's synchronous wrappers call asyncio.run, which refuses inside a running loop (the
    # suite met it after Playwright's tests): a document signed from inside one still validates.
    async def inside_a_loop():
        return sign_pdf(document, reason="Certificate", location="Astana")

    # The loop is started in a thread of its own: this test's thread may already run one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        signed = pool.submit(asyncio.run, inside_a_loop()).result()
    _, status = validated(signed, signing_credentials().certificate)
    assert (status.intact, status.valid, status.trusted) == (True, True, True)


def test_a_key_configured_by_path_is_the_one_that_signs(settings, tmp_path, document):
    _, _, certificate = configured_key(settings, tmp_path, passphrase="provider-passphrase")
    signed = sign_pdf(document, reason="Certificate", location="Astana")
    _, status = validated(signed, certificate)

    assert status.bottom_line
    assert status.signing_cert.subject.native["common_name"] == "Provider"
    assert not (settings.VAR_DIR / "signing" / "demo.pem").exists()


def test_the_demo_pair_is_made_once_however_many_processes_ask_at_once(settings):
    path = settings.VAR_DIR / "signing" / "demo.pem"
    start = threading.Barrier(4)

    def first_use(_):
        start.wait()
        return demo_credentials(path).certificate.serial_number

    with ThreadPoolExecutor(4) as pool:
        serials = set(pool.map(first_use, range(4)))

    assert len(serials) == 1
    assert signing_credentials().certificate.serial_number in serials
    assert path.stat().st_mode & 0o077 == 0  # the private key is for its owner only
    assert [p.name for p in path.parent.iterdir()] == ["demo.pem"]  # no draft left behind


def test_the_demo_certificate_is_valid_now_for_years():
    certificate = signing_credentials().certificate
    now = dt.datetime.now(dt.UTC)

    assert certificate.not_valid_before_utc < now
    assert certificate.not_valid_after_utc > now + dt.timedelta(days=365 * 9)


def test_the_qr_code_is_an_svg_with_its_quiet_zone_and_grows_with_its_text():
    def modules(text):
        svg = ElementTree.fromstring(qr_svg(text))
        x, y, width, height = (int(v) for v in svg.get("viewBox").split())
        assert (x, y, width) == (0, 0, height)
        return width - 2 * 4  # the four-module quiet zone on each side

    short, long = modules("KZ-1"), modules(VERIFY_URL * 4)
    # QR versions are 21, 25, 29, ... modules wide; a longer text needs a larger one.
    assert (short - 21) % 4 == 0 and (long - 21) % 4 == 0
    assert short == 21 and long > short


def signing_problems():
    return [(m.id, m.msg) for m in checks.run_checks(tags=["signing"])]


def test_the_check_is_silent_for_the_demo_key_and_for_a_sound_configured_key(settings, tmp_path):
    assert signing_problems() == []
    configured_key(settings, tmp_path, passphrase="provider-passphrase")
    assert signing_problems() == []


def test_the_check_names_a_configured_path_that_does_not_exist(settings, tmp_path):
    configured_key(settings, tmp_path)
    missing = tmp_path / "elsewhere" / "provider.key"
    settings.BILIKTILIK_SIGNING_KEY = str(missing)

    assert signing_problems() == [
        ("biliktilik.signing.E001", f"BILIKTILIK_SIGNING_KEY names {missing}, which does not exist")
    ]
    with pytest.raises(SigningKeyError, match="does not exist"):
        sign_pdf(b"%PDF-1.7", reason="Certificate", location="Astana")


def test_the_check_names_a_key_that_is_not_the_certificates(settings, tmp_path):
    key_path, _, _ = configured_key(settings, tmp_path)
    _, other_cert, _ = configured_key(settings, tmp_path / "other", common_name="Someone else")
    settings.BILIKTILIK_SIGNING_KEY = str(key_path)

    assert signing_problems() == [
        (
            "biliktilik.signing.E001",
            f"the signing key {key_path} is not the key of the certificate {other_cert}",
        )
    ]


def test_the_check_names_a_wrong_or_missing_passphrase(settings, tmp_path):
    key_path, _, _ = configured_key(settings, tmp_path, passphrase="provider-passphrase")
    settings.BILIKTILIK_SIGNING_PASSPHRASE = "wrong"
    assert signing_problems() == [
        (
            "biliktilik.signing.E001",
            f"the signing key {key_path} is not a PEM private key, or BILIKTILIK_SIGNING_PASSPHRASE is wrong",
        )
    ]
    settings.BILIKTILIK_SIGNING_PASSPHRASE = ""
    assert signing_problems() == [
        (
            "biliktilik.signing.E001",
            f"the signing key {key_path} is encrypted and no BILIKTILIK_SIGNING_PASSPHRASE is set",
        )
    ]


def test_the_check_asks_for_the_certificate_when_only_the_key_is_named(settings, tmp_path):
    configured_key(settings, tmp_path)
    settings.BILIKTILIK_SIGNING_CERT = ""

    [(code, message)] = signing_problems()
    assert code == "biliktilik.signing.E001" and "set both" in message
