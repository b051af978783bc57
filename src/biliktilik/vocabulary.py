"""The domain's vocabulary: every code, declared once, with its label.

A code (``social_protection``, ``meets_position``) is what the law data, the rules, the database
and the API carry; a reader only ever sees its label, in their language. Labels are English
gettext messages, translated in ``locale/{kk,ru,en}`` like every other interface text, so one
catalogue serves the pages (through Django's gettext) and the rules' explanations (through
``translate`` below, which reads the same compiled catalogues with the standard library: the
rules stay free of Django).

Forms, model fields, API enums, import columns and rule texts all take their codes and labels
from here (``Domain.codes`` for a ``Literal``, ``choices()`` in ``biliktilik.choices`` for
Django). ``N_`` marks a label for ``makemessages`` without translating it at import time.
"""

from __future__ import annotations

import gettext as _gettext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional marker name
    """Mark ``message`` for translation; it is translated where it is shown."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Mark a message shown with a count: its singular and plural msgids."""
    return singular, plural


@cache
def _catalogue(language: str) -> _gettext.NullTranslations:
    return _gettext.translation("django", localedir=LOCALE, languages=[language], fallback=True)


def translate(message: str, language: str) -> str:
    """``message`` (an English msgid) in ``language``, from the project's catalogues."""
    return _catalogue(language).gettext(message)


def translate_plural(singular: str, plural: str, count: int, language: str) -> str:
    """The plural form of a message for ``count``, by the language's own plural rule."""
    return _catalogue(language).ngettext(singular, plural, count)


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    label: str  # English msgid


