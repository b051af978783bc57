"""Rendering legal text in the reader's language, with the fallback and its status marked."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from biliktilik.languages import pick
from biliktilik.lawbook.citations import act_label, citation_label, point_label, wording_label

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


@register.simple_tag
def cite(citation):
    """A citation as a link to the point in the explorer, read as people read it: act number and
    date, point, sub-point, wording (the one helper, ``lawbook.citations``)."""
    if citation is None:
        return ""
    get = citation.get if isinstance(citation, dict) else (lambda k: getattr(citation, k, None))
    label = citation_label(citation, (get_language() or "kk")[:2])
    url = point_url(get("act"), get("point"))
    return format_html('<a class="cite" href="{}">{}</a>', url, label)


def point_url(act_id: str, point: str | None) -> str:
    """The act's page that holds the point (the page is found by ``?point=``), at the point."""
    url = reverse("catalog:act", args=[act_id])
    return f"{url}?{urlencode({'point': point})}#p-{point}" if point else url


@register.simple_tag
def point_name(point):
    """A point's heading in the reader's language ("54-тармақ", "п. 54", "кіріспе", "приложение");
    an id the helper has no word for keeps the old "Point <id>"."""
    label = point_label(point, (get_language() or "kk")[:2], in_full=True)
    return label if label != point else f"{_('Point')} {point}"


@register.simple_tag
def act_name(act_id):
    """An act by its number and date ("№ 360 бұйрық (25.10.2017)"), not its id."""
    return act_label(act_id, (get_language() or "kk")[:2]) if act_id else ""


@register.simple_tag
def wording_name(act_id):
    """The wording an amending act gave ("№ 316 бұйрықтың редакциясы")."""
    return wording_label(act_id, (get_language() or "kk")[:2]) if act_id else ""


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
