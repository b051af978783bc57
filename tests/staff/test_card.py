"""The personal card as an HR officer reads it, in Kazakh and Russian: what the person holds,
what the law gives them on the date and why, what expires when; the register entry suggested
from the title, with ties listed for the officer to choose; the requirement by its title."""

import datetime as dt
import re
from html import unescape

import pytest
from django.conf import settings

from biliktilik.audit.models import AuditEntry
from biliktilik.staff.models import CategoryAward, Education, PositionHeld, WorkPeriod
from tests.pages.test_crawl_language import Text, problems

ON = dt.date(2026, 11, 22)


def signed_in(client, user, language):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def visible_text(html: str) -> str:
    """The text as a reader sees it: tags dropped, spaces collapsed (scripts and styles left out)."""
    body = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", body)).split())


def crawler_problems(html: str) -> list[str]:
    parser = Text()
    parser.feed(html)
    return problems("\n".join(parser.chunks))


@pytest.fixture
def social_worker(world):
    """A social work specialist under point 54, with higher social education, 3+ years at the
    first category and a current period at the higher one, and a case-manager award ending in 40 days."""
    employee = world.emp_a
    Education.objects.create(employee=employee, level="higher", field="social")
    WorkPeriod.objects.create(
        employee=employee,
        start=dt.date(2019, 3, 7),
        end=dt.date(2023, 8, 17),
        sector="social_protection",
        qualification_level="high",
        category="first",
    )
    WorkPeriod.objects.create(
        employee=employee,
        start=dt.date(2023, 9, 25),
        sector="social_protection",
        qualification_level="high",
        category="higher",
    )
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="Әлеуметтік жұмыс жөніндегі маман",
        start=dt.date(2023, 9, 25),
        requirement="order-2017-360/54",
        qualification_level="high",
    )
    CategoryAward.objects.create(
        employee=employee,
        category="case_manager",
        assigned_on=dt.date(2023, 12, 2),
        valid_until=ON + dt.timedelta(days=40),
        decision="Аттестаттау комиссиясының шешімі № 7",
    )
    return employee


def card_text(client, employee, *, date=ON) -> tuple[str, str]:
    html = client.get(f"/staff/employees/{employee.pk}/?as_of={date.isoformat()}").content.decode()
    return html, visible_text(html)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "kk",
            [
                "Біліктілік, жоғары деңгей: жоғары санат.",
                "Біліктілік, орташа деңгей: санат жоқ; бұл деңгейдің талаптары орындалмаған.",
                "жоғары білім, әлеуметтік бағыт",
                "25.09.2023 бастап: жоғары деңгей, жоғары санат — үлгілік біліктілік сипаттамаларының санаты",
                "кейс-менеджер, 02.12.2023 берілген, 01.01.2027 дейін жарамды",
                "«кейс-менеджер» санаты 01.01.2027 аяқталады, 40 күннен кейін.",
                "№ 360 бұйрық (25.10.2017), 54-тармақ",
            ],
        ),
        (
            "ru",
            [
                "Квалификация, высокий уровень: высшая категория.",
                "Квалификация, средний уровень: категории нет; требования этого уровня не выполнены.",
                "высшее образование, социальное направление",
                "С 25.09.2023: высокий уровень, высшая категория типовых квалификационных характеристик",
                "кейс-менеджер, присвоена 02.12.2023, действует до 01.01.2027",
                "Категория «кейс-менеджер» истекает 01.01.2027, через 40 дней.",
                "приказ № 360 от 25.10.2017, п. 54",
            ],
        ),
    ],
)
def test_it_says_plainly_what_the_person_holds_and_qualifies_for(
    client, world, social_worker, language, expected
):
    signed_in(client, world.users["hr_a"], language)
    html, text = card_text(client, social_worker)
    for sentence in expected:
        assert sentence in text, sentence
    assert crawler_problems(html) == []
    assert "order-2017-360/54" not in text and "жоғары: жоғары" not in text
    assert 'class="soon"' in html  # ends within 90 days
    assert 'href="/acts/order-2017-360/?point=54#p-54"' in html  # the point's label links to it


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_reasoning_of_each_level_is_shown_with_its_citations(client, world, social_worker, language):
    signed_in(client, world.users["hr_a"], language)
    html, _text = card_text(client, social_worker)
    high = re.search(r'<li data-level="high">(.*?)</details></li>', html, re.S).group(1)
    assert high.count('class="cite"') >= 2 and "1095" in high


def test_a_day_without_a_valid_award_says_nothing_expires(client, world, social_worker):
    signed_in(client, world.users["hr_a"], "ru")
    _html, text = card_text(client, social_worker, date=dt.date(2023, 10, 1))
    assert "Ничего не истекает: на эту дату нет действующей категории, присвоенной аттестацией." in text


