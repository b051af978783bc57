"""A simulation's changed people as a workbook: one row per person and requirement, with the
result under the law in force and under the draft, in the reader's language."""

from __future__ import annotations

import io

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from biliktilik import vocabulary
from biliktilik.languages import in_language
from biliktilik.staff.selectors import full_name

from .engine import ATTESTATION
from .models import Simulation
from .selectors_pages import requirement_label

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOLD = Font(bold=True)


LEVELS = ("high", "medium")


def changed_levels(before: dict, after: dict) -> tuple[str, ...]:
    """The qualification levels whose category differs (both when none does: eligibility)."""
    was, now = before.get("categories") or {}, after.get("categories") or {}
    return tuple(level for level in LEVELS if was.get(level) != now.get(level)) or LEVELS


def result_text(requirement: str, result: dict, language: str, *, levels: tuple[str, ...] = LEVELS) -> str:
    """A result as words: the category per level, or eligible / not; passed, the decision."""
    if requirement == ATTESTATION:
        passed = _("test passed") if result.get("test_passed") else _("test not passed")
        decision = vocabulary.label("decision", result.get("decision"), language)
        category = result.get("resulting_category")
        shown = f"{passed}; {decision}"
        return (
            f"{shown}; {vocabulary.label('attestation_category', category, language)}" if category else shown
        )
    categories = result.get("categories")
    if categories is None:
        return _("meets the requirement") if result.get("eligible") else _("does not meet the requirement")
    parts = []
    for level in levels:
        category = categories.get(level)
        shown = vocabulary.label("category", category, language) if category else _("not open")
        parts.append(f"{vocabulary.label('qualification_level', level, language)}: {shown}")
    return "; ".join(parts)


def changes_workbook(simulation: Simulation, *, language: str) -> bytes:
    with translation.override(language):
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Changes")[:31])
        sheet.freeze_panes = "A2"
        heads = [
            _("Employee"),
            _("Organization"),
            _("Region"),
            _("Position"),
            _("Requirement"),
            _("How it changes"),
            _("Under the law in force"),
            _("Under the draft"),
        ]
        header = []
        for head in heads:
            cell = WriteOnlyCell(sheet, value=head)
            cell.font = BOLD
            header.append(cell)
        sheet.append(header)
        rows = (
            simulation.changes.select_related("employee", "organization")
            .order_by("id")
            .iterator(chunk_size=2000)
        )
        for change in rows:
            employee, organization = change.employee, change.organization
            levels = changed_levels(change.before, change.after)
            name = full_name(employee, language)[0]
            sheet.append(
                [
                    name,
                    in_language({"kk": organization.name_kk, "ru": organization.name_ru}, language),
                    change.region,
                    change.position,
                    requirement_label(change.requirement),
                    vocabulary.SIMULATION_CHANGE.label(change.kind, language),
                    result_text(change.requirement, change.before, language, levels=levels),
                    result_text(change.requirement, change.after, language, levels=levels),
                ]
            )
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()
