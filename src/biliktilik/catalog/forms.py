import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import NoControlCharacters

BLOCKS = [("", _("All blocks")), ("A", "A"), ("B", "B"), ("C", "C"), ("D", "D")]


class AsOfForm(forms.Form):
    as_of = forms.DateField(
        label=_("On date"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date in the form YYYY-MM-DD.")},
    )

    def as_of_date(self) -> dt.date:
        if self.is_valid() and self.cleaned_data.get("as_of"):
            return self.cleaned_data["as_of"]
        return dt.date.today()


class PositionSearchForm(NoControlCharacters, forms.Form):
    q = forms.CharField(label=_("Position title"), required=False, max_length=200)
    block = forms.ChoiceField(label=_("Block"), required=False, choices=BLOCKS)
