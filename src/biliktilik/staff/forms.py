"""What HR officers type: the list's filters, an employee, and the records added on the card.

The forms check each field as typed; the services then check the whole, and what they refuse
is put back next to the field it names (``biliktilik.forms.refused``).
"""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.calculators.forms import (
    CATEGORIES,
    CC_CATEGORIES,
    EDUCATION_FIELDS,
    EDUCATION_LEVELS,
    QUALIFICATION_LEVELS,
    SECTORS,
    RequirementField,
)
from biliktilik.calculators.selectors import requirement_choices
from biliktilik.errors import DomainError
from biliktilik.forms import BLANK, NoControlCharacters, date_field, tree_choices
from biliktilik.lawbook.citations import act_label

from . import selectors, services
from .models import Employee, Organization
from .selectors_card import REQUIREMENTS_ACT

AWARD_CATEGORIES = [choice for choice in CC_CATEGORIES if choice[0] != "none"]


class EmployeeFilterForm(NoControlCharacters, forms.Form):
    q = forms.CharField(label=_("Name or IIN"), required=False, max_length=100)
    organization = forms.TypedChoiceField(
        label=_("Organization"), required=False, coerce=int, empty_value=None
    )
    include_subtree = forms.BooleanField(
        label=_("with subordinate organizations"), required=False, initial=True
    )
    position = forms.ChoiceField(label=_("Position held"), required=False)
    category = forms.ChoiceField(
        label=_("Category held"), required=False, choices=[("", _("any"))] + AWARD_CATEGORIES
    )
    expiring = forms.BooleanField(label=_("with a category expiring within 90 days"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("name", _("name, alphabetically")), ("organization", _("organization, then name"))],
    )

    def __init__(self, *args, viewer, language: str = "kk", **kwargs):
        super().__init__(*args, **kwargs)
        organizations = selectors.in_tree_order(selectors.organization_list(viewer=viewer), language=language)
        self.fields["organization"].choices = [("", _("All I may see"))] + tree_choices(
            organizations, language
        )
        self.fields["position"].choices = [("", _("any"))] + [
            (title, title) for title in selectors.position_titles(viewer=viewer, language=language)
        ]

    def filters(self) -> selectors.EmployeeFilters:
        data = self.cleaned_data
        return selectors.EmployeeFilters(
            q=data.get("q") or "",
            organization=data.get("organization"),
            include_subtree=bool(data.get("include_subtree")) or not self.data.get("organization"),
            position=data.get("position") or "",
            category=data.get("category") or "",
            expiring=bool(data.get("expiring")),
            sort=data.get("sort") or "name",
        )


def _text(label, *, required: bool = True, max_length: int = 100) -> forms.CharField:
    return forms.CharField(label=label, required=required, max_length=max_length)


class EmployeeForm(NoControlCharacters, forms.Form):
    """An employee's identity and contacts; the services check the IIN and everything it implies."""

    iin = forms.CharField(
        label=_("IIN"), max_length=32, widget=forms.TextInput(attrs={"inputmode": "numeric"})
    )
    last_name_kk = _text(_("Last name (Kazakh)"))
    first_name_kk = _text(_("First name (Kazakh)"))
    patronymic_kk = _text(_("Patronymic (Kazakh)"), required=False)
    last_name_ru = _text(_("Last name (Russian)"), required=False)
    first_name_ru = _text(_("First name (Russian)"), required=False)
    patronymic_ru = _text(_("Patronymic (Russian)"), required=False)
    sex = forms.ChoiceField(
        label=_("Sex (empty: read from the IIN)"), required=False, choices=BLANK + Employee.Sex.choices
    )
    birth_date = date_field(_("Birth date (empty: read from the IIN)"), required=False)
    phone = _text(_("Phone"), required=False, max_length=32)
    email = forms.EmailField(label=_("E-mail"), required=False, max_length=254)
    organization = forms.TypedChoiceField(label=_("Organization"), coerce=int)
    # The version of the record the form was opened on: a save over someone else's change is refused.
    version = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, viewer, language: str = "kk", **kwargs):
        super().__init__(*args, **kwargs)
        writable = selectors.writable_organizations(viewer=viewer, language=language)
        self.organizations = {o.pk: o for o in writable}
        self.fields["organization"].choices = tree_choices(writable, language)

    def clean_iin(self) -> str:
        # The services check it again; checking here too shows the reason with the other fields' errors.
        try:
            info = services.check_iin(self.cleaned_data["iin"], today=dt.date.today(), loc=["body", "iin"])
        except DomainError as exc:
            raise forms.ValidationError(exc.text(), code=exc.code) from exc
        return info.iin

    @classmethod
    def initial_of(cls, employee: Employee) -> dict:
        initial = {
            name: getattr(employee, name)
            for name in cls.base_fields
            if name not in ("organization", "version")
        }
        return {
            **initial,
            "organization": employee.organization_id,
            "version": services.record_version(employee),
        }

    def service_fields(self, *, only_changed: bool = False) -> dict:
        """The cleaned values as the services take them: an organization, not its id; only those
        the user changed when editing."""
        values = {k: v for k, v in self.cleaned_data.items() if k != "version"}
        if only_changed:
            values = {k: v for k, v in values.items() if k in self.changed_data}
        if "organization" in values:
            values["organization"] = self.organizations[values["organization"]]
        return values


