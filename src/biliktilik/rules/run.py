"""Contract-shaped evaluation: validated input in, the API's JSON (as a dict) out.

The API, the command line and the scenario tests all call these functions, so the three can
never disagree. Rendering of explanation text happens here, per language.
"""

from __future__ import annotations

import datetime as dt

from biliktilik.lawbook.loader import Lawbook

from . import attestation as attestation_rule
from . import deadlines as deadlines_rule
from . import procedures as procedure_rule
from . import qualification as qualification_rule
from . import register as register_rule
from .calendar import KzCalendar
from .experience import Period
from .explain import LawGap, Trace
from .inputs import AttestationIn, QualificationIn
from .messages import text


class InputError(Exception):
    """Input that is well-formed but contradicts the law's own ordering (e.g. a declared
    category not above the current one)."""

    def __init__(self, code: str, field: str, **params):
        self.code = code
        self.field = field
        self.params = params
        super().__init__(code)


def citation_dict(citation) -> dict:
    return {
        "act": citation.act,
        "point": citation.point,
        "subpoint": citation.subpoint,
        "wording_by": citation.wording_by,
    }


def explained(trace: Trace, language: str) -> dict:
    return {
        "explanation": [
            {
                "code": step.code,
                "text": text(step.code, step.params, language),
                "params": step.params,
                "citation": citation_dict(step.citation) if step.citation else None,
            }
            for step in trace.steps
        ],
        "citations": [citation_dict(c) for c in trace.citation_list()],
    }


def qualification(data: QualificationIn, *, law: Lawbook, language: str = "kk", explain: bool = True) -> dict:
    requirement = qualification_rule.requirement_in_force(law, data.point, data.as_of)
    education = tuple(qualification_rule.Education(e.level, e.field) for e in data.education)
    periods = tuple(
        Period(w.start, w.to, w.sector, w.qualification_level, w.category, w.management) for w in data.work
    )
    experience = qualification_rule.Experience(periods, data.as_of)
    trace = Trace(explain=explain)
    outcome = qualification_rule.evaluate(
        requirement, education=education, experience=experience, trace=trace
    )
    return {
        "requirement": data.requirement,
        "as_of": data.as_of,
        "eligible": outcome.eligible,
        "categories": outcome.categories,
        **explained(trace, language),
    }


def attestation(
    data: AttestationIn, *, law: Lawbook, calendar: KzCalendar, language: str = "kk", explain: bool = True
) -> dict:
    params = attestation_rule.parameters_in_force(law, data.as_of)
    applicant = data.attestee == "category_applicant"
    if applicant:
        rank = {c.id: c.rank for c in params.categories}
        # Declaring the category held renews it at the end of its term (a mentor can only renew).
        if rank[data.declared_category] < rank[data.current_category]:
            raise InputError(
                "declared_below_current",
                "declared_category",
                declared=data.declared_category,
                current=data.current_category,
            )
    facts = attestation_rule.AttestationFacts(
        attestee=data.attestee,
        test_percent=data.test_percent,
        reattestation=data.reattestation,
        current_category=data.current_category if applicant else None,
        declared_category=data.declared_category if applicant else None,
        rating=data.rating if applicant else None,
        violations=data.violations if applicant else None,
        test_finished_on=data.test_finished_on,
    )
    trace = Trace(explain=explain)
    outcome = attestation_rule.evaluate(params, facts, as_of=data.as_of, calendar=calendar, trace=trace)
    return {
        "as_of": data.as_of,
        "attestee": data.attestee,
        "threshold_percent": outcome.threshold_percent,
        "test_passed": outcome.test_passed,
        "activity_assessment": outcome.activity_assessment,
        "decision": outcome.decision,
        "resulting_category": outcome.resulting_category,
        "dismissal": outcome.dismissal,
        "reattestation_due": outcome.reattestation_due,
        "deadlines": {
            "appeal_until": outcome.appeal_until,
            "activity_assessment_until": outcome.activity_assessment_until,
        },
        **explained(trace, language),
    }


def _period(law: Lawbook, item) -> dict:
    period = procedure_rule.period_in_force(law, item)
    return {"in_force_from": period.start, "in_force_until": period.end}


def procedure_list(law: Lawbook) -> list[dict]:
    """Every procedure of every act's regulations, the oldest act first, each with the period its
    regulation was in force (a restated procedure is listed once per act)."""
    listed = []
    for services, p in procedure_rule.all_procedures(law):
        actors = {a.id: a.title for a in services.actors}
        listed.append(
            {
                "id": p.id,
                "service": p.service,
                "title": p.title.model_dump(),
                "steps": [
                    {
                        "number": s.number,
                        "actor": s.actor,
                        "actor_title": actors[s.actor].model_dump(),
                        "action": s.action.model_dump(),
                        "term": {"days": s.term.days, "kind": s.term.kind},
                        "citation": citation_dict(s.term.source),
                    }
                    for s in p.steps
                ],
                "citation": citation_dict(p.source),
                **_period(law, p),
            }
        )
    return listed


def schedule(
    procedure_id: str, start: dt.date, *, law: Lawbook, calendar: KzCalendar, language: str = "kk"
) -> dict:
    """The schedule on the procedure in force on ``start`` (any act's); on a day none was, on the
    one last come into force by then, ``in_force`` false."""
    item = procedure_rule.procedure(law, procedure_id, start)
    trace = Trace()
    active, steps, due = procedure_rule.schedule(law, item, start=start, calendar=calendar, trace=trace)
    return {
        "procedure": item.id,
        "start": start,
        "in_force": active,
        "citation": citation_dict(item.source),
        **_period(law, item),
        "steps": [
            {"number": s.number, "actor": s.actor, "term": {"days": s.days, "kind": s.kind}, "due": s.due}
            for s in steps
        ],
        "due": due,
        **explained(trace, language),
    }


def register_grade(qualification_level: str, category: str, *, law: Lawbook, language: str = "kk") -> dict:
    trace = Trace()
    grade = register_rule.other_sector_grade(
        law, qualification_level=qualification_level, category=category, trace=trace
    )
    return {
        "block": grade.block,
        "link": grade.link,
        "level": grade.level,
        "sector": grade.sector,
        "positions": [{"id": p.id, "title": p.title.model_dump()} for p in grade.positions],
        **explained(trace, language),
    }


def entry_into_force(publication: dt.date, days: int, *, language: str = "kk") -> dict:
    trace = Trace()
    in_force = deadlines_rule.entry_into_force(publication, days, trace=trace)
    return {"publication": publication, "days": days, "in_force_from": in_force, **explained(trace, language)}


__all__ = [
    "InputError",
    "LawGap",
    "attestation",
    "entry_into_force",
    "procedure_list",
    "qualification",
    "register_grade",
    "schedule",
]
