from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import NoControlCharacters

BLOCKS = [("", _("All blocks")), ("A", "A"), ("B", "B"), ("C", "C"), ("D", "D")]


class PositionSearchForm(NoControlCharacters, forms.Form):
    q = forms.CharField(label=_("Position title"), required=False, max_length=200)
    block = forms.ChoiceField(label=_("Block"), required=False, choices=BLOCKS)
