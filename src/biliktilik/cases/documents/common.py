"""What the case documents share: the rendering by Typst with the DejaVu fonts the Platform
ships, the provider's signature, dates and names as the documents write them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typst
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

TEMPLATES = Path(__file__).resolve().parent / "templates"
# The fonts are the Platform's (attestation/fonts): named by path, not imported, so that cases
# does not build on attestation for a directory of font files.
FONTS = Path(__file__).resolve().parents[2] / "attestation" / "fonts"
LANGUAGES = ("kk", "ru")


def render(template: str, data: dict, **inputs: str) -> bytes:
    return typst.compile(
        str(TEMPLATES / template),
        root=str(TEMPLATES),
        font_paths=[str(FONTS)],
        ignore_system_fonts=True,
        sys_inputs={"data": json.dumps(data, ensure_ascii=False), **inputs},
    )


def signed(content: bytes, *, reason: str) -> bytes:
    # pyHanko takes half a second to import: only a process that signs pays it.
    from biliktilik.signing.pdf import sign_pdf

    return sign_pdf(content, reason=reason, location=settings.BILIKTILIK_SITE_URL)


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def organization_name(organization, language: str) -> str:
    return (organization.name_ru if language == "ru" else "") or organization.name_kk


def user_name(user) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


def verify_url(code: str) -> str:
    """The public verification page of a certificate, as an absolute address (the QR code leaves
    the site: it is read from paper)."""
    return settings.BILIKTILIK_SITE_URL.rstrip("/") + reverse("documents:verify", args=[code])


def footer() -> str:
    return _("Formed by Biliktilik on %(day)s.") % {"day": date_text(timezone.localdate())}
