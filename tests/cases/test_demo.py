"""The cases' demo, as `biliktilik demo --small` builds it: a year of historical cases at the
first centre, inside the seed regulation's period (27.03.2017 – 11.04.2021), in every status and
ending, open at every step of every procedure as they stood on 30.06.2020, some of those past
their due date, every transition audited; and a sign-in for every actor of the procedures."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from biliktilik.accounts.models import Role
from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.cases import demo
from biliktilik.cases.models import Case, CaseDocument, CaseStep, Certificate, Evaluation
from biliktilik.cases.permissions import may_act_as
from biliktilik.lawbook import loader
from biliktilik.rules import procedures as procedure_rule
from biliktilik.staff.models import Organization

D = dt.date
STAFF = {
    "intake": Role.INTAKE_OFFICER,
    "management": Role.MANAGEMENT,
    "head": Role.HEAD_OF_UNIT,
    "executor": Role.EXECUTOR,
    "secretary": Role.COMMISSION_SECRETARY,
    "commission": Role.COMMISSION_MEMBER,
    "commission2": Role.COMMISSION_MEMBER,
}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The small demo set, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", "--small", verbosity=0)
        yield
        transaction.set_rollback(True)


def current_steps():
    """Each open case's current step (the first not done)."""
    found = {}
    for step in CaseStep.objects.filter(case__status="open", done_on=None).order_by("case", "number"):
        found.setdefault(step.case_id, step)
    return list(found.values())


@pytest.mark.django_db
def test_every_status_and_ending_on_every_procedure(built):
    cases = Case.objects.all()
    assert set(cases.values_list("status", flat=True)) == {"open", "completed", "refused"}
    assert set(cases.exclude(status="open").values_list("ending", flat=True)) == {
        "issued",
        "refused_to_accept",
        "motivated_refusal",
    }
    assert set(cases.filter(status="completed").values_list("procedure", flat=True)) == set(demo.PROCEDURES)
    assert set(cases.filter(ending="refused_to_accept").values_list("procedure", flat=True)) == {
        demo.ISSUE,
        demo.EMPLOYED,
    }
    # Refused at intake: nothing done; with reasons: after the commission's step, by management.
    assert not CaseStep.objects.filter(case__ending="refused_to_accept", done_on__isnull=False).exists()
    for case in cases.filter(ending="motivated_refusal"):
        assert case.steps.get(actor="commission").done_on is not None
        assert case.ended_by.username == "management" and case.ending_reason


@pytest.mark.django_db
def test_completed_cases_issued_originals_a_reissue_and_a_duplicate(built):
    kinds = dict(Certificate.objects.values_list("case__procedure", "kind").distinct())
    assert kinds == {
        demo.ISSUE: "original",
        demo.EMPLOYED: "original",
        demo.REISSUE: "reissue",
        demo.DUPLICATE: "duplicate",
    }
    assert Certificate.objects.count() == Case.objects.filter(status="completed").count()
    assert Certificate.objects.filter(kind="original", revoked_on__isnull=False).exists()  # re-issued


@pytest.mark.django_db
def test_open_at_every_step_of_every_procedure_some_overdue(built):
    law = loader.default()
    current = current_steps()
    held = {(s.case.procedure, s.number) for s in current}
    for procedure in demo.PROCEDURES:
        steps = procedure_rule.procedure_in_force(law, procedure, demo.AS_OF).steps
        assert {(procedure, s.number) for s in steps} <= held, procedure
    overdue = [s for s in current if s.due < demo.AS_OF]
    in_term = [s for s in current if s.due >= demo.AS_OF]
    assert len(overdue) == len(demo.STALLED)
    assert {(s.case.procedure, s.number) for s in overdue} == {(p, n) for p, n, _day in demo.STALLED}
    assert len(in_term) >= 17  # 10 + 3 + 3 + 1 steps


