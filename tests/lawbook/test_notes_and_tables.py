"""The law files' shape for what the pages show: interpretations for lawyers carry Kazakh and
Russian beside English; a table's rows fill its columns."""

import pytest
from pydantic import ValidationError

from biliktilik.lawbook import loader
from biliktilik.lawbook.schema import Act, PointVersion

ACT = {
    "id": "order-2099-1",
    "kind": "order",
    "number": "1",
    "adopted": "2099-01-01",
    "issuer": {"kk": "Министр"},
    "title": {"kk": "Бұйрық"},
}


def test_an_interpretation_without_its_russian_text_is_refused():
    with pytest.raises(ValidationError, match="ru"):
        Act.model_validate({**ACT, "notes": [{"kk": "Түсіндіру.", "en": "An interpretation."}]})


def test_an_interpretation_as_a_plain_english_string_is_refused():
    with pytest.raises(ValidationError):
        Act.model_validate({**ACT, "notes": ["An interpretation made while encoding."]})


def test_encoding_notes_stay_plain_strings_for_the_reviewers():
    act = Act.model_validate({**ACT, "encoding_notes": ["The seed's line breaks were joined."]})
    assert act.encoding_notes == ["The seed's line breaks were joined."] and act.notes == []


def test_every_act_in_law_gives_its_interpretations_in_kazakh_and_russian():
    notes = [n for view in loader.default().ordered() for n in view.act.notes]
    assert len(notes) >= 25
    assert all(n.kk and n.ru and n.en for n in notes)
    shown = " ".join(f"{n.kk} {n.ru} {n.en}" for n in notes)
    assert "seed" not in shown.lower() and "DOMAIN.md" not in shown and "shared/" not in shown


def row(*spans):
    return {
        "subpoint": "1",
        "text": {"kk": "1."},
        "cells": [{"text": {"kk": "x"}, "colspan": s} for s in spans],
    }


def test_a_tables_row_must_fill_its_columns():
    columns = [{"kk": "№"}, {"kk": "Критерий"}, {"kk": "Балдар"}]
    assert PointVersion.model_validate(
        {"text": {"kk": "Кесте"}, "columns": columns, "subpoints": [row(1, 2)]}
    )
    with pytest.raises(ValidationError, match="do not fill"):
        PointVersion.model_validate({"text": {"kk": "Кесте"}, "columns": columns, "subpoints": [row(1, 1)]})
    with pytest.raises(ValidationError, match="go together"):
        PointVersion.model_validate({"text": {"kk": "Кесте"}, "subpoints": [row(1)]})
