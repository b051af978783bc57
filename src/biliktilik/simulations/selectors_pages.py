"""What a finished simulation's page shows: its summary as rows in the reader's language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from biliktilik import vocabulary
from biliktilik.languages import in_language
from biliktilik.staff.models import Organization

from .engine import ATTESTATION
from .models import Simulation

KINDS = vocabulary.SIMULATION_CHANGE.codes


def _rows(counts: dict[str, dict[str, int]], labels: dict[str, str], language: str) -> list[dict]:
    """One row per key, the kinds in their order and the total, the most changed first."""
    kind_labels = [vocabulary.SIMULATION_CHANGE.label(k, language) for k in KINDS]
    rows = []
    for key, by_kind in counts.items():
        counted = [by_kind.get(kind, 0) for kind in KINDS]
        cells = [{"label": label, "count": n} for label, n in zip(kind_labels, counted, strict=True)]
        rows.append({"key": key, "label": labels.get(key, key) or "—", "cells": cells, "total": sum(counted)})
    return sorted(rows, key=lambda r: (-r["total"], r["label"]))


def requirement_label(requirement: str) -> str:
    if requirement == ATTESTATION:
        return _("attestation outcome (order No. 422)")
    return _("order No. 360, point %(point)s") % {"point": requirement.rsplit("/", 1)[-1]}


def change_rows(changes, *, language: str) -> list[dict]:
    """The listed changes with their results as words (``workbook.result_text``): of a
    category ladder, the levels whose category changes."""
    from .workbook import changed_levels, result_text

    rows = []
    for c in changes:
        levels = changed_levels(c.before, c.after)
        rows.append(
            {
                "change": c,
                "requirement": requirement_label(c.requirement),
                "kind": vocabulary.SIMULATION_CHANGE.label(c.kind, language),
                "before": result_text(c.requirement, c.before, language, levels=levels),
                "after": result_text(c.requirement, c.after, language, levels=levels),
            }
        )
    return rows


def results(simulation: Simulation, *, language: str) -> dict:
    summary = simulation.summary or {}
    kinds = summary.get("kinds", {})
    organization_ids = [int(k) for k in summary.get("organization", {})]
    names = {
        str(o.pk): in_language({"kk": o.name_kk, "ru": o.name_ru}, language)
        for o in Organization.objects.filter(pk__in=organization_ids)
    }
    requirements = summary.get("requirement", {})
    found = {
        "kinds": [
            {"code": k, "label": vocabulary.SIMULATION_CHANGE.label(k, language), "count": kinds.get(k, 0)}
            for k in KINDS
        ],
        "kind_labels": [vocabulary.SIMULATION_CHANGE.label(k, language) for k in KINDS],
        "organizations": _rows(summary.get("organization", {}), names, language),
        "regions": _rows(summary.get("region", {}), {}, language),
        "positions": _rows(summary.get("position", {}), {}, language),
        "requirements": _rows(requirements, {r: requirement_label(r) for r in requirements}, language),
        "gaps": [{"label": requirement_label(r), "count": n} for r, n in (summary.get("gaps") or {}).items()],
    }
    found["breakdowns"] = [
        (_("By organization"), found["organizations"]),
        (_("By region"), found["regions"]),
        (_("By position"), found["positions"]),
        (_("By requirement"), found["requirements"]),
    ]
    return found
