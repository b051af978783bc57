"""The Platform's demo (issue 8, item 13): questions on the professional standard (order-2019-715)
in Kazakh and Russian, one campaign in progress and one completed — all through the services,
with the moment passed as ``now`` (no clock is moved).

The questions are made from the standard's own cards: which labour function a skill belongs to,
which ability a skill includes, which card holds a labour function, and whether an act is among
a skill's required knowledge. Card 4 repeats card 2 almost word for word (the act's notes say
so), so questions are drawn from cards 1-3 only and no two options of a question read the same.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from biliktilik.accounts.models import Profile, Role
from biliktilik.errors import InvalidInput
from biliktilik.lawbook import loader
from biliktilik.rules.calendar import add_months
from biliktilik.staff import services as staff_services
from biliktilik.staff.models import Employee, Organization

from . import services_appeals, services_bank, services_campaigns, services_decisions, services_testing
from .models import Campaign
from .tags import STANDARD_ACT

CARDS = ("card-1", "card-2", "card-3")
COMPLETED = "Көктемгі аттестаттау (аяқталды)"
IN_PROGRESS = "Күзгі аттестаттау"
# The questions' wordings; {item} is the standard's own text of the item asked about.
ASK_FUNCTION = {
    "kk": "«{item}» дағдысы кәсіптік стандарттың қай еңбек функциясына жатады?",
    "ru": "К какой трудовой функции профессионального стандарта относится навык «{item}»?",
}
ASK_ABILITY = {
    "kk": "Төмендегі іскерліктердің қайсысы «{item}» дағдысына жатады?",
    "ru": "Какое из перечисленных умений относится к навыку «{item}»?",
}
ASK_CARD = {
    "kk": "«{item}» еңбек функциясы кәсіптік стандарттың қай кәсіп карточкасында берілген?",
    "ru": "В какой карточке профессии профессионального стандарта есть трудовая функция «{item}»?",
}
ASK_KNOWLEDGE = {
    "kk": "«{item}» дағдысы үшін кәсіптік стандарт талап ететін білімге мыналар кіреді: {knowledge}",
    "ru": "В знания, которые профессиональный стандарт требует для навыка «{item}», входит: {knowledge}",
}


def _ask(wording: dict, item: dict, **more: dict) -> dict:
    return {
        lang: wording[lang].format(item=item[lang], **{k: v[lang] for k, v in more.items()})
        for lang in ("kk", "ru")
    }


TRUE = {"kk": "Дұрыс", "ru": "Верно"}
FALSE = {"kk": "Бұрыс", "ru": "Неверно"}


@dataclass(frozen=True)
class Skill:
    card: str
    function: str
    tag: str
    title: dict
    function_title: dict
    abilities: tuple[dict, ...]
    knowledge: tuple[dict, ...]


def _text(value) -> dict:
    data = value.model_dump() if hasattr(value, "model_dump") else dict(value)
    return {"kk": data["kk"], "ru": data.get("ru") or data["kk"]}


def _standard():
    cards = [c for c in loader.default().get(STANDARD_ACT).act.standard.cards if c.id in CARDS]
    skills = [
        Skill(
            card.id,
            function.id,
            f"standard:{card.id}/{skill.id}",
            _text(skill.title),
            _text(function.title),
            tuple(_text(t) for t in skill.abilities),
            tuple(_text(t) for t in skill.knowledge),
        )
        for card in cards
        for function in card.functions
        for skill in function.skills
    ]
    return cards, skills


def _options(correct: dict, wrong: list[dict], rng: random.Random) -> list[dict]:
    options = [{"text": correct, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    rng.shuffle(options)
    return options


def _others(pool: list[dict], exclude: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` texts of ``pool`` that read differently from each other and from ``exclude``."""
    seen = {t["ru"] for t in exclude}
    unique = []
    for text in pool:
        if text["ru"] not in seen:
            seen.add(text["ru"])
            unique.append(text)
    return rng.sample(unique, min(n, len(unique)))