@pytest.fixture
def chief_accountant(world):
    return PositionHeld.objects.create(
        employee=world.emp_a,
        organization=world.org_a,
        title="Бас бухгалтер",
        start=dt.date(2021, 3, 1),
        requirement="order-2017-360/12",
    )


def test_a_title_fitting_several_register_positions_lists_them_all_and_picks_none(client, world):
    signed_in(client, world.users["hr_a"], "kk")
    added = {"positions-title": "Бас бухгалтер", "positions-start": "2021-03-01"}
    client.post(f"/staff/employees/{world.emp_a.pk}/positions/add/", added)
    position = PositionHeld.objects.get(employee=world.emp_a)
    assert (position.register_position, position.register_confirmed) == ("", False)
    html, text = card_text(client, world.emp_a)
    candidates = re.findall(r'data-candidate="([^"]+)"', html)
    assert candidates == ["A2.1.02", "A2.2.04", "A2.2.06", "A2.3.04"]
    assert "4 тізілім лауазымы бұл атауға бірдей сәйкес келеді." in text
    first = "Республикалық маңызы бар ММ және МҚК бас бухгалтері — A БЛОГЫ - Басқарушы персонал"
    assert f"{first} (A блогы, A2 буыны, 1 сатысы)" in text


def test_the_officer_chooses_one_of_the_tied_positions_and_it_is_confirmed(client, world, chief_accountant):
    signed_in(client, world.users["hr_a"], "ru")
    url = f"/staff/employees/{world.emp_a.pk}/positions/{chief_accountant.pk}/register/"
    response = client.post(url, {f"confirm-{chief_accountant.pk}-register_position": "A2.2.04"})
    assert response.status_code == 302
    chief_accountant.refresh_from_db()
    assert (chief_accountant.register_position, chief_accountant.register_confirmed) == ("A2.2.04", True)
    assert AuditEntry.objects.filter(action="position.register_confirm").count() == 1
    html, text = card_text(client, world.emp_a)
    assert "data-candidate=" not in html and "подтверждено кадровой службой" in text


def test_tied_block_b_positions_are_told_apart_by_their_cells_level_and_category(client, world):
    PositionHeld.objects.create(
        employee=world.emp_a, organization=world.org_a, title="Әлеуметтік жұмыс жөніндегі маман", start=ON
    )
    signed_in(client, world.users["hr_a"], "ru")
    html, text = card_text(client, world.emp_a)
    assert len(re.findall(r'data-candidate="', html)) == 8
    assert "Блок B – Основной персонал, другие отрасли: высокий уровень, первая категория" in text
    assert "Блок B – Основной персонал, другие отрасли: средний уровень, без категории" in text
    assert "data-matches-work" not in html  # no work period runs: nothing to compare with
    ties = re.search(r'<div class="ties".*?</div>', html, re.S).group(0)
    assert visible_text(ties).count("специалист по социальной работе") == 1  # namesakes: said once


def test_the_tied_cell_naming_the_current_work_periods_level_and_category_is_marked(
    client, world, social_worker
):
    PositionHeld.objects.filter(employee=social_worker).update(start=dt.date(2023, 9, 25))
    signed_in(client, world.users["hr_a"], "kk")
    html, text = card_text(client, social_worker)
    marked = re.findall(r'<li data-candidate="([^"]+)">(?:(?!</li>).)*data-matches-work', html, re.S)
    assert marked == ["B2.other.1.07"]  # high level, higher category, as the period running
    position = PositionHeld.objects.get(employee=social_worker)
    assert (position.register_position, position.register_confirmed) == ("", False)  # a hint, not a pick


def test_a_title_fitting_one_register_position_is_suggested_unconfirmed(client, world):
    signed_in(client, world.users["hr_a"], "kk")
    added = {"positions-title": "Мансап орталығының ассистенті", "positions-start": "2021-03-01"}
    client.post(f"/staff/employees/{world.emp_a.pk}/positions/add/", added)
    position = PositionHeld.objects.get(employee=world.emp_a)
    assert (position.register_position, position.register_confirmed) == ("D1.0.38", False)
    html, text = card_text(client, world.emp_a)
    assert "атауынан ұсынылған, расталмаған" in text and "data-candidate=" not in html


