"""The attestee's appeal form: for each question answered wrongly, whether to appeal it and the
justification p.21 asks for."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from biliktilik.forms import NoControlCharacters


class AppealForm(NoControlCharacters, forms.Form):
    def __init__(self, *args, questions: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for q in questions:
            self.fields[f"appeal_{q['id']}"] = forms.BooleanField(
                required=False, label=_("Appeal this question")
            )
            self.fields[f"why_{q['id']}"] = forms.CharField(
                required=False,
                max_length=5000,
                label=_("Justification"),
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def rows(self):
        return [(q, self[f"appeal_{q['id']}"], self[f"why_{q['id']}"]) for q in self.questions]

    def clean(self):
        data = super().clean()
        chosen = [q for q in self.questions if data.get(f"appeal_{q['id']}")]
        if not chosen:
            raise forms.ValidationError(_("Choose at least one question to appeal."))
        for q in chosen:
            if not (data.get(f"why_{q['id']}") or "").strip():
                self.add_error(
                    f"why_{q['id']}",
                    _("Give the justification for this question: p.21 asks for one per question."),
                )
        return data

    def items(self) -> list[dict]:
        return [
            {"question": q["id"], "justification": self.cleaned_data[f"why_{q['id']}"]}
            for q in self.questions
            if self.cleaned_data.get(f"appeal_{q['id']}")
        ]
