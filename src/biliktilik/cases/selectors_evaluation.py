"""Reads of the commission's part of a case: the applicant's records, the evaluation with its
votes and protocol, in the shape the API answers and the audit trail keeps, and what our rules
say of the records against a requirement point (nothing of it stored here)."""

from __future__ import annotations

import datetime as dt

from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules import run
from biliktilik.rules.explain import LawGap
from biliktilik.rules.inputs import QualificationIn
from biliktilik.rules.messages import text as rule_text

from .models import Case, Evaluation

EXPLANATION_LANGUAGES = ("kk", "ru", "en")


def records_out(case: Case) -> dict:
    return {
        "education": [
            {"level": e.level, "field": e.field, "institution": e.institution, "document": e.document}
            for e in case.education.order_by("id")
        ],
        "experience": [
            {
                "start": w.start,
                "end": w.end,
                "sector": w.sector,
                "management": w.management,
                "employer": w.employer,
                "document": w.document,
            }
            for w in case.experience.order_by("start", "id")
        ],
    }


def evaluation_of(case: Case) -> Evaluation | None:
    # Not ``case.evaluation``: the reverse accessor caches a missing row, and the services read
    # the evaluation again after writing it.
    return Evaluation.objects.filter(case=case).first()


def evaluation_out(case: Case) -> dict | None:
    evaluation = evaluation_of(case)
    if evaluation is None:
        return None
    votes = list(evaluation.votes.select_related("member").order_by("member_id"))
    return {
        "case": case.pk,
        "requirement": evaluation.requirement or None,
        "explanation": evaluation.explanation or None,
        "reasoning": evaluation.reasoning,
        "recommendation": evaluation.recommendation or None,
        "votes": [
            {
                "member": v.member_id,
                "name": v.member.get_full_name() or v.member.get_username(),
                "vote": v.vote,
                "comment": v.comment,
            }
            for v in votes
        ],
        "tally": {
            "issue": sum(1 for v in votes if v.vote == "issue"),
            "refuse": sum(1 for v in votes if v.vote == "refuse"),
        },
        "protocol": (
            {"number": evaluation.protocol_number, "on": evaluation.protocol_on}
            if evaluation.protocol_number
            else None
        ),
        "frozen": bool(evaluation.protocol_number),
    }


def qualification_input(case: Case, requirement: str, on: dt.date) -> QualificationIn:
    """The rules' facts from the case's records, as ``staff.selectors.qualification_on`` builds
    them from an employee's: the documents give no qualification level or category of a period,
    so a category ladder counts none of it (and says so in its explanation)."""
    return QualificationIn.model_validate(
        {
            "requirement": requirement,
            "as_of": on,
            "education": [{"level": e.level, "field": e.field} for e in case.education.all()],
            "work": [
                {"from": w.start, "to": w.end, "sector": w.sector, "management": w.management}
                for w in case.experience.all()
            ],
        }
    )


def explain_requirement(case: Case, requirement: str, on: dt.date, *, law: Lawbook) -> dict:
    """The rules' result for ``requirement`` on ``on``, its explanation in every interface
    language, stored as it stood; a law gap (the point's wording on that day is not in our
    sources) is stored as such, with its sentence."""
    data = qualification_input(case, requirement, on)
    try:
        results = {
            language: run.qualification(data, law=law, language=language)
            for language in EXPLANATION_LANGUAGES
        }
    except LawGap as gap:
        return {
            "requirement": requirement,
            "as_of": on,
            "gap": gap.code,
            "params": gap.params,
            "text": {
                language: rule_text(gap.code, gap.params, language) for language in EXPLANATION_LANGUAGES
            },
        }
    first = results[EXPLANATION_LANGUAGES[0]]
    return {
        "requirement": requirement,
        "as_of": on,
        "eligible": first["eligible"],
        "categories": first["categories"],
        # The steps in Kazakh (the default language) where a reader of one list looks, and in
        # every language under ``languages``: a protocol in Russian reads its own.
        "explanation": first["explanation"],
        "languages": {language: result["explanation"] for language, result in results.items()},
        "citations": first["citations"],
    }
