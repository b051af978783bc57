"""The campaign's list of attestees as XLSX, in the columns of its page (the fields of Appendix 1
we use), the way the registry's exports are written (``staff.workbooks``)."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from biliktilik import vocabulary
from biliktilik.languages import in_language
from biliktilik.staff.selectors import shown_iin
from biliktilik.staff.workbooks import BOLD, XLSX_TYPE

from . import selectors_campaigns
from .forms import employee_name

__all__ = ["XLSX_TYPE", "attestee_list"]


def headers() -> list[str]:
    return [
        _("No."),
        _("Full name"),
        _("IIN"),
        _("Organization"),
        _("Attested as"),
        _("First attestation or re-attestation"),
        _("Category held"),
        _("Declared category"),
        _("Hours of the individual learning plan"),
        _("Admission"),
        _("Status"),
        _("Test result, per cent"),
    ]


def attestee_list(campaign, language: str, *, viewer) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Attestees")[:31])
    sheet.freeze_panes = "A3"
    for index, width in enumerate((6, 36, 15, 40, 34, 22, 20, 20, 14, 16, 18, 14), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    title = WriteOnlyCell(sheet, value=campaign.title)
    title.font = BOLD
    sheet.append([title])
    header = []
    for text in headers():
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    for number, entry in enumerate(selectors_campaigns.entries(campaign), start=1):
        attempt = getattr(entry, "attempt", None)
        organization = entry.employee.organization
        sheet.append(
            [
                number,
                employee_name(entry.employee, language),
                shown_iin(viewer=viewer, employee=entry.employee),
                in_language({"kk": organization.name_kk, "ru": organization.name_ru}, language),
                vocabulary.label("attestee", entry.attestee, language),
                _("re-attestation") if entry.reattestation else _("first attestation"),
                vocabulary.label("attestation_category", entry.current_category, language),
                vocabulary.label("attestation_category", entry.declared_category or None, language),
                entry.learning_plan_hours,
                _("admitted") if entry.admitted else _("not admitted"),
                vocabulary.label("attestee_status", entry.status, language),
                attempt.percent if attempt and attempt.status != "in_progress" else None,
            ]
        )
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
