"""Reads over the lawbook, shared by the API and the explorer pages.

Every function takes the date it answers for; nothing here reads a clock.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.utils.translation import gettext_lazy as _

from biliktilik.errors import NotFound
from biliktilik.lawbook import loader
from biliktilik.lawbook.loader import ActView, Lawbook
from biliktilik.lawbook.schema import LawyerNote, LText, PointVersion, Position
from biliktilik.rules.register import position_index

from . import search, ties
from .models import PointText

LANGS = ("kk", "ru", "en")


def law() -> Lawbook:
    return loader.default()


def ltext(text: LText | LawyerNote | None) -> dict | None:
    if text is None:
        return None
    return {lang: getattr(text, lang) for lang in LANGS}


def act_or_404(act_id: str) -> ActView:
    view = law().get(act_id)
    if view is None:
        raise NotFound(_("There is no act with the id %(id)s."), id=act_id, loc=["path", "id"])
    return view


def review_overdue(view: ActView, as_of: dt.date) -> bool:
    standard = view.act.standard
    return bool(standard and as_of > standard.review_planned)


def act_summary(view: ActView, as_of: dt.date) -> dict:
    act = view.act
    return {
        "id": act.id,
        "kind": act.kind,
        "number": act.number,
        "adopted": act.adopted,
        "title": ltext(act.title),
        "title_descriptive": act.title_descriptive,
        "amends": list(act.amends),
        "amended_by": list(view.amended_by),
        "repealed_by": act.repealed.by if act.repealed else None,
        "effective_from": view.effective_from,
        "effective_from_estimated": view.effective_estimated,
        "repealed_from": view.repealed_from,
        "status": view.status(as_of),
        "review_planned": act.standard.review_planned if act.standard else None,
        "review_overdue": review_overdue(view, as_of),
        "registration": act.registration.model_dump() if act.registration else None,
    }


def act_list(as_of: dt.date) -> list[dict]:
    return [act_summary(view, as_of) for view in law().ordered()]


def version_dict(view: ActView, point_id: str, version: PointVersion) -> dict:
    return {
        "point": point_id,
        "text": ltext(version.text),
        "subpoints": [
            {
                "subpoint": s.subpoint,
                "text": ltext(s.text),
                "cells": [{"text": ltext(c.text), "colspan": c.colspan} for c in s.cells],
            }
            for s in version.subpoints
        ],
        "columns": [ltext(c) for c in version.columns],
        "wording_by": version.wording_by,
        "valid_from": version.valid_from or view.effective_from,
        "valid_to": version.valid_to,
        "note": version.note,
    }


# A point's history lists its wordings by date, without their text's parts.
_NOT_IN_HISTORY = ("subpoints", "columns", "point")


def act_points(view: ActView, as_of: dt.date) -> list[dict]:
    """The points as worded on ``as_of``; a point with no wording on that date is left out."""
    points = []
    for point_id, point in view.points_by_id.items():
        version = view.point_version(point_id, as_of)
        if version is None:
            continue
        item = version_dict(view, point_id, version)
        _attach_register_rows(view, point_id, version, item["subpoints"])
        item["section"] = ltext(point.section)
        item["number"] = point.number
        item["history"] = [
            {k: v for k, v in version_dict(view, point_id, old).items() if k not in _NOT_IN_HISTORY}
            for old in point.versions
        ]
        points.append(item)
    return points


def _attach_register_rows(view: ActView, point_id: str, version: PointVersion, subpoints: list[dict]) -> None:
    """The register's table under the block heading it belongs to: each position cites the
    appendix sub-point (block) and wording it is read from, so the act's table is shown as a table."""
    register = view.act.register_of_positions
    if register is None:
        return
    for subpoint in subpoints:
        subpoint["rows"] = [
            {"id": p.id, "link": p.link, "level": p.level, "title": ltext(p.title)}
            for p in register.positions
            if (p.source.point, p.source.subpoint, p.source.wording_by)
            == (point_id, subpoint["subpoint"], version.wording_by)
        ]


def act_detail(act_id: str, as_of: dt.date) -> dict:
    view = act_or_404(act_id)
    return {
        **act_summary(view, as_of),
        "as_of": as_of,
        # The API keeps every note as the encoders wrote it; pages show only the interpretations,
        # to those they are written for, in the reader's language.
        "notes": [note.en for note in view.act.notes] + list(view.act.encoding_notes),
        "interpretations": [ltext(note) for note in view.act.notes],
        "points": act_points(view, as_of),
    }


# --- register of positions ----------------------------------------------------------------


def position_dict(position: Position, score: float) -> dict:
    return {
        "id": position.id,
        "block": position.block,
        "link": position.link,
        "level": position.level,
        "sector": position.sector,
        "title": {"kk": position.title.kk, "ru": position.title.ru, "en": position.title.en},
        "aliases": list(position.aliases),
        "inferred": position.inferred,
        "note": position.note,
        "source": position.source.model_dump(),
        "score": score,
    }


