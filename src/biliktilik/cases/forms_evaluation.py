"""Forms of the commission's part of a case page: the documents checklist and the applicant's
records (intake officer, executor), the commission's evaluation and a member's vote, the
secretary's protocol. They only parse: what the step order, the role or the law refuses is the
services' (``services_evaluation``), put back on the field it names."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices
from biliktilik.forms import BLANK, NoControlCharacters, date_field
from biliktilik.languages import in_language
from biliktilik.lawbook.citations import act_label
from biliktilik.rules.qualification import BASE_ACT
from biliktilik.staff.selectors_card import requirement_entry

from .services_cases import MAX_NOTE
from .services_evaluation import MAX_LINE, REQUIREMENTS

# Empty rows offered below the recorded ones: enough for a diploma and two jobs at a time.
EXTRA_EDUCATION, EXTRA_EXPERIENCE = 1, 2


def _text(label, *, max_length: int = MAX_LINE) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=max_length)


# --- the documents checklist -----------------------------------------------------------------


class ChecklistForm(NoControlCharacters, forms.Form):
    """One row per item of the case's checklist: submitted or not, valid until, a note. The
    fields are ``<item>-submitted``, ``<item>-valid_until`` and ``<item>-note``."""

    def __init__(self, *args, items: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            code = item["item"]
            self.fields[f"{code}-submitted"] = forms.BooleanField(
                label=_("Submitted"), required=False, initial=item["submitted"]
            )
            self.fields[f"{code}-valid_until"] = date_field(
                _("Valid until"), required=False, initial=item["valid_until"]
            )
            self.fields[f"{code}-note"] = _text(_("Note"), max_length=500)
            self.fields[f"{code}-note"].initial = item["note"]

    def rows(self) -> list[dict]:
        """The items with their bound fields, for the table."""
        return [
            {
                **item,
                "submitted_field": self[f"{item['item']}-submitted"],
                "valid_until_field": self[f"{item['item']}-valid_until"],
                "note_field": self[f"{item['item']}-note"],
            }
            for item in self.items
        ]

    def service_items(self) -> list[dict]:
        data = self.cleaned_data
        return [
            {
                "item": item["item"],
                "submitted": data[f"{item['item']}-submitted"],
                "valid_until": data[f"{item['item']}-valid_until"],
                "note": data[f"{item['item']}-note"],
            }
            for item in self.items
        ]


# --- the applicant's education and experience ------------------------------------------------


class EducationRowForm(NoControlCharacters, forms.Form):
    level = forms.ChoiceField(
        label=_("Level of education"), choices=BLANK + choices(vocabulary.EDUCATION_LEVEL)
    )
    field = forms.ChoiceField(
        label=_("Field of education"), choices=BLANK + choices(vocabulary.EDUCATION_FIELD)
    )
    institution = _text(_("Institution"))
    document = _text(_("Document and its number"))


class ExperienceRowForm(NoControlCharacters, forms.Form):
    start = date_field(_("From"))
    end = date_field(_("To (empty if ongoing)"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=BLANK + choices(vocabulary.SECTOR))
    management = forms.BooleanField(label=_("Management position"), required=False)
    employer = _text(_("Employer"))
    document = _text(_("Document and its number"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period ends before it starts."))
        return data


class RowFormSet(forms.BaseFormSet):
    """Rows already recorded may be struck out (Django's "Delete", named in our words and
    catalogue); empty extra rows are ignored."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Strike out")


EducationFormSet = forms.formset_factory(
    EducationRowForm, formset=RowFormSet, extra=EXTRA_EDUCATION, can_delete=True, max_num=20
)
ExperienceFormSet = forms.formset_factory(
    ExperienceRowForm, formset=RowFormSet, extra=EXTRA_EXPERIENCE, can_delete=True, max_num=200
)


class RecordsForms:
    """The two row sets of the records form, posted and saved together."""

    def __init__(self, data=None, *, records: dict):
        education = [
            {k: row[k] for k in ("level", "field", "institution", "document")} for row in records["education"]
        ]
        experience = [
            {k: row[k] for k in ("start", "end", "sector", "management", "employer", "document")}
            for row in records["experience"]
        ]
        self.education = EducationFormSet(data, initial=education, prefix="education")
        self.experience = ExperienceFormSet(data, initial=experience, prefix="experience")
        self.errors_above: list[str] = []

    def add_error(self, _field, message) -> None:
        """A refusal of the records as a whole (a conflict), said above both row sets."""
        self.errors_above.append(str(message))

    def is_valid(self) -> bool:
        return all([self.education.is_valid(), self.experience.is_valid()])

    @staticmethod
    def _kept(formset) -> list[forms.Form]:
        """The rows to save, in order: neither struck out nor left empty."""
        return [
            f
            for f in formset.forms
            if f.has_changed() or f in formset.initial_forms
            if not (formset.can_delete and formset._should_delete_form(f))
        ]

    def rows(self) -> tuple[list[forms.Form], list[forms.Form]]:
        return self._kept(self.education), self._kept(self.experience)

    @property
    def non_form_errors(self) -> list:
        return [*self.errors_above, *self.education.non_form_errors(), *self.experience.non_form_errors()]


# --- the commission's evaluation, the votes, the protocol -----------------------------------


def requirement_choices(language: str) -> list[tuple[str, str]]:
    """The points of order-2017-360 our rules check, each by its position's title (as the staff
    card offers requirements), after the choice that none in ``law/`` applies."""
    offered = [("", _("none: no point of %(act)s applies") % {"act": act_label(BASE_ACT, language)})]
    for requirement in REQUIREMENTS:
        entry = requirement_entry(requirement) or {"point": requirement.split("/", 1)[1], "title": None}
        title = in_language(entry["title"], language) if entry["title"] else ""
        label = (
            _("Point %(point)s — %(title)s") % {"point": entry["point"], "title": title}
            if title
            else _("Point %(point)s") % {"point": entry["point"]}
        )
        offered.append((requirement, label))
    return offered


class EvaluationForm(NoControlCharacters, forms.Form):
    on = date_field(_("Evaluated on"))
    requirement = forms.ChoiceField(label=_("Qualification requirement"), required=False)
    recommendation = forms.ChoiceField(
        label=_("Recommendation"), choices=BLANK + choices(vocabulary.CASE_RECOMMENDATION)
    )
    reasoning = forms.CharField(
        label=_("The commission's reasoning"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Required when no requirement in our sources applies, when its wording on the day is not in "
            "our sources, and for a recommendation to refuse."
        ),
    )

    def __init__(self, *args, today: dt.date, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = today
        self.fields["requirement"].choices = requirement_choices(language)


class VoteForm(NoControlCharacters, forms.Form):
    vote = forms.ChoiceField(label=_("Vote"), choices=BLANK + choices(vocabulary.CASE_RECOMMENDATION))
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=MAX_NOTE, widget=forms.Textarea(attrs={"rows": 2})
    )


class ProtocolForm(NoControlCharacters, forms.Form):
    number = forms.CharField(label=_("Protocol number"), max_length=40)
    on = date_field(_("Protocol date"))

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = today
