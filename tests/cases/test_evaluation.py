"""The commission's part of a foreigner's case, as a lawyer would check it: the documents
checklist at intake, the applicant's education and experience, the commission's evaluation
against a point of the typical qualification characteristics (order-2017-360), the members'
votes and the secretary's protocol.

Two lawbooks. The seed's regulation (order-2015-407, Appendix 13) was in force 27.03.2017 –
11.04.2021, when the wording of order-2017-360 in force is not in our sources: our rules cannot
answer for those dates, and the commission reasons itself. The points we hold are worded by
order-2024-316 (in force from 31.08.2024); to evaluate against them, a test-only regulation in a
copy of ``law/`` (in force from 16.01.2022, the same five first steps as Appendix 13) serves a
case registered in September 2024.

Point 12-3 of order-2017-360 (Deputy director of the labour mobility centre), as worded by
order-2024-316, reads: "higher (or postgraduate) education (social, economic, legal,
pedagogical) and work experience of at least 3 years in the system of social protection of the
population, employment, education, healthcare, or at least 2 years in management positions in
business or the quasi-public sector". Our rules count 3 years as 3 × 365 = 1095 days.
"""

import datetime as dt

import pytest
from django.utils import translation

from biliktilik.accounts.models import Role
from biliktilik.audit.models import AuditEntry
from biliktilik.audit.services import audit_verify
from biliktilik.cases import checklist, services_cases
from biliktilik.cases import services_evaluation as evaluation
from biliktilik.cases.errors import CasePermissionDenied
from biliktilik.cases.errors_evaluation import (
    EvaluationFrozen,
    EvaluationMissing,
    NotCommissionStep,
    NotSecretaryStep,
    NoVotes,
    RefusalWithoutGrounds,
    VotesTied,
)
from biliktilik.cases.models import Evaluation
from biliktilik.errors import InvalidInput
from biliktilik.lawbook import checks
from tests.staff.factories import UserFactory

from .conftest import lawbook_with, on, regulation_for_tests

D = dt.date
STEPS = [
    ("intake_officer", 1),
    ("executor", 1),
    ("commission", 5),
    ("commission_secretary", 2),
    ("management", 2),
]
TEST_ACT = regulation_for_tests("order-2022-998", [(actor, days, "working") for actor, days in STEPS])
HIGHER_SOCIAL = [{"level": "higher", "field": "social", "institution": "KazNU", "document": "diploma 0001"}]
# 01.09.2020 – 31.08.2023 in social protection: 365 + 365 + 365 days (no 29 February inside), so
# 1095 days — exactly the 3 years point 12-3 asks for.
THREE_YEARS = [{"start": D(2020, 9, 1), "end": D(2023, 8, 31), "sector": "social_protection"}]
# 01.01.2023 – 31.08.2024: 365 days of 2023 and 244 of 2024 (31+29+31+30+31+30+31+31) = 609 days,
# short of 1095; and none of it in management in business or the quasi-public sector (the second
# branch: 0 days of 730).
SHORT = [{"start": D(2023, 1, 1), "end": D(2024, 8, 31), "sector": "social_protection"}]


# The 2019 cases: registered Mon 01.04, intake done 02.04, executor 03.04, the commission
# evaluates Thu 04.04 and votes Fri 05.04 (its step done that day), the protocol Mon 08.04.
# The 2024 cases: registered Tue 10.09, the executor records the documents on 12.09.
EXECUTOR_DAY, VOTE_DAY, PROTOCOL_DAY = D(2024, 9, 12), D(2019, 4, 5), D(2019, 4, 8)


@pytest.fixture(scope="module")
def law_2024(tmp_path_factory):
    return lawbook_with(tmp_path_factory.mktemp("law"), TEST_ACT)


@pytest.fixture
def members(provider):
    """Three commission members of the provider, and one of another provider."""
    return {
        "a": provider.users["commission"],
        "b": UserFactory(role=Role.COMMISSION_MEMBER, role__organization=provider.centre),
        "c": UserFactory(role=Role.COMMISSION_MEMBER, role__organization=provider.centre),
        "stranger": UserFactory(role=Role.COMMISSION_MEMBER, role__organization=provider.other),
    }