class WorkPeriodForm(NoControlCharacters, forms.Form):
    start = date_field(_("From"))
    end = date_field(_("To (empty if ongoing)"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=BLANK + SECTORS)
    qualification_level = forms.ChoiceField(
        label=_("Qualification level"), required=False, choices=BLANK + QUALIFICATION_LEVELS
    )
    category = forms.ChoiceField(label=_("Category"), required=False, choices=BLANK + CATEGORIES)
    management = forms.BooleanField(label=_("Management position"), required=False)
    employer = _text(_("Employer"), required=False, max_length=300)


class EducationRecordForm(NoControlCharacters, forms.Form):
    level = forms.ChoiceField(label=_("Level of education"), choices=BLANK + EDUCATION_LEVELS)
    field = forms.ChoiceField(label=_("Field of education"), choices=BLANK + EDUCATION_FIELDS)
    institution = _text(_("Institution"), required=False, max_length=300)
    graduated_on = date_field(_("Graduated on"), required=False)


class PositionForm(NoControlCharacters, forms.Form):
    title = _text(_("Position title as in the order of appointment"), max_length=300)
    start = date_field(_("From"))
    end = date_field(_("To (empty if ongoing)"), required=False)
    # Offered by title: a point's position, or the register positions tied to it (the choice
    # keeps only the point; the register entry is suggested from the title typed above).
    requirement = RequirementField(label=_("Qualification requirement"), required=False)
    qualification_level = forms.ChoiceField(
        label=_("Qualification level"), required=False, choices=BLANK + QUALIFICATION_LEVELS
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirement"].choices = [
            ("", _("none: no point of %(act)s applies") % {"act": act_label(REQUIREMENTS_ACT, language)})
        ] + requirement_choices(language)


class TrainingForm(NoControlCharacters, forms.Form):
    course = _text(_("Course"), max_length=300)
    hours = forms.IntegerField(label=_("Hours"), min_value=1, max_value=10_000)
    profile = _text(_("Profile"), required=False)
    completed_on = date_field(_("Completed on"))


class CategoryForm(NoControlCharacters, forms.Form):
    category = forms.ChoiceField(label=_("Category"), choices=BLANK + AWARD_CATEGORIES)
    assigned_on = date_field(_("Assigned on"))
    decision = _text(_("Decision that assigned it"), max_length=300)
    valid_until = date_field(
        _("Valid until (only when the law of that date is not in our sources)"), required=False
    )


class RegisterConfirmForm(NoControlCharacters, forms.Form):
    register_position = forms.CharField(
        label=_("Register entry"),
        max_length=32,
        widget=forms.TextInput(attrs={"list": "register-positions", "autocomplete": "off"}),
    )


class OrganizationForm(NoControlCharacters, forms.Form):
    """An organization's names, kind, significance, region and place in the tree. Its parent is
    one the editor may write in, never itself or one of its own sub-organizations; the current
    parent stays offered even where the editor may not write (keeping it is no move)."""

    name_kk = _text(_("Name (Kazakh)"), max_length=300)
    name_ru = _text(_("Name (Russian)"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=Organization.Kind.choices)
    significance = forms.ChoiceField(
        label=_("Significance"), required=False, choices=BLANK + Organization.Significance.choices
    )
    region = _text(_("Region"), required=False, max_length=40)
    parent = forms.TypedChoiceField(
        label=_("Parent organization"), required=False, coerce=int, empty_value=None
    )
    # The version of the record the form was opened on: a save over someone else's change is refused.
    version = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, viewer, organization: Organization, language: str = "kk", **kwargs):
        super().__init__(*args, **kwargs)
        writable = selectors.writable_organizations(viewer=viewer, language=language)
        parents = [o for o in writable if not o.path.startswith(organization.path)]
        if organization.parent_id and organization.parent_id not in {o.pk for o in parents}:
            parents.insert(0, organization.parent)
        self.parents = {o.pk: o for o in parents}
        top = [("", _("none: a top-level organization"))]
        may_be_top = organization.parent_id is None or selectors.may_create_top_level(viewer=viewer)
        self.fields["parent"].choices = (top if may_be_top else []) + tree_choices(parents, language)
        self.fields["parent"].required = not may_be_top

    @classmethod
    def initial_of(cls, organization: Organization) -> dict:
        initial = {
            name: getattr(organization, name) for name in cls.base_fields if name not in ("parent", "version")
        }
        return {
            **initial,
            "parent": organization.parent_id,
            "version": services.record_version(organization),
        }

    def service_fields(self) -> dict:
        """The fields the user changed, as the services take them: a parent, not its id."""
        values = {k: v for k, v in self.cleaned_data.items() if k != "version" and k in self.changed_data}
        if "parent" in values:
            values["parent"] = self.parents.get(values["parent"]) if values["parent"] is not None else None
        return values