@dataclass(frozen=True, slots=True)
class Domain:
    """A closed set of codes with their labels, in their order of presentation."""

    name: str
    terms: tuple[Term, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def label(self, code: str, language: str) -> str:
        """The code's label in ``language``; an unknown code is a programming error."""
        for term in self.terms:
            if term.code == code:
                return translate(term.label, language)
        raise KeyError(f"{code!r} is not a code of {self.name}")

    def msgid(self, code: str) -> str:
        return next(term.label for term in self.terms if term.code == code)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def literal(self, *, without: tuple[str, ...] = ()):
        """A ``typing.Literal`` of the codes (but those in ``without``), for pydantic models of the
        API and the law data."""
        return Literal[tuple(code for code in self.codes if code not in without)]  # type: ignore[valid-type]


def _domain(name: str, *pairs: tuple[str, str]) -> Domain:
    return Domain(name, tuple(Term(code, label) for code, label in pairs))


EDUCATION_LEVEL = _domain(
    "education_level",
    ("tvet", N_("technical and vocational education")),
    ("applied_bachelor", N_("applied bachelor's degree")),
    ("higher", N_("higher education")),
    ("postgraduate", N_("postgraduate education")),
)
EDUCATION_FIELD = _domain(
    "education_field",
    ("social", N_("social field")),
    ("economic", N_("economic field")),
    ("legal", N_("legal field")),
    ("pedagogical", N_("pedagogical field")),
    ("other", N_("another field")),
)
SECTOR = _domain(
    "sector",
    ("employment", N_("employment")),
    ("social_protection", N_("social protection")),
    ("education", N_("education")),
    ("healthcare", N_("healthcare")),
    ("business", N_("business")),
    ("quasi_public", N_("quasi-public sector")),
    ("other", N_("other sectors")),
)
QUALIFICATION_LEVEL = _domain(
    "qualification_level", ("high", N_("high level")), ("medium", N_("medium level"))
)
# The categories of the typical qualification characteristics (order-2017-360).
CATEGORY = _domain(
    "category",
    ("higher", N_("higher category")),
    ("first", N_("first category")),
    ("second", N_("second category")),
    ("none", N_("no category")),
)
# The categories of career-centre specialists awarded by attestation (order-2024-422).
ATTESTATION_CATEGORY = _domain(
    "attestation_category",
    ("none", N_("no category")),
    ("career_consultant", N_("career consultant")),
    ("case_manager", N_("case manager")),
    ("mentor", N_("mentor")),
)
# What a category award of the registry holds: a category of the typical qualification
# characteristics (social-service institutions) or of a career-centre specialist.
AWARD_CATEGORY = Domain(
    "award_category",
    tuple(t for t in CATEGORY.terms if t.code != "none")
    + tuple(t for t in ATTESTATION_CATEGORY.terms if t.code != "none"),
)
ATTESTEE = _domain(
    "attestee",
    ("new_employee", N_("employee at first attestation")),
    ("category_applicant", N_("career-centre specialist applying for a category")),
    ("manager", N_("head of unit, deputy director, director")),
    ("lmc_specialist", N_("labour mobility centre specialist")),
    ("cc_assistant", N_("career-centre assistant")),
)
DECISION = _domain(
    "decision",
    ("meets_position", N_("meets the position held")),
    ("does_not_meet_position", N_("does not meet the position held")),
    ("meets_declared_category", N_("meets the declared category")),
    ("meets_current_category", N_("meets the category held")),
    ("meets_lower_category", N_("meets a category below the declared one")),
    ("undetermined", N_("undetermined")),
)
SCORE = _domain(
    "score", ("test_percent", N_("test result, per cent")), ("assessment_total", N_("assessment total"))
)
ACTOR = _domain(
    "actor",
    ("intake_officer", N_("intake officer")),
    ("management", N_("management")),
    ("head_of_unit", N_("head of unit")),
    ("executor", N_("responsible executor")),
    ("commission", N_("commission")),
    ("commission_secretary", N_("commission secretary")),
    ("service_provider", N_("service provider")),
)
TERM_KIND = _domain("term_kind", ("working", N_("working days")), ("calendar", N_("calendar days")))
DAY_KIND = _domain(
    "day_kind",
    ("working", N_("working day")),
    ("weekend", N_("day off")),
    ("holiday", N_("public holiday")),
    ("holiday_moved", N_("day off moved from a holiday")),
    ("transferred_day_off", N_("day off transferred by the Government")),
    ("working_weekend", N_("working day moved to a weekend")),
)
ACT_STATUS = _domain(
    "act_status",
    ("in_force", N_("in force")),
    ("repealed", N_("repealed")),
    ("not_yet_in_force", N_("not yet in force")),
    ("unknown", N_("status unknown")),
)
REGISTER_SECTOR = _domain(
    "register_sector",
    ("healthcare", N_("healthcare")),
    ("education", N_("education")),
    ("other", N_("other sectors")),
)
ORGANIZATION_KIND = _domain(
    "organization_kind",
    ("ministry", N_("ministry")),
    ("lmc", N_("labour mobility centre")),
    ("career_centre", N_("career centre")),
    ("department", N_("sector or department")),
    ("social_service", N_("social-service institution")),
    ("pension_branch", N_("pension-payment centre branch")),
)
SIGNIFICANCE = _domain(
    "significance",
    ("republican", N_("republican significance")),
    ("oblast", N_("oblast, capital or city of republican significance")),
    ("district", N_("district or city of oblast significance")),
)
SEX = _domain("sex", ("male", N_("male")), ("female", N_("female")))
# --- the attestation Platform --------------------------------------------------------------
QUESTION_KIND = _domain(
    "question_kind",
    ("single", N_("one correct answer")),
    ("multiple", N_("several correct answers")),
    ("true_false", N_("true or false")),
)
QUESTION_STATUS = _domain("question_status", ("draft", N_("draft")), ("ready", N_("ready for tests")))
ATTESTEE_STATUS = _domain(
    "attestee_status",
    ("not_admitted", N_("not admitted")),
    ("admitted", N_("admitted")),
    ("testing", N_("taking the test")),
    ("tested", N_("tested")),
    ("assessed", N_("assessed")),
    ("decided", N_("decided")),
)
ATTEMPT_STATUS = _domain(
    "attempt_status",
    ("in_progress", N_("in progress")),
    ("submitted", N_("submitted")),
    ("expired", N_("submitted when the time ran out")),
)
APPEAL_STATUS = _domain("appeal_status", ("open", N_("under review")), ("reviewed", N_("reviewed")))
# --- state-service cases (issue 9) ---------------------------------------------------------
CASE_CHANNEL = _domain(
    "case_channel",
    ("foreign_mission", N_("through a foreign mission of Kazakhstan")),
    ("provider", N_("at the service provider")),
)
CASE_STATUS = _domain(
    "case_status", ("open", N_("in progress")), ("refused", N_("refused")), ("completed", N_("completed"))
)
CASE_ENDING = _domain(
    "case_ending",
    ("issued", N_("the result issued")),
    ("refused_to_accept", N_("refused to accept: documents incomplete or expired")),
    ("motivated_refusal", N_("motivated refusal")),
)
# The commission's recommendation on an application (Appendix 13, step 3) and each member's vote.
CASE_RECOMMENDATION = _domain(
    "case_recommendation",
    ("issue", N_("issue the certificate")),
    ("refuse", N_("refuse, with the grounds")),
)
# What a certificate issued on a case is: the first one, a duplicate of it, or a re-issue.
CERTIFICATE_KIND = _domain(
    "certificate_kind",
    ("original", N_("certificate")),
    ("duplicate", N_("duplicate of the certificate")),
    ("reissue", N_("re-issued certificate")),
)
# The items of the documents checklist of a case (cases/checklist.py says which procedure names
# which item, and whether our sources name it or it is our working interpretation).
CASE_DOCUMENT = _domain(
    "case_document",
    ("application", N_("application in the form under Appendix 2")),
    ("identity_document", N_("identity document")),
    ("education_documents", N_("documents of education")),
    ("experience_documents", N_("documents of work experience")),
    ("labour_contract", N_("labour contract")),
)
AUDIT_ACTION = _domain(
    "audit_action",
    ("api_token.create", N_("API token issued")),
    ("api_token.revoke", N_("API token revoked")),
    ("user.create", N_("account created")),
    ("user.update", N_("account changed")),
    ("user.activate", N_("account activated or deactivated")),
    ("organization.create", N_("organization created")),
    ("organization.update", N_("organization changed")),
    ("organization.delete", N_("organization deleted")),
    ("employee.create", N_("employee added")),
    ("employee.update", N_("employee changed")),
    ("employee.delete", N_("employee deleted")),
    ("employee.view", N_("personal card opened")),
    ("employee.export", N_("employee list exported")),
    ("position.add", N_("position added")),
    ("position.register_confirm", N_("register entry confirmed")),
    ("work.add", N_("work period added")),
    ("education.add", N_("education added")),
    ("category.assign", N_("category awarded")),
    ("training.add", N_("training added")),
    ("import.organizations", N_("organizations imported")),
    ("import.employees", N_("employees imported")),
    ("import.work", N_("work history imported")),
    ("import.education", N_("education imported")),
    ("demo.load", N_("demo data loaded")),
    ("question.create", N_("question added to the bank")),
    ("question.update", N_("question changed")),
    ("campaign.create", N_("campaign created")),
    ("attestee.add", N_("attestee put on the list")),
    ("attempt.start", N_("test started")),
    ("attempt.submit", N_("test submitted")),
    ("attempt.expire", N_("test submitted when the time ran out")),
    ("appeal.file", N_("appeal filed")),
    ("appeal.review", N_("appeal reviewed")),
    ("question.annul", N_("question annulled for every taker")),
    ("assessment.record", N_("professional activity assessed")),
    ("decision.confirm", N_("decision confirmed")),
    ("attestation.record", N_("attestation outcome taken by the registry")),
    ("case.register", N_("case registered")),
    ("case.step_complete", N_("case step completed")),
    ("case.step_return", N_("case step returned to the previous one")),
    ("case.refuse", N_("case refused")),
    ("case.certificate", N_("certificate issued on the case")),
    ("case.reminder", N_("reminder of a step's due date sent")),
    ("case.applicant_records", N_("applicant's education and experience recorded")),
    ("case.checklist", N_("documents checklist recorded")),
    ("case.evaluate", N_("commission's evaluation recorded")),
    ("case.vote", N_("commission member's vote cast")),
    ("case.protocol", N_("commission's protocol drawn up")),
    ("draft.save", N_("draft amendment saved")),
    ("simulation.start", N_("draft amendment simulated over the registry")),
)
AUDIT_OBJECT = _domain(
    "audit_object",
    ("user", N_("account")),
    ("api_token", N_("API token")),
    ("organization", N_("organization")),
    ("employee", N_("employee")),
    ("employee_list", N_("list of employees")),
    ("positionheld", N_("position held")),
    ("workperiod", N_("work period")),
    ("education", N_("education")),
    ("categoryaward", N_("category award")),
    ("training", N_("training")),
    ("import", N_("import")),
    ("dataset", N_("data set")),
    ("question", N_("question")),
    ("campaign", N_("campaign")),
    ("attestee", N_("attestee")),
    ("attempt", N_("test attempt")),
    ("appeal", N_("appeal")),
    ("attestationrecord", N_("attestation outcome")),
    ("case", N_("state-service case")),
    ("draft", N_("draft amendment")),
    ("simulation", N_("simulation of a draft amendment")),
)
SIMULATION_CHANGE = _domain(
    "simulation_change",
    ("gain", N_("gains")),
    ("lose", N_("loses")),
    ("up", N_("moves up")),
    ("down", N_("moves down")),
    ("other", N_("changes otherwise")),
)

DOMAINS: dict[str, Domain] = {
    domain.name: domain
    for domain in (
        EDUCATION_LEVEL,
        EDUCATION_FIELD,
        SECTOR,
        QUALIFICATION_LEVEL,
        CATEGORY,
        ATTESTATION_CATEGORY,
        AWARD_CATEGORY,
        ATTESTEE,
        DECISION,
        SCORE,
        ACTOR,
        TERM_KIND,
        DAY_KIND,
        ACT_STATUS,
        REGISTER_SECTOR,
        ORGANIZATION_KIND,
        SIGNIFICANCE,
        SEX,
        QUESTION_KIND,
        QUESTION_STATUS,
        ATTESTEE_STATUS,
        ATTEMPT_STATUS,
        APPEAL_STATUS,
        CASE_CHANNEL,
        CASE_STATUS,
        CASE_ENDING,
        CASE_RECOMMENDATION,
        CERTIFICATE_KIND,
        CASE_DOCUMENT,
        AUDIT_ACTION,
        AUDIT_OBJECT,
        SIMULATION_CHANGE,
    )
}


def label(domain: str, code: str | None, language: str) -> str:
    """The label of ``code`` in the named domain; a dash for no value."""
    if code in (None, ""):
        return "—"
    return DOMAINS[domain].label(code, language)
