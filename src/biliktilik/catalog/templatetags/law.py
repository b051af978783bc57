"""Rendering legal text in the reader's language, with the fallback and its status marked."""

import logging
from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language

from biliktilik import vocabulary
from biliktilik.accounts import permissions
from biliktilik.catalog import warnings
from biliktilik.languages import pick
from biliktilik.lawbook import loader
from biliktilik.lawbook.citations import act_label, citation_label, point_label, wording_label
from biliktilik.rules import procedures as procedure_rule

register = template.Library()
logger = logging.getLogger(__name__)

LANG_NAMES = {"kk": "қаз", "ru": "рус", "en": "eng"}


@register.simple_tag(takes_context=True)
def lt(context, value, official: str = "kk"):
    """The text in the current language; a fallback or our translation gets a quiet mark."""
    lang = (get_language() or "kk")[:2]
    text, used = pick(value, lang)
    if text is None:
        return flag(context, "wording_missing")
    shown = format_html('<span lang="{}">{}</span>', used, text)
    if used != lang:
        return format_html("{} {}", shown, mark(context, "fallback", LANG_NAMES[used]))
    if official and used != official:
        mark(context, "unofficial")  # said once in the page's legend, not beside every text
    return shown


def _used(context) -> list[str]:
    # The page's root render context: an included template (a table's rows) gets a fresh one.
    return context.render_context.dicts[0].setdefault("biliktilik_marks", [])


@register.simple_tag(takes_context=True)
def mark(context, code: str, text: str | None = None):
    """A quiet mark (estimated, reconstructed, our translation): small and neutral, explained
    once in the page's legend (``marks_legend``)."""
    found = warnings.warning(code)
    if warnings.is_action(code):
        return flag(context, code)
    _used(context).append(code)
    if not found.per_item:
        return ""
    label = text or found.label
    return format_html(
        '<small class="mark" data-mark="{}" title="{}">{}</small>', code, found.explanation, label
    )


@register.simple_tag(takes_context=True)
def flag(context, code: str, text: str | None = None):
    """What needs action (review overdue, repealed, wording not in our sources): one prominent style."""
    found = warnings.warning(code)
    if not warnings.is_action(code):
        return mark(context, code, text)
    label = text or found.label
    return format_html(
        '<strong class="flag" data-flag="{}" title="{}">{}</strong>', code, found.explanation, label
    )


@register.inclusion_tag("catalog/_legend.html", takes_context=True)
def marks_legend(context):
    """The quiet marks used above on this page, each explained once."""
    return {"legend": warnings.legend(_used(context))}


@register.simple_tag
def status_needs_action(status):
    return warnings.status_needs_action(status)


@register.simple_tag(takes_context=True)
def reads_interpretations(context):
    """Whether the reader is one the encoders' interpretations are written for."""
    request = context.get("request")
    return bool(request and permissions.reads_interpretations(request.user))


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
    empty for an id that is no number the act prints (the text then speaks for itself)."""
    label = point_label(point, (get_language() or "kk")[:2], in_full=True)
    # The English word for the preamble is its id; any other id returned unchanged has no word.
    return label if label != point or point == "preamble" else ""


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
def term(value, domain: str):
    """A code of the vocabulary (``{{ w.sector|term:"sector" }}``) by its label in the reader's
    language; a list of codes by their labels; a dash for none."""
    language = (get_language() or "kk")[:2]
    if isinstance(value, (list, tuple)):
        return ", ".join(_label(domain, item, language) for item in value) or "—"
    return _label(domain, value, language)


def _label(domain: str, code, language: str) -> str:
    try:
        return vocabulary.label(domain, code, language)
    except KeyError:
        # A code the vocabulary lacks (an old audit entry, say) is shown rather than failing the
        # page; the crawler test (tests/pages/test_crawl_language.py) finds such codes.
        logger.warning("no label for %r in %s", code, domain)
        return str(code)


def _day(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "…"


@register.simple_tag
def regulation_standing(source, on=None):
    """Where the regulation of a procedure stands on ``on`` (today unless given): ``source`` the
    procedure's citation (a case's ``source``, a ``Procedure``'s, a listed procedure's dict).
    None for no source; else the act's status, the period it was in force ("27.03.2017 –
    11.04.2021"), and, once our sources repeal it, from when, whether that day has come, and
    the repealing act as a citation."""
    if not source:
        return None
    get = source.get if isinstance(source, dict) else (lambda k: getattr(source, k, None))
    found = procedure_rule.standing(
        loader.default(), get("act"), get("point"), get("wording_by"), on or timezone.localdate()
    )
    return {
        "status": found.status,
        "period": f"{_day(found.period.start)} – {_day(found.period.end)}",
        "repealed_from": found.repealed_from,
        "repealed": found.status == "repealed",
        "repealing": {"act": found.repealed_by} if found.repealed_by else None,
    }
