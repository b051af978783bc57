"""A citation as people read it: the act by its number and date, the point, the sub-point and the
wording, in Kazakh, Russian or English — "№ 360 бұйрық (25.10.2017), 12-3-тармақ, № 316
бұйрықтың редакциясы". Act ids stay in URLs and the API; pages and rule texts use these labels.

Pure Python, like the rest of the lawbook: the rules' messages use it as well as the pages.
"""

from __future__ import annotations

import re

from biliktilik.vocabulary import N_, QUALIFICATION_LEVEL, translate

from .loader import Lawbook, default

_ACT = N_("order No. {number} of {date}")
_WORDING = N_("as worded by order No. {number}")
_DRAFT_WORDING = N_("as worded by the draft")
DRAFT_PREFIX = "draft-"  # the ids drafts take (simulations): never an act of law/
_POINT = N_("p. {point}")
_POINT_IN_FULL = N_("point {point}")
_APPENDIX = N_("the appendix")
_NUMBERED_APPENDIX = N_("appendix {number}")
_PREAMBLE = N_("preamble")
_SUBPOINT = N_("subp. {subpoint}")
_BLOCK = N_("block {block}")
# The ladders of points 54-69 are cut by qualification level, which the text does not number:
# such a sub-point is the level's code, named as the vocabulary names it.
_LEVELS = ("high", "medium")
_NUMBER = re.compile(r"^[0-9]+(-[0-9]+)*$")
ACT_ID = re.compile(r"^[a-z]+-\d{4}-\d+$")


def _lang(language: str) -> str:
    return language if language in ("kk", "ru", "en") else "kk"


def act_label(act_id: str, language: str, book: Lawbook | None = None) -> str:
    """ "№ 360 бұйрық (25.10.2017)"; an act we do not hold keeps its id."""
    view = (book or default()).get(act_id)
    if view is None:
        return act_id
    act = view.act
    return translate(_ACT, _lang(language)).format(number=act.number, date=act.adopted.strftime("%d.%m.%Y"))


def wording_label(act_id: str, language: str, book: Lawbook | None = None) -> str:
    """ "№ 316 бұйрықтың редакциясы": the wording an amending act gave."""
    view = (book or default()).get(act_id)
    if view is None:
        return translate(_DRAFT_WORDING, _lang(language)) if act_id.startswith(DRAFT_PREFIX) else act_id
    if act_id.startswith(DRAFT_PREFIX):
        return translate(_DRAFT_WORDING, _lang(language))
    return translate(_WORDING, _lang(language)).format(number=view.act.number)


def point_label(point: str, language: str, *, in_full: bool = False) -> str:
    """ "12-3-тармақ", "п. 12-3" ("пункт 12-3" ``in_full``, for a heading), "қосымша", "кіріспе"."""
    lang = _lang(language)
    if point == "appendix":
        return translate(_APPENDIX, lang)
    if point.startswith("appendix-"):
        return translate(_NUMBERED_APPENDIX, lang).format(number=point.removeprefix("appendix-"))
    if point == "preamble":
        return translate(_PREAMBLE, lang)
    if point.startswith("standard-") and _NUMBER.match(point.removeprefix("standard-")):
        point = point.removeprefix("standard-")
    if _NUMBER.match(point):
        return translate(_POINT_IN_FULL if in_full else _POINT, lang).format(point=point)
    return point


def printed_number(act_id: str, point: str, book: Lawbook | None = None) -> str:
    """The number the act prints for a point whose id is not it ("card-1" is paragraph 9)."""
    view = (book or default()).get(act_id)
    found = view.points_by_id.get(point) if view else None
    return found.number if found is not None and found.number else point


def subpoint_label(subpoint: str, language: str) -> str:
    lang = _lang(language)
    if subpoint in _LEVELS:
        return QUALIFICATION_LEVEL.label(subpoint, lang)
    if len(subpoint) == 1 and subpoint.isalpha():
        return translate(_BLOCK, lang).format(block=subpoint.upper())
    return translate(_SUBPOINT, lang).format(subpoint=subpoint)


def citation_label(citation, language: str, book: Lawbook | None = None) -> str:
    """Act, point, sub-point and wording, joined as one reads them; ``citation`` is a
    ``Citation`` or a dict of its fields."""
    get = citation.get if isinstance(citation, dict) else (lambda k: getattr(citation, k, None))
    parts = [act_label(get("act"), language, book)]
    if get("point"):
        parts.append(point_label(printed_number(get("act"), get("point"), book), language))
    if get("subpoint"):
        parts.append(subpoint_label(get("subpoint"), language))
    if get("wording_by"):
        parts.append(wording_label(get("wording_by"), language, book))
    return ", ".join(parts)
