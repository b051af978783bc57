"""A foreigner's certificate of qualification, worked through the procedure of order-2015-407,
Appendix 13 (as worded by order-2017-2), step by step.

The due dates below are counted by hand on the Kazakhstan calendar, not by our code. Nauryz
2019: Thursday 21, Friday 22 and Saturday 23 March are holidays (Labour Code art. 84-85), and the
day off for the Saturday moves to Monday 25 March; 24 March is a Sunday. So, from Tuesday
19 March 2019, the working days are: 1 = Wed 20.03; 2 = Tue 26.03; 3 = 27.03; 4 = 28.03;
5 = 29.03; 6 = Mon 01.04; 7 = 02.04; 8 = 03.04; 9 = 04.04; 10 = 05.04; 11 = Mon 08.04; 12 = 09.04;
13 = 10.04; 14 = 11.04; 15 = 12.04; 16 = Mon 15.04; 17 = 16.04; 18 = 17.04.
The procedure's terms (7.a.1-10): 1, 1, 5, 2, 2, 1, 1, 2, 1, 2 working days, 18 in all.
"""

import datetime as dt

import pytest
from django.utils import translation

from biliktilik.audit.models import AuditEntry
from biliktilik.cases import services_cases, services_evaluation
from biliktilik.cases.errors import (
    CaseClosed,
    CasePermissionDenied,
    NotAtIntake,
    NotCurrentStep,
    RefusalBeforeEvaluation,
)
from biliktilik.cases.errors_evaluation import EvaluationMissing, ProtocolMissing
from biliktilik.cases.models import Evaluation
from biliktilik.errors import InvalidInput

from .conftest import REASONING, dues, on

D = dt.date
REGISTERED = D(2019, 3, 19)
# Hand-counted (see the module's docstring): each step from the due date of the one before.
PLANNED = [
    D(2019, 3, 20),  # 1 intake and registration, 1 day: the 1st working day
    D(2019, 3, 26),  # 2 executor, 1 day: Nauryz and its moved day off skipped
    D(2019, 4, 2),  # 3 commission, 5 days: 27, 28, 29.03, 01, 02.04
    D(2019, 4, 4),  # 4 secretary's protocol, 2 days
    D(2019, 4, 8),  # 5 management's decision, 2 days: Fri 05.04 and Mon 08.04
    D(2019, 4, 9),  # 6
    D(2019, 4, 10),  # 7
    D(2019, 4, 12),  # 8
    D(2019, 4, 15),  # 9
    D(2019, 4, 17),  # 10 the certificate issued: the 18th working day
]


def test_a_case_is_planned_on_the_working_day_calendar_across_nauryz(register):
    case = register(REGISTERED)
    assert case.status == "open"
    assert case.number == f"FC-2019-{case.pk:06d}"
    assert case.source == {
        "act": "order-2015-407",
        "point": "appendix-13",
        "subpoint": "7.a",
        "wording_by": "order-2017-2",
    }
    assert dues(case) == PLANNED
    actors = list(case.steps.values_list("actor", flat=True))
    assert actors[:5] == ["intake_officer", "executor", "commission", "commission_secretary", "management"]


def test_a_case_worked_on_time_from_intake_to_the_issued_certificate(register, complete):
    case = register(REGISTERED)
    for number, due in enumerate(PLANNED, start=1):
        case = complete(case, number, due, note=f"step {number} done")
    case.refresh_from_db()
    assert (case.status, case.ending, case.ended_on) == ("completed", "issued", D(2019, 4, 17))
    assert dues(case) == PLANNED  # every step done on its day moves nothing
    assert list(case.steps.values_list("note", flat=True))[2] == "step 3 done"
    actions = list(
        AuditEntry.objects.filter(object_type="case", object_id=str(case.pk)).values_list("action", flat=True)
    )
    # The commission's evaluation and a member's vote before its step is done, the protocol before
    # the secretary's (the ``complete`` helper records them through services_evaluation).
    assert actions == [
        "case.register",
        *["case.step_complete"] * 2,
        "case.evaluate",
        "case.vote",
        "case.step_complete",
        "case.protocol",
        *["case.step_complete"] * 7,
        "case.certificate",
    ]


def test_a_late_completion_moves_the_later_due_dates(register, complete):
    case = register(REGISTERED)
    complete(case, 1, D(2019, 3, 20))
    # The executor hands the documents to the commission on Thu 28.03, two working days late.
    complete(case, 2, D(2019, 3, 28))
    # From 28.03: 1 = 29.03, 2 = 01.04, 3 = 02.04, 4 = 03.04, 5 = 04.04 (the commission's 5 days),
    # then 05.04 and 08.04 (protocol) ... the 16 remaining days end on Fri 19.04.
    assert dues(case)[2:5] == [D(2019, 4, 4), D(2019, 4, 8), D(2019, 4, 10)]
    assert dues(case)[-1] == D(2019, 4, 19)
    assert dues(case)[:2] == PLANNED[:2]  # the steps already done keep their due dates


