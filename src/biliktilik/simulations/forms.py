"""The simulations' forms: a draft written from a common change or as YAML, a run's date."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices
from biliktilik.forms import NoControlCharacters, date_field
from biliktilik.lawbook.drafts import MAX_DRAFT_CHARS

LADDER_REQUIREMENTS = ("54", "57", "60", "69")
CHANGES = (
    ("ladder_years", _("Years of experience for a category (points 54, 57, 60, 69)")),
    ("ladder_sector", _("A sector whose experience counts (points 54, 57, 60, 69)")),
    ("threshold", _("The test threshold of a kind of attestee (point 17)")),
    ("yaml", _("Another change: I write the YAML")),
)


class DraftStartForm(NoControlCharacters, forms.Form):
    """A new draft: its name and date, and either one common change (the draft is written from
    the law in force on that date) or the YAML typed by hand."""

    title = forms.CharField(label=_("Name of the draft"), max_length=300)
    entry = date_field(_("Assumed entry into force"))
    change = forms.ChoiceField(label=_("What the draft changes"), choices=CHANGES, widget=forms.RadioSelect)
    requirement = forms.ChoiceField(
        label=_("Point of order No. 360"), choices=[(p, p) for p in LADDER_REQUIREMENTS], required=False
    )
    category = forms.ChoiceField(
        label=_("Category"),
        choices=choices(vocabulary.CATEGORY, only=("higher", "first", "second")),
        required=False,
    )
    years = forms.IntegerField(label=_("Years required"), min_value=0, max_value=50, required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=choices(vocabulary.SECTOR), required=False)
    attestee = forms.ChoiceField(label=_("Attestee"), choices=choices(vocabulary.ATTESTEE), required=False)
    percent = forms.DecimalField(
        label=_("Threshold, %"), min_value=0, max_value=100, decimal_places=1, required=False
    )
    amendment = forms.CharField(
        label=_("The draft in YAML"),
        required=False,
        max_length=MAX_DRAFT_CHARS,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false", "translate": "no", "class": "yaml"}),
    )
    file = forms.FileField(label=_("…or a YAML file"), required=False)

    NEEDS = {
        "ladder_years": ("requirement", "category", "years"),
        "ladder_sector": ("requirement", "sector"),
        "threshold": ("attestee", "percent"),
        "yaml": ("amendment",),
    }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if upload.size > MAX_DRAFT_CHARS * 4:
            raise forms.ValidationError(_("The file is larger than a draft can be."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file is not text in UTF-8.")) from None

    def clean(self):
        data = super().clean()
        if data.get("change") == "yaml" and data.get("file"):
            data["amendment"] = data["file"]
        for name in self.NEEDS.get(data.get("change"), ()):
            if data.get(name) in (None, ""):
                self.add_error(name, _("This field is required for the change chosen."))
        return data


class DraftEditForm(NoControlCharacters, forms.Form):
    title = forms.CharField(label=_("Name of the draft"), max_length=300)
    amendment = forms.CharField(
        label=_("The draft in YAML"),
        max_length=MAX_DRAFT_CHARS,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "false", "translate": "no", "class": "yaml"}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


class RunForm(forms.Form):
    as_of = date_field(_("Evaluate the registry on"))