def question_specs(seed: int = 715) -> list[dict]:
    """The demo's questions (kind, text, options, tags), made from the standard's cards."""
    rng = random.Random(seed)  # noqa: S311 - a seeded draw: the demo is the same every time
    cards, skills = _standard()
    specs = []
    functions = list({s.function_title["ru"]: s.function_title for s in skills}.values())
    for s in skills:
        base = [f"standard:{s.card}", f"standard:{s.card}/{s.function}", s.tag]
        wrong = _others(functions, [s.function_title], 3, rng)
        specs.append(
            {
                "kind": "single",
                "text": _ask(ASK_FUNCTION, s.title),
                "options": _options(s.function_title, wrong, rng),
                "tags": base,
            }
        )
        others = [a for o in skills if o.tag != s.tag for a in o.abilities]
        for index, ability in enumerate(s.abilities[:2], 1):
            wrong = _others(others, list(s.abilities), 3, rng)
            specs.append(
                {
                    "kind": "single",
                    "text": _ask(ASK_ABILITY, s.title),
                    "options": _options(ability, wrong, rng),
                    "tags": [*base, f"{s.tag}/a{index}"],
                }
            )
        specs.append(_knowledge_question(s, skills, rng, base))
    titles = [_text(c.title) for c in cards]
    for card in cards:
        for function in card.functions:
            title = _text(function.title)
            specs.append(
                {
                    "kind": "single",
                    "text": _ask(ASK_CARD, title),
                    "options": _options(_text(card.title), _others(titles, [_text(card.title)], 2, rng), rng),
                    "tags": [f"standard:{card.id}", f"standard:{card.id}/{function.id}"],
                }
            )
    return specs


def _knowledge_question(s: Skill, skills: list[Skill], rng: random.Random, base: list[str]) -> dict:
    """True or false: an item of knowledge is among those the skill requires. Half are false,
    with an item another skill requires and this one does not."""
    held = {k["ru"] for k in s.knowledge}
    foreign = [k for o in skills for k in o.knowledge if k["ru"] not in held]
    false = bool(foreign) and rng.random() < 0.5
    item = rng.choice(foreign) if false else s.knowledge[0]
    tags = base if false else [*base, f"{s.tag}/k1"]
    return {
        "kind": "true_false",
        "text": _ask(ASK_KNOWLEDGE, s.title, knowledge=item),
        "options": [{"text": TRUE, "correct": not false}, {"text": FALSE, "correct": false}],
        "tags": tags,
    }


def _user(username: str, role: str, *, organization=None, employee=None):
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_unusable_password()
        user.save()
    Profile.objects.update_or_create(
        user=user, defaults={"role": role, "organization": organization, "employee": employee}
    )
    return user


def _moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def _trained(actor, employee: Employee, *, hours: int, profile: str, on: dt.date) -> None:
    staff_services.training_add(
        actor=actor,
        employee=employee,
        course="Біліктілікті арттыру курсы (Платформа)",
        hours=hours,
        profile=profile,
        completed_on=on,
    )


def _take(user, entry, *, right: int, at: dt.datetime, submit: bool = True):
    """The attestee's test: ``right`` questions answered correctly, the others wrongly."""
    attempt, _ = services_testing.attempt_start(actor=user, attestee=entry, now=at, language="kk")
    for n, drawn in enumerate(attempt.drawn.select_related("version")):
        correct = sorted(drawn.version.correct)
        wrong = [o for o in drawn.option_order if o not in correct][:1]
        moment = at + dt.timedelta(seconds=20 * (n + 1))
        services_testing.answer_save(
            actor=user,
            attempt_id=attempt.pk,
            question_id=drawn.version.question_id,
            options=correct if n < right else wrong,
            now=moment,
        )
    if submit:
        services_testing.attempt_submit(actor=user, attempt=attempt, now=at + dt.timedelta(minutes=25))
    attempt.refresh_from_db()
    return attempt