def position_search(
    *, q: str | None, block: str | None = None, limit: int = 20, with_ties: bool = False
) -> list[dict]:
    """Positions by title; ``with_ties``: each with the requirement points and occupation cards
    it is tied to (catalog.ties), for the register page."""
    index, by_id = position_index(law())
    if q and q.strip():
        ranked = [(by_id[hit.key], hit.score) for hit in index.search(q, limit=len(by_id))]
    else:
        ranked = [(p, 1.0) for p in by_id.values()]
    if block:
        ranked = [(p, s) for p, s in ranked if p.block == block]
    found = [position_dict(p, s) for p, s in ranked[:limit]]
    if with_ties:
        for item in found:
            item["ties"] = ties.position_ties(law(), item["id"])
    return found


# --- typed content for the explorer tables ------------------------------------------------


def _section(attribute: str):
    for view in law().ordered():
        value = getattr(view.act, attribute)
        if value:
            return view, value
    return None, None


def requirements_on(as_of: dt.date) -> dict:
    view, items = _section("requirements")
    rows = [
        {
            "req": r,
            "in_force": law().wording_in_force(r.source, as_of),
            "tie": ties.requirement_tie(law(), r.id),
        }
        for r in items or []
    ]
    return {
        "act_view": view,
        "requirements": rows,
        "characteristics": view.act.characteristics if view else [],
    }


def standard_on(as_of: dt.date) -> dict:
    view, standard = _section("standard")
    return {
        "act_view": view,
        "standard": standard,
        "review_overdue": bool(view and review_overdue(view, as_of)),
        "status": view.status(as_of) if view else None,
    }


def card(card_id: str) -> dict | None:
    view, standard = _section("standard")
    for item in standard.cards if standard else []:
        if item.id == card_id:
            return {
                "act_view": view,
                "standard": standard,
                "card": item,
                "tie": ties.card_tie(law(), card_id),
            }
    return None


def attestation_on(as_of: dt.date) -> dict:
    view, attestation = _section("attestation")
    in_force = bool(attestation and law().wording_in_force(attestation.thresholds[0].source, as_of))
    return {"act_view": view, "attestation": attestation, "in_force": in_force}


def services_on(as_of: dt.date) -> dict:
    """Every act's state-service regulations, the oldest first, each with its status on ``as_of``
    (a newer regulation added to ``law/`` shows beside a repealed one)."""
    regulations = [
        {
            "act_view": view,
            "services": view.act.services,
            "actors": {a.id: a.title for a in view.act.services.actors},
            "status": view.status(as_of),
        }
        for view in law().ordered()
        if view.act.services
    ]
    return {"regulations": regulations}


# --- full-text search over the acts (the index: services.search_index_refresh) -------------


def act_search(*, q: str, language: str, as_of: dt.date, limit: int = 50) -> dict:
    """The points worded on ``as_of`` whose ``language`` text holds every word of ``q`` (as a
    word's beginning), best first, each with a snippet. Raises ``search.QueryProblem``."""
    terms = search.query_terms(q)
    params = {"language": language, "as_of": as_of, "limit": limit}
    if connection.vendor == "sqlite":
        sql = (
            "SELECT t.id, bm25(catalog_pointtext_fts) AS rank FROM catalog_pointtext_fts"
            " JOIN catalog_pointtext t ON t.id = catalog_pointtext_fts.rowid"
            " WHERE catalog_pointtext_fts MATCH %(match)s AND t.language = %(language)s"
            " AND (t.valid_from IS NULL OR t.valid_from <= %(as_of)s)"
            " AND (t.valid_to IS NULL OR t.valid_to >= %(as_of)s)"
            " ORDER BY rank, t.id LIMIT %(limit)s"
        )
        params["match"] = search.fts5_query(terms)
    else:
        sql = (
            "SELECT t.id, -ts_rank_cd(to_tsvector('simple'::regconfig, t.folded), q, 1) AS rank"
            " FROM catalog_pointtext t, to_tsquery('simple'::regconfig, %(match)s) q"
            " WHERE to_tsvector('simple'::regconfig, t.folded) @@ q AND t.language = %(language)s"
            " AND (t.valid_from IS NULL OR t.valid_from <= %(as_of)s)"
            " AND (t.valid_to IS NULL OR t.valid_to >= %(as_of)s)"
            " ORDER BY rank, t.id LIMIT %(limit)s"
        )
        params["match"] = search.tsquery(terms)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ranked = [row[0] for row in cursor.fetchall()]
    found = PointText.objects.in_bulk(ranked)
    results = []
    for pk in ranked:
        row = found[pk]
        view = law().get(row.act)
        results.append(
            {
                "act": act_summary(view, as_of) if view else {"id": row.act},
                "point": row.point,
                "wording_by": row.wording_by or None,
                "snippet": search.snippet(row.text, terms),
            }
        )
    return {"terms": terms, "results": results, "limit": limit}
