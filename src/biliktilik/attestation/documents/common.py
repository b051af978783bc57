"""What both documents share: the notes they carry, their sections, and the rendering by Typst
with the fonts the Platform ships."""

from __future__ import annotations

import json
from pathlib import Path

import typst
from django.utils import timezone
from django.utils.translation import gettext as _

from ..wording import moment_text

PACKAGE = Path(__file__).resolve().parents[1]
TEMPLATE = PACKAGE / "templates" / "attestation" / "documents" / "document.typ"
FONTS = PACKAGE / "fonts"


def section(heading: str, rows=(), *, lines=(), table=None) -> dict:
    return {"heading": heading, "rows": [list(r) for r in rows], "lines": list(lines), "table": table}


def appendix_1_note() -> str:
    return _(
        "The base text of the Appendix 1 form (the list of attestees, p.9) is not in our sources: "
        "this document shows the fields of the list the Platform keeps — the attestee, the kind of "
        "attestee, first attestation or re-attestation, the category held and the declared one, "
        "the learning plan's hours."
    )


def render(data: dict) -> bytes:
    return typst.compile(
        str(TEMPLATE),
        root=str(TEMPLATE.parent),
        font_paths=[str(FONTS)],
        ignore_system_fonts=True,
        sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
    )


def footer() -> str:
    return _("Formed by Biliktilik on %(moment)s.") % {"moment": moment_text(timezone.now())}
