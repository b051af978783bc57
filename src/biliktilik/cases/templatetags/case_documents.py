"""The case's documents on its page fetch their own reads: ``{% documents_context as docs %}`` in
``cases/_documents.html`` (the case page's context has the case, its page and today): the
certificate issued on the case (its number, dates and public verification code, not its PDF) and
the letters the case has, each in the languages it is made in."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import documents
from ..documents.letters import decision_of
from ..models import Evaluation

register = template.Library()
REFUSALS = {
    "refused_to_accept": gettext_lazy("Refusal to accept the application"),
    "motivated_refusal": gettext_lazy("Motivated refusal to issue the certificate"),
}


def _letters(case) -> list[dict]:
    """The documents ``views_documents.case_document`` would give for ``case`` (letters.BUILDERS'
    conditions, read without building a PDF)."""
    found = []
    if Evaluation.objects.filter(case=case).exclude(protocol_number="").exists():
        found.append(("protocol", _("Commission's protocol")))
    if decision_of(case) is not None:
        found.append(("notification", _("Notification of the decision taken")))
    if case.ending in REFUSALS:
        found.append(("refusal", str(REFUSALS[case.ending])))
    languages = [{"code": "kk", "label": _("Kazakh")}, {"code": "ru", "label": _("Russian")}]
    return [
        {
            "document": code,
            "label": label,
            "languages": [lang for lang in languages if lang["code"] in documents.LANGUAGES],
        }
        for code, label in found
    ]


@register.simple_tag(takes_context=True)
def documents_context(context) -> dict:
    case = context["case"]
    certificate = case.certificates.defer("pdf").order_by("-id").first()
    return {"certificate": certificate, "letters": _letters(case)}
