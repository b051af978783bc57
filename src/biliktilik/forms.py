"""What every form of ours shares: text fields refuse control characters with a field error,
as the API does (``biliktilik.text``); dates typed as YYYY-MM-DD; the "on date" form of every
page that shows the law as worded on a day; and the one way a service's refusal is put on a form.

A refusal that no form can show (a permission denial, an unknown record, a stale version) is
not caught in views at all: ``biliktilik.config.errors.DomainErrorPages`` turns it into a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TypeVar

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from biliktilik.errors import DomainError
from biliktilik.languages import in_language
from biliktilik.text import CONTROL_CHARACTER, has_control_character

T = TypeVar("T")
BLANK = [("", "—")]
DATE_MESSAGES = {"invalid": _("Enter a date in the form YYYY-MM-DD.")}
CONTROL_CHARACTER_MESSAGE = _("The text contains a control character (such as NUL), which is not allowed.")


def refuse_control_characters(value) -> None:
    if has_control_character(value):
        raise ValidationError(CONTROL_CHARACTER_MESSAGE, code=CONTROL_CHARACTER)


class NoControlCharacters:
    """A form mixin: each text field refuses control characters (NUL included, in place of
    Django's own NUL check, so a NUL gets one message, not two)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                kept = [v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)]
                field.validators = [*kept, refuse_control_characters]


def date_field(label, *, required: bool = True, initial=None) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        initial=initial,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages=DATE_MESSAGES,
    )


def tree_choices(organizations, language: str) -> list[tuple[int, str]]:
    """Organizations (in tree order) as choices indented by depth, named in the page's language
    (``biliktilik.languages``: Kazakh where the Russian name is missing)."""
    return [
        (o.pk, f"{'· ' * (o.path.count('/') - 2)}{in_language({'kk': o.name_kk, 'ru': o.name_ru}, language)}")
        for o in organizations
    ]


class AsOfForm(forms.Form):
    """The day the law is read on (acts, requirements, an employee's card); empty: today."""

    as_of = date_field(_("On date"), required=False)

    def as_of_date(self) -> dt.date:
        if self.is_valid() and self.cleaned_data.get("as_of"):
            return self.cleaned_data["as_of"]
        return dt.date.today()


def add_refusal(
    form: forms.Form, error: DomainError | ValidationError, *, fields: Mapping[str, str] | None = None
) -> None:
    """Put a service's refusal next to the field it names, else above the form.

    A ``DomainError`` names its field by its ``loc`` (["body", "iin"] → ``iin``); a model's
    ``ValidationError`` by its dict's keys. ``fields``: the form's name where it differs from the
    service's (``{"employee": "employee_iin"}``).
    """
    fields = fields or {}
    if isinstance(error, DomainError):
        by_field = {error.loc[-1] if error.loc else NON_FIELD_ERRORS: [error.text()]}
    elif hasattr(error, "error_dict"):
        by_field = error.message_dict
    else:
        by_field = {NON_FIELD_ERRORS: error.messages}
    for name, messages in by_field.items():
        name = fields.get(name, name)
        for message in messages:
            form.add_error(name if name in form.fields else None, message)


def refused(form: forms.Form, call: Callable[[], T], *, fields: Mapping[str, str] | None = None) -> T | None:
    """``call()``'s result, or None with its refusal on the form.

    Only a refusal of what was typed (a ``DomainError`` of status 422, a model's validation) goes
    on the form; any other (403, 404, 412) is left to become a page (``DomainErrorPages``).
    """
    try:
        return call()
    except DomainError as exc:
        if exc.status != 422:
            raise
        add_refusal(form, exc, fields=fields)
    except ValidationError as exc:
        add_refusal(form, exc, fields=fields)
    return None
