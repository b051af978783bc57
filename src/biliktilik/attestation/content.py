"""What makes a question of each kind, checked before anything is saved.

Every kind needs a text in at least one of the Platform's languages (kk, ru) and options with
text; ``single`` and ``true_false`` have exactly one correct option (``true_false`` exactly
two options), ``multiple`` at least one. Options get ids ("a", "b", …) in their order: an
attempt keeps the version it showed, so ids never have to outlive a version.
"""

from __future__ import annotations

from string import ascii_lowercase

from django.utils.translation import gettext_lazy as _

from .errors import BadQuestion

LANGUAGES = ("kk", "ru")
MAX_OPTIONS = 12
MAX_TEXT = 5000


def clean_text(value, *, loc: list) -> dict[str, str]:
    """``{"kk": …, "ru": …}`` with at least one non-empty language; others refused."""
    if not isinstance(value, dict) or not value:
        raise BadQuestion(_("Give the text in Kazakh, in Russian or in both."), loc=loc)
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise BadQuestion(_("Texts are in Kazakh (kk) and Russian (ru) only."), loc=[*loc, unknown[0]])
    text = {lang: (value.get(lang) or "").strip() for lang in LANGUAGES}
    if not any(text.values()):
        raise BadQuestion(_("Give the text in Kazakh, in Russian or in both."), loc=loc)
    for lang, words in text.items():
        if len(words) > MAX_TEXT:
            raise BadQuestion(
                _("A text may be at most %(limit)s characters long."), loc=[*loc, lang], limit=MAX_TEXT
            )
    return {lang: words for lang, words in text.items() if words}


def clean_options(kind: str, options: list[dict], *, question_languages: set[str]) -> list[dict]:
    if not 2 <= len(options) <= MAX_OPTIONS:
        raise BadQuestion(
            _("A question has from 2 to %(limit)s options."), loc=["body", "options"], limit=MAX_OPTIONS
        )
    cleaned = []
    for index, option in enumerate(options):
        text = clean_text(option.get("text"), loc=["body", "options", index, "text"])
        missing = sorted(question_languages - set(text))
        if missing:
            raise BadQuestion(
                _("Each option needs its text in every language the question has."),
                loc=["body", "options", index, "text", missing[0]],
            )
        cleaned.append({"id": ascii_lowercase[index], "text": text, "correct": bool(option.get("correct"))})
    correct = sum(o["correct"] for o in cleaned)
    if kind == "true_false" and len(cleaned) != 2:
        raise BadQuestion(_("A true-or-false question has exactly two options."), loc=["body", "options"])
    if kind in ("single", "true_false") and correct != 1:
        raise BadQuestion(_("Mark exactly one option as correct."), loc=["body", "options"])
    if kind == "multiple" and correct < 1:
        raise BadQuestion(_("Mark at least one option as correct."), loc=["body", "options"])
    return cleaned


def clean_question(*, kind: str, text: dict, options: list[dict]) -> tuple[dict, list[dict]]:
    cleaned_text = clean_text(text, loc=["body", "text"])
    return cleaned_text, clean_options(kind, options, question_languages=set(cleaned_text))
