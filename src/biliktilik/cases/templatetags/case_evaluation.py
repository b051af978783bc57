"""The commission's part of the case page fetches its own reads: ``{% evaluation_context as ev %}``
in ``cases/_evaluation.html`` (the case page's context has the case, its page and today)."""

from django import template

from .. import views_evaluation

register = template.Library()


@register.simple_tag(takes_context=True)
def evaluation_context(context) -> dict:
    return views_evaluation.panel(context["request"], context["case"], context["today"])
