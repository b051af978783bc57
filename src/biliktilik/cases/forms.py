"""Forms of the case staff's pages. They only parse: what the procedure or the step order refuses
is the services' (``biliktilik.forms.refused`` puts it on the field it names)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices
from biliktilik.forms import BLANK, NoControlCharacters, date_field

from .services_cases import MAX_NOTE

WHEN = [("", _("any")), ("overdue", _("overdue")), ("soon", _("due soon"))]


class CaseFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("any"))] + choices(vocabulary.CASE_STATUS)
    )
    when = forms.ChoiceField(label=_("Deadline"), required=False, choices=WHEN)

    def filters(self) -> dict:
        if not self.is_valid():
            return {"status": "", "when": ""}
        return {"status": self.cleaned_data["status"], "when": self.cleaned_data["when"]}


class IntakeForm(NoControlCharacters, forms.Form):
    organization = forms.TypedChoiceField(label=_("Service provider"), coerce=int)
    procedure = forms.ChoiceField(label=_("Procedure"))
    registered_on = date_field(_("Registration date"))
    channel = forms.ChoiceField(label=_("Channel"), choices=BLANK + choices(vocabulary.CASE_CHANNEL))
    name = forms.CharField(label=_("Applicant's full name"), max_length=300)
    citizenship = forms.CharField(label=_("Citizenship"), max_length=100)
    document = forms.CharField(
        label=_("Identity document"), max_length=200, help_text=_("Its kind and number.")
    )
    contact = forms.CharField(label=_("Contact"), max_length=300, required=False)
    occupation = forms.CharField(label=_("Occupation claimed"), max_length=300)

    def __init__(self, *args, offered, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].choices = BLANK + [(p.id, p.title) for p in offered]

    def service_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "procedure": data["procedure"],
            "registered_on": data["registered_on"],
            "channel": data["channel"],
            "applicant": {
                key: data[key] for key in ("name", "citizenship", "document", "contact", "occupation")
            },
        }


class StepForm(NoControlCharacters, forms.Form):
    """Completing the current step: the day it was done and a note."""

    on = date_field(_("Done on"))
    note = forms.CharField(
        label=_("Note"), required=False, max_length=MAX_NOTE, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = today


class ReturnForm(StepForm):
    """Returning the current step to the one before: the note says why (the service requires it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].label = _("Returned on")
        self.fields["note"].label = _("Why it is returned")


class RefuseForm(NoControlCharacters, forms.Form):
    on = date_field(_("Refused on"))
    reason = forms.CharField(
        label=_("Reason for the refusal"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = today
