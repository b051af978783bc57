"""Each role's home page shows its own numbers, inside its own scope, in the reader's language."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def home(client, user, language="en"):
    if user is not None:
        client.force_login(user)
    client.cookies["django_language"] = language
    response = client.get("/")
    assert response.status_code == 200
    return response


def test_an_anonymous_reader_learns_what_biliktilik_is_and_where_to_start(client):
    html = home(client, None).content.decode()
    assert "Where to start" in html
    for name in ("catalog:acts", "calculators:qualification", "accounts:login"):
        assert f'href="{reverse(name)}"' in html


@pytest.mark.parametrize(("language", "heading"), [("kk", "Неден бастау керек"), ("ru", "С чего начать")])
def test_the_welcome_is_translated(client, language, heading):
    assert heading in home(client, None, language).content.decode()


def test_the_acts_table_keeps_its_own_address_linked_from_home(client):
    assert reverse("catalog:acts") == "/acts/"
    assert 'table class="acts stack"' in client.get("/acts/").content.decode()


def test_an_hr_officer_of_a_sees_a_categories_ending_and_not_bs(client, world):
    response = home(client, world.users["hr_a"])
    awards = [row["award"] for row in response.context["expiring"]]
    assert awards == [world.award_a]  # A-sub's ends in 400 days, B's is outside the subtree
    html = response.content.decode()
    assert reverse("staff:employee", args=[world.emp_a.pk]) in html
    assert reverse("staff:employee", args=[world.emp_b.pk]) not in html


def test_an_hr_officer_of_b_does_not_see_as_categories(client, world):
    response = home(client, world.users["hr_b"])
    assert [row["award"] for row in response.context["expiring"]] == [world.award_b]
    assert response.context["unconfirmed_count"] == 0  # B's position is confirmed
    assert reverse("staff:employee", args=[world.emp_a.pk]) not in response.content.decode()


def test_an_hr_officer_sees_people_without_a_confirmed_register_entry(client, world):
    response = home(client, world.users["hr_a"])
    assert response.context["unconfirmed_count"] == 1
    assert list(response.context["unconfirmed"]) == [world.emp_a]
    assert "1 person holds a position whose register entry is not confirmed." in response.content.decode()


def test_an_hr_officer_sees_their_own_last_imports_only(client, world):
    from biliktilik.staff.models import ImportJob

    mine = [
        ImportJob.objects.create(
            kind="employees", file_name=f"mine-{n}.csv", language="kk", created_by=world.users["hr_a"]
        )
        for n in range(7)
    ]
    ImportJob.objects.create(
        kind="employees", file_name="theirs.csv", language="kk", created_by=world.users["hr_b"]
    )
    response = home(client, world.users["hr_a"])
    assert response.context["imports"] == list(reversed(mine))[:5]
    assert "theirs.csv" not in response.content.decode()


def test_the_hr_home_counts_categories_by_kind_and_month(client, world):
    response = home(client, world.users["hr_a"])
    assert dict(response.context["held"]) == {"higher category": 1, "second category": 1}
    by_month = response.context["by_month"]
    assert len(by_month) == 12 and sum(n for _, n in by_month) == 1  # 400 days is beyond 12 months


def test_the_administrator_sees_everything_and_the_accounts_link(client, world):
    response = home(client, world.users["administrator"])
    assert {row["award"] for row in response.context["expiring"]} == {world.award_a, world.award_b}
    assert f'href="{reverse("accounts:manage")}"' in response.content.decode()


def test_a_commission_member_sees_what_is_due_in_their_subtree(client, world):
    response = home(client, world.users["commission_a"])
    assert [row["award"] for row in response.context["expiring"]] == [world.award_a]
    assert "What is due" in response.content.decode()


def test_the_methodologist_sees_the_acts_statuses_and_the_overdue_review_stands_out(client, world, lawbook):
    response = home(client, world.users["methodologist"])
    overview = response.context["overview"]
    assert sum(overview.counts.values()) == overview.total == len(list(lawbook.ordered()))
    html = response.content.decode()
    if overview.review_overdue:
        assert 'class="home-alert" role="alert"' in html
        assert "The review of the professional standard planned for" in html


def test_an_employee_gets_the_welcome_with_their_record(client, world):
    html = home(client, world.users["employee"]).content.decode()
    assert f'href="{reverse("staff:employee", args=[world.emp_a.pk])}"' in html
    assert "Who needs attention today" not in html


@pytest.mark.parametrize(
    ("user", "language", "heading"),
    [
        ("hr_a", "kk", "Бүгін кімге назар аудару керек"),
        ("hr_a", "ru", "Кому сегодня нужно внимание"),
        ("methodologist", "kk", "Бүгінгі актілер"),
        ("methodologist", "ru", "Акты на сегодня"),
        ("commission_a", "kk", "Мерзімі жететін істер"),
        ("commission_a", "ru", "Что предстоит"),
        ("auditor", "kk", "Аудит журналы"),
        ("auditor", "ru", "Журнал аудита"),
    ],
)
def test_the_home_headings_are_translated(client, world, user, language, heading):
    assert heading in home(client, world.users[user], language).content.decode()


def test_a_russian_page_names_people_and_organizations_in_russian(client, world):
    html = home(client, world.users["hr_a"], "ru").content.decode()
    assert f"{world.emp_a.last_name_ru} {world.emp_a.first_name_ru}" in html
    assert world.org_a.name_ru in html
    assert world.org_a.name_kk not in html
