"""The cases' demo (issue 9, item 7): a year of historical cases at one provider, registered
from 01.07.2019 to 30.06.2020 — inside the period the seed's regulation was in force
(27.03.2017 – 11.04.2021) — and worked as they stood on 30.06.2020 (``AS_OF``): completed on each
of the four procedures (issued, for one employed in Kazakhstan, re-issued, a duplicate), some
after a step was returned, refused to accept at intake, refused with reasons after the
commission, open at every step of every procedure within its term, and a few open past their
due date.

Everything goes through the services with the dates passed as ``on`` (no clock is moved: every
date is in the past), so each write is audited as a real one is: intake and the steps
(``services_cases``), what the documents show and the checklist, the commission's evaluation
(its own reasoning: the Rules it assesses on are not in our sources), both members' votes and
the secretary's protocol (``services_evaluation``), and the certificate the last step issues
(``services_certificates``, called by the step's completion).
Being from 2019-2020, the open cases are all overdue by today's calendar: the demo is a
provider's history, its open cases the ones it held on ``AS_OF``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from biliktilik.rules import procedures as procedure_rule
from biliktilik.rules.calendar import add_months

from . import checklist, procedures, services_cases, services_evaluation
from .models import Case, Certificate

FIRST_DAY = dt.date(2019, 7, 1)
AS_OF = dt.date(2020, 6, 30)
ISSUE = "foreigner-certificate/issue"
EMPLOYED = "foreigner-certificate/issue-employed"
REISSUE = "foreigner-certificate/reissue"
DUPLICATE = "foreigner-certificate/duplicate"
PROCEDURES = (ISSUE, EMPLOYED, REISSUE, DUPLICATE)
# The historical cases in turn (a registration every ``Size.every`` working days): what became
# of each. "returned": issued after the commission's step went back to the executor once. The
# re-issue and the duplicate come late in the turn, when certificates for one employed (valid
# for the labour contract's term) have been issued to be re-issued or duplicated.
ENDINGS = (
    (EMPLOYED, "issued"),
    (ISSUE, "issued"),
    (ISSUE, "motivated_refusal"),
    (EMPLOYED, "issued"),
    (ISSUE, "refused_to_accept"),
    (ISSUE, "returned"),
    (EMPLOYED, "refused_to_accept"),
    (REISSUE, "issued"),
    (ISSUE, "issued"),
    (DUPLICATE, "issued"),
)
# Open past their due date on AS_OF: (procedure, the step it stopped at, registered on).
STALLED = (
    (ISSUE, 3, dt.date(2020, 4, 13)),
    (ISSUE, 5, dt.date(2020, 5, 4)),
    (ISSUE, 9, dt.date(2020, 3, 2)),
    (EMPLOYED, 2, dt.date(2020, 6, 1)),
)
# Which demo account does a step whose actor is ... (the duplicate's "service provider": the
# executor, one of the provider's case staff).
BY_ACTOR = {
    "intake_officer": "intake",
    "management": "management",
    "head_of_unit": "head",
    "executor": "executor",
    "commission": "commission",
    "commission_secretary": "secretary",
    "service_provider": "executor",
}
SURNAMES = ("Каримов", "Юсупова", "Иванов", "Петренко", "Алиев", "Турсунова", "Бабаев", "Рахимова")
GIVEN = ("Азиз", "Дилноза", "Сергей", "Олена", "Руслан", "Гульнара", "Тимур", "Мадина")
CITIZENSHIPS = (
    "Өзбекстан Республикасы",
    "Қырғыз Республикасы",
    "Ресей Федерациясы",
    "Украина",
    "Тәжікстан Республикасы",
    "азаматтығы жоқ адам",
)
OCCUPATIONS = (
    "әлеуметтік жұмыс жөніндегі маман",
    "әлеуметтік қызметкер",
    "психолог",
    "күтім жөніндегі маман",
)
INSTITUTIONS = (
    "Ташкент мемлекеттік педагогикалық университеті",
    "Бішкек әлеуметтік колледжі",
    "Омбы мемлекеттік университеті",
)
EMPLOYERS = ("Әлеуметтік қызмет көрсету орталығы", "Қарттар үйі", "Мүгедектігі бар адамдарды оңалту орталығы")
REASONING = {
    "issue": "Білімі мен еңбек өтілі мәлімделген біліктілікке сәйкес келеді (құжаттар бойынша).",
    "refuse": "Білімі мәлімделген біліктілікке сәйкес келмейді: әлеуметтік бағыттағы білімі жоқ.",
}
NOTES = {
    "refused_to_accept": "Құжаттар толық емес: еңбек өтілін растайтын құжат жоқ.",
    "motivated_refusal": "Комиссия: білімі мәлімделген біліктілікке сәйкес келмейді (хаттама бойынша).",
    "returned": "Білім туралы құжаттың аудармасы куәландырылмаған; орындаушыға қайтарылды.",
}


@dataclass(frozen=True)
class Size:
    every: int  # a case registered every this many working days


SMALL = Size(every=10)
FULL = Size(every=2)


def _days(calendar, start: dt.date, count: int) -> dt.date:
    """``count`` working days after ``start`` (before it, for a negative count)."""
    if count >= 0:
        return calendar.add_working_days(start, count) if count else start
    day = start
    for _ in range(-count):
        day -= dt.timedelta(days=1)
        while not calendar.is_working(day):
            day -= dt.timedelta(days=1)
    return day


class _Builder:
    def __init__(self, staff: dict, organization, rng: random.Random):
        self.staff, self.organization, self.rng = staff, organization, rng
        self.law, self.calendar = procedures.lawbook(), procedures.calendar()
        self.counter = 0
        self.used: set[str] = set()  # the certificates re-issued or duplicated once already
        self.protocols = 0

    def applicant(self) -> dict:
        self.counter += 1
        rng = self.rng
        return {
            "name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
            "citizenship": rng.choice(CITIZENSHIPS),
            "document": f"паспорт № {rng.randrange(10**7, 10**8)}",
            "contact": f"+7 701 {rng.randrange(100, 999)} {self.counter:04d}",
            "occupation": rng.choice(OCCUPATIONS),
        }

    def register(self, procedure: str, day: dt.date, *, complete_documents: bool = True) -> Case:
        """Intake, then what the documents show: the applicant's education and experience and the
        checklist (all submitted and valid, or, for a refusal to accept, the experience missing)."""
        case = services_cases.case_register(
            actor=self.staff["intake"],
            procedure=procedure,
            registered_on=day,
            channel="foreign_mission" if self.rng.random() < 0.3 else "provider",
            applicant=self.applicant(),
            organization=self.organization,
            law=self.law,
            calendar=self.calendar,
        )
        self.documents(case, complete=complete_documents)
        return case

    def documents(self, case: Case, *, complete: bool) -> None:
        rng, day, intake = self.rng, case.registered_on, self.staff["intake"]
        started = day - dt.timedelta(days=rng.randrange(800, 3000))
        services_evaluation.applicant_records_set(
            actor=intake,
            case=case,
            education=[
                {
                    "level": rng.choice(("higher", "higher", "tvet")),
                    "field": rng.choice(("social", "pedagogical", "other")),
                    "institution": rng.choice(INSTITUTIONS),
                    "document": f"диплом № {rng.randrange(10**5, 10**6)}",
                }
            ],
            experience=[
                {
                    "start": started,
                    "end": day - dt.timedelta(days=rng.randrange(10, 90)),
                    "sector": "social_protection",
                    "employer": rng.choice(EMPLOYERS),
                    "document": "еңбек кітапшасы",
                }
            ],
        )
        codes = checklist.checklist_of(case).codes
        # A refusal to accept: the experience documents missing (its reason says so).
        items = [
            {
                "item": code,
                "submitted": complete or code != "experience_documents",
                "valid_until": day + dt.timedelta(days=365),
            }
            for code in codes
        ]
        if items:
            services_evaluation.checklist_set(actor=intake, case=case, items=items)

    def evaluate(self, case: Case, day: dt.date, recommendation: str) -> None:
        """The commission's evaluation at its step (its own reasoning: the Rules of order No. 503
        it assesses on are not in our sources) and both members' votes."""
        services_evaluation.evaluation_record(
            actor=self.staff["commission"],
            case=case,
            on=day,
            requirement=None,
            recommendation=recommendation,
            reasoning=REASONING[recommendation],
            law=self.law,
        )
        for member in ("commission", "commission2"):
            services_evaluation.vote_cast(actor=self.staff[member], case=case, vote=recommendation)

    def protocol(self, case: Case, day: dt.date) -> None:
        self.protocols += 1
        services_evaluation.protocol_draw(
            actor=self.staff["secretary"], case=case, number=f"{self.protocols}-{day.year}", on=day
        )

    def complete(self, case: Case, step, day: dt.date) -> Case:
        """``step`` done on ``day``; the last step issues the certificate, given what it needs:
        the labour contract's last day for one employed, the certificate a re-issue or a
        duplicate is of."""
        last = not case.steps.filter(number__gt=step.number).exists()
        return services_cases.step_complete(
            actor=self.staff[BY_ACTOR[step.actor]],
            case=case,
            number=step.number,
            on=day,
            calendar=self.calendar,
            **({"issuing": self.issuing(case, day)} if last and case.procedure != ISSUE else {}),
        )

    def issuing(self, case: Case, day: dt.date) -> dict:
        if case.procedure == EMPLOYED:
            return {"contract_until": add_months(day, self.rng.choice((12, 18, 24)))}
        # A re-issue or a duplicate of a certificate the provider issued and still valid on ``day``.
        valid = Certificate.objects.filter(
            case__organization=self.organization,
            kind="original",
            revoked_on=None,
            issued_on__lte=day,
            valid_until__gte=day,
        ).exclude(number__in=self.used)
        original = valid.order_by("-valid_until", "id").first()
        if original is None:
            return {}
        self.used.add(original.number)
        return {"original": original.number}

    def done_on(self, due: dt.date, not_before: dt.date, *, on_time: bool = False) -> dt.date:
        """Mostly on the due date, now and then a day early or a day or two late."""
        shift = 0 if on_time else self.rng.choice((-1, 0, 0, 0, 0, 1, 2))
        return max(_days(self.calendar, due, shift), not_before)

    def work(
        self, case: Case, *, until: int | None = None, on_time: bool = False, recommendation: str = "issue"
    ) -> Case:
        """Complete the open steps in order up to (not including) ``until``, the commission's with
        its evaluation and votes (``recommendation``), the secretary's with the protocol; the
        first that would be done after AS_OF stays the current one."""
        last = max([s.done_on for s in case.steps.all() if s.done_on], default=case.registered_on)
        for number in case.steps.filter(done_on=None).order_by("number").values_list("number", flat=True):
            if until is not None and number >= until:
                break
            step = case.steps.get(number=number)  # its due date as the last completion re-planned it
            day = self.done_on(step.due, last, on_time=on_time)
            if day > AS_OF:
                break
            if step.actor == "commission":
                self.evaluate(case, day, recommendation)
            elif step.actor == "commission_secretary":
                self.protocol(case, day)
            case, last = self.complete(case, step, day), day
        return case

    def returned(self, case: Case) -> Case:
        """The commission sends the case back to the executor once; then it is issued."""
        case = self.work(case, until=3, on_time=True)
        day = _days(self.calendar, case.steps.get(number=2).done_on, 1)
        services_cases.step_return(
            actor=self.staff["commission"],
            case=case,
            number=3,
            on=day,
            note=NOTES["returned"],
            calendar=self.calendar,
        )
        case = self.complete(case, case.steps.get(number=2), _days(self.calendar, day, 1))
        return self.work(case, on_time=True)

    def refuse(self, case: Case, kind: str) -> Case:
        """Refused at intake on the day of registration, or, with reasons, by management at its
        decision on the commission's protocol (the first management step after the commission)."""
        if kind == "refused_to_accept":
            day, actor = case.registered_on, self.staff["intake"]
        else:
            steps = list(case.steps.order_by("number"))
            evaluated = max(s.number for s in steps if s.actor == "commission")
            decision = next(s.number for s in steps if s.number > evaluated and s.actor == "management")
            case = self.work(case, until=decision, on_time=True, recommendation="refuse")
            day, actor = case.steps.get(number=decision).due, self.staff["management"]
        return services_cases.case_refuse(actor=actor, case=case, on=day, reason=NOTES[kind], kind=kind)


