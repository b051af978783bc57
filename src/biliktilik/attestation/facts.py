"""An attestee's stored records as the facts the attestation rule reads (p.17, p.28-1, p.30).

The one place the Platform turns what it stored — the finished attempt, the attestee's kind and
categories, the commission's assessment — into ``AttestationIn``; the decisions read it, and the
mutation runs (``make mutation``) mutate it with the rules.
"""

from __future__ import annotations

from django.utils import timezone

from biliktilik.rules.inputs import AttestationIn


def attestation_facts(entry, assessment) -> AttestationIn:
    """The facts of one tested attestee: judged on the day the test finished, which is also the day
    the re-attestation term and the appeal count from; a category applicant's rating and violations
    come from the assessment (None while it is not made: the rule then leaves the decision open)."""
    attempt = entry.attempt
    finished = timezone.localdate(attempt.finished_at)
    data = {
        "as_of": finished,
        "attestee": entry.attestee,
        "reattestation": entry.reattestation,
        "test_percent": float(attempt.percent),
        "test_finished_on": finished,
    }
    if entry.attestee == "category_applicant":
        data |= {
            "current_category": entry.current_category,
            "declared_category": entry.declared_category,
            "rating": assessment.rating if assessment else None,
            "violations": assessment.violations if assessment else None,
        }
    return AttestationIn(**data)
