"""The law between two dates, for the explorer's page and the API: the act and the two days
read, the comparison made by ``lawbook.compare`` (the same function the simulations call with
a draft lawbook), and its JSON shape. Nothing here reads a clock: "today" is an argument."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from biliktilik.errors import InvalidInput
from biliktilik.lawbook.compare import ActComparison, PointComparison, Side, compare_act
from biliktilik.lawbook.loader import ActView

from .selectors import act_or_404, law, ltext

FROM_AFTER_TO = _("The first date is later than the second: put the earlier date first.")


def default_dates(view: ActView, today: dt.date) -> tuple[dt.date, dt.date]:
    """With no dates asked: the day before the act's latest change up to ``today``, and today,
    so the page opens on the last amendment (both today when the act never changed)."""
    starts = [
        v.valid_from
        for p in view.points_by_id.values()
        for v in p.versions
        if v.valid_from is not None and v.valid_from <= today and v.valid_from != view.effective_from
    ]
    if not starts:
        return today, today
    return max(starts) - dt.timedelta(days=1), today


def act_comparison(act_id: str, start: dt.date, end: dt.date) -> ActComparison:
    """The act's points as worded on ``start`` against ``end`` in the law in force."""
    act_or_404(act_id)
    if start > end:
        raise InvalidInput(FROM_AFTER_TO, loc=["query", "from"])
    return compare_act(act_id, (law(), start), (law(), end))


def _side_dict(side: Side) -> dict:
    version = side.version
    if version is None:
        return {"wording_by": None, "valid_from": None, "valid_to": None, "text": None, "subpoints": []}
    return {
        "wording_by": version.wording_by,
        "valid_from": side.valid_from,
        "valid_to": side.valid_to,
        "text": ltext(version.text),
        "subpoints": [{"subpoint": s.subpoint, "text": ltext(s.text)} for s in version.subpoints],
    }


def _point_dict(point: PointComparison) -> dict:
    return {
        "point": point.point,
        "status": point.status,
        "not_in_sources": {"before": point.before.not_in_sources, "after": point.after.not_in_sources},
        "before": _side_dict(point.before),
        "after": _side_dict(point.after),
        "values": [{"path": v.label, "before": v.before, "after": v.after} for v in point.values],
    }


def comparison_dict(comparison: ActComparison) -> dict:
    """The API's answer: the changed points only, each side as worded, the values that differ."""
    return {
        "act": comparison.act_id,
        "from": comparison.before_on,
        "to": comparison.after_on,
        "changed": [p.point for p in comparison.changed],
        "unchanged": comparison.unchanged_count,
        "points": [_point_dict(p) for p in comparison.changed],
    }
