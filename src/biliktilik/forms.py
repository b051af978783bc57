"""What every form of ours shares: text fields refuse control characters with a field error,
as the API does (``biliktilik.text``)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from biliktilik.text import CONTROL_CHARACTER, has_control_character

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
