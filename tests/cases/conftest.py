"""A provider with its case staff, and a stranger organization beside it.

ministry ─┬─ centre (the provider of the cases) ── centre's department
          └─ other (another provider)
"""

import datetime as dt
import shutil
import zoneinfo
from types import SimpleNamespace

import pytest
import time_machine
import yaml

from biliktilik.accounts.models import Role
from biliktilik.cases import services_cases, services_evaluation
from biliktilik.cases.models import Evaluation
from biliktilik.lawbook import loader
from tests.staff.conftest import bearer  # noqa: F401
from tests.staff.factories import OrganizationFactory, UserFactory

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def regulation_for_tests(act_id: str, steps: list[tuple[str, int, str]]) -> dict:
    """A regulation for tests only, in the YAML shape of ``law/acts/``: adopted 03.01.2022,
    published 05.01.2022, in force ten calendar days later (from 16.01.2022), with one procedure
    ``foreigner-certificate/issue`` whose ``steps`` are (actor, days, kind of days)."""
    source = {"act": act_id, "point": "appendix-1", "wording_by": None}
    return {
        "id": act_id,
        "kind": "order",
        "number": act_id.rsplit("-", 1)[-1],
        "adopted": dt.date(2022, 1, 3),
        "issuer": {"kk": "Министр"},
        "title": {"kk": "Сынақ регламенті (тек тесттер үшін)"},
        "publication": {"date": dt.date(2022, 1, 5), "estimated": False, "basis": "test-only act"},
        "entry_into_force": {"rule": "days_after_publication", "days": 10, "basis": "test-only act"},
        "points": [{"point": "appendix-1", "versions": [{"text": {"kk": "Сынақ рәсімі"}}]}],
        "services": {
            "services": [
                {"id": "foreigner-certificate", "number": 1, "title": {"kk": "Анықтама"}, "source": source},
            ],
            "actors": [
                {"id": actor, "title": {"kk": actor}} for actor in dict.fromkeys(a for a, _, _ in steps)
            ],
            "procedures": [
                {
                    "id": "foreigner-certificate/issue",
                    "service": "foreigner-certificate",
                    "title": {"kk": "Анықтама беру"},
                    "source": source,
                    "steps": [
                        {
                            "number": n,
                            "actor": actor,
                            "action": {"kk": f"{n}-қадам"},
                            "term": {"days": days, "kind": kind, "source": source},
                        }
                        for n, (actor, days, kind) in enumerate(steps, start=1)
                    ],
                }
            ],
        },
    }


def lawbook_with(root, act: dict):
    """The real ``law/`` copied into ``root`` and ``act`` written beside its acts, loaded."""
    shutil.copytree(loader.LAW_DIR, root, dirs_exist_ok=True)
    (root / "acts" / f"{act['id']}.yaml").write_text(
        yaml.safe_dump(act, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return loader.load(root)


APPLICANT = {
    "name": "Ivanov Ivan",
    "citizenship": "Russian Federation",
    "document": "passport 75 1234567",
    "contact": "+7 701 000 00 00",
    "occupation": "social worker",
}
# The provider's staff, one account per actor of the procedures.
STAFF = {
    "intake": Role.INTAKE_OFFICER,
    "head": Role.HEAD_OF_UNIT,
    "executor": Role.EXECUTOR,
    "commission": Role.COMMISSION_MEMBER,
    "secretary": Role.COMMISSION_SECRETARY,
    "management": Role.MANAGEMENT,
}
# Who completes a step whose actor is ...
BY_ACTOR = {
    "intake_officer": "intake",
    "head_of_unit": "head",
    "executor": "executor",
    "commission": "commission",
    "commission_secretary": "secretary",
    "management": "management",
}


def on(day: dt.date):
    """The clock moved to ten in the morning of ``day`` in Almaty, for the services' "today"."""
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 10, tzinfo=ALMATY), tick=False)


@pytest.fixture
def provider(db):
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    centre = OrganizationFactory(parent=ministry, kind="department", significance="")
    department = OrganizationFactory(parent=centre, kind="department", significance="")
    other = OrganizationFactory(parent=ministry, kind="department", significance="")
    users = {name: UserFactory(role=role, role__organization=centre) for name, role in STAFF.items()}
    users["other_intake"] = UserFactory(role=Role.INTAKE_OFFICER, role__organization=other)
    users["other_executor"] = UserFactory(role=Role.EXECUTOR, role__organization=other)
    users["administrator"] = UserFactory(role=Role.ADMINISTRATOR)
    users["hr"] = UserFactory(role=Role.HR_OFFICER, role__organization=centre)
    return SimpleNamespace(ministry=ministry, centre=centre, department=department, other=other, users=users)


@pytest.fixture
def register(provider):
    """Register a case at the provider on a day (the clock moved to that day)."""

    def make(day: dt.date, procedure="foreigner-certificate/issue", *, law=None, **extra):
        with on(day):
            return services_cases.case_register(
                actor=provider.users["intake"],
                procedure=procedure,
                registered_on=day,
                channel="provider",
                applicant=dict(APPLICANT),
                organization=provider.centre,
                law=law,
                **extra,
            )

    return make


REASONING = "The diploma and the years of experience were checked against the occupation claimed."


def commission_part(provider, case, number: int, day: dt.date, *, reasoning=REASONING, protocol="1") -> None:
    """What completing step ``number`` on ``day`` needs of the commission, through the services:
    before the commission's step its evaluation (no requirement point in law/: its own
    reasoning; to issue) and a member's vote, before the secretary's the protocol. Nothing is
    recorded over what the test recorded itself: an evaluation already there keeps its votes, a
    protocol drawn up stays."""
    actor = case.steps.get(number=number).actor
    evaluation = Evaluation.objects.filter(case=case).first()
    with on(day):
        if actor == "commission" and evaluation is None:
            services_evaluation.evaluation_record(
                actor=provider.users["commission"],
                case=case,
                on=day,
                requirement=None,
                recommendation="issue",
                reasoning=reasoning,
            )
            services_evaluation.vote_cast(actor=provider.users["commission"], case=case, vote="issue")
        elif actor == "commission_secretary" and (evaluation is None or not evaluation.protocol_number):
            services_evaluation.protocol_draw(
                actor=provider.users["secretary"], case=case, number=protocol, on=day
            )


@pytest.fixture
def complete(provider):
    """Complete step ``number`` of ``case`` on ``day`` as the step's own actor, the commission's
    part recorded first where the step needs it (``commission_part``)."""

    def make(case, number: int, day: dt.date, note: str = ""):
        actor = case.steps.get(number=number).actor
        commission_part(provider, case, number, day)
        with on(day):
            return services_cases.step_complete(
                actor=provider.users[BY_ACTOR[actor]], case=case, number=number, on=day, note=note
            )

    return make


def dues(case) -> list[dt.date]:
    return list(case.steps.order_by("number").values_list("due", flat=True))
