"""The audit-trail viewer's filters: what the trail holds is offered, anything else refused."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary

from . import selectors

DATE_MESSAGES = {"invalid": _("Enter a date in the form YYYY-MM-DD.")}


def _date_field(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages=DATE_MESSAGES,
    )


class AuditFilterForm(forms.Form):
    actor = forms.ChoiceField(label=_("Who"), required=False)
    action = forms.ChoiceField(label=_("Action"), required=False)
    object_type = forms.ChoiceField(label=_("Object"), required=False)
    date_from = _date_field(_("From"))
    date_to = _date_field(_("To"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        domains = {"action": vocabulary.AUDIT_ACTION, "object_type": vocabulary.AUDIT_OBJECT}
        for column, values in selectors.audit_choices().items():
            name = "actor" if column == "actor_name" else column
            domain = domains.get(name)
            labels = [(v, _(domain.msgid(v)) if domain and v in domain else v) for v in values]
            self.fields[name].choices = [("", _("any")), *labels]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    def filters(self) -> selectors.AuditFilters:
        if not self.is_valid():
            return selectors.AuditFilters()
        return selectors.AuditFilters(**self.cleaned_data)
