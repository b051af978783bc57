"""What a reader types into the calculators, validated and turned into the rules' inputs.

Django forms check each field where it is typed; the rules' pydantic models then check the
whole, and their errors are put back next to the field they concern.
"""

from __future__ import annotations

import datetime as dt

import pydantic
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.api.messages import BY_KEY, field_message
from biliktilik.calendar_app import selectors as calendar_selectors
from biliktilik.choices import choices
from biliktilik.forms import BLANK, date_field
from biliktilik.rules.inputs import AttestationIn, QualificationIn

from . import selectors

EDUCATION_LEVELS = choices(vocabulary.EDUCATION_LEVEL)
EDUCATION_FIELDS = choices(vocabulary.EDUCATION_FIELD)
SECTORS = choices(vocabulary.SECTOR)
QUALIFICATION_LEVELS = choices(vocabulary.QUALIFICATION_LEVEL)
CATEGORIES = choices(vocabulary.CATEGORY)
ATTESTEES = choices(vocabulary.ATTESTEE)
CC_CATEGORIES = choices(vocabulary.ATTESTATION_CATEGORY)
UNITS = [("working", _("working days")), ("calendar", _("calendar days")), ("months", _("months"))]
# The rules' field names where the form names them differently.
FIELD_FOR = {"from": "start"}


def add_rule_errors(exc: pydantic.ValidationError, form: forms.Form, rows: dict | None = None) -> None:
    """Put the rules' validation errors next to the field they name (``("work", 2, "to")``)."""
    for error in exc.errors():
        loc = list(error.get("loc", ()))
        target = form
        if rows and len(loc) >= 2 and loc[0] in rows and isinstance(loc[1], int):
            target = rows[loc[0]][loc[1]]
            loc = loc[2:]
        name = FIELD_FOR.get(str(loc[0]), str(loc[0])) if loc else None
        target.add_error(name if name in target.fields else None, field_message(error))


class RequirementField(forms.ChoiceField):
    """A position of a requirement point (``<requirement>@<position>``), or the point itself;
    cleaned to the requirement, which is what the rules read."""

    def valid_value(self, value) -> bool:
        return super().valid_value(value) or value in selectors.REQUIREMENTS

    def clean(self, value):
        return super().clean(value).split(selectors.POSITION_SEPARATOR, 1)[0]


class QualificationForm(forms.Form):
    requirement = RequirementField(label=_("Position and its requirement"))
    as_of = date_field(_("Evaluation date"), initial=dt.date.today)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirement"].choices = selectors.requirement_choices(language)


class EducationForm(forms.Form):
    level = forms.ChoiceField(label=_("Level of education"), choices=BLANK + EDUCATION_LEVELS)
    field = forms.ChoiceField(label=_("Field of education"), choices=BLANK + EDUCATION_FIELDS)


