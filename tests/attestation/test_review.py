"""After the test, with the clock moved: an appeal within two working days of p.21 (across a
holiday), the commission upholding one item of two, a defective question annulled for every taker
after its effect is shown, the assessment of p.28-1 where a missing figure is a gap, and decisions
that the registry takes on confirmation: a category for three years (p.7), a re-attestation date
(p.27(2))."""

import datetime as dt

import pytest
import time_machine

from biliktilik.attestation import services_appeals, services_campaigns, services_decisions, services_testing
from biliktilik.attestation.errors import Conflict
from biliktilik.errors import InvalidInput
from biliktilik.staff.models import AttestationRecord, CategoryAward, Training

from .conftest import at

# A window just before Nauryz: 20.03.2026 is a Friday; 21-23 March are holidays and the two
# falling on the weekend move to 24 and 25 March, so the next working days are 26 and 27 March.
OPENS, CLOSES = dt.date(2026, 3, 16), dt.date(2026, 3, 20)


@pytest.fixture
def tested(centre):
    """Two attestees who took a 10-question test on 20.03: a category applicant (career
    consultant → case manager) with 9 right, an LMC specialist re-attested with 6 right."""
    hr = centre.users["hr"]
    campaign = services_campaigns.campaign_create(
        actor=hr,
        organization=centre.lmc,
        title="Көктем",
        testing_from=OPENS,
        testing_to=CLOSES,
        questions=10,
        time_limit_minutes=40,
        tags=["standard:card-2"],
    )
    applicant, specialist = centre.people[0], centre.people[1]
    CategoryAward.objects.create(
        employee=applicant,
        category="career_consultant",
        assigned_on=dt.date(2023, 3, 1),
        valid_until=dt.date(2026, 3, 1) + dt.timedelta(days=100),
        decision="2023",
    )
    Training.objects.create(
        employee=applicant, course="Кейс", hours=72, profile="case_manager", completed_on=dt.date(2026, 2, 1)
    )
    entries = {
        "applicant": services_campaigns.attestee_add(
            actor=hr,
            campaign=campaign,
            employee=applicant,
            attestee="category_applicant",
            declared_category="case_manager",
            learning_plan_hours=72,
        ),
        "specialist": services_campaigns.attestee_add(
            actor=hr,
            campaign=campaign,
            employee=specialist,
            attestee="lmc_specialist",
            reattestation=True,
            learning_plan_hours=72,
        ),
    }
    attempts = {}
    for name, right in (("applicant", 9), ("specialist", 6)):
        user = centre.users[f"taker{0 if name == 'applicant' else 1}"]
        with time_machine.travel(at(CLOSES, 10), tick=False):
            attempt, _ = services_testing.attempt_start(actor=user, attestee=entries[name])
            for n, drawn in enumerate(attempt.drawn.select_related("version")):
                correct = sorted(drawn.version.correct)
                wrong = [o for o in drawn.option_order if o not in correct][:1]
                services_testing.answer_save(
                    actor=user,
                    attempt_id=attempt.pk,
                    question_id=drawn.version.question_id,
                    options=correct if n < right else wrong,
                )
            services_testing.attempt_submit(actor=user, attempt=attempt)
        attempt.refresh_from_db()
        attempts[name] = attempt
    return campaign, entries, attempts


def wrong_questions(attempt):
    return [
        d.version.question_id
        for d in attempt.drawn.select_related("version")
        if set(d.chosen) != d.version.correct
    ]


def test_the_appeal_period_counts_two_working_days_across_the_nauryz_holidays(centre, tested):
    _, _, attempts = tested
    attempt = attempts["specialist"]
    assert services_testing.result_of(attempt)["appeal_until"] == dt.date(2026, 3, 27)
    items = [
        {"question": q, "justification": "Сұрақ екі түрлі оқылады"} for q in wrong_questions(attempt)[:2]
    ]
    with time_machine.travel(at(dt.date(2026, 3, 30)), tick=False), pytest.raises(InvalidInput) as late:
        services_appeals.appeal_file(actor=centre.users["taker1"], attempt=attempt, items=items)
    assert late.value.code == "appeal_period_over" and "27.03.2026" in late.value.text()


