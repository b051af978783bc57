"""E-mail to the attestee, queued in the write's own transaction and sent after it commits: put on
the list (admitted with the testing window, or refused with the reason), the result with the
p.21 appeal deadline when the attempt finishes (submitted, or expired and submitted by the
server), the decision on confirmation. One message per event, in the language the attestee last
took a test in (else Kazakh); nothing for a write that rolled back or was refused, nothing for an
employee without an address."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.db import transaction

from biliktilik.attestation import services_campaigns, services_decisions, services_testing
from biliktilik.attestation.errors import Conflict
from biliktilik.jobs.models import OutgoingEmail

from .conftest import at
from .test_review import CLOSES, OPENS, tested  # noqa: F401 - the fixture of a whole test

APPLICANT, SPECIALIST = "applicant@example.kz", "specialist@example.kz"


def to(address: str) -> list[OutgoingEmail]:
    return [e for e in OutgoingEmail.objects.order_by("id") if e.to == [address]]


@pytest.fixture
def addresses(centre):
    """The applicant and the specialist have an address; the third person has none."""
    for person, address in zip(centre.people, (APPLICANT, SPECIALIST), strict=False):
        person.email = address
        person.save(update_fields=["email"])


@pytest.fixture
def mailed(addresses, tested):  # noqa: F811
    return tested


def campaign_of(centre, *, title="Күзгі аттестаттау"):
    return services_campaigns.campaign_create(
        actor=centre.users["hr"],
        organization=centre.lmc,
        title=title,
        testing_from=OPENS,
        testing_to=CLOSES,
        questions=5,
        time_limit_minutes=20,
        tags=["standard:card-2"],
    )


def test_it_tells_the_admitted_attestee_the_testing_window_in_kazakh(centre, mailed):
    [listed, _] = to(APPLICANT)
    assert listed.subject == "Аттестаттау: сіз тестілеуге жіберілдіңіз"
    person = centre.people[0]  # the factory's names depend on how many came before: read them
    assert listed.body.startswith(f"Сәлеметсіз бе, {person.last_name_kk} {person.first_name_kk}.")
    assert "«Көктем»" in listed.body and "16.03.2026 бастап 20.03.2026 дейін" in listed.body
    assert "сұрақтар саны: 10" in listed.body and "минут: 40" in listed.body


def test_it_tells_a_refused_attestee_the_reason(centre, addresses):
    person = centre.people[2]
    person.email = "third@example.kz"
    person.save(update_fields=["email"])
    services_campaigns.attestee_add(
        actor=centre.users["hr"],
        campaign=campaign_of(centre),
        employee=person,
        attestee="lmc_specialist",
        learning_plan_hours=72,
    )
    [refused] = to("third@example.kz")
    assert refused.subject == "Аттестаттау: сіз тестілеуге жіберілмедіңіз"
    assert "мына себеппен жіберілмедіңіз" in refused.body
    assert "24 сағат" in refused.body and "14-тармақ" in refused.body  # the rule's reason with its point


def test_it_tells_the_result_with_the_appeal_deadline_when_the_test_is_submitted(centre, mailed):
    [_, applicant] = to(APPLICANT)
    assert applicant.subject == "Аттестаттау: тестілеу нәтижеңіз"
    assert "20.03.2026 10:00 тапсырылды" in applicant.body
    assert "нәтижеңіз — 90\u00a0%; шекті деңгей — 70\u00a0%: сіз оған жеттіңіз" in applicant.body
    assert "27.03.2026 қоса алғанға дейін" in applicant.body  # p.21: two working days after Nauryz
    [_, specialist] = to(SPECIALIST)
    assert "60\u00a0%" in specialist.body and "жеткен жоқсыз" in specialist.body


def test_an_expired_attempt_is_told_in_the_language_it_was_taken_in(centre, addresses):
    entry = services_campaigns.attestee_add(
        actor=centre.users["hr"],
        campaign=campaign_of(centre),
        employee=centre.people[1],
        attestee="lmc_specialist",
        learning_plan_hours=72,
    )
    with time_machine.travel(at(OPENS, 10), tick=False):
        services_testing.attempt_start(actor=centre.users["taker1"], attestee=entry, language="ru")
    with time_machine.travel(at(OPENS, 10, 21), tick=False):
        assert services_testing.expire_due() == 1
        assert services_testing.expire_due() == 0
    [listed, result] = to(SPECIALIST)
    assert listed.body.startswith("Сәлеметсіз бе")  # no test taken yet: Kazakh
    assert result.subject == "Аттестация: ваш результат тестирования"
    person = centre.people[1]
    assert result.body.startswith(f"Здравствуйте, {person.last_name_ru} {person.first_name_ru}.")
    assert "истекло 16.03.2026 10:20; Платформа сдала его с сохранёнными вами ответами" in result.body
    assert "0\u00a0%" in result.body and "до 18.03.2026 включительно" in result.body


def test_it_tells_the_confirmed_decision_with_the_category_and_its_term(centre, mailed):
    _, entries, _ = mailed
    commission = centre.users["commission"]
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        services_decisions.assessment_record(
            actor=commission, entry=entries["applicant"], rating=4.5, violations=0
        )
        assert len(to(APPLICANT)) == 2, "an assessment is no event for the attestee"
        services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])
        services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])  # again: no-op
    [_, _, decided] = to(APPLICANT)
    assert decided.subject == "Аттестаттау: комиссияның шешімі"
    assert "21.03.2026" in decided.body and "мәлімделген санатқа сәйкес келеді" in decided.body
    assert "«кейс-менеджер» санаты берілді, ол 21.03.2029 дейін жарамды" in decided.body


def test_a_refused_write_sends_nothing(centre, mailed):
    campaign, entries, _ = mailed
    before = OutgoingEmail.objects.count()
    with pytest.raises(Conflict):
        services_campaigns.attestee_add(
            actor=centre.users["hr"],
            campaign=campaign,
            employee=centre.people[0],
            attestee="lmc_specialist",
            learning_plan_hours=72,
        )
    commission = centre.users["commission"]
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False), pytest.raises(Conflict):
        services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])  # not assessed
    assert OutgoingEmail.objects.count() == before


def test_a_write_that_rolls_back_takes_its_email_with_it(
    centre, addresses, django_capture_on_commit_callbacks
):
    campaign = campaign_of(centre)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            services_campaigns.attestee_add(
                actor=centre.users["hr"],
                campaign=campaign,
                employee=centre.people[0],
                attestee="lmc_specialist",
                learning_plan_hours=72,
            )
            raise RuntimeError("a later step of the same write failed")
    assert not OutgoingEmail.objects.exists() and mail.outbox == []


def test_a_committed_write_sends_its_email_once_the_transaction_commits(
    centre, addresses, django_capture_on_commit_callbacks
):
    campaign = campaign_of(centre)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services_campaigns.attestee_add(
            actor=centre.users["hr"],
            campaign=campaign,
            employee=centre.people[0],
            attestee="lmc_specialist",
            learning_plan_hours=72,
        )
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    [sent] = mail.outbox
    assert sent.to == [APPLICANT] and sent.subject == "Аттестаттау: сіз тестілеуге жіберілдіңіз"
    assert OutgoingEmail.objects.get().status == "sent"


def test_an_employee_without_an_address_gets_nothing_and_the_write_goes_through(centre, addresses):
    entry = services_campaigns.attestee_add(
        actor=centre.users["hr"],
        campaign=campaign_of(centre),
        employee=centre.people[2],
        attestee="lmc_specialist",
        learning_plan_hours=72,
    )
    assert entry.pk is not None and not entry.admitted
    assert not OutgoingEmail.objects.exists()


def test_the_outbox_page_lists_the_queued_email_newest_first_for_administrators_only(
    client, centre, mailed, settings
):
    from tests.staff.factories import UserFactory

    admin = UserFactory(role="administrator")
    client.force_login(admin)
    page = client.get("/platform/outbox/")
    assert page.status_code == 200
    html = page.content.decode()
    newest = OutgoingEmail.objects.order_by("-created_at", "-id").first()
    assert html.index(f'data-email="{newest.pk}"') < html.index(f'data-email="{to(APPLICANT)[0].pk}"')
    assert "Аттестаттау: тестілеу нәтижеңіз" in html
    client.force_login(centre.users["hr"])
    settings.DEBUG = False
    assert client.get("/platform/outbox/").status_code == 404
    settings.DEBUG = True
    assert client.get("/platform/outbox/").status_code == 200
