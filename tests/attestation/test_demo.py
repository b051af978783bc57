"""The Platform's demo data: built by `biliktilik demo --small` on an empty database, it gives
what `make run` promises — questions on the professional standard in Kazakh and Russian, a
campaign in progress and a completed one, and an account for every role."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from biliktilik.attestation import demo, tags
from biliktilik.attestation.models import Appeal, Attempt, Campaign, Decision, Question
from biliktilik.audit.services import audit_verify
from biliktilik.staff.models import AttestationRecord

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The small demo set, built once for the module (it signs the cases' certificates too, a few
    seconds) and rolled back after it; each test's own writes roll back with the test."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", "--small", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_the_questions_are_ready_in_kazakh_and_russian_on_the_standard(built):
    questions = list(Question.objects.filter(status="ready").prefetch_related("versions"))
    assert len(questions) >= 30
    for question in questions:
        version = question.current
        assert version.text["kk"] and version.text["ru"] and version.text["kk"] != version.text["ru"]
        assert all(o["text"]["kk"] and o["text"]["ru"] for o in version.options)
        assert any(t.startswith("standard:card-") for t in question.tags)
        assert all(tags.is_known(t) for t in question.tags)
        texts = [o["text"]["ru"] for o in version.options]
        assert len(set(texts)) == len(texts)  # no two options read the same


def test_a_skill_question_has_its_own_labour_function_as_the_correct_answer(db):
    specs = demo.question_specs()
    first = specs[0]
    assert first["text"]["ru"].startswith("К какой трудовой функции")
    correct = [o["text"]["ru"] for o in first["options"] if o["correct"]]
    function = next(i for i in tags.standard_items() if i.tag == first["tags"][1])
    assert correct == [function.title["ru"]]


def test_one_campaign_is_in_progress_with_one_not_admitted_and_attempts_under_way(built):
    today = dt.date.today()
    running = Campaign.objects.get(title=demo.IN_PROGRESS)
    assert running.testing_from <= today <= running.testing_to
    entries = list(running.attestees.all())
    assert sum(not e.admitted for e in entries) == 1 and sum(e.admitted for e in entries) >= 3
    assert Attempt.objects.filter(attestee__campaign=running, status="in_progress").count() == 2


def test_the_completed_campaign_has_its_tests_an_appeal_reviewed_and_decisions_confirmed(built):
    done = Campaign.objects.get(title=demo.COMPLETED)
    assert done.testing_to < dt.date.today()
    attempts = Attempt.objects.filter(attestee__campaign=done)
    assert attempts.count() == 3 and not attempts.filter(status="in_progress").exists()
    appeal = Appeal.objects.get(attempt__attestee__campaign=done)
    assert appeal.status == "reviewed" and appeal.percent_after > appeal.percent_before
    assert Decision.objects.filter(attestee__campaign=done).count() == 3
    assert AttestationRecord.objects.filter(basis__contains=done.title).count() == 3
    assert audit_verify() == []


def test_the_hr_officer_sees_two_people_due_in_the_campaign_in_progress(built):
    from biliktilik.attestation import selectors_campaigns

    running = Campaign.objects.get(title=demo.IN_PROGRESS)
    due = selectors_campaigns.due(running, on=dt.date.today())
    assert len(due) == 2
    assert {bool(d["category_until"]) for d in due} == {True, False}


def test_every_role_has_a_demo_account_and_the_employee_can_take_the_test(built):
    users = get_user_model().objects
    for username in ("demo", "hr", "methodologist", "auditor", "commission", "employee"):
        assert users.filter(username=username).exists()
    assert users.get(username="commission").profile.organization.kind == "lmc"
    employee = users.get(username="employee").profile.employee
    entry = employee.attestations.get(campaign__title=demo.IN_PROGRESS)
    assert entry.admitted and not hasattr(entry, "attempt")