def test_an_appeal_needs_a_justification_for_each_question(centre, tested):
    _, _, attempts = tested
    attempt = attempts["specialist"]
    first, second = wrong_questions(attempt)[:2]
    items = [{"question": first, "justification": "Негізі бар"}, {"question": second, "justification": "  "}]
    with time_machine.travel(at(dt.date(2026, 3, 24)), tick=False), pytest.raises(InvalidInput) as refused:
        services_appeals.appeal_file(actor=centre.users["taker1"], attempt=attempt, items=items)
    assert refused.value.loc == ["body", "items", 1, "justification"]


def test_the_commission_upholds_one_item_of_two_and_the_result_moves_by_one_question(centre, tested):
    _, _, attempts = tested
    attempt = attempts["specialist"]
    first, second = wrong_questions(attempt)[:2]
    with time_machine.travel(at(dt.date(2026, 3, 24)), tick=False):
        appeal = services_appeals.appeal_file(
            actor=centre.users["taker1"],
            attempt=attempt,
            items=[
                {"question": first, "justification": "Екі жауап та дұрыс"},
                {"question": second, "justification": "Сұрақ түсініксіз"},
            ],
        )
        reviewed = services_appeals.appeal_review(
            actor=centre.users["commission"],
            appeal=appeal,
            items=[
                {"question": first, "upheld": True, "comment": "Келісеміз"},
                {"question": second, "upheld": False, "comment": "Сұрақ анық"},
            ],
        )
    assert (reviewed.percent_before, reviewed.percent_after) == (60.0, 70.0)
    assert services_testing.result_of(attempts["specialist"].__class__.objects.get(pk=attempt.pk))[
        "test_passed"
    ]


def test_an_hr_officer_cannot_review_an_appeal(centre, tested):
    _, _, attempts = tested
    attempt = attempts["specialist"]
    question = wrong_questions(attempt)[0]
    with time_machine.travel(at(dt.date(2026, 3, 24)), tick=False):
        appeal = services_appeals.appeal_file(
            actor=centre.users["taker1"],
            attempt=attempt,
            items=[{"question": question, "justification": "x"}],
        )
    from biliktilik.attestation.errors import PlatformPermissionDenied

    with pytest.raises(PlatformPermissionDenied):
        services_appeals.appeal_review(
            actor=centre.users["hr"], appeal=appeal, items=[{"question": question, "upheld": True}]
        )


def test_annulling_a_question_shows_its_effect_first_then_counts_it_right_for_every_taker(centre, tested):
    campaign, _, attempts = tested
    shared = set(wrong_questions(attempts["specialist"])) & {
        d.version.question_id for d in attempts["applicant"].drawn.select_related("version")
    }
    question = sorted(shared)[0]
    preview = services_appeals.annulment_preview(campaign=campaign, question_id=question)
    specialist = next(e for e in preview if e["attempt"] == attempts["specialist"].pk)
    assert (specialist["percent_before"], specialist["percent_after"]) == (60.0, 70.0)
    assert not specialist["passed_before"] and specialist["passed_after"]
    attempts["specialist"].refresh_from_db()
    assert attempts["specialist"].percent == 60.0  # a preview changes nothing
    services_appeals.question_annul(
        actor=centre.users["commission"], campaign=campaign, question_id=question, reason="Екі жауап та дұрыс"
    )
    attempts["specialist"].refresh_from_db()
    assert attempts["specialist"].percent == 70.0


def test_a_missing_violations_figure_leaves_the_decision_open_and_it_cannot_be_confirmed(centre, tested):
    _, entries, _ = tested
    commission = centre.users["commission"]
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        points = services_decisions.assessment_record(
            actor=commission, entry=entries["applicant"], rating=4.5, violations=None
        )
        assert points == {"test_points": 72.0, "rating_points": 10, "violations_points": None, "total": None}
        with pytest.raises(Conflict) as refused:
            services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])
    assert refused.value.code == "decision_undetermined"
    assert not CategoryAward.objects.filter(
        employee=entries["applicant"].employee, category="case_manager"
    ).exists()


