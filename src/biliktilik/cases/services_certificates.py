"""Certificates issued on cases: the first one, a duplicate, a re-issue.

Our reading of Appendix 13 to order No. 407 (as worded by order No. 2 of 2017; docs/reading/
services.md, "Cases: the certificate"):

- **Which step issues it.** The certificate is made when the case's last step is completed: the
  responsible executor "registers the certificate and issues it to the service recipient"
  (7.a.10 for ``foreigner-certificate/issue``, 7.b.3 for ``issue-employed``, 7.c.3 for
  ``reissue``; the duplicate's one step, 5.5). The management's signing (7.a.9, 7.c.2) is the
  step before and is recorded as that step; the electronic signature on the PDF is the
  provider's key applied at issue. So the certificate's date of issue is the day the last step
  was done, the case is completed with ending ``issued`` in the same transaction, and a completed
  case of an issuing procedure always has its certificate.
- **Validity.** ``issue``: "for a term of up to three months" (5.1, the fact
  ``certificate_validity_max``): the case records no shorter term, so the maximum, counted as the
  Civil Code counts months (the term ends on the same date of the third month; our reading, the
  Code is not in our sources). ``issue-employed``: "for the term of the labour contract but for
  not more than three years" (7.b, ``employed_certificate_validity_max``): the case has no
  contract field, so the completing call gives ``contract_until`` (the contract's last day); it
  is refused when missing, not after the day of issue, or beyond three years from it.
- **Duplicate** (5.5): repeats the original's data, valid until the original's date, marked as a
  duplicate and naming the original's number; the original stays valid.
- **Re-issue** (7.c): a new certificate with the re-issue case's data; the regulation gives it
  no term of its own, so it keeps the replaced certificate's ``valid_until``; the replaced one
  and its duplicates are revoked from the day of the re-issue.

The duplicate's and the re-issue's case does not say which certificate it is about: the
completing call names it by number (``original``), among the certificates of cases the actor may
see.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from biliktilik.audit.services import audit_record
from biliktilik.errors import InvalidInput
from biliktilik.lawbook.loader import Lawbook
from biliktilik.rules.calendar import add_months

from . import procedures, selectors
from .documents import certificate_pdf
from .models import Case, Certificate

# What the completion of each procedure issues.
ISSUING = {
    "foreigner-certificate/issue": "original",
    "foreigner-certificate/issue-employed": "original",
    "foreigner-certificate/duplicate": "duplicate",
    "foreigner-certificate/reissue": "reissue",
}
EMPLOYED = "foreigner-certificate/issue-employed"
CODE_BYTES = 10  # 80 bits: 16 base32 letters, not to be guessed


def new_code() -> str:
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode().rstrip("=")


def status_of(certificate: Certificate, on: dt.date) -> str:
    """``valid``, ``revoked`` (a re-issue or a revocation ended it on or before ``on``) or
    ``expired`` (``on`` is after its last day)."""
    if certificate.revoked_on is not None and certificate.revoked_on <= on:
        return "revoked"
    if on > certificate.valid_until:
        return "expired"
    return "valid"


def _fact(case: Case, key: str, law: Lawbook) -> tuple[int, str]:
    view = law.get(case.source["act"])
    services = view.act.services if view is not None else None
    service = case.procedure.split("/")[0]
    for fact in services.facts if services is not None else ():
        if fact.key == key and fact.service == service:
            return int(fact.value), fact.unit
    raise LookupError(f"{case.source['act']} has no fact {key} of {service}")


def _months(count: int, unit: str) -> int:
    return count * 12 if unit == "years" else count


def _valid_until(case: Case, on: dt.date, contract_until: dt.date | None, law: Lawbook) -> dt.date:
    if case.procedure != EMPLOYED:
        return add_months(on, _months(*_fact(case, "certificate_validity_max", law)))
    loc = ["body", "contract_until"]
    if contract_until is None:
        raise InvalidInput(
            _("Give the last day of the labour contract: the certificate is issued for its term."),
            code="required",
            loc=loc,
        )
    latest = add_months(on, _months(*_fact(case, "employed_certificate_validity_max", law)))
    if contract_until <= on:
        raise InvalidInput(
            _("The labour contract's last day is not after the day of issue."), code="contract_ended", loc=loc
        )
    if contract_until > latest:
        raise InvalidInput(
            _(
                "The certificate is issued for the labour contract's term but for not more than three "
                "years: the contract's last day may be %(latest)s at the latest."
            ),
            code="beyond_maximum_term",
            loc=loc,
            latest=latest.strftime("%d.%m.%Y"),
        )
    return contract_until


def _original(actor, number: str | None, on: dt.date) -> Certificate:
    """The certificate a duplicate or a re-issue is about (a duplicate named stands for its
    original), among the cases ``actor`` may see; refused when it is no longer valid."""
    loc = ["body", "original"]
    if not (number or "").strip():
        raise InvalidInput(
            _("Give the number of the certificate this case is about."), code="required", loc=loc
        )
    found = (
        Certificate.objects.select_for_update(of=("self",))
        .filter(number=number.strip(), case__in=selectors.cases_visible(actor).values("pk"))
        .select_related("replaces")
        .first()
    )
    if found is None:
        raise InvalidInput(
            _("There is no certificate with this number that you may see."),
            code="unknown_certificate",
            loc=loc,
        )
    if found.kind == "duplicate":
        found = found.replaces
    if status_of(found, on) != "valid":
        raise InvalidInput(
            _("Certificate No. %(number)s is no longer valid."),
            code="certificate_not_valid",
            loc=loc,
            number=found.number,
        )
    return found


def issue_on_completion(
    *,
    actor,
    case: Case,
    on: dt.date,
    contract_until: dt.date | None = None,
    original: str | None = None,
    law: Lawbook | None = None,
) -> Certificate | None:
    """The certificate the completion of ``case`` issues on ``on`` (None for a procedure that
    issues none). Runs inside the completing step's transaction: a refusal here undoes the step."""
    kind = ISSUING.get(case.procedure)
    if kind is None:
        return None
    law = law or procedures.lawbook()
    certificate = Certificate(
        case=case,
        kind=kind,
        number=case.number,
        code=new_code(),
        holder_name=case.applicant_name,
        holder_citizenship=case.applicant_citizenship,
        occupation=case.applicant_occupation,
        issued_on=on,
        created_by=actor,
    )
    if kind == "original":
        certificate.valid_until = _valid_until(case, on, contract_until, law)
    else:
        replaced = _original(actor, original, on)
        certificate.replaces, certificate.valid_until = replaced, replaced.valid_until
        if kind == "duplicate":
            certificate.holder_name = replaced.holder_name
            certificate.holder_citizenship = replaced.holder_citizenship
            certificate.occupation = replaced.occupation
    revoked: list[str] = []
    if kind == "reissue":
        ended = Certificate.objects.filter(
            Q(pk=certificate.replaces.pk) | Q(replaces=certificate.replaces, kind="duplicate"),
            revoked_on__isnull=True,
        )
        revoked = sorted(ended.values_list("number", flat=True))
        ended.update(revoked_on=on)
    certificate.pdf = certificate_pdf(certificate)
    certificate.save()
    audit_record(
        actor=actor,
        action="case.certificate",
        object_type="case",
        object_id=case.pk,
        after={
            "certificate": certificate.number,
            "kind": kind,
            "issued_on": on,
            "valid_until": certificate.valid_until,
            "replaces": certificate.replaces.number if certificate.replaces else None,
            "revoked": revoked,
        },
    )
    return certificate


def certificate_of(case: Case) -> Certificate | None:
    """The certificate issued on ``case`` (a case issues at most one)."""
    return case.certificates.select_related("replaces").order_by("-id").first()


def by_code(code: str) -> Certificate | None:
    return Certificate.objects.select_related("replaces", "case").filter(code=code).first()
