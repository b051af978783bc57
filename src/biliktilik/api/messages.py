"""Translated texts for validation errors, by pydantic error type or our own message key."""

from django.utils.translation import gettext_lazy as _

BY_KEY = {
    "date_format": _("Enter a date in the form YYYY-MM-DD."),
    "date_invalid": _("This date does not exist in the calendar."),
    "date_range": _("This date is outside the years the calendar covers."),
    "one_period": _("Give exactly one of working_days, calendar_days or months."),
    "period_end_before_start": _("The period ends before it starts."),
    "current_category_required": _("A category applicant needs a current category."),
    "declared_category_required": _("A category applicant needs a declared category."),
    "control_character": _("The text contains a control character (such as NUL), which is not allowed."),
}

BY_TYPE = {
    "missing": _("This field is required."),
    "int_parsing": _("Enter a whole number."),
    "int_type": _("Enter a whole number."),
    "int_from_float": _("Enter a whole number."),
    "greater_than_equal": _("The value is too small."),
    "less_than_equal": _("The value is too large."),
    "string_too_long": _("The text is too long."),
    "literal_error": _("This value is not one of the allowed choices."),
    "json_invalid": _("The request body is not valid JSON."),
    "float_parsing": _("Enter a number."),
    "float_type": _("Enter a number."),
    "finite_number": _("Enter a finite number."),
    "bool_parsing": _("Enter true or false."),
    "bool_type": _("Enter true or false."),
    "extra_forbidden": _("This field is not expected here."),
    "list_type": _("Enter a list."),
    "too_long": _("The list is too long."),
    "model_attributes_type": _("Enter an object."),
    "dict_type": _("Enter an object."),
}

GENERIC = _("This value is not valid.")


def field_message(error: dict) -> str:
    message = str(error.get("msg", ""))
    for key, text in BY_KEY.items():
        if key in message:
            return str(text)
    return str(BY_TYPE.get(error.get("type", ""), GENERIC))
