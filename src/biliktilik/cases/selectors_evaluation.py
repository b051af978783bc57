"""Reads of the commission's part of a case: the applicant's records, the evaluation with its
votes and protocol, in the shape the API answers and the audit trail keeps."""

from __future__ import annotations

from .models import Case, Evaluation


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
