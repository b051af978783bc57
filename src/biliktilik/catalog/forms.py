from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import NoControlCharacters, date_field

from .comparison import FROM_AFTER_TO

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


class CompareForm(forms.Form):
    """The two days an act is read on; "from" is a Python keyword, so the fields are added by
    name. An unreadable date is an error on its field; the first date after the second, on the first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = date_field(_("First date"))
        self.fields["to"] = date_field(_("Second date"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("from", FROM_AFTER_TO)
        return cleaned