def at_commission(register, complete, day: dt.date, law=None):
    """A case registered on ``day`` with its intake and executor's steps done the next two days
    (working days in the weeks used here: Mon 01.04.2019, Tue 10.09.2024), so the commission's
    step is current."""
    case = register(day, law=law)
    complete(case, 1, day + dt.timedelta(days=1))
    complete(case, 2, day + dt.timedelta(days=2))
    return case


def records(provider, case, experience, education=HIGHER_SOCIAL, day=EXECUTOR_DAY):
    with on(day):
        evaluation.applicant_records_set(
            actor=provider.users["executor"], case=case, education=education, experience=experience
        )


def evaluate(provider, case, day, law=None, **fields):
    with on(day):
        return evaluation.evaluation_record(
            actor=provider.users["commission"], case=case, on=day, law=law, **fields
        )


def test_the_test_only_act_is_sound_law_data(law_2024):
    assert [p for p in checks.check(law_2024) if "order-2022-998" in p] == []


# --- the documents checklist --------------------------------------------------------------


def test_the_checklist_says_which_items_our_sources_name_and_which_are_our_reading(register):
    case = register(D(2019, 3, 19))
    items = checklist.checklist_of(case)
    # Point 6 names only the application; the Standard's point 9 is not in our sources.
    assert items.complete_in_sources is False
    assert [(i.code, i.basis, i.source["subpoint"]) for i in items.items] == [
        ("application", "named", "6"),
        ("identity_document", "interpretation", "6"),
        ("education_documents", "interpretation", "7.a.2"),
        ("experience_documents", "interpretation", "7.a.3"),
    ]
    with on(D(2019, 3, 19)), translation.override("en"):
        shown = checklist.checklist_out(case, D(2019, 3, 19))
    assert "order No. 279" in shown["note"] and shown["complete_in_sources"] is False


def test_a_missing_item_and_an_expired_one_are_listed_and_acceptance_refused(register, provider):
    case = register(D(2019, 3, 19))
    with on(D(2019, 3, 19)):
        evaluation.checklist_set(
            actor=provider.users["intake"],
            case=case,
            items=[
                {"item": "application", "submitted": True},
                # The passport ran out on 01.03.2019, before the day of intake.
                {"item": "identity_document", "submitted": True, "valid_until": D(2019, 3, 1)},
                {"item": "education_documents", "submitted": True, "valid_until": D(2030, 1, 1)},
            ],
        )
        problems = checklist.checklist_problems(case, D(2019, 3, 19))
    # Expected by hand: the identity document expired (01.03.2019 < 19.03.2019); nothing was
    # recorded for the experience documents; the application and the diploma are in order.
    assert [(p["item"], p["problem"]) for p in problems] == [
        ("identity_document", "expired"),
        ("experience_documents", "missing"),
    ]
    assert "01.03.2019" in problems[0]["reason"] and "19.03.2019" in problems[0]["reason"]
    # The intake officer refuses acceptance on those grounds (services_cases' refusal).
    with on(D(2019, 3, 20)):
        refused = services_cases.case_refuse(
            actor=provider.users["intake"], case=case, on=D(2019, 3, 20), reason=problems[0]["reason"]
        )
    assert (refused.status, refused.ending) == ("refused", "refused_to_accept")
    assert audit_verify() == []


def test_an_item_off_the_checklist_is_refused_naming_its_field(register, provider):
    case = register(D(2019, 3, 19))
    with on(D(2019, 3, 19)), pytest.raises(InvalidInput) as refused:
        evaluation.checklist_set(
            actor=provider.users["intake"], case=case, items=[{"item": "labour_contract", "submitted": True}]
        )
    # The labour contract is on the checklist of issue to one employed in Kazakhstan only.
    assert refused.value.loc == ["body", "items", 0, "item"]


# --- the evaluation -----------------------------------------------------------------------


