"""The question bank: methodologists keep it, a question is whole or refused naming its part,
editing a question an attempt has shown makes a new version, and only ready questions are drawn."""

import pytest

from biliktilik.attestation import selectors, services_bank
from biliktilik.attestation.errors import BadQuestion, PlatformPermissionDenied
from biliktilik.attestation.models import DrawnQuestion, Question
from biliktilik.audit.models import AuditEntry

from .conftest import question

API = "/api/v1/attestation/questions"


def body(**changes):
    data = {
        "kind": "single",
        "text": {"kk": "Мансап орталығының міндеті қандай?", "ru": "Какова задача центра карьеры?"},
        "options": [
            {"text": {"kk": "Кеңес беру", "ru": "Консультирование"}, "correct": True},
            {"text": {"kk": "Салық жинау", "ru": "Сбор налогов"}, "correct": False},
        ],
        "tags": ["standard:card-2", "act:order-2024-422/17"],
        "audience": ["lmc_specialist"],
        "status": "draft",
    }
    data.update(changes)
    return data


def test_a_methodologist_adds_a_question_in_kazakh_and_russian(client, centre, bearer):
    created = client.post(
        API, body(), content_type="application/json", headers=bearer(centre.users["methodologist"])
    )
    assert created.status_code == 201, created.content
    shown = created.json()
    assert shown["version"] == 1 and [o["id"] for o in shown["options"]] == ["a", "b"]
    assert AuditEntry.objects.filter(action="question.create", object_id=str(shown["id"])).exists()


@pytest.mark.parametrize(
    ("changes", "loc"),
    [
        ({"text": {"kk": "", "ru": ""}}, ["body", "text"]),
        ({"kind": "true_false", "options": body()["options"] * 2}, ["body", "options"]),
        ({"options": [{"text": {"kk": "Иә", "ru": "Да"}, "correct": False}] * 2}, ["body", "options"]),
        (
            {"options": [{"text": {"kk": "Иә"}, "correct": True}, {"text": {"kk": "Жоқ"}, "correct": False}]},
            ["body", "options", 0, "text", "ru"],
        ),
        ({"tags": ["standard:card-9"]}, ["body", "tags", 0]),
    ],
)
def test_a_question_that_is_not_whole_is_refused_naming_the_part_and_nothing_is_saved(
    client, centre, bearer, changes, loc
):
    before = Question.objects.count()
    refused = client.post(
        API, body(**changes), content_type="application/json", headers=bearer(centre.users["methodologist"])
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == loc
    assert Question.objects.count() == before


def test_an_hr_officer_may_not_keep_the_bank(client, centre, bearer):
    refused = client.post(API, body(), content_type="application/json", headers=bearer(centre.users["hr"]))
    assert refused.status_code == 403
    with pytest.raises(PlatformPermissionDenied):
        services_bank.question_create(actor=centre.users["hr"], **body())


def test_editing_a_question_an_attempt_has_shown_makes_a_new_version(centre):
    methodologist = centre.users["methodologist"]
    q = question(methodologist, 99, status="draft")
    services_bank.question_update(
        actor=methodologist, question=q, text={"kk": "Түзетілген", "ru": "Исправленный"}
    )
    assert q.versions.count() == 1  # nobody has seen it: changed in place
    shown = q.current
    DrawnQuestion.objects.create(
        attempt=_an_attempt(centre), position=1, version=shown, option_order=["a", "b", "c", "d"]
    )
    services_bank.question_update(actor=methodologist, question=q, text={"kk": "Жаңа", "ru": "Новый"})
    assert q.versions.count() == 2 and q.current.number == 2
    shown.refresh_from_db()
    assert shown.text == {"kk": "Түзетілген", "ru": "Исправленный"}  # the attempt keeps what it showed


def test_only_ready_questions_on_the_topics_are_drawn(centre):
    methodologist = centre.users["methodologist"]
    question(methodologist, 100, status="draft")
    question(methodologist, 101, tags=["act:order-2024-422/17"])
    assert selectors.ready_pool(topics=["standard:card-2"]).count() == 12
    assert selectors.ready_pool(topics=["act:order-2024-422/17"]).count() == 1
    assert selectors.ready_pool(topics=[]).count() == 13


def test_a_true_false_question_needs_exactly_two_options_one_correct(centre):
    with pytest.raises(BadQuestion):
        services_bank.question_create(
            actor=centre.users["methodologist"],
            kind="true_false",
            text={"ru": "Верно?"},
            options=[
                {"text": {"ru": "Верно"}, "correct": True},
                {"text": {"ru": "Неверно"}, "correct": True},
            ],
        )


def _an_attempt(centre):
    import datetime as dt

    from django.utils import timezone

    from biliktilik.attestation.models import Attempt, Attestee, Campaign

    campaign = Campaign.objects.create(
        organization=centre.lmc,
        title="c",
        testing_from=dt.date(2026, 3, 2),
        testing_to=dt.date(2026, 3, 6),
        questions=1,
        time_limit_minutes=30,
    )
    entry = Attestee.objects.create(
        campaign=campaign,
        employee=centre.people[0],
        attestee="lmc_specialist",
        current_category="none",
        learning_plan_hours=0,
        admitted=True,
    )
    now = timezone.now()
    return Attempt.objects.create(attestee=entry, started_at=now, deadline=now)
