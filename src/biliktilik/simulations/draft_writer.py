"""Drafts for the common parameter changes, written as the YAML a methodologist would write.

The form of the simulations page offers three changes — the years of a ladder step of a
qualification requirement (p.54's "3 years as first category" → 4), the threshold of a kind of
attestee (p.17's 85 % → 80 %), a sector counted for a requirement's experience (p.57) — and
this module writes the draft for one: the point's wording in force with the figure changed where
the text states it plainly (the line of that category), and the requirement or the thresholds
restated with the new value, citing the draft's wording. The methodologist can then edit the
YAML by hand; the draft is checked like any other.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules.attestation import BASE_ACT as ATTESTATION_ACT
from biliktilik.rules.qualification import BASE_ACT as REQUIREMENTS_ACT

# The line of a ladder's text that states a category's step, in each language: the text lists
# the categories in this order, one line each, after the line naming the level.
CATEGORY_LINE = {
    "higher": {"kk": "жоғары санат", "ru": "высшая категория", "en": "higher category"},
    "first": {"kk": "бірінші санат", "ru": "первая категория", "en": "first category"},
    "second": {"kk": "екінші санат", "ru": "вторая категория", "en": "second category"},
}
YEAR_WORDS = {
    "kk": lambda n: "жыл",
    "ru": lambda n: "года" if n == 1 else "лет",
    "en": lambda n: "year" if n == 1 else "years",
}
YEARS_PATTERN = {
    "kk": r"кемінде (\d+) жыл",
    "ru": r"не менее (\d+) (?:года|лет)",
    "en": r"at least (\d+) years?",
}
YEARS_TEXT = {"kk": "кемінде {n} {w}", "ru": "не менее {n} {w}", "en": "at least {n} {w}"}


def _head(draft_id: str, title: dict, entry: dt.date) -> dict:
    return {
        "id": draft_id,
        "kind": "order",
        "number": "draft",
        "adopted": entry.isoformat(),
        "issuer": {
            "kk": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі (жоба)",
            "ru": "Министр труда и социальной защиты населения Республики Казахстан (проект)",
            "en": "Minister of Labour and Social Protection of the Population (draft)",
        },
        "title": title,
        "entry_into_force": {"rule": "fixed", "date": entry.isoformat(), "basis": "assumed for the draft"},
    }


def _cite_draft(node, point: str, draft_id: str, act: str):
    """Every citation of ``act`` p.``point`` inside a dumped model now names the draft's wording."""
    if isinstance(node, dict):
        if node.get("act") == act and node.get("point") == point and "wording_by" in node:
            return {**node, "wording_by": draft_id}
        return {k: _cite_draft(v, point, draft_id, act) for k, v in node.items()}
    if isinstance(node, list):
        return [_cite_draft(v, point, draft_id, act) for v in node]
    return node


def _wording(book: Lawbook, act: str, point: str, on: dt.date) -> dict:
    version = book.get(act).point_version(point, on)
    if version is None or version.text is None:
        raise LookupError(f"{act} p.{point}: the wording in force on {on} is not in our sources")
    return version.model_dump(
        mode="json", exclude={"wording_by", "valid_from", "valid_to", "note"}, exclude_defaults=True
    )


def _requirement(book: Lawbook, requirement_id: str, on: dt.date) -> dict:
    from biliktilik.rules.qualification import requirement_in_force

    return requirement_in_force(book, requirement_id, on).model_dump(mode="json", exclude_defaults=True)


def _retext_years(text: str, lang: str, category: str, years: int) -> str:
    """The ladder text with ``category``'s line stating ``years``; unchanged when the line does
    not state it plainly (the methodologist words it by hand then)."""
    label = CATEGORY_LINE[category][lang]
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.strip().lower().startswith(label) and len(re.findall(YEARS_PATTERN[lang], line)) == 1:
            new = YEARS_TEXT[lang].format(n=years, w=YEAR_WORDS[lang](years))
            lines[index] = re.sub(YEARS_PATTERN[lang], new, line)
    return "\n".join(lines)


def ladder_years(
    book: Lawbook, *, draft_id: str, title: dict, entry: dt.date, requirement: str, category: str, years: int
) -> str:
    """A draft giving ``years`` to ``category``'s step in every ladder of ``requirement``."""
    wording = _wording(book, REQUIREMENTS_ACT, requirement, entry)
    for sub in wording.get("subpoints", []):
        sub["text"] = {
            lang: _retext_years(text, lang, category, years) if lang in YEARS_PATTERN else text
            for lang, text in sub["text"].items()
        }
    values = _cite_draft(_requirement(book, requirement, entry), requirement, draft_id, REQUIREMENTS_ACT)
    for ladder in values["ladders"]:
        for step in ladder["steps"]:
            if step["category"] == category:
                step["years"] = years
    return _dump(draft_id, title, entry, REQUIREMENTS_ACT, requirement, wording, requirements=[values])


def ladder_sector(
    book: Lawbook, *, draft_id: str, title: dict, entry: dt.date, requirement: str, sector: str
) -> str:
    """A draft counting experience in ``sector`` for every ladder of ``requirement``. The
    wording is kept as in force: naming the sector in the text is the methodologist's to word."""
    wording = _wording(book, REQUIREMENTS_ACT, requirement, entry)
    values = _cite_draft(_requirement(book, requirement, entry), requirement, draft_id, REQUIREMENTS_ACT)
    for ladder in values["ladders"]:
        if ladder.get("sectors") is not None and sector not in ladder["sectors"]:
            ladder["sectors"].append(sector)
    return _dump(draft_id, title, entry, REQUIREMENTS_ACT, requirement, wording, requirements=[values])


def threshold(
    book: Lawbook, *, draft_id: str, title: dict, entry: dt.date, attestee: str, percent: float
) -> str:
    """A draft giving ``percent`` as the threshold of ``attestee`` (p.17)."""
    from biliktilik.rules.attestation import parameters_in_force

    params = parameters_in_force(book, entry)
    point = params.thresholds[0].source.point
    wording = _wording(book, ATTESTATION_ACT, point, entry)
    rows = [t.model_dump(mode="json", exclude_defaults=True) for t in params.thresholds]
    old = {}
    for row in rows:
        if row["attestee"] == attestee:
            old[row["source"].get("subpoint")] = row["percent"]
            row["percent"] = percent
    shared = {t.source.subpoint for t in params.thresholds if t.attestee != attestee}
    for sub in wording.get("subpoints", []):
        was = old.get(sub["subpoint"])
        if was is not None and sub["subpoint"] not in shared:
            sub["text"] = {lang: _replace_percent(text, was, percent) for lang, text in sub["text"].items()}
    rows = _cite_draft(rows, point, draft_id, ATTESTATION_ACT)
    return _dump(draft_id, title, entry, ATTESTATION_ACT, point, wording, attestation={"thresholds": rows})


def _replace_percent(text: str, old: float, new: float) -> str:
    def figure(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else str(value)

    found = re.findall(rf"(?<![\d.,]){re.escape(figure(old))}(?=\s*%|\s*пайыз|\s*процент)", text)
    if len(found) != 1:
        return text
    return re.sub(rf"(?<![\d.,]){re.escape(figure(old))}(?=\s*%|\s*пайыз|\s*процент)", figure(new), text)


class _Dumper(yaml.SafeDumper):
    """Writes texts of several lines as blocks, as the files of ``law/acts/`` do."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)


def _dump(draft_id, title, entry, act, point, wording, **values) -> str:
    change = {"act": act, "points": [{"point": point, **wording}], **values}
    document = {**_head(draft_id, title, entry), "changes": [change]}
    return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
