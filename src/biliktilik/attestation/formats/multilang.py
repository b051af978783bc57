"""Texts in several languages inside one Moodle text, read into a language → text mapping and
written back.

Read: Moodle's core multi-language filter (filter_multilang,
docs.moodle.org/en/Multi-language_content_filter),
``<span lang="kk" class="multilang">…</span><span lang="ru" class="multilang">…</span>`` (attributes
in either order) and its older ``<lang lang="kk">…</lang>``, and the ``{mlang kk}…{mlang}`` syntax
of the Multi-Language Content (v2) filter (filter_multilang2; ``{mlang kk,ru}`` gives both,
``{mlang other}`` stands for a language without a block). Consecutive blocks are one group, as
in Moodle; a language missing from a group gets the group's ``other`` block, else the group's
first block (Moodle shows the first translation). Text outside groups belongs to every language.
Unlike Moodle, a lone block is read as its language too: it is clearly marked. A text without
blocks is in ``language`` (the importer's choice; ``DEFAULT_LANGUAGE`` when not said).

Write: the core filter's span syntax (Moodle has it without a plugin), one span per language,
Kazakh first. A text holding a ``</span>`` of its own cannot sit inside a span (the filter
stops at the first ``</span>``), and a ``plain_text`` one shows markup as typed: for those
the ``{mlang}`` syntax is written, or, for a single language, the text alone (read back in
the importer's language).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .model import DEFAULT_LANGUAGE, LANGUAGES

# A block's text holds no tag of its kind (Moodle's filter stops at the first closing tag too);
# so a failed match stops at the next opening one, and reading stays linear in the text.
_SPAN = r'<span(?:\s+lang="[a-zA-Z0-9_-]+"|\s+class="multilang"){2}\s*>(?:(?!</?span\b).)*</span>'
_LANG = r'<lang\s+lang="[a-zA-Z0-9_-]+"\s*>(?:(?!</?lang\b).)*</lang>'
_MLANG = r"\{mlang\s+[a-zA-Z0-9_,\s-]+\}(?:(?!\{mlang).)*\{mlang\}"
_BLOCK = f"(?:{_SPAN}|{_LANG}|{_MLANG})"
_GROUP = re.compile(f"{_BLOCK}(?:\\s*{_BLOCK})*", re.S | re.I)
_PARTS = re.compile(
    r'<(?:span|lang)[^>]*?\blang="([a-zA-Z0-9_-]+)"[^>]*>(.*?)</(?:span|lang)>'
    r"|\{mlang\s+([a-zA-Z0-9_,\s-]+)\}(.*?)\{mlang\}",
    re.S | re.I,
)
OTHER = "other"
PLAIN = "plain_text"


def _normal(code: str) -> str:
    return code.strip().lower().replace("-", "_")


def _group_texts(group: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for span_lang, span_text, mlang_langs, mlang_text in _PARTS.findall(group):
        if span_lang:
            texts.setdefault(_normal(span_lang), span_text)
        else:
            for code in mlang_langs.split(","):
                texts.setdefault(_normal(code), mlang_text)
    return texts


def split(text: str, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The text of each language marked in ``text``; all of it in ``language`` if none is."""
    pieces: list[str | dict[str, str]] = []
    end = 0
    for match in _GROUP.finditer(text):
        pieces.append(text[end : match.start()])
        pieces.append(_group_texts(match.group(0)))
        end = match.end()
    if not pieces:
        return {language: text.strip()} if text.strip() else {}
    pieces.append(text[end:])
    codes = _ordered(code for piece in pieces if isinstance(piece, dict) for code in piece if code != OTHER)
    if not codes:
        codes = [language]
    return {code: "".join(_piece_for(piece, code) for piece in pieces).strip() for code in codes}


def _piece_for(piece: str | dict[str, str], code: str) -> str:
    if isinstance(piece, str):
        return piece
    if code in piece:
        return piece[code]
    return piece.get(OTHER, next(iter(piece.values())))


def _ordered(codes) -> list[str]:
    seen = list(dict.fromkeys(codes))
    known = [code for code in LANGUAGES if code in seen]
    return known + [code for code in seen if code not in LANGUAGES]


def join(texts: Mapping[str, str], text_format: str | None = None) -> str:
    """One Moodle text holding every language of ``texts`` (see the module's docstring)."""
    codes = _ordered(code for code, text in texts.items() if text)
    if not codes:
        return ""
    if text_format != PLAIN and not any("</span>" in texts[code].lower() for code in codes):
        return "".join(f'<span lang="{code}" class="multilang">{texts[code]}</span>' for code in codes)
    if len(codes) == 1:
        return texts[codes[0]]
    return "".join(f"{{mlang {code}}}{texts[code]}{{mlang}}" for code in codes)
