"""Rendering a comparison of two wordings (``lawbook.compare``): the words marked, in the
reader's language, and the typed values that differ read as a person reads them."""

from __future__ import annotations

import re

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.lawbook import loader
from biliktilik.lawbook.compare import LANGS, PointComparison, ValueChange

register = template.Library()

_TAGS = {"delete": "del", "insert": "ins"}
_ITEM = re.compile(r"^(?P<name>[a-z_]+)\[(?P<key>[^\]#]+)(?:#\d+)?\]$")

# A list's item: the words it is read by and the vocabulary its name is a code of.
ITEMS = {
    "requirements": (_("requirement %(key)s"), None),
    "characteristics": (_("characteristic %(key)s"), None),
    "ladders": (_("ladder of the %(key)s"), "qualification_level"),
    "steps": (None, "category"),  # "higher category": the code's own label
    "thresholds": (_("pass mark for the %(key)s"), "attestee"),
    "categories": (_("category %(key)s"), "attestation_category"),
    "decisions": (_("decision band %(key)s"), None),
    "outcomes": (_("outcome %(key)s"), None),
    "rating": (_("rating band %(key)s"), None),
    "violations": (_("violations band %(key)s"), None),
    "education_any_of": (_("education option %(key)s"), None),
    "experience_any_of": (_("experience branch %(key)s"), None),
}
FIELDS = {
    "years": _("years of experience"),
    "as_category": _("as a specialist of"),
    "levels": _("education levels"),
    "fields": _("fields of education"),
    "sectors": _("sectors where experience counts"),
    "management": _("in management positions"),
    "education": _("education required"),
    "position": _("position"),
    "percent": _("per cent"),
    "category_validity_years": _("years a category is valid"),
    "appeal": _("appeal"),
    "days": _("days"),
    "kind": _("kind of days"),
    "value": _("value"),
    "min": _("from"),
    "max": _("below"),
    "points": _("points"),
    "decision": _("decision"),
    "attestees": _("attestees"),
    "score": _("score measured"),
    "attestation": _("attestation"),
    "activity_assessment": _("assessment of professional activity"),
    "test_max_points": _("most points of the test"),
    "kept_on_level_rise": _("categories kept on moving to a higher level"),
    "rank": _("rank"),
    "title": _("title"),
}
# A value's codes are read in the vocabulary named here; None means "any" for these fields.
DOMAINS = {
    "category": "category",
    "as_category": "category",
    "levels": "education_level",
    "fields": "education_field",
    "sectors": "sector",
    "qualification_level": "qualification_level",
    "attestee": "attestee",
    "attestees": "attestee",
    "decision": "decision",
    "score": "score",
    "holding": "attestation_category",
    "categories": "attestation_category",
}
ANY_WHEN_NONE = {"fields", "sectors", "holding"}


def _language() -> str:
    return (get_language() or "kk")[:2]


@register.simple_tag
def pairs_in(point: PointComparison):
    """The point's text pairs in the reader's language, else Kazakh (a language our sources
    have on neither side)."""
    lang = _language()
    pairs = point.texts.get(lang) or ()
    if lang != "kk" and not any(p.before or p.after for p in pairs):
        return point.texts.get("kk") or ()
    return pairs


@register.simple_tag
def marked(pair, side: str):
    """One side of a text pair with its deletions (``before``) or insertions (``after``) marked."""
    segments = pair.before_segments if side == "before" else pair.after_segments
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<{0}>{1}</{0}>", _TAGS[s.op], s.text) if s.op in _TAGS else s.text,)
            for s in segments
        ),
    )


@register.simple_tag
def in_lawbook(act_id) -> bool:
    """Whether the explorer can link to the act (a draft's act is in no page of it)."""
    return bool(act_id) and loader.default().get(act_id) is not None


def _code(domain: str | None, code) -> str:
    if domain is None:
        return str(code)
    try:
        return vocabulary.label(domain, code, _language())
    except KeyError:
        return str(code)


@register.simple_tag
def value_label(change: ValueChange) -> str:
    """"ladder of the high level · higher category · years of experience"."""
    words = []
    for part in change.path:
        found = _ITEM.match(part)
        if found:
            pattern, domain = ITEMS.get(found["name"], (None, None))
            key = _code(domain, found["key"])
            words.append(str(pattern) % {"key": key} if pattern else key)
        else:
            words.append(str(FIELDS.get(part, part.replace("_", " "))))
    return " · ".join(words)


@register.simple_tag
def value_text(change: ValueChange, side: str) -> str:
    value = change.before if side == "before" else change.after
    leaf = change.path[-1] if change.path else ""
    domain = DOMAINS.get(leaf)
    if value is None:
        return str(_("any")) if leaf in ANY_WHEN_NONE else "—"
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, dict) and set(value) <= set(LANGS):
        return value.get(_language()) or value.get("kk") or "—"
    if isinstance(value, list):
        return ", ".join(_code(domain, v) for v in value) or "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _code(domain, value) if domain else str(value)