def test_higher_social_education_and_three_years_meet_point_12_3(register, complete, provider, law_2024):
    case = at_commission(register, complete, D(2024, 9, 10), law=law_2024)
    records(provider, case, THREE_YEARS)
    done = evaluate(
        provider,
        case,
        D(2024, 9, 13),
        law=law_2024,
        requirement="order-2017-360/12-3",
        recommendation="issue",
    )
    # By hand: higher education in the social field is one the point names; 1095 days in social
    # protection reach the 3 years of the first branch; so the requirement is met.
    assert done.explanation["eligible"] is True
    assert done.requirement == "order-2017-360/12-3"
    codes = [step["code"] for step in done.explanation["explanation"]]
    assert "education_met" in codes and "experience_branch_met" in codes
    met = next(s for s in done.explanation["languages"]["ru"] if s["code"] == "experience_branch_met")
    assert "засчитано 1095 дн." in met["text"]
    assert {"act": "order-2017-360", "point": "12-3", "subpoint": None, "wording_by": "order-2024-316"} in (
        done.explanation["citations"]
    )


def test_one_short_of_experience_does_not_meet_it_and_the_reason_is_in_kazakh_and_russian(
    register, complete, provider, law_2024
):
    case = at_commission(register, complete, D(2024, 9, 10), law=law_2024)
    records(provider, case, SHORT)
    done = evaluate(
        provider,
        case,
        D(2024, 9, 13),
        law=law_2024,
        requirement="order-2017-360/12-3",
        recommendation="refuse",
        reasoning="Experience of 609 days, short of the three years of point 12-3.",
    )
    assert done.explanation["eligible"] is False
    kk = [s["text"] for s in done.explanation["languages"]["kk"] if s["code"] == "experience_branch_not_met"]
    ru = [s["text"] for s in done.explanation["languages"]["ru"] if s["code"] == "experience_branch_not_met"]
    # The first branch: 609 of 1095 days; the second: 0 of 730 (2 years in management).
    assert "кемінде 3 жыл (1095 күн)" in kk[0] and "есептелгені 609 күн" in kk[0]
    assert "не менее 3 лет (1095 дн.)" in ru[0] and "засчитано 609 дн." in ru[0]
    assert "засчитано 0 дн." in ru[1]


def test_a_refusal_needs_the_commissions_reasoning(register, complete, provider, law_2024):
    case = at_commission(register, complete, D(2024, 9, 10), law=law_2024)
    records(provider, case, SHORT)
    with pytest.raises(InvalidInput) as refused:
        evaluate(
            provider,
            case,
            D(2024, 9, 13),
            law=law_2024,
            requirement="order-2017-360/12-3",
            recommendation="refuse",
        )
    assert refused.value.loc == ["body", "reasoning"]
    assert Evaluation.objects.filter(case=case).exists() is False


def test_no_requirement_in_law_means_the_commission_reasons_itself(register, complete, provider):
    case = at_commission(register, complete, D(2019, 4, 1))
    with pytest.raises(InvalidInput) as refused:
        evaluate(provider, case, D(2019, 4, 4), requirement=None, recommendation="issue")
    assert (refused.value.code, refused.value.loc) == ("required", ["body", "reasoning"])
    done = evaluate(
        provider,
        case,
        D(2019, 4, 4),
        requirement=None,
        recommendation="issue",
        reasoning="A social worker's diploma and five years in a social-service centre (p.13 of the Rules).",
    )
    assert (done.requirement, done.explanation) == ("", {})


def test_a_point_whose_wording_on_the_day_is_not_in_our_sources_needs_reasoning_too(
    register, complete, provider
):
    # 04.04.2019: point 12-3 was inserted by order-2024-316 with effect from 31.08.2024, so on that
    # day the rules cannot answer; the gap is stored as it stood, and the commission reasons.
    case = at_commission(register, complete, D(2019, 4, 1))
    with pytest.raises(InvalidInput) as refused:
        evaluate(provider, case, D(2019, 4, 4), requirement="order-2017-360/12-3", recommendation="issue")
    assert refused.value.loc == ["body", "reasoning"]
    done = evaluate(
        provider,
        case,
        D(2019, 4, 4),
        requirement="order-2017-360/12-3",
        recommendation="issue",
        reasoning="Assessed on point 13 of the Rules (order No. 503).",
    )
    assert done.explanation["gap"] == "point_not_in_force"
    assert "04.04.2019" in done.explanation["text"]["ru"]


