"""The HR officer's pages: campaigns of their subtree, the list in the shape of Appendix 1 with
admission explained, who is due, the XLSX export and the dashboard's numbers."""

import datetime as dt
import io

import pytest
from django.conf import settings
from openpyxl import load_workbook

from biliktilik.attestation import services_campaigns
from biliktilik.attestation.models import Attestee, Campaign
from biliktilik.staff.models import AttestationRecord, CategoryAward

from .conftest import WINDOW_FROM, WINDOW_TO

PLATFORM = "/platform/campaigns/"


def signed_in(client, user, language="kk"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.fixture
def campaign(centre):
    campaign = services_campaigns.campaign_create(
        actor=centre.users["hr"],
        organization=centre.lmc,
        title="Көктемгі аттестаттау",
        testing_from=WINDOW_FROM,
        testing_to=WINDOW_TO,
        questions=10,
        time_limit_minutes=30,
        tags=["standard:card-2"],
    )
    for person, hours in ((centre.people[0], 72), (centre.people[2], 72)):
        services_campaigns.attestee_add(
            actor=centre.users["hr"],
            campaign=campaign,
            employee=person,
            attestee="lmc_specialist",
            learning_plan_hours=hours,
        )
    return campaign


def test_it_creates_a_campaign_from_the_form_with_topics_by_title(client, centre):
    signed_in(client, centre.users["hr"])
    page = client.get(f"{PLATFORM}new/")
    assert page.status_code == 200
    assert "Зейнетақымен қамсыздандыру жөніндегі маман" in page.content.decode()  # card 2 by its title
    response = client.post(
        f"{PLATFORM}new/",
        {
            "organization": centre.lmc.pk,
            "title": "Күзгі аттестаттау",
            "testing_from": "2026-03-02",
            "testing_to": "2026-03-06",
            "questions": "10",
            "time_limit_minutes": "30",
            "tags": ["standard:card-2"],
        },
    )
    created = Campaign.objects.get(title="Күзгі аттестаттау")
    assert response.status_code == 302 and response["Location"] == f"{PLATFORM}{created.pk}/"
    assert created.tags == ["standard:card-2"] and created.organization == centre.lmc


def test_it_puts_the_refusal_of_a_too_small_pool_next_to_the_number_of_questions(client, centre):
    signed_in(client, centre.users["hr"], "ru")
    response = client.post(
        f"{PLATFORM}new/",
        {
            "organization": centre.lmc.pk,
            "title": "Осень",
            "testing_from": "2026-03-02",
            "testing_to": "2026-03-06",
            "questions": "50",
            "time_limit_minutes": "30",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "questions" in form.errors and "12" in form.errors["questions"][0]
    assert "меньше" in response.content.decode()


def test_it_refuses_a_reversed_window_on_the_end_date(client, centre):
    signed_in(client, centre.users["hr"])
    response = client.post(
        f"{PLATFORM}new/",
        {
            "organization": centre.lmc.pk,
            "title": "x",
            "testing_from": "2026-03-06",
            "testing_to": "2026-03-02",
            "questions": "5",
            "time_limit_minutes": "30",
        },
    )
    assert "testing_to" in response.context["form"].errors


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ("Аттестатталушылар тізімі", "жіберілген", "жіберілмеген")),
        ("ru", ("Список аттестуемых", "допущен", "не допущен")),
    ],
)
def test_the_campaign_page_shows_the_list_with_admission_explained_in_the_language(
    client, centre, campaign, language, words
):
    signed_in(client, centre.users["hr"], language)
    page = client.get(f"{PLATFORM}{campaign.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    for word in words:
        assert word in html
    refused = Attestee.objects.get(campaign=campaign, employee=centre.people[2])
    assert f'data-attestee="{refused.pk}"' in html
    assert "order-2024-422" in html or "14" in html  # the admission cites p.14


def test_the_campaign_page_shows_p17_as_worded_on_the_first_day_and_the_appendix_1_gap(
    client, centre, campaign
):
    signed_in(client, centre.users["hr"], "ru")
    html = client.get(f"{PLATFORM}{campaign.pk}/").content.decode()
    assert "Пороги прохождения" in html and "02.03.2026" in html
    assert "70" in html and "85" in html
    assert "приложения 1" in html and "нет в наших источниках" in html


def test_adding_an_attestee_from_the_registry_shows_their_admission(client, centre, campaign):
    signed_in(client, centre.users["hr"])
    response = client.post(
        f"{PLATFORM}{campaign.pk}/",
        {
            "add-employee": centre.people[1].pk,
            "add-attestee": "lmc_specialist",
            "add-learning_plan_hours": "72",
        },
    )
    assert response.status_code == 302
    entry = Attestee.objects.get(campaign=campaign, employee=centre.people[1])
    assert entry.admitted and entry.status == "admitted"


def test_a_category_applicant_without_a_declared_category_is_refused_on_that_field(client, centre, campaign):
    signed_in(client, centre.users["hr"], "ru")
    response = client.post(
        f"{PLATFORM}{campaign.pk}/",
        {
            "add-employee": centre.people[1].pk,
            "add-attestee": "category_applicant",
            "add-learning_plan_hours": "72",
        },
    )
    assert response.status_code == 200
    assert "declared_category" in response.context["form"].errors
    assert not Attestee.objects.filter(campaign=campaign, employee=centre.people[1]).exists()


def test_the_employee_picker_offers_only_the_subtree(client, centre, campaign):
    signed_in(client, centre.users["hr"])
    form = client.get(f"{PLATFORM}{campaign.pk}/").context["form"]
    offered = {value for value, _label in form.fields["employee"].choices if value}
    assert offered == {centre.people[1].pk}  # the others are listed, the stranger works elsewhere


def test_another_centres_hr_officer_and_an_employee_do_not_see_the_campaign(client, centre, campaign):
    signed_in(client, centre.users["hr_other"])
    assert client.get(f"{PLATFORM}{campaign.pk}/").status_code == 404
    assert client.get(f"{PLATFORM}{campaign.pk}/attestees.xlsx").status_code == 404
    assert campaign.title not in client.get(PLATFORM).content.decode()
    signed_in(client, centre.users["taker0"])
    assert client.get(f"{PLATFORM}{campaign.pk}/").status_code == 404
    assert client.get(PLATFORM).status_code == 403


def test_a_commission_member_reads_the_list_but_cannot_add(client, centre, campaign):
    signed_in(client, centre.users["commission"])
    page = client.get(f"{PLATFORM}{campaign.pk}/")
    assert page.status_code == 200 and page.context["form"] is None
    posted = client.post(
        f"{PLATFORM}{campaign.pk}/",
        {
            "add-employee": centre.people[1].pk,
            "add-attestee": "lmc_specialist",
            "add-learning_plan_hours": "72",
        },
    )
    assert posted.status_code == 403


def test_who_is_due_lists_an_expiring_category_and_a_coming_reattestation(client, centre, campaign):
    today = dt.date.today()
    person = centre.people[1]
    CategoryAward.objects.create(
        employee=person,
        category="career_consultant",
        assigned_on=today - dt.timedelta(days=1000),
        valid_until=today + dt.timedelta(days=30),
        decision="2023",
    )
    AttestationRecord.objects.create(
        employee=centre.stranger,
        decided_on=today - dt.timedelta(days=300),
        decision="does_not_meet_position",
        reattestation_due=today + dt.timedelta(days=20),
        basis="x",
    )
    signed_in(client, centre.users["hr"])
    due = client.get(f"{PLATFORM}{campaign.pk}/").context["due"]
    assert [d["employee"] for d in due] == [person]  # the stranger is in another centre
    assert due[0]["category_until"] == today + dt.timedelta(days=30)


def test_the_export_has_the_list_with_the_headers_in_the_language(client, centre, campaign):
    signed_in(client, centre.users["hr"], "ru")
    response = client.get(f"{PLATFORM}{campaign.pk}/attestees.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == campaign.title
    assert rows[1][1] == "ФИО" and rows[1][9] == "Допуск"
    assert len(rows) == 4
    assert {r[2] for r in rows[2:]} == {centre.people[0].iin, centre.people[2].iin}
    assert {r[9] for r in rows[2:]} == {"допущен", "не допущен"}


def test_the_dashboard_counts_admitted_and_draws_a_chart(client, centre, campaign):
    signed_in(client, centre.users["hr"], "ru")
    page = client.get(f"{PLATFORM}{campaign.pk}/dashboard/")
    assert page.status_code == 200
    numbers = page.context["numbers"]
    assert (numbers["admitted"], numbers["started"], numbers["decisions_confirmed"]) == (1, 0, 0)
    chart = client.get(f"{PLATFORM}{campaign.pk}/chart.svg")
    assert chart.status_code == 200 and chart["Content-Type"].startswith("image/svg+xml")
    assert b"<script" not in chart.content and "<svg" in chart.content.decode()
