"""How the Platform's values read in its documents and messages: dates, moments and percents as
people in Kazakhstan write them, names in the reader's language, explanations with the points of
law they rest on (``lawbook.citations.citation_label``)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from biliktilik.lawbook.citations import citation_label


def date_text(value: dt.date | str | None) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y")


def moment_text(value: dt.datetime | None) -> str:
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else "—"


def number_text(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{number_text(value)}\u00a0%"


def yes_text(value: bool) -> str:
    return _("yes") if value else _("no")


def person_name(employee, language: str) -> str:
    """The full name in ``language`` when the registry has it in that language, else in Kazakh."""
    suffix = "ru" if language == "ru" and employee.last_name_ru and employee.first_name_ru else "kk"
    parts = (getattr(employee, f"{p}_{suffix}") for p in ("last_name", "first_name", "patronymic"))
    return " ".join(p for p in parts if p)


def organization_name(organization, language: str) -> str:
    return (organization.name_ru if language == "ru" else "") or organization.name_kk


def user_name(user, language: str) -> str:
    if user is None:
        return "—"
    employee = getattr(getattr(user, "profile", None), "employee", None)
    if employee is not None:
        return person_name(employee, language)
    return user.get_full_name() or user.get_username()


def position_title(employee, on: dt.date) -> str:
    held = [p for p in employee.positions.all() if p.start <= on and (p.end is None or p.end >= on)]
    return max(held, key=lambda p: p.start).title if held else "—"


def steps(explanation: list[dict], language: str) -> list[str]:
    """An explanation as people read it: each step's text with the point it rests on."""
    lines = []
    for step in explanation:
        cited = step.get("citation")
        lines.append(f"{step['text']} ({citation_label(cited, language)})" if cited else step["text"])
    return lines


def citations_text(citations: list[dict], language: str) -> str:
    return "; ".join(citation_label(c, language) for c in citations) or "—"