def _people(lmc: Organization) -> tuple[list[Employee], list[Employee]]:
    """Employees of the centre itself and of its career centres, in a stable order."""
    own = list(Employee.objects.filter(organization=lmc).order_by("id"))
    careers = list(
        Employee.objects.filter(
            organization__path__startswith=lmc.path, organization__kind="career_centre"
        ).order_by("id")
    )
    return own, careers


def build(*, actor, commission, today: dt.date, now: dt.datetime | None = None) -> dict:
    """Questions, a completed campaign and one in progress in the first labour mobility centre
    (``commission``: a member of its commission, who reviews and confirms); what was built."""
    now = now or timezone.now()
    specs = question_specs()
    for spec in specs:
        services_bank.question_create(actor=actor, status="ready", **spec)
    lmc = Organization.objects.filter(kind="lmc").order_by("path").first()
    own, careers = _people(lmc)
    completed_opens = today - dt.timedelta(days=45)
    first = _applicant(careers, completed_opens, "career_consultant", exclude=())
    second = _applicant(careers, today - dt.timedelta(days=1), "case_manager", exclude=(first,))
    _completed(actor, commission, lmc, [*own[:2], first], completed_opens)
    _in_progress(actor, lmc, [*own[2:6], second], today, now)
    rest = [e for e in [*own[6:], *careers] if e not in (first, second) and not e.categories.exists()]
    _due(actor, rest[-2:], today)
    return {"questions": len(specs), "campaigns": 2}


def _due(actor, people: list[Employee], today: dt.date) -> None:
    """Two people the HR officer sees as due: a category ending in two months, and a
    re-attestation date an earlier decision set for six weeks from now."""
    ending, reattested = people
    until = today + dt.timedelta(days=60)
    basis = "Аттестаттау комиссиясының шешімі (демо)"
    try:
        staff_services.category_assign(
            actor=actor,
            employee=ending,
            category="career_consultant",
            assigned_on=add_months(until, -36),
            decision=basis,
        )
    except InvalidInput:  # the term of p.7 on that day is not in our sources: the decision's own date
        staff_services.category_assign(
            actor=actor,
            employee=ending,
            category="career_consultant",
            assigned_on=add_months(until, -36),
            decision=basis,
            valid_until=until,
        )
    staff_services.attestation_record_add(
        actor=actor,
        employee=reattested,
        decided_on=today - dt.timedelta(days=320),
        decision="does_not_meet_position",
        resulting_category="",
        reattestation_due=today + dt.timedelta(days=45),
        dismissal=False,
        basis=basis,
    )


def _applicant(careers: list[Employee], on: dt.date, declared: str, *, exclude) -> Employee:
    """A career-centre specialist who may declare ``declared``: holding no category or a lower one."""
    allowed = {"career_consultant": ("none",), "case_manager": ("none", "career_consultant")}[declared]
    return next(
        e for e in careers if e not in exclude and services_campaigns.current_category(e, on) in allowed
    )


def demo_employee() -> Employee | None:
    """The attestee the demo's ``employee`` account signs in as: admitted to the campaign in
    progress, with the test not started, so it can be taken."""
    campaign = Campaign.objects.filter(title=IN_PROGRESS).first()
    if campaign is None:
        return None
    entry = campaign.attestees.filter(admitted=True, attempt__isnull=True).order_by("id").first()
    return entry.employee if entry else None