def test_an_early_completion_brings_the_later_due_dates_forward(register, complete):
    case = register(REGISTERED)
    # Registered and referred the same day: the executor's day is then Wed 20.03, and the
    # commission's five run 26, 27, 28, 29.03 and 01.04.
    complete(case, 1, REGISTERED)
    assert dues(case)[1:3] == [D(2019, 3, 20), D(2019, 4, 1)]


def test_only_the_current_step_can_be_completed(register, complete, provider):
    case = register(REGISTERED)
    with on(D(2019, 3, 20)), pytest.raises(NotCurrentStep) as refused:
        services_cases.step_complete(actor=provider.users["executor"], case=case, number=2, on=D(2019, 3, 20))
    assert refused.value.code == "not_current_step"
    assert refused.value.params == {"number": 2, "current": 1}
    complete(case, 1, D(2019, 3, 20))
    with on(D(2019, 3, 21)), pytest.raises(NotCurrentStep):
        services_cases.step_complete(actor=provider.users["intake"], case=case, number=1, on=D(2019, 3, 21))


def test_a_step_is_not_completed_before_the_previous_one_or_in_the_future(register, complete, provider):
    case = register(REGISTERED)
    complete(case, 1, D(2019, 3, 20))
    executor = provider.users["executor"]
    with on(D(2019, 3, 26)), pytest.raises(InvalidInput) as early:
        services_cases.step_complete(actor=executor, case=case, number=2, on=D(2019, 3, 19))
    assert (early.value.code, early.value.loc) == ("date_before_previous_step", ["body", "on"])
    with on(D(2019, 3, 26)), pytest.raises(InvalidInput) as future:
        services_cases.step_complete(actor=executor, case=case, number=2, on=D(2019, 3, 27))
    assert future.value.code == "future_date"


def test_a_step_returned_to_the_previous_one_keeps_its_note_and_is_planned_again(
    register, complete, provider
):
    case = register(REGISTERED)
    complete(case, 1, D(2019, 3, 20))
    with on(D(2019, 3, 26)):
        services_cases.step_return(
            actor=provider.users["executor"],
            case=case,
            number=2,
            on=D(2019, 3, 26),
            note="the diploma is missing",
        )
    step1, step2 = case.steps.order_by("number")[:2]
    assert step1.done_on is None and step1.due == D(2019, 3, 27)  # one working day from 26.03
    assert (step2.returned_on, step2.return_note) == (D(2019, 3, 26), "the diploma is missing")
    assert AuditEntry.objects.filter(action="case.step_return", object_id=str(case.pk)).count() == 1
    # Step 1 is current again: step 2 waits for it.
    with on(D(2019, 3, 27)), pytest.raises(NotCurrentStep):
        services_cases.step_complete(actor=provider.users["executor"], case=case, number=2, on=D(2019, 3, 27))


def test_documents_refused_at_intake_end_the_case(register, provider):
    case = register(REGISTERED)
    with on(REGISTERED):
        services_cases.case_refuse(
            actor=provider.users["intake"], case=case, on=REGISTERED, reason="the passport has expired"
        )
    case.refresh_from_db()
    assert (case.status, case.ending, case.ending_reason) == (
        "refused",
        "refused_to_accept",
        "the passport has expired",
    )
    assert AuditEntry.objects.filter(action="case.refuse", object_id=str(case.pk)).get().after["ending"] == (
        "refused_to_accept"
    )
    with on(D(2019, 3, 20)), pytest.raises(CaseClosed):
        services_cases.step_complete(actor=provider.users["intake"], case=case, number=1, on=D(2019, 3, 20))


def test_documents_cannot_be_refused_as_incomplete_after_intake(register, complete, provider):
    case = register(REGISTERED)
    complete(case, 1, D(2019, 3, 20))
    with on(D(2019, 3, 21)), pytest.raises(NotAtIntake):
        services_cases.case_refuse(
            actor=provider.users["intake"], case=case, on=D(2019, 3, 21), reason="x", kind="refused_to_accept"
        )