def _open_at(builder: _Builder, procedure: str, number: int) -> dt.date:
    """The latest registration day from which, on schedule, step ``number`` is the current one on
    AS_OF and still within its term."""
    item = procedure_rule.procedure_in_force(builder.law, procedure, AS_OF)
    terms = [(s.term.days, s.term.kind) for s in item.steps]
    day = AS_OF
    while True:
        dues = procedure_rule.due_dates(terms, start=day, calendar=builder.calendar)
        if (number == 1 or dues[number - 2] <= AS_OF) and dues[number - 1] >= AS_OF:
            return day
        day = _days(builder.calendar, day, -1)


def build(*, staff: dict, organization, size: Size = SMALL, seed: int = 2019) -> dict:
    """The demo's cases at ``organization`` worked by ``staff`` (the accounts of BY_ACTOR by
    name); how many of each status."""
    builder = _Builder(staff, organization, random.Random(seed))  # noqa: S311 - seeded: the same every time
    law = builder.law
    history_until = AS_OF - dt.timedelta(days=45)
    day, turn = _days(builder.calendar, FIRST_DAY, 0), 0
    while day <= history_until:
        if builder.calendar.is_working(day):
            procedure, ending = ENDINGS[turn % len(ENDINGS)]
            case = builder.register(procedure, day, complete_documents=ending != "refused_to_accept")
            if ending == "returned":
                builder.returned(case)
            elif ending in ("refused_to_accept", "motivated_refusal"):
                builder.refuse(case, ending)
            else:
                builder.work(case)
            turn += 1
        day = _days(builder.calendar, day, size.every)
    for procedure in PROCEDURES:
        steps = procedure_rule.procedure_in_force(law, procedure, AS_OF).steps
        for step in steps:
            case = builder.register(procedure, _open_at(builder, procedure, step.number))
            builder.work(case, until=step.number, on_time=True)
    for procedure, number, registered in STALLED:
        builder.work(builder.register(procedure, registered), until=number, on_time=True)
    cases = Case.objects.filter(organization=organization)
    return {status: cases.filter(status=status).count() for status in ("open", "completed", "refused")}


def build_demo(*, accounts: dict, organization, small: bool) -> dict:
    """``biliktilik demo``'s call: ``accounts`` by username hold the case staff of BY_ACTOR."""
    staff = {name: accounts[name] for name in {*BY_ACTOR.values(), "commission2"}}
    return build(staff=staff, organization=organization, size=SMALL if small else FULL)
