"""A centre with three people on a campaign, questions in the bank, an account per role."""

import datetime as dt
import zoneinfo
from types import SimpleNamespace

import pytest

from biliktilik.accounts.models import Role
from biliktilik.attestation import services_bank, services_campaigns
from biliktilik.staff.models import Training
from tests.staff.conftest import bearer  # noqa: F401
from tests.staff.factories import EmployeeFactory, OrganizationFactory, UserFactory

WINDOW_FROM = dt.date(2026, 3, 2)
WINDOW_TO = dt.date(2026, 3, 6)
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A moment of the Platform's day (Almaty time), for the clock to be moved to."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ALMATY)


def question(actor, n: int, *, kind="single", tags=("standard:card-2",), status="ready"):
    options = [
        {"text": {"kk": f"{n}-сұрақ, жауап {i}", "ru": f"Вопрос {n}, ответ {i}"}, "correct": i == 1}
        for i in range(1, 5)
    ]
    if kind == "multiple":
        options[2]["correct"] = True
    return services_bank.question_create(
        actor=actor,
        kind=kind,
        text={"kk": f"{n}-сұрақ мәтіні", "ru": f"Текст вопроса {n}"},
        options=options,
        tags=list(tags),
        status=status,
    )


@pytest.fixture
def centre(db):
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    lmc = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    other = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    people = [EmployeeFactory(organization=lmc) for _ in range(3)]
    stranger = EmployeeFactory(organization=other)
    users = {
        "methodologist": UserFactory(role=Role.METHODOLOGIST, role__organization=ministry),
        "hr": UserFactory(role=Role.HR_OFFICER, role__organization=lmc),
        "hr_other": UserFactory(role=Role.HR_OFFICER, role__organization=other),
        "commission": UserFactory(role=Role.COMMISSION_MEMBER, role__organization=lmc),
        "auditor": UserFactory(role=Role.AUDITOR),
        **{f"taker{i}": UserFactory(role=Role.EMPLOYEE, role__employee=p) for i, p in enumerate(people)},
    }
    for person in people[:2]:
        Training.objects.create(
            employee=person, course="Курс", hours=72, profile="employment", completed_on=dt.date(2026, 2, 1)
        )
    Training.objects.create(
        employee=people[2], course="Курс", hours=24, profile="employment", completed_on=dt.date(2026, 2, 1)
    )
    questions = [question(users["methodologist"], n) for n in range(1, 13)]
    return SimpleNamespace(
        lmc=lmc, other=other, people=people, stranger=stranger, users=users, questions=questions
    )


@pytest.fixture
def listed(centre):
    """The centre's three people on a campaign of 5 questions in 20 minutes over the window: two
    admitted, the third refused for want of hours."""
    campaign = services_campaigns.campaign_create(
        actor=centre.users["hr"],
        organization=centre.lmc,
        title="Көктемгі аттестаттау",
        testing_from=WINDOW_FROM,
        testing_to=WINDOW_TO,
        questions=5,
        time_limit_minutes=20,
        tags=["standard:card-2"],
    )
    return [
        services_campaigns.attestee_add(
            actor=centre.users["hr"],
            campaign=campaign,
            employee=person,
            attestee="lmc_specialist",
            learning_plan_hours=72,
        )
        for person in centre.people
    ]
