"""Rendering legal text in the reader's language, with the fallback and its status marked."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from biliktilik.languages import pick

register = template.Library()

LANG_NAMES = {"kk": "қаз", "ru": "рус", "en": "eng"}


@register.simple_tag
def lt(value, official: str = "kk"):
    """The text in the current language; marks a fallback and an unofficial translation."""
    lang = (get_language() or "kk")[:2]
    text, used = pick(value, lang)
    if text is None:
        return format_html('<span class="missing">{}</span>', _("(not in our sources)"))
    if used != lang:
        return format_html(
            '<span lang="{}">{}</span> <small class="badge fallback" title="{}">{}</small>',
            used,
            text,
            _("No text in your language; shown in the language it exists in."),
            LANG_NAMES[used],
        )
    if used != official:
        return format_html(
            '<span lang="{}">{}</span> <small class="badge unofficial" title="{}">{}</small>',
            used,
            text,
            _("Our translation, not an official text."),
            _("unofficial"),
        )
    return format_html('<span lang="{}">{}</span>', used, text)


@register.simple_tag
def lt_plain(value):
    lang = (get_language() or "kk")[:2]
    text, _used = pick(value, lang)
    return text or ""


def point_label(point: str) -> str:
    if point == "appendix":
        return _("the appendix")
    if point.startswith("appendix-"):
        return _("appendix %(number)s") % {"number": point.removeprefix("appendix-")}
    if point[:1].isdigit():
        return _("p. %(point)s") % {"point": point}
    return point


@register.simple_tag
def cite(citation):
    """A citation as a link to the point in the explorer: act, point, sub-point, wording."""
    if citation is None:
        return ""
    get = citation.get if isinstance(citation, dict) else (lambda k: getattr(citation, k, None))
    parts = [get("act"), point_label(get("point"))]
    subpoint = get("subpoint")
    if subpoint in ("high", "medium"):
        # The ladders of points 54-69 are cut by qualification level, which the text does not number.
        parts.append(_("high qualification level") if subpoint == "high" else _("medium qualification level"))
    elif subpoint:
        parts.append(_("subp. %(subpoint)s") % {"subpoint": subpoint})
    label = ", ".join(parts)
    if get("wording_by"):
        label += " — " + _("as worded by %(act)s") % {"act": get("wording_by")}
    url = reverse("catalog:act", args=[get("act")]) + f"#p-{get('point')}"
    return format_html('<a class="cite" href="{}">{}</a>', url, label)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def term(value):
    """A contract enum value (category, level, sector, …) in the reader's language."""
    from biliktilik.rules.messages import VOCABULARY

    if value in (None, ""):
        return "—"
    return VOCABULARY.get((get_language() or "kk")[:2], {}).get(value, value)
