"""Hand-built draft overlays for the comparison tests: a second lawbook in which one point of an
act has an extra version by a draft (``DRAFT``, from ``DRAFT_FROM``) and the typed values that
rest on it are restated, cited to the draft, as a draft amendment gives them (lawbook/drafts.py).
The law in ``law/`` is never touched: each overlay is built with ``loader.build`` from copies."""

import datetime as dt

from biliktilik.lawbook import loader

DRAFT = "order-2027-1"  # an act in no file of law/: it exists only in the overlay
DRAFT_FROM = dt.date(2027, 3, 1)
DRAFT_EVE = DRAFT_FROM - dt.timedelta(days=1)


def _cited_to_draft(model):
    return model.source.model_copy(update={"wording_by": DRAFT})


def _reworded(point, subpoint_id: str, old: str, new: str, languages=("kk",)):
    """The point with its last version ended on the eve and a draft version from ``DRAFT_FROM``
    in which ``old`` becomes ``new`` in one sub-point's text, in ``languages``."""
    current = point.versions[-1]
    subpoints = []
    for sub in current.subpoints:
        if sub.subpoint == subpoint_id:
            texts = {lang: getattr(sub.text, lang).replace(old, new, 1) for lang in languages}
            sub = sub.model_copy(update={"text": sub.text.model_copy(update=texts)})
        subpoints.append(sub)
    draft = current.model_copy(update={"wording_by": DRAFT, "valid_from": DRAFT_FROM, "subpoints": subpoints})
    ended = current.model_copy(update={"valid_to": DRAFT_EVE})
    return point.model_copy(update={"versions": [*point.versions[:-1], ended, draft]})


def _overlay(lawbook, act, **update):
    changed = act.model_copy(update=update)
    return loader.build([changed if v.id == act.id else v.act for v in lawbook.ordered()], lawbook.source_dir)


def with_draft_of_point_54(lawbook):
    """Order-2017-360 p.54 by the draft: the higher category of the high level needs 4 years of
    experience, not 3 ("кемінде 3 жыл" → "кемінде 4 жыл" in the kk text of sub-point high), and
    requirement 54 is restated with that step at 4 years, everything else as in force."""
    act = lawbook.get("order-2017-360").act
    points = [
        _reworded(p, "high", "кемінде 3 жыл", "кемінде 4 жыл") if p.point == "54" else p for p in act.points
    ]
    in_force = next(r for r in act.requirements if r.id == "54")
    ladders = []
    for ladder in in_force.ladders:
        steps = [
            s.model_copy(
                update={
                    "years": 4 if (ladder.qualification_level, s.category) == ("high", "higher") else s.years,
                    "source": _cited_to_draft(s),
                }
            )
            for s in ladder.steps
        ]
        education = ladder.education.model_copy(update={"source": _cited_to_draft(ladder.education)})
        ladders.append(ladder.model_copy(update={"steps": steps, "education": education}))
    restated = in_force.model_copy(update={"ladders": ladders, "source": _cited_to_draft(in_force)})
    return _overlay(lawbook, act, points=points, requirements=[*act.requirements, restated])


def with_draft_of_point_17(lawbook):
    """Order-2024-422 p.17 by the draft: the pass mark of heads of unit, deputy directors and
    directors is 80%, not 85% (sub-point 3, in every language), and the attestation's thresholds
    are restated cited to the draft, the others unchanged."""
    act = lawbook.get("order-2024-422").act
    points = [
        _reworded(p, "3", "85%", "80%", languages=("kk", "ru", "en")) if p.point == "17" else p
        for p in act.points
    ]
    thresholds = [
        t.model_copy(
            update={"percent": 80 if t.attestee == "manager" else t.percent, "source": _cited_to_draft(t)}
        )
        for t in act.attestation.thresholds
    ]
    attestation = act.attestation.model_copy(update={"thresholds": thresholds})
    return _overlay(lawbook, act, points=points, attestation=attestation)
