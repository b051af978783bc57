"""Forms of the Platform's pages for the HR officer and the commission. They only parse: what
the law or the list refuses is the services' (``biliktilik.forms.refused`` puts it on the field)."""

from __future__ import annotations

from django import forms
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices
from biliktilik.forms import BLANK, NoControlCharacters, date_field, tree_choices
from biliktilik.languages import in_language, pick
from biliktilik.staff import selectors as staff_selectors

from . import tags
from .services_campaigns import MAX_MINUTES, MAX_QUESTIONS

NAME_PARTS = ("last_name", "first_name", "patronymic")


def employee_name(employee, language: str) -> str:
    """The full name in ``language`` when its last and first names exist in it, else in Kazakh."""
    names = {
        lang: " ".join(getattr(employee, f"{p}_{lang}") for p in NAME_PARTS).strip() for lang in ("kk", "ru")
    }
    if not (employee.last_name_ru and employee.first_name_ru):
        names["ru"] = ""
    return pick(names, language)[0] or ""


def topic_choices(language: str) -> list[tuple[str, str]]:
    """The professional standard's items as topics, by title, indented by depth."""
    return [
        (item.tag, f"{_number(item.tag)} {in_language(item.title, language)}")
        for item in tags.standard_items()
        if item.kind in ("card", "function", "skill")
    ]


def _number(tag: str) -> str:
    """The item's number as the standard prints it: card 2, labour function 2.1, skill 2.1.1
    (cards 2 and 4 share a title, so the number tells them apart)."""
    return tag.rsplit("/", 1)[-1].removeprefix("standard:card-")


class CampaignForm(NoControlCharacters, forms.Form):
    organization = forms.TypedChoiceField(label=_("Organization"), coerce=int)
    title = forms.CharField(label=_("Title"), max_length=300)
    testing_from = date_field(_("Testing from"))
    testing_to = date_field(_("Testing to"))
    questions = forms.IntegerField(label=_("Questions per attestee"), min_value=1, max_value=MAX_QUESTIONS)
    time_limit_minutes = forms.IntegerField(
        label=_("Time limit, minutes"), min_value=1, max_value=MAX_MINUTES
    )
    tags = forms.MultipleChoiceField(
        label=_("Topics drawn from"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Items of the professional standard; none chosen: the whole ready bank."),
    )

    def __init__(self, *args, viewer, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.organizations = {
            o.pk: o for o in staff_selectors.writable_organizations(viewer=viewer, language=language)
        }
        self.fields["organization"].choices = tree_choices(self.organizations.values(), language)
        self.fields["tags"].choices = topic_choices(language)

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data["organization"] = self.organizations[data["organization"]]
        return data


class AttesteeForm(forms.Form):
    employee = forms.TypedChoiceField(label=_("Employee"), coerce=int)
    attestee = forms.ChoiceField(label=_("Attested as"), choices=choices(vocabulary.ATTESTEE))
    reattestation = forms.BooleanField(label=_("Re-attestation (not the first attestation)"), required=False)
    declared_category = forms.ChoiceField(
        label=_("Declared category"),
        required=False,
        choices=BLANK
        + choices(vocabulary.ATTESTATION_CATEGORY, only=("career_consultant", "case_manager", "mentor")),
        help_text=_("Only for a career-centre specialist applying for a category."),
    )
    learning_plan_hours = forms.IntegerField(
        label=_("Hours of the individual learning plan"), min_value=0, max_value=2000
    )

    def __init__(self, *args, employees, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.employees = {e.pk: e for e in employees}
        self.fields["employee"].choices = BLANK + sorted(
            ((e.pk, employee_name(e, language)) for e in self.employees.values()), key=lambda c: c[1]
        )

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data["employee"] = self.employees[data["employee"]]
        data["declared_category"] = data["declared_category"] or None
        return data


class ReviewForm(NoControlCharacters, forms.Form):
    """One field pair per appealed question: upheld or not, and the commission's comment."""

    def __init__(self, *args, questions: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        verdicts = [("yes", _("upheld: the question counts as right")), ("no", _("not upheld"))]
        for q in questions:
            self.fields[f"upheld_{q}"] = forms.ChoiceField(
                label=_("Decision on this question"), choices=verdicts, widget=forms.RadioSelect
            )
            self.fields[f"comment_{q}"] = forms.CharField(
                label=_("Comment"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
            )

    def items(self) -> list[dict]:
        return [
            {
                "question": q,
                "upheld": self.cleaned_data[f"upheld_{q}"] == "yes",
                "comment": self.cleaned_data[f"comment_{q}"],
            }
            for q in self.questions
        ]


class AnnulForm(NoControlCharacters, forms.Form):
    reason = forms.CharField(
        label=_("Why the question is defective"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AssessmentForm(NoControlCharacters, forms.Form):
    rating = forms.FloatField(
        label=_("Service recipients' rating, last 12 months (0 to 5)"),
        required=False,
        min_value=0,
        max_value=5,
    )
    violations = forms.IntegerField(
        label=_("Violations in the information system, last 12 months"),
        required=False,
        min_value=0,
        max_value=10_000,
    )
    note = forms.CharField(
        label=_("The commission's column"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AssessmentFileForm(forms.Form):
    file = forms.FileField(
        label=_("File (CSV or XLSX): columns IIN, rating, violations"),
        validators=[FileExtensionValidator(["csv", "xlsx"])],
    )