class WorkForm(forms.Form):
    start = date_field(_("From"))
    to = date_field(_("To (empty if ongoing)"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=BLANK + SECTORS)
    qualification_level = forms.ChoiceField(
        label=_("Qualification level"), required=False, choices=BLANK + QUALIFICATION_LEVELS
    )
    category = forms.ChoiceField(label=_("Category"), required=False, choices=BLANK + CATEGORIES)
    management = forms.BooleanField(label=_("Management position"), required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("to")
        if start and end and end < start:
            self.add_error("to", BY_KEY["period_end_before_start"])
        return cleaned

    def rules_value(self) -> dict:
        c = self.cleaned_data
        return {
            "from": c["start"],
            "to": c["to"],
            "sector": c["sector"],
            "qualification_level": c["qualification_level"] or None,
            "category": c["category"] or None,
            "management": c["management"],
        }


EducationFormSet = forms.formset_factory(EducationForm, extra=3, max_num=20, absolute_max=20)
WorkFormSet = forms.formset_factory(WorkForm, extra=5, max_num=200, absolute_max=200)
ADD_ROW = {"education": "add_education", "work": "add_work"}
NOTHING_TO_CHECK = _(
    "Enter the person's education or a period of their work history: with neither there is nothing to check."
)


def _with_one_more_row(data, prefix: str):
    data = data.copy()
    key = f"{prefix}-TOTAL_FORMS"
    try:
        data[key] = str(int(data.get(key, 0)) + 1)
    except ValueError:
        pass
    return data


class QualificationForms:
    """The requirement and date, the education rows and the work-history rows, as one form.

    Pressing "add a row" re-renders what was typed with one more empty row and evaluates nothing.
    """

    def __init__(self, data=None, *, language: str):
        self.adding = None
        if data is not None:
            self.adding = next((p for p, button in ADD_ROW.items() if button in data), None)
            if self.adding:
                data = _with_one_more_row(data, self.adding)
        self.main = QualificationForm(data, language=language)
        self.education = EducationFormSet(data, prefix="education")
        self.work = WorkFormSet(data, prefix="work")

    def rules_input(self) -> QualificationIn | None:
        """The rules' input, or None when something typed is invalid (the errors are on the forms)."""
        if self.adding or not self.main.is_bound:
            return None
        valid = [f.is_valid() for f in (self.main, self.education, self.work)]
        if not all(valid):
            return None
        education = [f for f in self.education if f.has_changed() and f.cleaned_data]
        work = [f for f in self.work if f.has_changed() and f.cleaned_data]
        if not education and not work:
            self.main.add_error(None, NOTHING_TO_CHECK)
            return None
        try:
            return QualificationIn.model_validate(
                {
                    "requirement": self.main.cleaned_data["requirement"],
                    "as_of": self.main.cleaned_data["as_of"],
                    "education": [
                        {"level": f.cleaned_data["level"], "field": f.cleaned_data["field"]}
                        for f in education
                    ],
                    "work": [f.rules_value() for f in work],
                }
            )
        except pydantic.ValidationError as exc:
            add_rule_errors(exc, self.main, {"education": education, "work": work})
            return None


class AttestationForm(forms.Form):
    as_of = date_field(_("Date of the attestation"), initial=dt.date.today)
    attestee = forms.ChoiceField(label=_("Who is attested"), choices=ATTESTEES)
    reattestation = forms.BooleanField(label=_("This is a re-attestation"), required=False)
    test_percent = forms.FloatField(label=_("Test result, per cent"), min_value=0, max_value=100)
    current_category = forms.ChoiceField(
        label=_("Current category"), required=False, choices=BLANK + CC_CATEGORIES
    )
    declared_category = forms.ChoiceField(
        label=_("Declared category"), required=False, choices=BLANK + CC_CATEGORIES[1:]
    )
    rating = forms.FloatField(
        label=_("Rating by service recipients (empty if none)"), required=False, min_value=0, max_value=5
    )
    violations = forms.IntegerField(
        label=_("Violations recorded"), required=False, min_value=0, max_value=10_000
    )
    test_finished_on = date_field(_("Testing finished on (empty: the attestation date)"), required=False)

    def rules_input(self) -> AttestationIn | None:
        if not self.is_valid():
            return None
        values = {k: (v if v != "" else None) for k, v in self.cleaned_data.items()}
        try:
            return AttestationIn.model_validate(values)
        except pydantic.ValidationError as exc:
            add_rule_errors(exc, self)
            return None


class PeriodForm(forms.Form):
    start = date_field(_("From date"), initial=dt.date.today)
    count = forms.IntegerField(label=_("Length"), min_value=0, initial=10)
    unit = forms.ChoiceField(label=_("Counted in"), choices=UNITS)

    def clean(self):
        cleaned = super().clean()
        count, unit = cleaned.get("count"), cleaned.get("unit")
        if count is not None and unit in calendar_selectors.MAX_PERIOD:
            try:
                MaxValueValidator(calendar_selectors.MAX_PERIOD[unit])(count)
            except ValidationError as exc:
                self.add_error("count", exc)
        return cleaned


class ScheduleForm(forms.Form):
    procedure = forms.ChoiceField(label=_("Procedure"))
    start = date_field(_("Start date"), initial=dt.date.today)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].choices = selectors.procedure_choices(language)


def bound_data(query, prefix: str):
    """The query when it carries this form's fields, so each form on a page is bound on its own."""
    return query if any(key.startswith(f"{prefix}-") for key in query) else None
