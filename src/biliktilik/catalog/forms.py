from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import NoControlCharacters

BLOCKS = [("", _("All blocks")), ("A", "A"), ("B", "B"), ("C", "C"), ("D", "D")]


class PositionSearchForm(NoControlCharacters, forms.Form):
    q = forms.CharField(label=_("Position title"), required=False, max_length=200)
    block = forms.ChoiceField(label=_("Block"), required=False, choices=BLOCKS)


class ActSearchForm(NoControlCharacters, forms.Form):
    """The acts' full-text search: the words, the day the wording is read on, the language."""

    q = forms.CharField(
        label=_("Words to find"),
        required=False,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "maxlength": 200, "autocomplete": "off"}),
    )
    as_of = forms.DateField(
        label=_("Wording in force on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    lang = forms.ChoiceField(label=_("Text in"), required=False, choices=[])

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["lang"].choices = [(code, _(name)) for code, name in settings.LANGUAGES]

    def value(self, name: str, default):
        if self.is_bound and self.is_valid() and self.cleaned_data.get(name):
            return self.cleaned_data[name]
        return default
