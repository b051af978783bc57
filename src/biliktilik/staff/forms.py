from django import forms
from django.utils.translation import gettext_lazy as _

from . import selectors


class EmployeeFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or IIN"), required=False, max_length=100)
    organization = forms.TypedChoiceField(
        label=_("Organization"), required=False, coerce=int, empty_value=None
    )
    include_subtree = forms.BooleanField(
        label=_("with subordinate organizations"), required=False, initial=True
    )

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        organizations = selectors.organization_list(viewer=viewer).order_by("path")
        self.fields["organization"].choices = [("", _("All I may see"))] + [
            (o.pk, f"{'· ' * (o.path.count('/') - 2)}{o.name_kk}") for o in organizations
        ]

    def filters(self) -> selectors.EmployeeFilters:
        data = self.cleaned_data
        return selectors.EmployeeFilters(
            q=data.get("q") or "",
            organization=data.get("organization"),
            include_subtree=bool(data.get("include_subtree")) or not self.data.get("organization"),
        )
