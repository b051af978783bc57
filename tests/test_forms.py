"""A service's refusal on a page's form (``biliktilik.forms.refused``): next to the field it
names, above the form otherwise; a refusal no form can show is left to become a page."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from biliktilik.accounts.errors import EmployeeTaken, UsernameTaken
from biliktilik.errors import InvalidInput
from biliktilik.forms import refused
from biliktilik.staff.errors import PermissionDenied, StaleVersion


class AccountForm(forms.Form):
    username = forms.CharField()
    employee_iin = forms.CharField(required=False)


def _bound() -> AccountForm:
    form = AccountForm({"username": "hr"})
    assert form.is_valid()
    return form


def _raise(error):
    def call():
        raise error

    return call


def test_it_returns_the_services_result_and_leaves_the_form_clean():
    form = _bound()
    assert refused(form, lambda: 42) == 42
    assert form.errors == {}


def test_it_puts_a_refusal_next_to_the_field_its_loc_names():
    form = _bound()
    assert refused(form, _raise(UsernameTaken("hr"))) is None
    assert list(form.errors) == ["username"]
    assert "hr" in form.errors["username"][0]


def test_it_puts_a_refusal_under_the_name_the_form_gives_the_field():
    form = _bound()
    refused(form, _raise(EmployeeTaken("someone")), fields={"employee": "employee_iin"})
    assert list(form.errors) == ["employee_iin"]


def test_it_puts_a_refusal_naming_no_field_of_the_form_above_the_form():
    form = _bound()
    refused(form, _raise(InvalidInput("Give exactly one.", loc=["query"])))
    assert form.non_field_errors() == ["Give exactly one."]


def test_it_puts_a_models_validation_errors_on_their_fields():
    form = _bound()
    refused(form, _raise(ValidationError({"username": ["taken"], "phone": ["bad"]})))
    assert form.errors == {"username": ["taken"], "__all__": ["bad"]}


@pytest.mark.parametrize("error", [PermissionDenied(), StaleVersion()])
def test_it_leaves_a_refusal_no_form_shows_to_become_a_page(error):
    form = _bound()
    with pytest.raises(type(error)):
        refused(form, _raise(error))
    assert form.errors == {}
