"""The certificate of qualification compliance (Appendix 13 to order No. 407, as worded by order
No. 2 of 2017): Kazakh and Russian side by side on one page, what the certificate shows copied on
the Certificate row, the QR code of its public verification page, signed by the provider (PAdES).

A duplicate is marked ТЕЛНҰСҚА / ДУБЛИКАТ and names the certificate it repeats; a re-issue names
the certificate it replaces."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from ..models import Certificate
from .common import LANGUAGES, date_text, organization_name, render, signed, verify_url


def _rows(certificate: Certificate) -> list[tuple[str, str]]:
    rows = [
        (_("Full name"), certificate.holder_name),
        (_("Citizenship"), certificate.holder_citizenship),
        (_("Occupation"), certificate.occupation),
        (_("Date of issue"), date_text(certificate.issued_on)),
        (_("Valid until"), date_text(certificate.valid_until)),
    ]
    replaced = certificate.replaces
    if replaced is not None:
        label = _("Duplicate of") if certificate.kind == "duplicate" else _("Issued in place of")
        reference = _("certificate No. %(number)s of %(day)s") % {
            "number": replaced.number,
            "day": date_text(replaced.issued_on),
        }
        rows.append((label, reference))
    return rows


def _lines(certificate: Certificate) -> list[str]:
    lines = [_("The certificate is an electronic document signed with the provider's electronic signature.")]
    if certificate.kind == "duplicate":
        lines.append(
            _("This duplicate repeats certificate No. %(number)s; that certificate stays valid.")
            % {"number": certificate.replaces.number}
        )
    elif certificate.kind == "reissue":
        lines.append(
            _("Certificate No. %(number)s is no longer valid from %(day)s: this one replaces it.")
            % {"number": certificate.replaces.number, "day": date_text(certificate.issued_on)}
        )
    return lines


def _side(certificate: Certificate, language: str) -> dict:
    with translation.override(language):
        return {
            "lang": language,
            "title": _("Certificate of qualification compliance for independent job placement"),
            "number": _("No. %(number)s") % {"number": certificate.number},
            "rows": [list(row) for row in _rows(certificate)],
            "lines": _lines(certificate),
        }


def _verify_lines(certificate: Certificate, language: str) -> list[str]:
    with translation.override(language):
        return [
            _("Whether the certificate is valid: scan the code or open the address below."),
            _("Verification code: %(code)s") % {"code": certificate.code},
        ]


def _in_both(text) -> str:
    parts = []
    for language in LANGUAGES:
        with translation.override(language):
            parts.append(str(text()))
    return " / ".join(dict.fromkeys(parts))


def certificate_data(certificate: Certificate) -> dict:
    """What the certificate says, in Kazakh and in Russian."""
    organization = certificate.case.organization
    url = verify_url(certificate.code)
    return {
        "title": _in_both(lambda: _("Certificate No. %(number)s") % {"number": certificate.number}),
        "provider": " / ".join(dict.fromkeys(organization_name(organization, lang) for lang in LANGUAGES)),
        "mark": _in_both(lambda: _("DUPLICATE")) if certificate.kind == "duplicate" else None,
        "sides": [_side(certificate, language) for language in LANGUAGES],
        "verify_lines": [line for language in LANGUAGES for line in _verify_lines(certificate, language)],
        "verify_url": url,
        "footer": _in_both(lambda: _("Signed with the electronic signature of the service provider.")),
    }


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate's PDF, signed (``certificate`` need not be saved yet)."""
    from biliktilik.signing.qr import qr_svg

    content = render(
        "certificate.typ", certificate_data(certificate), qr=qr_svg(verify_url(certificate.code))
    )
    return signed(
        content, reason=_in_both(lambda: _("Certificate No. %(number)s") % {"number": certificate.number})
    )
