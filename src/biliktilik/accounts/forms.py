"""What an administrator types on the accounts pages. The forms check each field; the services
check the whole (a role's scope, a taken username or employee record) and their refusals are put
back next to the field they name."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import BLANK, NoControlCharacters, date_field, tree_choices

from .models import Profile, Role
from .services import TOKEN_MAX_DAYS

DEFAULT_TOKEN_DAYS = 90
# The registry's models through the profile's relations (accounts does not import staff).
Organization = Profile.organization.field.related_model
Employee = Profile.employee.field.related_model


class SignInForm(AuthenticationForm):
    """Django's sign-in form with a wrong-password message that is one whole sentence: Django's
    own puts the username field's label inside an English sentence where a catalogue lacks it."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("The username or password is not correct. Note that both are case-sensitive."),
    }


def _organization_choices(language: str) -> list:
    organizations = Organization.objects.order_by("path").only("path", "name_kk", "name_ru")
    return BLANK + tree_choices(organizations, language)


class AccountScopeForm(NoControlCharacters, forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organization = forms.TypedChoiceField(
        label=_("Organization (HR officers and commission members)"),
        required=False,
        coerce=int,
        empty_value=None,
    )
    employee_iin = forms.CharField(
        label=_("IIN of the employee record (employees)"),
        required=False,
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].choices = _organization_choices(language)

    def clean_employee_iin(self) -> int | None:
        """The id of the employee record with this IIN (the services take ids)."""
        iin = self.cleaned_data["employee_iin"].strip()
        if not iin:
            return None
        employee_id = Employee.objects.filter(iin=iin).values_list("pk", flat=True).first()
        if employee_id is None:
            raise forms.ValidationError(_("There is no employee record with this IIN."))
        return employee_id

    def scope(self) -> dict:
        data = self.cleaned_data
        return {
            "role": data["role"],
            "organization_id": data.get("organization"),
            "employee_id": data.get("employee_iin"),
        }


class AccountCreateForm(AccountScopeForm):
    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(
        label=_("Password (empty: no sign-in, API tokens only)"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    field_order = ["username", "password", "role", "organization", "employee_iin"]

    def clean_password(self) -> str | None:
        password = self.cleaned_data["password"]
        if not password:
            return None
        password_validation.validate_password(password)
        return password


class TokenCreateForm(NoControlCharacters, forms.Form):
    name = forms.CharField(label=_("Token name (what it is for)"), max_length=100)
    expires_on = date_field(_("Valid until (inclusive)"))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "initial", {"expires_on": timezone.localdate() + dt.timedelta(days=DEFAULT_TOKEN_DAYS)}
        )
        super().__init__(*args, **kwargs)
        self.fields["expires_on"].widget.attrs.update(
            min=timezone.localdate().isoformat(),
            max=(timezone.localdate() + dt.timedelta(days=TOKEN_MAX_DAYS)).isoformat(),
        )

    def expires_at(self) -> dt.datetime:
        """The end of the chosen day, in the site's time zone."""
        day_after = self.cleaned_data["expires_on"] + dt.timedelta(days=1)
        return timezone.make_aware(dt.datetime.combine(day_after, dt.time.min))
