"""The registry's names in the reader's language, marked when they are shown in Kazakh because
no Russian form was entered; IINs as the reader may see them."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from biliktilik.languages import pick
from biliktilik.staff import selectors

register = template.Library()

# The languages the registry keeps names in; on an English page a Kazakh name is the name.
KEPT = ("kk", "ru")


def _language() -> str:
    return (get_language() or "kk")[:2]


def _marked(text: str, used: str | None, language: str):
    if used is None or used == language or language not in KEPT:
        return text
    return format_html(
        '<span lang="{}">{}</span> <small class="badge fallback" title="{}">{}</small>',
        used,
        text,
        _("No text in your language; shown in the language it exists in."),
        {"kk": "қаз", "ru": "рус"}[used],
    )




@register.simple_tag
def name_of(record):
    """An organization's or an employee's name in the page's language, marked if it fell back."""
    language = _language()
    if hasattr(record, "name_kk"):
        text, used = pick({"kk": record.name_kk, "ru": record.name_ru}, language)
    else:
        text, used = selectors.full_name(record, language)
    return _marked(text or "", used, language)


@register.simple_tag
def other_name_of(employee) -> str:
    """The employee's name in the other language the registry keeps, if it has one."""
    language = _language()
    shown, used = selectors.full_name(employee, language)
    other = "ru" if used == "kk" else "kk"
    text, found = selectors.full_name(employee, other)
    return text if found == other and text != shown else ""


@register.simple_tag(takes_context=True)
def iin_of(context, employee) -> str:
    """The IIN whole for those who keep the record (and the person), else masked."""
    return selectors.shown_iin(viewer=context["request"].user, employee=employee)
