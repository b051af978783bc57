"""The documents checklist of each foreigner-certificate procedure, as data, and what is wrong
with a case's documents on a day (the grounds for refusing to accept them).

What our sources say (``docs/reading/services.md``, "The documents checklist"): Appendix 13 to
order-2015-407 (as worded by order-2017-2), point 6, names the application "in the form under
Appendix 2" and "the documents listed in point 9 of the Standard"; item 7.a.1 refuses acceptance
of "an incomplete set of documents and (or) documents whose validity has expired". The Standard
(order No. 279 of 28.04.2015) is not in our sources, so the full list is not either. Only the
application is named; every other item below is our working checklist, an interpretation of the
point cited beside it, and says so (``basis: interpretation``) wherever it is shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from biliktilik import vocabulary
from biliktilik.vocabulary import N_

ACT = "order-2015-407"
NAMED, INTERPRETATION = "named", "interpretation"

# Shown with every checklist: the list is not complete in our sources.
NOT_IN_SOURCES = N_(
    "Point 6 of Appendix 13 names the application (the form under Appendix 2) and “the documents "
    "listed in point 9 of the Standard”; the Standard (order No. 279 of 28.04.2015) is not in our "
    "sources, so neither is the full list of documents. The items marked as an interpretation are "
    "our working checklist, read from the point cited beside each."
)
NO_CHECKLIST = N_(
    "Our data has no documents checklist for this procedure: the regulation it follows names none "
    "in our sources."
)


def _cite(subpoint: str) -> dict:
    return {"act": ACT, "point": "appendix-13", "subpoint": subpoint, "wording_by": "order-2017-2"}


@dataclass(frozen=True, slots=True)
class Item:
    code: str  # vocabulary.CASE_DOCUMENT
    basis: str  # NAMED: our sources name it; INTERPRETATION: our reading of ``source``
    source: dict


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[Item, ...]
    # False: the regulation refers to a list that is not in our sources (NOT_IN_SOURCES).
    complete_in_sources: bool
    note: str

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.items)


# P.6: the application; the rest of p.9 of the Standard is not in our sources.
APPLICATION = Item("application", NAMED, _cite("6"))
# An application is made by a person the provider identifies; the case records the document.
IDENTITY = Item("identity_document", INTERPRETATION, _cite("6"))
# 7.a.2-7.a.3: the commission assesses "the qualification and level of education" on the documents
# the applicant submitted: so the diplomas and the proof of work experience.
EDUCATION = Item("education_documents", INTERPRETATION, _cite("7.a.2"))
EXPERIENCE = Item("experience_documents", INTERPRETATION, _cite("7.a.3"))
# 7.b: the certificate of one employed in Kazakhstan runs for the labour contract's term.
CONTRACT = Item("labour_contract", INTERPRETATION, _cite("7.b"))

CHECKLISTS: dict[tuple[str, str], Checklist] = {
    (ACT, "foreigner-certificate/issue"): Checklist(
        (APPLICATION, IDENTITY, EDUCATION, EXPERIENCE), False, NOT_IN_SOURCES
    ),
    (ACT, "foreigner-certificate/issue-employed"): Checklist(
        (APPLICATION, IDENTITY, EDUCATION, EXPERIENCE, CONTRACT), False, NOT_IN_SOURCES
    ),
    (ACT, "foreigner-certificate/reissue"): Checklist((APPLICATION, IDENTITY), False, NOT_IN_SOURCES),
    (ACT, "foreigner-certificate/duplicate"): Checklist((APPLICATION, IDENTITY), False, NOT_IN_SOURCES),
}
NONE = Checklist((), False, NO_CHECKLIST)


def checklist_of(case) -> Checklist:
    """The checklist of the procedure the case follows (the act it cites and the procedure's id)."""
    return CHECKLISTS.get(((case.source or {}).get("act", ""), case.procedure), NONE)


def _language() -> str:
    return (get_language() or "kk").split("-")[0]


def _day(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def checklist_problems(case, on: dt.date) -> list[dict]:
    """The checklist's items missing from the case's documents, or submitted but expired before
    ``on`` (valid until a day before it): the grounds of item 7.a.1 for refusing acceptance. Each
    with a code (``missing``, ``expired``) and a sentence in the active language."""
    rows = {row.item: row for row in case.documents.all()}
    problems = []
    for item in checklist_of(case).items:
        row = rows.get(item.code)
        label = vocabulary.CASE_DOCUMENT.label(item.code, _language())
        if row is None or not row.submitted:
            problems.append(
                {
                    "item": item.code,
                    "problem": "missing",
                    "valid_until": None,
                    "reason": _("“%(item)s” was not submitted.") % {"item": label},
                }
            )
        elif row.valid_until is not None and row.valid_until < on:
            problems.append(
                {
                    "item": item.code,
                    "problem": "expired",
                    "valid_until": row.valid_until,
                    "reason": _("“%(item)s” was valid until %(until)s, before %(on)s.")
                    % {"item": label, "until": _day(row.valid_until), "on": _day(on)},
                }
            )
    return problems


def checklist_out(case, on: dt.date) -> dict:
    """The case's checklist as pages and the API show it: each item with its basis and citation,
    what was recorded for it, the flag and sentence on the list's source, and the problems."""
    checklist = checklist_of(case)
    rows = {row.item: row for row in case.documents.all()}
    return {
        "complete_in_sources": checklist.complete_in_sources,
        "note": _(checklist.note),
        "items": [
            {
                "item": item.code,
                "label": vocabulary.CASE_DOCUMENT.label(item.code, _language()),
                "basis": item.basis,
                "source": item.source,
                "submitted": bool(rows.get(item.code) and rows[item.code].submitted),
                "valid_until": rows[item.code].valid_until if item.code in rows else None,
                "note": rows[item.code].note if item.code in rows else "",
            }
            for item in checklist.items
        ],
        "problems": checklist_problems(case, on),
    }