@pytest.mark.django_db
def test_a_year_within_the_regulations_period_as_it_stood_on_as_of(built):
    days = Case.objects.values_list("registered_on", flat=True)
    assert D(2019, 7, 1) <= min(days) and max(days) <= demo.AS_OF
    assert max(days) - min(days) >= dt.timedelta(days=360)
    done = CaseStep.objects.exclude(done_on=None).values_list("done_on", flat=True)
    assert max(done) <= demo.AS_OF
    assert max(Case.objects.exclude(ended_on=None).values_list("ended_on", flat=True)) <= demo.AS_OF
    assert set(Case.objects.values_list("source__act", flat=True)) == {"order-2015-407"}
    period = procedure_rule.period_in_force(
        loader.default(), procedure_rule.procedures_named(loader.default(), demo.ISSUE)[0]
    )
    assert period.start <= min(days) and max(days) <= period.end


@pytest.mark.django_db
def test_steps_were_done_in_order_one_returned_and_then_issued(built):
    for case in Case.objects.exclude(status="open").prefetch_related("steps"):
        done = [s.done_on for s in case.steps.all() if s.done_on is not None]
        assert done == sorted(done), case.number
        assert all(d >= case.registered_on for d in done)
    returned = Case.objects.filter(steps__returned_on__isnull=False).distinct()
    assert returned.exists() and set(returned.values_list("status", flat=True)) == {"completed"}


@pytest.mark.django_db
def test_every_transition_is_audited_and_the_chain_verifies(built):
    assert audit_verify() == []
    registered = AuditEntry.objects.filter(action="case.register").count()
    assert registered == Case.objects.count()
    completions = AuditEntry.objects.filter(action="case.step_complete").count()
    assert (
        completions
        == CaseStep.objects.exclude(done_on=None).count()
        + Case.objects.filter(steps__returned_on__isnull=False).count()
    )
    assert (
        AuditEntry.objects.filter(action="case.refuse").count()
        == Case.objects.filter(status="refused").count()
    )


@pytest.mark.django_db
def test_a_sign_in_for_every_actor_at_the_first_centre(built):
    centre = Organization.objects.filter(kind="lmc").order_by("path").first()
    case = Case.objects.first()
    assert case.organization == centre
    for username, role in STAFF.items():
        user = get_user_model().objects.get(username=username)
        assert (user.profile.role, user.profile.organization) == (role, centre)
        assert user.check_password("demo-biliktilik")
    assert may_act_as(get_user_model().objects.get(username="secretary"), "commission_secretary", centre)
    assert not may_act_as(get_user_model().objects.get(username="intake"), "management", centre)


@pytest.mark.django_db
def test_the_commissions_part_evaluated_voted_and_minuted(built):
    past_commission = Case.objects.filter(
        procedure=demo.ISSUE, steps__actor="commission", steps__done_on__isnull=False
    )
    assert past_commission.exists()
    for case in past_commission:
        evaluation = Evaluation.objects.get(case=case)
        assert sorted(evaluation.votes.values_list("member__username", flat=True)) == [
            "commission",
            "commission2",
        ]
        assert evaluation.reasoning and not evaluation.requirement
        secretary = case.steps.get(actor="commission_secretary")
        if secretary.done_on is not None:
            assert (evaluation.protocol_on, bool(evaluation.protocol_number)) == (secretary.done_on, True)
        expected = "refuse" if case.ending == "motivated_refusal" else "issue"
        assert evaluation.recommendation == expected
    assert Evaluation.objects.filter(recommendation="refuse", protocol_number__gt="").exists()
    # Management refused on the protocol (services_cases requires it before a motivated refusal).
    refused = Case.objects.filter(ending="motivated_refusal")
    assert refused.exists()
    assert all(Evaluation.objects.get(case=case).protocol_on <= case.ended_on for case in refused)


@pytest.mark.django_db
def test_what_the_documents_show_is_recorded_and_a_refusal_to_accept_lacks_one(built):
    assert not Case.objects.filter(education__isnull=True).exists()
    assert not Case.objects.filter(experience__isnull=True).exists()
    missing = CaseDocument.objects.filter(submitted=False)
    assert set(missing.values_list("case__ending", flat=True)) == {"refused_to_accept"}
    assert set(missing.values_list("item", flat=True)) == {"experience_documents"}
    assert missing.count() == Case.objects.filter(ending="refused_to_accept").count()
