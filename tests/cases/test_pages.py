"""The case staff's pages in Kazakh and Russian: intake through the form, the case's timeline and
the actions its current step allows, the lists of overdue and due-soon cases, the head of unit's
dashboard.

Due dates are counted by hand on the Kazakhstan calendar (law/calendar/kz.yaml and the Labour
Code's holidays). Nauryz 2019: Thursday 21, Friday 22 and Saturday 23 March are holidays, the
Saturday's day off moves to Monday 25 March, 24 March is a Sunday. Registered on Tuesday
19.03.2019, the procedure's first steps (1, 1 and 5 working days, each from the due date of
the one before) fall due: step 1 on Wed 20.03; step 2 on Tue 26.03 (21-25 are days off);
step 3 on 27, 28, 29.03, 01.04, Tue 02.04.
"""

import datetime as dt
import re

import pytest
from django.conf import settings

from biliktilik.cases import services_cases
from biliktilik.cases.models import Case

from .conftest import APPLICANT, on

D = dt.date
REGISTERED = D(2019, 3, 19)
CASES = "/cases/"


def signed_in(client, user, language="kk"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def text(response) -> str:
    return response.content.decode()


def field_block(html: str, name: str) -> str:
    """The form's field block (label, input, errors) holding the input named ``name``."""
    for block in re.findall(r'<div class="field(?: [^"]*)?">.*?</div>', html, re.S):
        if f'name="{name}"' in block or f'name="complete-{name}"' in block:
            return block
    raise AssertionError(f"no field {name}")


def intake(client, day=REGISTERED, **changes):
    data = {
        "organization": changes.pop("organization"),
        "procedure": "foreigner-certificate/issue",
        "registered_on": day.isoformat(),
        "channel": "provider",
        **APPLICANT,
        **changes,
    }
    return client.post(f"{CASES}new/", data)


def step_li(html: str, number: int) -> str:
    found = re.search(rf'<li class="step[^"]*" data-step="{number}".*?</li>', html, re.S)
    assert found, number
    return found.group(0)


def test_intake_through_the_form_registers_a_case_planned_across_nauryz_in_kazakh(client, provider):
    signed_in(client, provider.users["intake"], "kk")
    with on(REGISTERED):
        form = client.get(f"{CASES}new/")
        assert "Анықтаманы үш айға дейінгі мерзімге беру" in text(form)  # the procedure by its kk title
        response = intake(client, organization=provider.centre.pk)
        case = Case.objects.get()
        assert response.status_code == 302 and response["Location"] == f"{CASES}{case.pk}/"
        page = text(client.get(response["Location"]))
    assert "Іс тіркелді; оның қадамдары төменде жоспарланған." in page
    assert case.number in page and "Ivanov Ivan" in page
    first, second, third = (step_li(page, n) for n in (1, 2, 3))
    assert "20.03.2019" in first and "1 жұмыс күні" in first
    assert "26.03.2019" in second  # Nauryz and its moved day off skipped
    assert "02.04.2019" in third and "5 жұмыс күні" in third
    assert 'aria-current="step"' in first and "ағымдағы қадам" in first
    assert 'aria-current="step"' not in second
    # The case's own due date: the last step's, the 18th working day from 19.03.2019 (test_workflow).
    assert re.search(r'<dd class="case-due">17\.04\.2019</dd>', page)
    assert "№ 407" in page  # the procedure's citation, the act by its number
    assert 'data-flag="repealed"' not in page  # in force on the day the page is read, 19.03.2019


def test_the_case_page_in_russian_names_the_actors_terms_and_due_dates(client, provider, register):
    case = register(REGISTERED)
    signed_in(client, provider.users["executor"], "ru")
    with on(D(2019, 3, 20)):
        page = text(client.get(f"{CASES}{case.pk}/"))
    second = step_li(page, 2)
    assert "26.03.2019" in second and "1 рабочий день" in second
    assert "Выдача справки на срок до трёх месяцев" in page
    assert "Последний день срока" in second
    with on(D(2022, 1, 10)):  # order-2021-84 repealed the regulation from 12.04.2021
        later = text(client.get(f"{CASES}{case.pk}/"))
    assert 'data-flag="repealed"' in later and "утратил силу" in later


def test_a_form_error_names_the_field_in_kazakh_and_in_russian(client, provider):
    for language, label, message in (
        ("kk", "Өтініш берушінің толық аты-жөні", "Бұл өрісті толтыру міндетті."),
        ("ru", "ФИО заявителя", "Это поле обязательно для заполнения."),
    ):
        signed_in(client, provider.users["intake"], language)
        with on(REGISTERED):
            response = intake(client, organization=provider.centre.pk, name="")
        block = field_block(text(response), "name")
        assert label in block and message in block and 'role="alert"' in block
    assert not Case.objects.exists()


def test_a_date_with_no_procedure_in_force_is_refused_on_the_form_naming_the_period(client, provider):
    signed_in(client, provider.users["intake"], "ru")
    day = D(2022, 1, 10)  # the regulation was repealed by order-2021-84 from 12.04.2021
    with on(day):
        form = text(client.get(f"{CASES}new/"))
        assert "На эту дату регистрации ни одна процедура не действует." in form
        response = intake(client, day, organization=provider.centre.pk)
    block = field_block(text(response), "registered_on")
    assert "не действовала 10.01.2022" in block and "27.03.2017 – 11.04.2021" in block
    assert not Case.objects.exists()


def test_the_procedures_offered_follow_the_registration_date_typed(client, provider):
    signed_in(client, provider.users["intake"], "kk")
    with on(D(2022, 1, 10)):
        field = client.get(
            f"{CASES}new/",
            {"registered_on": "2019-03-19", "procedure": "foreigner-certificate/reissue"},
            headers={"HX-Request": "true"},
        )
    assert 'id="procedure-field"' in text(field) and "<html" not in text(field)
    assert '<option value="foreigner-certificate/reissue" selected>Анықтаманы қайта ресімдеу' in text(field)
    assert 'role="alert"' not in text(field)  # asked again, the field is not refused
    assert "бірде-бір рәсім қолданыста емес" not in text(field)  # in force on 19.03.2019


def test_a_wrong_role_sees_no_action_and_its_post_is_refused(client, provider, register):
    case = register(REGISTERED)
    signed_in(client, provider.users["executor"], "kk")  # step 1 is the intake officer's
    with on(D(2019, 3, 20)):
        page = text(client.get(f"{CASES}{case.pk}/"))
        assert "data-action=" not in page and "Қадамды орындау" not in page
        response = client.post(f"{CASES}{case.pk}/steps/1/complete/", {"complete-on": "2019-03-20"})
    assert response.status_code == 403
    assert case.steps.get(number=1).done_on is None
    signed_in(client, provider.users["other_intake"], "kk")  # another provider's intake officer
    with on(D(2019, 3, 20)):
        assert client.get(f"{CASES}{case.pk}/").status_code == 404
    signed_in(client, provider.users["hr"], "kk")
    assert client.get(CASES).status_code == 403


def test_each_actor_completes_their_step_through_the_page(client, provider, register):
    case = register(REGISTERED)
    signed_in(client, provider.users["intake"], "kk")
    with on(D(2019, 3, 20)):
        page = text(client.get(f"{CASES}{case.pk}/"))
        assert 'data-action="complete"' in page and 'data-action="refused_to_accept"' in page
        assert 'data-action="return"' not in page  # the first step has nothing to return to
        response = client.post(
            f"{CASES}{case.pk}/steps/1/complete/", {"complete-on": "2019-03-20", "complete-note": "толық"}
        )
        assert response.status_code == 302
        page = text(client.get(f"{CASES}{case.pk}/"))
    assert "Қадам орындалды." in page
    first = step_li(page, 1)
    assert "Орындалған күні" in first and "толық" in first and provider.users["intake"].username in first
    assert 'aria-current="step"' in step_li(page, 2)
    assert "data-action=" not in page  # step 2 is the executor's
    signed_in(client, provider.users["executor"], "ru")
    with on(D(2019, 3, 26)):
        page = text(client.get(f"{CASES}{case.pk}/"))
        assert 'data-action="complete"' in page and 'data-action="return"' in page
        response = client.post(f"{CASES}{case.pk}/steps/2/return/", {"return-on": "2019-03-26"})
        # The service wants the reason: said on the note's field, in Russian, nothing changed.
        block = field_block(text(response), "return-note")
        assert "Укажите, почему шаг возвращается." in block
        assert case.steps.get(number=2).returned_on is None
        response = client.post(f"{CASES}{case.pk}/steps/2/complete/", {"complete-on": "2019-03-27"})
        assert "Дата в будущем." in field_block(text(response), "on")


def test_a_motivated_refusal_is_offered_to_management_after_the_commission(
    client, provider, register, complete
):
    case = register(REGISTERED)
    signed_in(client, provider.users["management"], "kk")
    with on(D(2019, 3, 20)):
        assert "data-action=" not in text(client.get(f"{CASES}{case.pk}/"))
    for number, day in ((1, D(2019, 3, 20)), (2, D(2019, 3, 26)), (3, D(2019, 4, 2)), (4, D(2019, 4, 4))):
        complete(case, number, day)
    with on(D(2019, 4, 5)):
        page = text(client.get(f"{CASES}{case.pk}/"))
        assert 'data-action="motivated_refusal"' in page and "Дәлелді бас тарту" in page
        response = client.post(
            f"{CASES}{case.pk}/refuse/", {"refuse-on": "2019-04-05", "refuse-reason": "тәжірибе жеткіліксіз"}
        )
        assert response.status_code == 302
        page = text(client.get(f"{CASES}{case.pk}/"))
    case.refresh_from_db()
    assert (case.status, case.ending) == ("refused", "motivated_refusal")
    assert "дәлелді бас тарту" in page and "тәжірибе жеткіліксіз" in page and "data-action=" not in page


def test_the_overdue_and_due_soon_lists_with_the_clock_moved(client, provider, register):
    late = register(REGISTERED)  # step 1 due Wed 20.03
    fresh = register(D(2019, 3, 26))  # step 1 due Wed 27.03
    signed_in(client, provider.users["head"], "kk")
    with on(D(2019, 3, 26)):
        overdue = text(client.get(CASES, {"when": "overdue"}))
        soon = text(client.get(CASES, {"when": "soon"}))
        everything = text(client.get(CASES))
    assert late.number in overdue and fresh.number not in overdue
    assert "мерзімі өтті" in overdue
    # Due soon: 26.03 and the next two working days (27 and 28.03).
    assert fresh.number in soon and late.number not in soon
    assert "26.03.2019 күнгі жағдай." in soon
    assert late.number in everything and fresh.number in everything
    assert "17.04.2019" in everything  # the late case's own due date, in its row
    with on(D(2019, 3, 19)):
        assert late.number not in text(client.get(CASES, {"when": "overdue"}))  # not late yet


def test_the_dashboard_counts_open_cases_by_step_and_shows_the_charts(client, provider, register, complete):
    first, second = register(REGISTERED), register(REGISTERED)
    register(REGISTERED)
    # Step 1 (one working day) done two days late, on Tue 26.03: two working days after
    # registration, 20 and 26.03 (Nauryz between); step 2 done on 27.03: one working day.
    complete(first, 1, D(2019, 3, 26))
    complete(first, 2, D(2019, 3, 27))
    complete(second, 1, D(2019, 3, 20))
    signed_in(client, provider.users["head"], "ru")
    with on(D(2019, 3, 27)):
        page = text(client.get(f"{CASES}dashboard/"))
        chart = client.get(f"{CASES}dashboard/open.svg")
        times = client.get(f"{CASES}dashboard/times.svg")
    rows = re.findall(r"<tr><td[^>]*>[^<]*</td><td[^>]*>(\d+)\. ([^<]+)</td><td[^>]*>(\d+)</td></tr>", page)
    counts = {int(number): int(count) for number, _actor, count in rows}
    assert counts == {1: 1, 2: 1, 3: 1}
    # On 27.03 the third case's step 1 (due 20.03) and the second's step 2 (due 26.03 from 20.03)
    # are late; the first's step 3 is due 03.04.
    assert "2 просрочено" in page
    times_table = page[page.index('class="stack times"') :]
    step1 = re.search(r"<tr>\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>1\. .*?</tr>", times_table, re.S).group(0)
    cells = re.findall(r'class="num">([^<]*)<', step1)
    assert cells == ["2", "1,5", "1"]  # done twice: 2 and 1 working days, one took longer
    assert chart.status_code == 200 and chart["Content-Type"].startswith("image/svg+xml")
    assert (
        "Открытые дела по текущему шагу" in chart.content.decode() and "<script" not in chart.content.decode()
    )
    assert "Время на каждый шаг" in times.content.decode()
    signed_in(client, provider.users["executor"], "kk")
    assert client.get(f"{CASES}dashboard/").status_code == 403


def test_the_menu_leads_case_staff_to_their_cases(client, provider):
    signed_in(client, provider.users["head"], "kk")
    page = text(client.get("/"))
    assert 'href="/cases/"' in page and 'href="/cases/dashboard/"' in page
    signed_in(client, provider.users["executor"], "kk")
    page = text(client.get("/"))
    assert 'href="/cases/"' in page and 'href="/cases/dashboard/"' not in page
    signed_in(client, provider.users["hr"], "kk")
    assert 'href="/cases/"' not in text(client.get("/"))
    signed_in(client, provider.users["administrator"], "kk")
    page = text(client.get("/"))
    assert 'href="/cases/"' in page and 'href="/cases/dashboard/"' in page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_step_order_conflict_is_said_above_the_case_as_it_now_stands(client, provider, register, language):
    case = register(REGISTERED)
    signed_in(client, provider.users["intake"], language)
    with on(D(2019, 3, 20)):
        services_cases.case_refuse(actor=provider.users["intake"], case=case, on=D(2019, 3, 20), reason="x")
        response = client.post(
            f"{CASES}{case.pk}/steps/1/complete/", {"complete-on": "2019-03-20"}, follow=True
        )
    expected = {"kk": "Іс жабылған", "ru": "Дело уже закрыто"}[language]
    assert expected in text(response) and "data-action=" not in text(response)
    assert case.steps.get(number=1).done_on is None


def test_the_commission_and_its_secretary_are_told_what_their_step_needs(
    client, provider, register, complete
):
    case = register(REGISTERED)
    complete(case, 1, D(2019, 3, 20))
    complete(case, 2, D(2019, 3, 26))
    signed_in(client, provider.users["commission"], "kk")
    with on(D(2019, 4, 2)):
        response = client.post(
            f"{CASES}{case.pk}/steps/3/complete/", {"complete-on": "2019-04-02"}, follow=True
        )
    assert "Комиссияның қадамы оның бағалауы ұсынымымен бірге жазылғаннан кейін орындалады" in text(response)
    assert case.steps.get(number=3).done_on is None
    complete(case, 3, D(2019, 4, 2))  # the evaluation and a vote recorded first
    # Management decides on the protocol: no motivated refusal is offered before it.
    signed_in(client, provider.users["management"], "ru")
    with on(D(2019, 4, 3)):
        assert 'data-action="motivated_refusal"' not in text(client.get(f"{CASES}{case.pk}/"))
    signed_in(client, provider.users["secretary"], "ru")
    with on(D(2019, 4, 4)):
        response = client.post(
            f"{CASES}{case.pk}/steps/4/complete/", {"complete-on": "2019-04-04"}, follow=True
        )
    assert "Шаг секретаря Комиссии выполняется после того, как составлен протокол" in text(response)
    assert case.steps.get(number=4).done_on is None
