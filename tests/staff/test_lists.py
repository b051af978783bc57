"""Lists people can use: names in the Kazakh alphabet (Russian on Russian pages) across pages,
Russian names where they exist and a mark where they do not, masked IINs for readers who do not
keep the record, and the employee list's filters and sorts."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from biliktilik.accounts.models import Role
from biliktilik.staff import selectors, services
from biliktilik.staff.iin import make_iin, masked
from biliktilik.staff.models import CategoryAward, Employee, PositionHeld
from biliktilik.staff.views import EMPLOYEES_PER_PAGE

from .factories import EmployeeFactory, OrganizationFactory, UserFactory

LIST = reverse("staff:employees")
# As a Kazakh dictionary orders them; code points put Қ, Ү, Ә, Ө after Ш and Я.
KAZAKH_ORDER = [
    "Ахметов",
    "Әбенов",
    "Бекенов",
    "Ғабитов",
    "Қасымов",
    "Құрманов",
    "Өмірзақов",
    "Үсенов",
    "Шәкенова",
]
TODAY = dt.date.today()


def listed_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-employee="(\d+)"', html)]


def page(client, language="kk", **query):
    client.cookies["django_language"] = language
    response = client.get(LIST, query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def officer(db):
    centre = OrganizationFactory(name_kk="Алматы мансап орталығы", name_ru="Центр карьеры Алматы")
    return UserFactory(role=Role.HR_OFFICER, role__organization=centre)


def employee(officer, last_kk, *, last_ru="", first_kk="Айгүл", first_ru="", organization=None):
    return EmployeeFactory(
        organization=organization or officer.profile.organization,
        last_name_kk=last_kk,
        first_name_kk=first_kk,
        last_name_ru=last_ru,
        first_name_ru=first_ru,
    )


def test_kazakh_pages_list_employees_in_the_order_of_the_kazakh_alphabet(client, officer):
    made = {name: employee(officer, name) for name in reversed(KAZAKH_ORDER)}
    client.force_login(officer)
    assert listed_ids(page(client)) == [made[name].pk for name in KAZAKH_ORDER]


def test_the_alphabetical_order_continues_on_the_next_page(client, officer):
    # More names than a page holds, each beginning with a letter code points misplace.
    letters = "ӘҒҚҢӨҰҮІҺ" + "АБВГДЕЖЗИКЛМНОПРСТУШЫЯ"
    for index in range(EMPLOYEES_PER_PAGE + 5):
        employee(officer, f"{letters[index % len(letters)]}{'а' * (index // len(letters) + 1)}")
    client.force_login(officer)
    ids = listed_ids(page(client)) + listed_ids(page(client, page=2))
    names = dict(Employee.objects.values_list("pk", "last_name_kk"))
    listed = [names[pk] for pk in ids]
    assert len(listed) == EMPLOYEES_PER_PAGE + 5
    order = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
    assert listed == sorted(listed, key=lambda name: [order.index(c.upper()) for c in name])


def test_russian_pages_list_the_russian_names_in_russian_order(client, officer):
    # Шукенов < Ыскаков < Ясинов in Russian; Ұ sorts with У, after Т.
    ids = [
        employee(officer, "Ясинов", last_ru="Ясинов", first_ru="Айгуль").pk,
        employee(officer, "Шүкенов", last_ru="Шукенов", first_ru="Айгуль").pk,
        employee(officer, "Ұзақов", last_ru="Узаков", first_ru="Айгуль").pk,
        employee(officer, "Тоқаев", last_ru="Токаев", first_ru="Айгуль").pk,
    ]
    client.force_login(officer)
    html = page(client, "ru")
    assert listed_ids(html) == [ids[3], ids[2], ids[1], ids[0]]
    assert "Узаков Айгуль" in html and "Центр карьеры Алматы" in html


def test_a_name_without_a_russian_form_is_shown_in_kazakh_and_marked_on_russian_pages(client, officer):
    employee(officer, "Құрманов", first_kk="Ерлан")
    client.force_login(officer)
    row = next(r for r in page(client, "ru").split("<tr") if "Құрманов" in r)
    assert 'lang="kk"' in row and "badge fallback" in row and "қаз" in row
    kazakh_row = next(r for r in page(client, "kk").split("<tr") if "Құрманов" in r)
    assert "badge fallback" not in kazakh_row


def test_sorting_by_organization_puts_the_organizations_in_alphabetical_order(client, officer):
    centre = officer.profile.organization
    later = OrganizationFactory(parent=centre, name_kk="Үржар бөлімі", name_ru="Урджарский отдел")
    earlier = OrganizationFactory(parent=centre, name_kk="Қарасай бөлімі", name_ru="Карасайский отдел")
    a = employee(officer, "Ахметов", organization=later)
    b = employee(officer, "Шәкенова", organization=earlier)
    c = employee(officer, "Бекенов", organization=earlier)
    client.force_login(officer)
    assert listed_ids(page(client, sort="organization")) == [c.pk, b.pk, a.pk]
    assert listed_ids(page(client, sort="name")) == [a.pk, c.pk, b.pk]


def test_the_organization_tree_lists_sister_organizations_alphabetically(client, officer):
    centre = officer.profile.organization
    names = ["Шу бөлімі", "Үржар бөлімі", "Қарасай бөлімі", "Әйтеке би бөлімі"]
    made = {name: OrganizationFactory(parent=centre, name_kk=name, name_ru="") for name in names}
    client.force_login(officer)
    client.cookies["django_language"] = "kk"
    html = client.get(reverse("staff:organizations")).content.decode()
    order = [int(pk) for pk in re.findall(r'data-organization="(\d+)"', html)]
    expected = ["Әйтеке би бөлімі", "Қарасай бөлімі", "Үржар бөлімі", "Шу бөлімі"]
    assert order == [centre.pk] + [made[name].pk for name in expected]
    select = client.get(LIST).context["form"].fields["organization"].choices
    assert [pk for pk, _label in select[2:]] == [made[name].pk for name in expected]


def test_every_write_of_a_name_sets_its_sort_keys(officer):
    centre = officer.profile.organization
    iin = make_iin(dt.date(1990, 5, 17), "male", 1)
    created = services.employee_create(
        actor=officer, organization=centre, today=TODAY, iin=iin, last_name_kk="Үсенов", first_name_kk="Ерлан"
    )
    assert Employee.objects.get(pk=created.pk).sort_kk.startswith("47")  # Ү is the 28th letter
    services.employee_update(actor=officer, employee=created, today=TODAY, last_name_kk="Әлиев")
    stored = Employee.objects.get(pk=created.pk)
    assert stored.sort_kk.startswith("21") and stored.sort_ru.startswith("21")
    organization = services.organization_create(
        actor=officer, parent=centre, name_kk="Қарасай бөлімі", name_ru="Карасайский отдел", kind="department"
    )
    stored = organization.__class__.objects.get(pk=organization.pk)
    assert stored.sort_kk.startswith("3420") and stored.sort_ru.startswith("3420")


def test_an_import_sets_the_sort_keys_of_the_rows_it_inserts(officer):
    # On PostgreSQL the rows go in by COPY, elsewhere by bulk_create: neither computes anything.
    from biliktilik.staff.services_import import import_file

    iin = make_iin(dt.date(1988, 3, 2), "female", 7)
    header = "ЖСН;Тегі (қазақша);Аты (қазақша);Ұйым (ID)"
    content = f"\ufeff{header}\r\n{iin};Қасымова;Әсел;{officer.profile.organization.pk}\r\n".encode()
    report = import_file(actor=officer, kind="employees", file=content, language="kk", today=TODAY)
    assert report.ok, report.errors
    stored = Employee.objects.get(iin=iin)
    assert (stored.sort_kk, stored.sort_ru) != ("", "")
    assert stored.sort_kk.startswith("3420")  # Қ, а


@pytest.mark.parametrize(
    ("user", "whole"),
    [
        ("administrator", True),
        ("hr_a", True),
        ("employee", True),
        ("methodologist", False),
        ("auditor", False),
        ("commission_a", False),
    ],
)
def test_the_iin_is_whole_only_for_those_who_keep_the_record(client, world, user, whole):
    client.force_login(world.users[user])
    html = page(client)
    card = client.get(reverse("staff:employee", args=[world.emp_a.pk])).content.decode()
    iin = world.emp_a.iin
    shown = iin if whole else masked(iin)
    assert f"<code>{shown}</code>" in html and f"<code>{shown}</code>" in card
    if not whole:
        assert iin not in html and iin not in card


def test_a_masked_iin_keeps_the_first_and_the_last_four_digits():
    assert masked("850312354421") == "8503••••4421"


def test_the_list_filters_by_position_category_and_categories_expiring_soon(client, officer):
    clerk = employee(officer, "Ахметов")
    consultant = employee(officer, "Бекенов")
    retired = employee(officer, "Жұмабаев")
    PositionHeld.objects.create(employee=clerk, organization=clerk.organization, title="Маман", start=TODAY)
    PositionHeld.objects.create(
        employee=consultant, organization=consultant.organization, title="Кеңесші", start=TODAY
    )
    PositionHeld.objects.create(
        employee=retired,
        organization=retired.organization,
        title="Кеңесші",
        start=TODAY - dt.timedelta(days=900),
        end=TODAY - dt.timedelta(days=30),
    )
    soon = TODAY + dt.timedelta(days=40)
    later = TODAY + dt.timedelta(days=400)
    CategoryAward.objects.create(
        employee=clerk, category="mentor", assigned_on=TODAY - dt.timedelta(days=10), valid_until=soon
    )
    CategoryAward.objects.create(
        employee=consultant,
        category="case_manager",
        assigned_on=TODAY - dt.timedelta(days=10),
        valid_until=later,
    )
    CategoryAward.objects.create(
        employee=retired, category="mentor", assigned_on=TODAY - dt.timedelta(days=900),
        valid_until=TODAY - dt.timedelta(days=1),
    )  # fmt: skip
    client.force_login(officer)
    assert listed_ids(page(client, position="Кеңесші")) == [consultant.pk]
    assert listed_ids(page(client, category="mentor")) == [clerk.pk]
    assert listed_ids(page(client, expiring="on")) == [clerk.pk]
    assert listed_ids(page(client, category="case_manager", expiring="on")) == []
    positions = client.get(LIST).context["form"].fields["position"].choices
    assert [value for value, _label in positions] == ["", "Кеңесші", "Маман"]


def test_an_unknown_filter_value_is_refused_on_the_field_not_with_an_error_page(client, officer):
    client.force_login(officer)
    response = client.get(LIST, {"category": "platinum", "sort": "salary"})
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"category", "sort"}


def test_the_export_lists_employees_in_the_order_the_list_shows(client, officer):
    import io

    from openpyxl import load_workbook

    for name in reversed(KAZAKH_ORDER):
        employee(officer, name)
    client.force_login(officer)
    client.cookies["django_language"] = "kk"
    response = client.get(reverse("staff:employee_export"), {"sort": "name"})
    _header, *rows = load_workbook(io.BytesIO(response.content)).worksheets[0].iter_rows(values_only=True)
    assert [row[1] for row in rows] == KAZAKH_ORDER


def test_the_demo_data_has_the_sort_keys_of_its_names(db):
    from biliktilik.staff import demo
    from biliktilik.staff.models import Organization, employee_sort_keys, organization_sort_keys

    demo.build(actor=None, size=demo.SMALL, today=TODAY)
    for e in Employee.objects.all():
        assert {"sort_kk": e.sort_kk, "sort_ru": e.sort_ru} == employee_sort_keys(e)
    for o in Organization.objects.all():
        assert {"sort_kk": o.sort_kk, "sort_ru": o.sort_ru} == organization_sort_keys(o)


@pytest.mark.django_db(transaction=True)
def test_the_migration_fills_the_sort_keys_of_the_rows_already_there():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from biliktilik.staff.collation import sort_key

    before, after = (
        [("staff", "0003_importjob_runs_on_the_task_queue")],
        [("staff", "0004_names_in_alphabetical_order")],
    )
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    centre = old.get_model("staff", "Organization").objects.create(
        name_kk="Үржар бөлімі", name_ru="", kind="department", path="/1/"
    )
    old.get_model("staff", "Employee").objects.create(
        organization_id=centre.pk, iin="850314300122", last_name_kk="Қасымов", first_name_kk="Ерлан",
        sex="male", birth_date=dt.date(1985, 3, 14),
    )  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    stored = Employee.objects.get(iin="850314300122")
    assert stored.sort_kk == sort_key("Қасымов Ерлан ", "kk") and stored.sort_ru == sort_key(
        "Қасымов Ерлан ", "ru"
    )
    assert stored.organization.sort_ru == sort_key("Үржар бөлімі", "ru")


def test_the_organizations_an_hr_officer_may_write_in_come_in_the_alphabet_of_the_page(world):
    # two departments under A: "Әлеуметтік бөлім" comes before "Жұмыспен қамту бөлімі" in Kazakh
    # (А, Ә, Б, … Ж), while in Russian "Отдел занятости" comes before "Социальный отдел" (О before С)
    social = OrganizationFactory(
        parent=world.org_a,
        kind="department",
        significance="",
        name_kk="Әлеуметтік бөлім",
        name_ru="Социальный отдел",
    )
    jobs = OrganizationFactory(
        parent=world.org_a,
        kind="department",
        significance="",
        name_kk="Жұмыспен қамту бөлімі",
        name_ru="Отдел занятости",
    )

    def order(language):
        found = selectors.writable_organizations(viewer=world.users["hr_a"], language=language)
        assert found[0] == world.org_a and world.org_b not in found  # their own subtree, from its top
        return [o for o in found if o in (social, jobs)]

    assert order("kk") == [social, jobs]
    assert order("ru") == [jobs, social]


def test_only_the_administrator_may_place_an_organization_at_the_top_of_the_tree(world):
    assert selectors.may_create_top_level(viewer=world.users["administrator"])
    assert not selectors.may_create_top_level(viewer=world.users["hr_a"])
    assert not selectors.may_create_top_level(viewer=world.users["methodologist"])


def _named(organization, last_kk, first_kk, last_ru, first_ru):
    return EmployeeFactory(
        organization=organization,
        last_name_kk=last_kk,
        first_name_kk=first_kk,
        last_name_ru=last_ru,
        first_name_ru=first_ru,
    )


def test_each_word_of_a_search_matches_some_part_of_the_name_in_either_language(world):
    aigul = _named(world.org_b, "Әбенова", "Айгүл", "Абенова", "Айгуль")
    other = _named(world.org_b, "Ахметова", "Сәуле", "Ахметова", "Сауле")
    admin = world.users["administrator"]

    def found(q):
        return set(selectors.employee_list(viewer=admin, filters=selectors.EmployeeFilters(q=q))) & {
            aigul,
            other,
        }

    assert found("Абенова Айгуль") == {aigul}  # the Russian last name and the Russian first name
    assert found("Айгүл") == {aigul}  # the Kazakh first name alone
    assert found("Әбенова") == {aigul}  # the Kazakh last name alone
    assert found(aigul.iin[:6]) >= {aigul}  # the IIN's first digits
    assert found("Абенова Сауле") == set()  # every word must match


def test_an_organization_without_its_subtree_lists_only_its_own_staff(world):
    admin = world.users["administrator"]
    own = selectors.EmployeeFilters(organization=world.org_a.pk, include_subtree=False)
    whole = selectors.EmployeeFilters(organization=world.org_a.pk)
    assert set(selectors.employee_list(viewer=admin, filters=own)) == {world.emp_a}
    assert set(selectors.employee_list(viewer=admin, filters=whole)) == {world.emp_a, world.emp_a_sub}


def test_sorted_by_name_in_the_alphabet_of_the_page(world):
    # Kazakh: А before Ә, so Ахметова before Әбенова; Russian: Абенова before Ахметова (б before х)
    abenova = _named(world.org_b, "Әбенова", "Айгүл", "Абенова", "Айгуль")
    akhmetova = _named(world.org_b, "Ахметова", "Сәуле", "Ахметова", "Сауле")
    admin = world.users["administrator"]

    def order(**language):
        listed = selectors.employee_list(
            viewer=admin, filters=selectors.EmployeeFilters(sort="name"), **language
        )
        return [e for e in listed if e in (abenova, akhmetova)]

    assert order() == order(language="kk") == [akhmetova, abenova]
    assert order(language="ru") == [abenova, akhmetova]


def test_a_position_is_held_from_its_first_day_only(world):
    admin = world.users["administrator"]
    PositionHeld.objects.create(
        employee=world.emp_b, organization=world.org_b, title="архивариус", start=dt.date(2026, 1, 1)
    )
    cashier = selectors.EmployeeFilters(position="архивариус")
    assert world.emp_b not in selectors.employee_list(viewer=admin, filters=cashier, on=dt.date(2025, 12, 31))
    assert world.emp_b in selectors.employee_list(viewer=admin, filters=cashier, on=dt.date(2026, 1, 1))
    assert "архивариус" not in selectors.position_titles(
        viewer=admin, language="kk", on=dt.date(2025, 12, 31)
    )


def test_the_position_titles_offered_are_those_the_viewer_may_see_in_alphabetical_order(world):
    # Kazakh: А, Ә, Б — "аудармашы" (translator), "әкімші" (administrator), "бухгалтер"; in code
    # points Ә would come after Б
    on = dt.date(2025, 6, 1)
    for title in ("бухгалтер", "әкімші", "аудармашы"):
        PositionHeld.objects.create(employee=world.emp_b, organization=world.org_b, title=title, start=on)
    PositionHeld.objects.create(employee=world.emp_a, organization=world.org_a, title="кассир", start=on)
    assert selectors.position_titles(viewer=world.users["hr_b"], language="kk", on=on) == [
        "аудармашы",
        "әкімші",
        "бухгалтер",
    ]
    assert "кассир" in selectors.position_titles(viewer=world.users["administrator"], language="kk", on=on)


def test_a_tree_lists_each_organization_before_its_own_in_the_alphabet_of_the_page(world):
    # roots Алмалы / Әлем / Батыс (Kazakh: А, Ә, Б), Әлем's departments Нұр / Өнер (Н before Ө); in
    # Russian the same are Яблоневый / Мир / Западный and Свет / Искусство. A department whose parent
    # is not among those listed (the ministry's) stands as a root.
    def org(kk, ru, parent=None):
        return OrganizationFactory(name_kk=kk, name_ru=ru, parent=parent)

    almaly, alem, batys = org("Алмалы", "Яблоневый"), org("Әлем", "Мир"), org("Батыс", "Западный")
    nur, oner = org("Нұр", "Свет", alem), org("Өнер", "Искусство", alem)
    stray = org("Бөлім", "Отдел", world.ministry)
    listed = [oner, batys, stray, nur, almaly, alem]
    assert selectors.in_tree_order(listed, language="kk") == [almaly, alem, nur, oner, batys, stray]
    assert selectors.in_tree_order(listed, language="ru") == [batys, alem, oner, nur, stray, almaly]
    assert selectors.in_tree_order([], language="kk") == []


def test_whether_a_viewer_may_write_anywhere(world):
    assert selectors.may_write_somewhere(viewer=world.users["hr_a"])
    assert selectors.may_write_somewhere(viewer=world.users["administrator"])
    assert not selectors.may_write_somewhere(viewer=world.users["auditor"])