def test_the_evaluation_is_made_only_at_the_commissions_step_by_its_member(register, complete, provider):
    case = register(D(2019, 3, 19))
    with pytest.raises(NotCommissionStep):
        evaluate(provider, case, D(2019, 3, 19), requirement=None, recommendation="issue", reasoning="early")
    complete(case, 1, D(2019, 3, 20))
    complete(case, 2, D(2019, 3, 26))  # 21-25.03: Nauryz and its moved day off
    with on(D(2019, 3, 27)), pytest.raises(CasePermissionDenied):
        evaluation.evaluation_record(
            actor=provider.users["executor"],
            case=case,
            on=D(2019, 3, 27),
            requirement=None,
            recommendation="issue",
            reasoning="not the commission",
        )


# --- votes and the protocol ---------------------------------------------------------------


def vote(case, member, choice, day=VOTE_DAY):
    with on(day):
        return evaluation.vote_cast(actor=member, case=case, vote=choice)


def to_protocol(register, complete, provider):
    case = at_commission(register, complete, D(2019, 4, 1))
    evaluate(
        provider,
        case,
        D(2019, 4, 4),
        requirement=None,
        recommendation="issue",
        reasoning="Diploma and experience checked.",
    )
    return case


def draw(provider, case, day=PROTOCOL_DAY):
    with on(day):
        return evaluation.protocol_draw(actor=provider.users["secretary"], case=case, number="17", on=day)


def test_two_votes_to_one_the_protocol_recommends_the_majority(register, complete, provider, members):
    case = to_protocol(register, complete, provider)
    vote(case, members["a"], "refuse")
    vote(case, members["a"], "issue")  # voting again changes the member's vote, no second one
    vote(case, members["b"], "refuse")
    vote(case, members["c"], "refuse")
    complete(case, 3, D(2019, 4, 5))
    drawn = draw(provider, case)
    # By hand: a issue, b refuse, c refuse → 1 to 2: the majority refuses; the evaluation gives
    # its reasoning, so the protocol records a refusal with grounds.
    assert drawn.votes.count() == 3
    assert (drawn.recommendation, drawn.protocol_number, drawn.protocol_on) == ("refuse", "17", D(2019, 4, 8))


def test_a_majority_to_refuse_without_grounds_is_not_drawn_up(
    register, complete, provider, members, law_2024
):
    case = at_commission(register, complete, D(2024, 9, 10), law=law_2024)
    records(provider, case, THREE_YEARS)
    # The rules find the requirement met, so the commission recommended issue without reasoning.
    evaluate(
        provider,
        case,
        D(2024, 9, 13),
        law=law_2024,
        requirement="order-2017-360/12-3",
        recommendation="issue",
    )
    vote(case, members["a"], "refuse", day=D(2024, 9, 13))
    complete(case, 3, D(2024, 9, 13))
    with pytest.raises(RefusalWithoutGrounds):
        draw(provider, case, day=D(2024, 9, 16))


def test_a_tie_is_refused_for_want_of_a_rule_in_the_text(register, complete, provider, members):
    case = to_protocol(register, complete, provider)
    vote(case, members["a"], "issue")
    vote(case, members["b"], "refuse")
    complete(case, 3, D(2019, 4, 5))
    with pytest.raises(VotesTied) as tied:
        draw(provider, case)
    assert tied.value.status == 409
    assert tied.value.params == {"issue": 1, "refuse": 1}
    # The message says why, in the user's language: Kazakh by default, Russian on request.
    assert "(беру үшін — 1, бас тарту үшін — 1)" in tied.value.text() and "кворум" in tied.value.text()
    with translation.override("ru"):
        assert "ни кворума, ни решающего голоса" in tied.value.text()
    assert Evaluation.objects.get(case=case).protocol_number == ""


def test_a_member_of_another_organization_or_an_administrator_does_not_vote(
    register, complete, provider, members
):
    case = to_protocol(register, complete, provider)
    with pytest.raises(CasePermissionDenied):
        vote(case, members["stranger"], "issue")
    with pytest.raises(CasePermissionDenied):
        vote(case, provider.users["administrator"], "issue")
    assert Evaluation.objects.get(case=case).votes.count() == 0


def test_members_vote_on_a_recorded_evaluation_at_the_commissions_step(register, complete, provider, members):
    case = at_commission(register, complete, D(2019, 4, 1))
    with pytest.raises(EvaluationMissing):
        vote(case, members["a"], "issue")