def test_a_reader_sees_the_ties_but_no_form_to_choose(client, world, chief_accountant):
    signed_in(client, world.users["methodologist"], "kk")
    html, _text = card_text(client, world.emp_a)
    assert html.count("data-candidate=") == 4 and 'class="choose"' not in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_requirement_is_shown_by_its_title_in_the_card_and_the_form(
    client, world, chief_accountant, language
):
    signed_in(client, world.users["hr_a"], language)
    html, text = card_text(client, world.emp_a)
    requirement = re.search(
        r'<span class="requirement" data-requirement="12">(.*?)</span>\s*</small>', html, re.S
    )
    assert requirement and 'href="/acts/order-2017-360/?point=12#p-12"' in requirement.group(1)
    title = {"kk": "4-параграфтың басшы лауазымы", "ru": "Руководящая должность параграфа 4"}[language]
    assert title in visible_text(requirement.group(1))
    options = re.search(r'<select name="positions-requirement".*?</select>', html, re.S).group(0)
    assert crawler_problems(options) == [] and "order-2017-360" not in visible_text(options)


def test_a_requirement_chosen_by_a_tied_position_keeps_the_point(client, world):
    signed_in(client, world.users["hr_a"], "kk")
    added = {
        "positions-title": "Мансап орталығының ассистенті",
        "positions-start": "2021-03-01",
        "positions-requirement": "order-2017-360/57@B2.other.1.04",
    }
    client.post(f"/staff/employees/{world.emp_a.pk}/positions/add/", added)
    assert PositionHeld.objects.get(employee=world.emp_a).requirement == "order-2017-360/57"


def test_a_work_period_without_a_category_says_so_in_words(client, world):
    WorkPeriod.objects.create(
        employee=world.emp_a, start=dt.date(2021, 1, 16), sector="employment", category="none"
    )
    signed_in(client, world.users["hr_a"], "ru")
    _html, text = card_text(client, world.emp_a)
    sentence = "С 16.01.2021; категория типовых квалификационных характеристик не указана."
    assert sentence in text and "—, без категории" not in text


def test_the_register_datalist_tells_namesakes_apart(client, world, chief_accountant):
    signed_in(client, world.users["hr_a"], "kk")
    html, _text = card_text(client, world.emp_a)
    datalist = re.search(r'<datalist id="register-positions">.*?</datalist>', html, re.S).group(0)
    labels = [unescape(label) for label in re.findall(r"<option [^>]*>([^<]*)</option>", datalist)]
    assert len(labels) == len(set(labels)) == 346
    described = "басқа салалар, жоғары деңгей, бірінші санат; B блогы, B2 буыны, 2 сатысы"
    assert f"әлеуметтік жұмыс жөніндегі маман ({described})" in labels


@pytest.fixture
def promoted_specialist(world):
    """A career-centre specialist awarded "career consultant" on 10.01.2026 at a medium-level
    position (p.7: three years, so valid until 10.01.2029), moved to a high-level position on
    01.06.2026, and holding a case-manager award of the same day for the second case."""
    employee = world.emp_a
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="Мансап орталығының маманы",
        start=dt.date(2025, 11, 1),
        end=dt.date(2026, 5, 31),
        qualification_level="medium",
    )
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="Мансап орталығының бас маманы",
        start=dt.date(2026, 6, 1),
        qualification_level="high",
    )
    for category in ("career_consultant", "case_manager"):
        CategoryAward.objects.create(
            employee=employee,
            category=category,
            assigned_on=dt.date(2026, 1, 10),
            valid_until=dt.date(2029, 1, 10),
            decision="Аттестаттау комиссиясының шешімі № 3",
        )
    return employee


@pytest.mark.parametrize(
    ("language", "kept", "gap"),
    [
        (
            "kk",
            "Біліктілік деңгейі: орташа деңгей → жоғары деңгей. «мансап консультанты» санаты қолданылу "
            "мерзімі аяқталғанға дейін, 10.01.2029 дейін сақталады.",
            "«кейс-менеджер» санатына не болатынын айтпайды",
        ),
        (
            "ru",
            "Уровень квалификации: средний уровень → высокий уровень. Категория «карьерный консультант» "
            "сохраняется до истечения срока её действия, до 10.01.2029.",
            "что происходит с категорией «кейс-менеджер», они не говорят",
        ),
    ],
)
def test_a_category_kept_on_moving_up_a_level_is_said_with_p34_and_a_case_manager_shows_the_gap(
    client, world, promoted_specialist, language, kept, gap
):
    signed_in(client, world.users["hr_a"], language)
    html, text = card_text(client, promoted_specialist, date=dt.date(2026, 12, 1))
    assert kept in text and gap in text
    rows = dict(re.findall(r'data-level-rise="(\w+)"[^>]*>(.*?)</li>', html, re.S))
    assert set(rows) == {"kept", "not_addressed"}
    assert 'href="/acts/order-2024-422/?point=34#p-34"' in rows["kept"]
    assert crawler_problems(html) == []
    # Before the move (01.05.2026, still at the medium level) p.34 has nothing to say.
    _html, before = card_text(client, promoted_specialist, date=dt.date(2026, 5, 1))
    assert kept not in before and "data-level-rise" not in _html
