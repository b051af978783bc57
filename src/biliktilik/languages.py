"""Text kept in several languages: the one a reader asked for, else the first it exists in.

The one place that decides the fallback (pure Python, no Django), for legal texts (``LText``),
the calendar's day names, the register's titles and the registry's names alike.
"""

from __future__ import annotations

LANGUAGES = ("kk", "ru", "en")


def pick(value, language: str) -> tuple[str | None, str | None]:
    """The text of ``value`` (a mapping, or an object with ``kk``/``ru``/``en`` attributes) in
    ``language``, else in Kazakh, Russian, English, the first that has it; with the language it
    is in. ``(None, None)`` when it has none."""
    if value is None:
        return None, None
    get = value.get if isinstance(value, dict) else (lambda key: getattr(value, key, None))
    for candidate in (language, *LANGUAGES):
        text = get(candidate)
        if text:
            return text, candidate
    return None, None


def in_language(value, language: str) -> str:
    """The text of ``value`` in ``language`` or its fallback (see ``pick``); empty if none."""
    return pick(value, language)[0] or ""