def test_the_evaluation_is_frozen_after_the_protocol(register, complete, provider, members):
    case = to_protocol(register, complete, provider)
    vote(case, members["a"], "issue")
    complete(case, 3, D(2019, 4, 5))
    draw(provider, case)
    # The secretary sends the case back to the commission: its protocol stays as drawn up.
    with on(D(2019, 4, 8)):
        services_cases.step_return(
            actor=provider.users["secretary"], case=case, number=4, on=D(2019, 4, 8), note="re-check"
        )
    with pytest.raises(EvaluationFrozen):
        evaluate(
            provider, case, D(2019, 4, 8), requirement=None, recommendation="refuse", reasoning="changed"
        )
    with pytest.raises(EvaluationFrozen):
        vote(case, members["b"], "refuse", day=D(2019, 4, 8))
    with pytest.raises(EvaluationFrozen), on(D(2019, 4, 8)):
        evaluation.applicant_records_set(
            actor=provider.users["executor"], case=case, education=[], experience=[]
        )
    kept = Evaluation.objects.get(case=case)
    assert (kept.recommendation, kept.protocol_number, kept.votes.count()) == ("issue", "17", 1)


def test_everything_is_in_the_audit_trail_and_the_chain_verifies(register, complete, provider, members):
    case = to_protocol(register, complete, provider)
    with on(D(2019, 4, 4)):
        evaluation.applicant_records_set(
            actor=provider.users["executor"], case=case, education=HIGHER_SOCIAL, experience=THREE_YEARS
        )
        evaluation.checklist_set(
            actor=provider.users["intake"], case=case, items=[{"item": "application", "submitted": True}]
        )
    vote(case, members["a"], "issue")
    complete(case, 3, D(2019, 4, 5))
    draw(provider, case)
    actions = list(
        AuditEntry.objects.filter(object_type="case", object_id=str(case.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert [a for a in actions if not a.startswith("case.step") and a != "case.register"] == [
        "case.evaluate",
        "case.applicant_records",
        "case.checklist",
        "case.vote",
        "case.protocol",
    ]
    protocol = AuditEntry.objects.filter(action="case.protocol").get()
    assert protocol.actor == provider.users["secretary"]
    assert protocol.after["protocol"] == {"number": "17", "on": "2019-04-08"}
    assert audit_verify() == []


# --- the edges ----------------------------------------------------------------------------


def test_issue_to_one_employed_in_kazakhstan_also_asks_for_the_labour_contract(register):
    case = register(D(2019, 3, 19), procedure="foreigner-certificate/issue-employed")
    items = checklist.checklist_of(case)
    # 7.b: that certificate runs for the labour contract's term, so the contract is read in.
    assert items.codes[-1] == "labour_contract" and items.items[-1].source["subpoint"] == "7.b"


def test_only_the_intake_officer_or_the_executor_records_the_documents(register, provider):
    case = register(D(2019, 3, 19))
    for name in ("commission", "secretary", "other_executor"):
        with on(D(2019, 3, 19)), pytest.raises(CasePermissionDenied):
            evaluation.applicant_records_set(
                actor=provider.users[name], case=case, education=HIGHER_SOCIAL, experience=[]
            )
    assert case.education.count() == 0


def test_recording_the_evaluation_again_replaces_it(register, complete, provider):
    case = at_commission(register, complete, D(2019, 4, 1))
    evaluate(provider, case, D(2019, 4, 4), requirement=None, recommendation="issue", reasoning="first")
    evaluate(provider, case, D(2019, 4, 4), requirement=None, recommendation="refuse", reasoning="second")
    kept = Evaluation.objects.get(case=case)
    assert (kept.recommendation, kept.reasoning) == ("refuse", "second")


def test_no_vote_no_protocol_and_only_the_secretary_draws_it_at_their_step(register, complete, provider):
    case = to_protocol(register, complete, provider)
    with pytest.raises(NotSecretaryStep):
        draw(provider, case, day=VOTE_DAY)  # the commission's step is still current
    complete(case, 3, VOTE_DAY)
    with pytest.raises(NoVotes):
        draw(provider, case)
    with on(PROTOCOL_DAY), pytest.raises(CasePermissionDenied):
        evaluation.protocol_draw(actor=provider.users["commission"], case=case, number="17", on=PROTOCOL_DAY)
    assert Evaluation.objects.get(case=case).protocol_number == ""