def test_a_confirmed_decision_gives_the_declared_category_for_three_years_in_the_same_transaction(
    centre, tested
):
    _, entries, _ = tested
    commission = centre.users["commission"]
    with time_machine.travel(at(dt.date(2026, 3, 22)), tick=False):
        services_decisions.assessment_record(
            actor=commission, entry=entries["applicant"], rating=4.5, violations=0
        )
        decision = services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])
    assert decision["decision"] == "meets_declared_category" and decision["confirmed"]
    award = CategoryAward.objects.get(employee=entries["applicant"].employee, category="case_manager")
    assert (award.assigned_on, award.valid_until) == (dt.date(2026, 3, 22), dt.date(2029, 3, 22))
    assert services_decisions.assessment_due(entries["applicant"].campaign) == dt.date(2026, 3, 22)


def test_a_failed_re_attestation_of_an_lmc_specialist_is_dismissal_recorded_never_a_deletion(centre, tested):
    _, entries, _ = tested
    with time_machine.travel(at(dt.date(2026, 3, 30)), tick=False):
        decision = services_decisions.decision_confirm(
            actor=centre.users["commission"], entry=entries["specialist"]
        )
    assert decision["decision"] == "does_not_meet_position" and decision["dismissal"] is True
    record = AttestationRecord.objects.get(employee=entries["specialist"].employee)
    assert record.dismissal and record.decided_on == dt.date(2026, 3, 30)
    entries["specialist"].employee.refresh_from_db()  # still in the registry


def test_the_api_files_an_appeal_reviews_it_and_confirms_the_decision(client, centre, tested, bearer):
    _, entries, attempts = tested
    attempt, json = attempts["specialist"], "application/json"
    question = wrong_questions(attempt)[0]
    with time_machine.travel(at(dt.date(2026, 3, 26)), tick=False):
        empty = client.post(
            f"/api/v1/attestation/attempts/{attempt.pk}/appeal",
            {"items": [{"question": question, "justification": ""}]},
            content_type=json,
            headers=bearer(centre.users["taker1"]),
        )
        assert empty.status_code == 422 and empty.json()["errors"][0]["loc"] == [
            "body",
            "items",
            0,
            "justification",
        ]
        filed = client.post(
            f"/api/v1/attestation/attempts/{attempt.pk}/appeal",
            {"items": [{"question": question, "justification": "Екі жауап та дұрыс"}]},
            content_type=json,
            headers=bearer(centre.users["taker1"]),
        )
        assert filed.status_code == 201 and filed.json()["status"] == "open"
        reviewed = client.post(
            f"/api/v1/attestation/appeals/{filed.json()['id']}/review",
            {"items": [{"question": question, "upheld": True, "comment": "Иә"}]},
            content_type=json,
            headers=bearer(centre.users["commission"]),
        )
        assert reviewed.status_code == 200
        assert (reviewed.json()["percent_before"], reviewed.json()["percent_after"]) == (60.0, 70.0)
        shown = client.get(
            f"/api/v1/attestation/attestees/{entries['specialist'].pk}/decision",
            headers=bearer(centre.users["commission"], HTTP_ACCEPT_LANGUAGE="ru"),
        )
        assert shown.status_code == 200 and shown.json()["decision"] == "meets_position"
        assert shown.json()["confirmed"] is False
        confirmed = client.post(
            f"/api/v1/attestation/attestees/{entries['specialist'].pk}/decision/confirm",
            content_type=json,
            headers=bearer(centre.users["commission"]),
        )
    assert confirmed.status_code == 200 and confirmed.json()["confirmed"] is True


def test_a_question_cannot_be_annulled_once_a_decision_resting_on_it_is_confirmed(centre, tested):
    campaign, entries, attempts = tested
    with time_machine.travel(at(dt.date(2026, 3, 30)), tick=False):
        services_decisions.decision_confirm(actor=centre.users["commission"], entry=entries["specialist"])
    question = attempts["specialist"].drawn.select_related("version").first().version.question_id
    with pytest.raises(Conflict) as refused:
        services_appeals.question_annul(
            actor=centre.users["commission"], campaign=campaign, question_id=question, reason="Ақаулы"
        )
    assert refused.value.code == "decision_confirmed"
