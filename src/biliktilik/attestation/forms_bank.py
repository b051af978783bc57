"""The methodologist's forms: a question in Kazakh and Russian with its options, what it tests
and for whom; the file to import."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from biliktilik import vocabulary
from biliktilik.choices import choices
from biliktilik.forms import NoControlCharacters
from biliktilik.languages import in_language

from .tags import standard_items

OPTION_ROWS = 6


POINT_ACTS = ("order-2024-422", "order-2017-360")


def point_choices() -> list[tuple[str, str]]:
    """Points of the attestation rules and the qualification requirements, by their labels."""
    from biliktilik.lawbook import loader
    from biliktilik.lawbook.citations import act_label, point_label

    language = (get_language() or "kk")[:2]
    found = []
    for act_id in POINT_ACTS:
        view = loader.default().get(act_id)
        for point in view.act.points:
            label = point_label(point.number or point.point, language)
            found.append((f"act:{act_id}/{point.point}", f"{act_label(act_id, language)}, {label}"))
    return found


def tag_choices() -> list[tuple[str, str]]:
    language = (get_language() or "kk")[:2]
    return [
        (i.tag, "· " * i.depth + in_language(i.title, language)[:120])
        for i in standard_items()
        if i.depth <= 2
    ]


class QuestionForm(NoControlCharacters, forms.Form):
    kind = forms.ChoiceField(label=_("Kind of question"), choices=choices(vocabulary.QUESTION_KIND))
    text_kk = forms.CharField(
        label=_("Question in Kazakh"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    text_ru = forms.CharField(
        label=_("Question in Russian"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    tags = forms.MultipleChoiceField(
        label=_("What it tests (items of the professional standard)"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    points = forms.MultipleChoiceField(
        label=_("Points of the acts it tests"), required=False, widget=forms.SelectMultiple(attrs={"size": 6})
    )
    other_tags = forms.CharField(
        label=_("Other topics, separated by commas"), required=False, max_length=1000
    )
    audience = forms.MultipleChoiceField(
        label=_("For whom (none chosen: everyone)"),
        required=False,
        choices=choices(vocabulary.ATTESTEE),
        widget=forms.CheckboxSelectMultiple,
    )
    status = forms.ChoiceField(label=_("Status"), choices=choices(vocabulary.QUESTION_STATUS))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tags"].choices = tag_choices()
        self.fields["points"].choices = point_choices()
        for n in range(OPTION_ROWS):
            self.fields[f"option_{n}_kk"] = forms.CharField(
                label=_("Option in Kazakh"), required=False, max_length=5000
            )
            self.fields[f"option_{n}_ru"] = forms.CharField(
                label=_("Option in Russian"), required=False, max_length=5000
            )
            self.fields[f"option_{n}_correct"] = forms.BooleanField(label=_("correct"), required=False)

    def option_rows(self):
        return [
            (self[f"option_{n}_kk"], self[f"option_{n}_ru"], self[f"option_{n}_correct"])
            for n in range(OPTION_ROWS)
        ]

    def question(self) -> dict:
        """The service's arguments from what was typed; empty option rows are left out."""
        data = self.cleaned_data
        options = []
        for n in range(OPTION_ROWS):
            text = {
                lang: data[f"option_{n}_{lang}"].strip()
                for lang in ("kk", "ru")
                if data[f"option_{n}_{lang}"].strip()
            }
            if text:
                options.append({"text": text, "correct": data[f"option_{n}_correct"]})
        others = [t.strip() for t in data["other_tags"].split(",") if t.strip()]
        return {
            "kind": data["kind"],
            "text": {lang: data[f"text_{lang}"] for lang in ("kk", "ru") if data[f"text_{lang}"].strip()},
            "options": options,
            "tags": [*data["tags"], *data["points"], *others],
            "audience": data["audience"],
            "status": data["status"],
        }

    @classmethod
    def initial_for(cls, question) -> dict:
        version = question.current
        known = {tag for tag, _ in tag_choices()}
        points = {tag for tag, _ in point_choices()}
        initial = {
            "kind": version.kind,
            "status": question.status,
            "audience": question.audience,
            "text_kk": version.text.get("kk", ""),
            "text_ru": version.text.get("ru", ""),
            "tags": [t for t in question.tags if t in known],
            "points": [t for t in question.tags if t in points],
            "other_tags": ", ".join(t for t in question.tags if t not in known and t not in points),
        }
        for n, option in enumerate(version.options[:OPTION_ROWS]):
            initial |= {
                f"option_{n}_kk": option["text"].get("kk", ""),
                f"option_{n}_ru": option["text"].get("ru", ""),
                f"option_{n}_correct": option["correct"],
            }
        return initial


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File: Moodle XML, GIFT or the bank's Excel template"))
    status = forms.ChoiceField(
        label=_("Status of the imported questions"), choices=choices(vocabulary.QUESTION_STATUS)
    )