def test_a_motivated_refusal_comes_after_the_commissions_evaluation(register, complete, provider):
    case = register(REGISTERED)
    complete(case, 1, PLANNED[0])
    complete(case, 2, PLANNED[1])
    management = provider.users["management"]
    with on(D(2019, 3, 27)), pytest.raises(RefusalBeforeEvaluation):
        services_cases.case_refuse(actor=management, case=case, on=D(2019, 3, 27), reason="no experience")
    complete(case, 3, PLANNED[2], note="the diploma does not meet point 13 of the Rules")
    # The commission has evaluated, but management decides on its protocol (7.a.5), not drawn up yet.
    with on(PLANNED[2]), pytest.raises(ProtocolMissing) as early:
        services_cases.case_refuse(actor=management, case=case, on=PLANNED[2], reason="no experience")
    assert (early.value.code, early.value.status) == ("protocol_missing", 409)
    assert "хаттамасы негізінде" in early.value.text()
    case.refresh_from_db()
    assert case.status == "open"
    with on(PLANNED[2]):
        services_evaluation.protocol_draw(
            actor=provider.users["secretary"], case=case, number="5", on=PLANNED[2]
        )
    with on(PLANNED[2]), pytest.raises(CasePermissionDenied):
        services_cases.case_refuse(actor=provider.users["executor"], case=case, on=PLANNED[2], reason="no")
    # The protocol recommends issue (the helper's vote); refusing is still management's decision.
    assert Evaluation.objects.get(case=case).recommendation == "issue"
    with on(PLANNED[2]):
        services_cases.case_refuse(
            actor=management, case=case, on=PLANNED[2], reason="the education does not meet the requirement"
        )
    case.refresh_from_db()
    assert (case.status, case.ending, case.ended_on) == ("refused", "motivated_refusal", PLANNED[2])


def test_the_commissions_step_is_not_completed_without_its_evaluation(register, complete, provider):
    case = register(REGISTERED)
    complete(case, 1, PLANNED[0])
    complete(case, 2, PLANNED[1])
    commission = provider.users["commission"]
    with on(PLANNED[2]), pytest.raises(EvaluationMissing) as missing:
        services_cases.step_complete(actor=commission, case=case, number=3, on=PLANNED[2])
    assert (missing.value.code, missing.value.status) == ("evaluation_missing", 409)
    assert "бағалауы ұсынымымен бірге жазылғаннан кейін" in missing.value.text()
    with translation.override("ru"):
        assert "после того, как записана её оценка с рекомендацией" in missing.value.text()
    assert case.steps.get(number=3).done_on is None
    # The evaluation recorded, the step is done.
    with on(PLANNED[2]):
        services_evaluation.evaluation_record(
            actor=commission,
            case=case,
            on=PLANNED[2],
            requirement=None,
            recommendation="issue",
            reasoning=REASONING,
        )
        services_cases.step_complete(actor=commission, case=case, number=3, on=PLANNED[2])
    assert case.steps.get(number=3).done_on == PLANNED[2]


def test_the_secretarys_step_is_not_completed_without_the_protocol(register, complete, provider):
    case = register(REGISTERED)
    for number in (1, 2, 3):
        complete(case, number, PLANNED[number - 1])
    secretary = provider.users["secretary"]
    with on(PLANNED[3]), pytest.raises(ProtocolMissing) as missing:
        services_cases.step_complete(actor=secretary, case=case, number=4, on=PLANNED[3])
    assert (missing.value.code, missing.value.status) == ("protocol_missing", 409)
    assert "хаттама нөмірі мен күні көрсетіліп жасалғаннан кейін" in missing.value.text()
    with translation.override("en"):
        assert "once the protocol, with its number and date, is drawn up" in missing.value.text()
    # An administrator acts as any actor, but not without the protocol either.
    with on(PLANNED[3]), pytest.raises(ProtocolMissing):
        services_cases.step_complete(
            actor=provider.users["administrator"], case=case, number=4, on=PLANNED[3]
        )
    with on(PLANNED[3]):
        services_evaluation.protocol_draw(actor=secretary, case=case, number="9", on=PLANNED[3])
        services_cases.step_complete(actor=secretary, case=case, number=4, on=PLANNED[3])
    assert case.steps.get(number=4).done_on == PLANNED[3]


def test_an_actor_of_another_role_or_organization_may_not_complete_the_step(register, provider):
    case = register(REGISTERED)
    for name in ("executor", "management", "hr", "other_intake"):
        with on(D(2019, 3, 20)), pytest.raises(CasePermissionDenied):
            services_cases.step_complete(actor=provider.users[name], case=case, number=1, on=D(2019, 3, 20))
    with on(D(2019, 3, 20)):
        services_cases.step_complete(
            actor=provider.users["administrator"], case=case, number=1, on=D(2019, 3, 20)
        )
    assert case.steps.get(number=1).done_on == D(2019, 3, 20)


def test_only_an_intake_officer_of_the_provider_registers_its_cases(register, provider):
    with on(REGISTERED), pytest.raises(CasePermissionDenied):
        services_cases.case_register(
            actor=provider.users["other_intake"],
            procedure="foreigner-certificate/issue",
            registered_on=REGISTERED,
            channel="foreign_mission",
            applicant={"name": "A", "citizenship": "B", "document": "C", "occupation": "D"},
            organization=provider.centre,
        )


def test_an_applicant_without_a_name_is_refused(provider):
    with on(REGISTERED), pytest.raises(InvalidInput) as refused:
        services_cases.case_register(
            actor=provider.users["intake"],
            procedure="foreigner-certificate/issue",
            registered_on=REGISTERED,
            channel="provider",
            applicant={"name": "  ", "citizenship": "B", "document": "C", "occupation": "D"},
            organization=provider.centre,
        )
    assert refused.value.loc == ["body", "applicant", "name"]