def _completed(actor, commission, lmc, people, opens) -> Campaign:
    closes = opens + dt.timedelta(days=4)
    campaign = services_campaigns.campaign_create(
        actor=actor,
        organization=lmc,
        title=COMPLETED,
        testing_from=opens,
        testing_to=closes,
        questions=20,
        time_limit_minutes=40,
        tags=[f"standard:{c}" for c in CARDS],
    )
    people = [
        (people[0], "lmc_specialist", None, 17),  # passes at re-attestation
        (people[1], "lmc_specialist", None, 12),  # fails, appeals two questions, one upheld
        (people[2], "category_applicant", "career_consultant", 18),  # passes, assessed
    ]
    attempts = []
    for index, (person, kind, declared, right) in enumerate(people):
        _trained(actor, person, hours=72, profile=declared or "employment", on=opens - dt.timedelta(days=30))
        entry = services_campaigns.attestee_add(
            actor=actor,
            campaign=campaign,
            employee=person,
            attestee=kind,
            reattestation=index == 0,
            declared_category=declared,
            learning_plan_hours=72,
        )
        user = _user(f"demo-taker-{person.pk}", Role.EMPLOYEE, employee=person)
        attempts.append(
            (entry, _take(user, entry, right=right, at=_moment(opens + dt.timedelta(days=1), 10 + index)))
        )
    entry, attempt = attempts[1]
    wrong = [
        d.version.question_id
        for d in attempt.drawn.select_related("version")
        if set(d.chosen or ()) != d.version.correct
    ][:2]
    filed = _moment(opens + dt.timedelta(days=2), 9)
    user = _user(f"demo-taker-{entry.employee_id}", Role.EMPLOYEE, employee=entry.employee)
    appeal = services_appeals.appeal_file(
        actor=user,
        attempt=attempt,
        items=[
            {
                "question": wrong[0],
                "justification": "Сұрақтың екі жауабы да стандарт мәтініне сәйкес келеді.",
            },
            {"question": wrong[1], "justification": "Сұрақтың тұжырымы екі түрлі оқылады."},
        ],
        now=filed,
    )
    services_appeals.appeal_review(
        actor=commission,
        appeal=appeal,
        items=[
            {
                "question": wrong[0],
                "upheld": True,
                "comment": "Негізді: стандарттың мәтіні екі жауапты да қолдайды.",
            },
            {"question": wrong[1], "upheld": False, "comment": "Тұжырым стандарт мәтінімен бірдей."},
        ],
        now=filed + dt.timedelta(hours=5),
    )
    decided = _moment(closes + dt.timedelta(days=1), 15)
    services_decisions.assessment_record(
        actor=commission, entry=attempts[2][0], rating=4.6, violations=0, source="file", now=decided
    )
    for entry, _attempt in attempts:
        services_decisions.decision_confirm(
            actor=commission, entry=entry, now=decided + dt.timedelta(hours=1)
        )
    return campaign


def _in_progress(actor, lmc, people, today, now) -> Campaign:
    opens = today - dt.timedelta(days=1)
    campaign = services_campaigns.campaign_create(
        actor=actor,
        organization=lmc,
        title=IN_PROGRESS,
        testing_from=opens,
        testing_to=today + dt.timedelta(days=6),
        questions=15,
        time_limit_minutes=90,
        tags=[],
    )
    trained_on = opens - dt.timedelta(days=20)
    entries = []
    own, applicant = people[:-1], people[-1]
    for index, person in enumerate(own):
        short = index == len(own) - 1  # the last one's courses fall short of the plan
        _trained(actor, person, hours=24 if short else 80, profile="employment", on=trained_on)
        entries.append(
            services_campaigns.attestee_add(
                actor=actor,
                campaign=campaign,
                employee=person,
                attestee="lmc_specialist",
                reattestation=index % 2 == 1,
                learning_plan_hours=200 if short else 72,
            )
        )
    _trained(actor, applicant, hours=72, profile="case_manager", on=trained_on)
    entries.append(
        services_campaigns.attestee_add(
            actor=actor,
            campaign=campaign,
            employee=applicant,
            attestee="category_applicant",
            declared_category="case_manager",
            learning_plan_hours=72,
        )
    )
    for index, entry in enumerate(entries[1:3]):  # two attempts under way
        user = _user(f"demo-taker-{entry.employee_id}", Role.EMPLOYEE, employee=entry.employee)
        _take(user, entry, right=5 + index, at=now - dt.timedelta(minutes=10), submit=False)
    return campaign
