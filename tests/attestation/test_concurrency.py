"""Two requests for the same attestee at the same moment, in real threads on real transactions:
the Platform's row locks and unique constraints leave one attempt, one decision and one entry
in the registry, and an answer racing the submit is either scored or refused, never lost.

Each thread has its own database connection (Django's are per thread) and closes it at the
end, so the database is left to the test's teardown with nobody holding a lock on it."""

import datetime as dt
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import time_machine
from django.db import connection, connections

from biliktilik.accounts.models import Role
from biliktilik.attestation import services_campaigns, services_decisions, services_testing
from biliktilik.attestation.errors import AttemptClosed
from biliktilik.attestation.models import Attempt, Decision, DrawnQuestion
from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.staff.models import AttestationRecord, CategoryAward, Training
from tests.openapi_contract import ContractClient, published
from tests.staff.factories import EmployeeFactory, UserFactory

from .conftest import WINDOW_FROM, WINDOW_TO, at

pytestmark = pytest.mark.django_db(transaction=True)

API = "/api/v1/attestation"
ROUNDS = 20


@pytest.fixture(autouse=True)
def threads_share_a_database_file(transactional_db, tmp_path):
    """On SQLite, the tests run on a copy of the suite's database in a file, as production's is.

    The suite's SQLite database is in memory in shared-cache mode, where a second writer is
    refused at once ("database table is locked") instead of waiting for its turn as writers to
    a file do (busy timeout, and the turn lock of ``biliktilik.db.sqlite``); two requests at once
    would then test that mode, not the Platform. Each thread opens its connection from the same
    settings, so pointing them at the file moves every thread there; the in-memory database is
    kept open meanwhile (it is gone once its last connection closes) and used again after."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    settings = connections.settings["default"]
    memory, file = settings["NAME"], str(tmp_path / "concurrency.sqlite3")
    keeper = sqlite3.connect(memory, uri=True)
    copy = sqlite3.connect(file)
    keeper.backup(copy)
    copy.close()
    connection.settings_dict["NAME"] = settings["NAME"] = file
    connection.close()  # a real close now that the name is a file's: the memory stays with keeper
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = settings["NAME"] = memory
        connection.ensure_connection()
        keeper.close()


def at_once(*works):
    """Run each of ``works`` in a thread of its own, released together; what each returned, or
    the exception it raised, in order."""
    barrier = threading.Barrier(len(works))

    def run(work):
        try:
            barrier.wait(timeout=10)
            return work()
        except Exception as error:  # the caller asserts on it
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(len(works)) as pool:
        return list(pool.map(run, works))


def drawn_of(attempt_id: int) -> list[tuple[int, list]]:
    return list(
        DrawnQuestion.objects.filter(attempt_id=attempt_id)
        .order_by("position")
        .values_list("version__question_id", "option_order")
    )


def test_two_starts_of_the_same_test_at_once_draw_one_attempt_and_give_both_the_same_paper(centre, listed):
    entry, taker = listed[0], centre.users["taker0"]
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        results = at_once(
            *[lambda: services_testing.attempt_start(actor=taker, attestee=entry) for _ in range(2)]
        )
    assert not [r for r in results if isinstance(r, Exception)], results
    (first, first_created), (second, second_created) = results
    assert sorted([first_created, second_created]) == [False, True]
    assert first.pk == second.pk
    assert Attempt.objects.filter(attestee=entry).count() == 1
    assert len(drawn_of(first.pk)) == 5, "one draw of the campaign's five questions, not two"
    assert AuditEntry.objects.filter(action="attempt.start").count() == 1
    assert audit_verify() == []


def test_two_api_starts_at_once_answer_201_and_200_with_the_same_paper(centre, listed, bearer):
    entry, headers = listed[0], bearer(centre.users["taker0"])
    published()  # the contract read once, before the threads check their answers against it

    def start():
        return ContractClient().post(
            f"{API}/attestees/{entry.pk}/attempt", content_type="application/json", headers=headers
        )

    with time_machine.travel(at(WINDOW_FROM), tick=False):
        answers = at_once(start, start)
    assert not [a for a in answers if isinstance(a, Exception)], answers
    assert sorted(a.status_code for a in answers) == [200, 201], [a.content for a in answers]
    first, second = (a.json() for a in answers)
    assert first == second, "the same attempt, the same questions in the same order"
    assert [q["id"] for q in first["questions"]] == [q for q, _ in drawn_of(first["id"])]
    assert Attempt.objects.filter(attestee=entry).count() == 1
    assert AuditEntry.objects.filter(action="attempt.start").count() == 1


@pytest.fixture
def assessed(centre):
    """A career consultant applying for case manager who answered all five questions right and
    whose professional activity the commission has assessed: the decision is the declared
    category, which the registry takes as a new award."""
    hr, applicant = centre.users["hr"], centre.people[0]
    CategoryAward.objects.create(
        employee=applicant,
        category="career_consultant",
        assigned_on=dt.date(2023, 3, 1),
        valid_until=dt.date(2026, 6, 1),
        decision="2023",
    )
    Training.objects.create(
        employee=applicant, course="Кейс", hours=72, profile="case_manager", completed_on=dt.date(2026, 2, 1)
    )
    campaign = services_campaigns.campaign_create(
        actor=hr,
        organization=centre.lmc,
        title="Санат",
        testing_from=WINDOW_FROM,
        testing_to=WINDOW_TO,
        questions=5,
        time_limit_minutes=20,
        tags=["standard:card-2"],
    )
    entry = services_campaigns.attestee_add(
        actor=hr,
        campaign=campaign,
        employee=applicant,
        attestee="category_applicant",
        declared_category="case_manager",
        learning_plan_hours=72,
    )
    taker = centre.users["taker0"]
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        attempt, _ = services_testing.attempt_start(actor=taker, attestee=entry)
        for drawn in attempt.drawn.select_related("version"):
            services_testing.answer_save(
                actor=taker,
                attempt_id=attempt.pk,
                question_id=drawn.version.question_id,
                options=sorted(drawn.version.correct),
            )
        services_testing.attempt_submit(actor=taker, attempt=attempt)
    with time_machine.travel(at(WINDOW_TO + dt.timedelta(days=3)), tick=False):
        services_decisions.assessment_record(
            actor=centre.users["commission"], entry=entry, rating=4.5, violations=0
        )
    return entry


def test_two_confirmations_of_a_decision_at_once_make_one_decision_and_one_registry_entry(centre, assessed):
    commission, employee = centre.users["commission"], assessed.employee
    with time_machine.travel(at(WINDOW_TO + dt.timedelta(days=4)), tick=False):
        results = at_once(
            *[lambda: services_decisions.decision_confirm(actor=commission, entry=assessed) for _ in range(2)]
        )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert results[0] == results[1]
    assert results[0]["decision"] == "meets_declared_category" and results[0]["confirmed"]
    assert Decision.objects.filter(attestee=assessed).count() == 1
    assert CategoryAward.objects.filter(employee=employee, category="case_manager").count() == 1
    assert AttestationRecord.objects.filter(employee=employee).count() == 1
    assert Decision.objects.get(attestee=assessed).award.category == "case_manager"
    assert AuditEntry.objects.filter(action="decision.confirm").count() == 1
    assert audit_verify() == []


@pytest.fixture
def takers(centre):
    """``ROUNDS`` admitted specialists on one campaign, each with their own account."""
    campaign = services_campaigns.campaign_create(
        actor=centre.users["hr"],
        organization=centre.lmc,
        title="Жарыс",
        testing_from=WINDOW_FROM,
        testing_to=WINDOW_TO,
        questions=5,
        time_limit_minutes=20,
        tags=["standard:card-2"],
    )
    people = []
    for _ in range(ROUNDS):
        person = EmployeeFactory(organization=centre.lmc)
        Training.objects.create(
            employee=person, course="Курс", hours=72, profile="employment", completed_on=dt.date(2026, 2, 1)
        )
        entry = services_campaigns.attestee_add(
            actor=centre.users["hr"],
            campaign=campaign,
            employee=person,
            attestee="lmc_specialist",
            learning_plan_hours=72,
        )
        people.append((UserFactory(role=Role.EMPLOYEE, role__employee=person), entry))
    return people


def all_but_the_last_answered(user, entry):
    """The attestee's attempt, started, with every question but the last answered right."""
    attempt, _ = services_testing.attempt_start(actor=user, attestee=entry)
    *answered, last = attempt.drawn.select_related("version").order_by("position")
    for drawn in answered:
        services_testing.answer_save(
            actor=user,
            attempt_id=attempt.pk,
            question_id=drawn.version.question_id,
            options=sorted(drawn.version.correct),
        )
    return attempt, last


def test_an_answer_saved_as_the_attempt_is_submitted_is_either_scored_or_refused_never_lost(takers):
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        for user, entry in takers:
            attempt, last = all_but_the_last_answered(user, entry)

            def save(user=user, attempt=attempt, last=last):
                services_testing.answer_save(
                    actor=user,
                    attempt_id=attempt.pk,
                    question_id=last.version.question_id,
                    options=sorted(last.version.correct),
                )
                return "saved"

            def submit(user=user, attempt=attempt):
                return services_testing.attempt_submit(actor=user, attempt=attempt)

            saved, submitted = at_once(save, submit)
            assert not isinstance(submitted, Exception), submitted
            assert saved == "saved" or isinstance(saved, AttemptClosed), saved
            attempt.refresh_from_db()
            last.refresh_from_db()
            assert attempt.status == "submitted"
            if saved == "saved":
                assert last.chosen and attempt.score == 5, f"the answer stored but scored {attempt.score}/5"
            else:
                assert not last.chosen and attempt.score == 4, "a refused answer is not stored"
            recorded = AuditEntry.objects.get(action="attempt.submit", object_id=str(attempt.pk)).after
            assert recorded["answers"][str(last.version.question_id)] == (last.chosen or None)
