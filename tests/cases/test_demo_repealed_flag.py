"""The seed's regulation (order-2015-407 as worded by order-2017-2) is flagged as repealed wherever
a procedure is shown — the explorer's procedures page, the calculator's schedule, a case's
procedure (cases/_procedure_status.html) — in Kazakh and Russian, with the repealing act cited
(order No. 84 of 25.03.2021, in force from 12.04.2021) and the period the regulation was in
force: 27.03.2017 – 11.04.2021. The test-only act (order-2022-999), in force and repealed by
nothing, shows beside it with no such note."""

import datetime as dt
import re

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from biliktilik.cases.models import Case
from biliktilik.lawbook import loader
from tests.cases.test_point_in_time import SOURCE, newer_law  # noqa: F401 - the fixture

from .conftest import on

D = dt.date
SEED_SOURCE = {
    "act": "order-2015-407",
    "point": "appendix-13",
    "subpoint": None,
    "wording_by": "order-2017-2",
}
REPEALED = {
    "kk": "Бұл регламенттің күші 12.04.2021 бастап жойылды (№ 84 бұйрық (25.03.2021)): ол 27.03.2017 – "
    "11.04.2021 қолданыста болды, сол кезеңде тіркелген істер ол бойынша жүргізіледі.",
    "ru": "Этот регламент утратил силу с 12.04.2021 (приказ № 84 от 25.03.2021): он действовал 27.03.2017 – "
    "11.04.2021, и дела, зарегистрированные в период его действия, ведутся по нему.",
}
LANGUAGES = pytest.mark.parametrize("language", ["kk", "ru"])


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def page(client, url, language) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_seed_procedure_cites_the_wording_these_tests_name():
    (seed,) = [
        p for p in loader.default().get("order-2015-407").act.services.procedures if "duplicate" in p.id
    ]
    assert (seed.source.act, seed.source.point, seed.source.wording_by) == (
        SEED_SOURCE["act"],
        SEED_SOURCE["point"],
        SEED_SOURCE["wording_by"],
    )


@pytest.mark.django_db
@LANGUAGES
def test_the_explorers_procedures_page_flags_the_repeal_with_the_period(client, language):
    html = page(client, "/procedures/", language)
    assert 'data-flag="repealed"' in html
    assert REPEALED[language] in text(html)
    assert 'href="/acts/order-2021-84/"' in html


@pytest.mark.django_db
def test_the_procedures_page_on_a_day_in_force_says_until_when_and_by_what(client):
    html = text(page(client, "/procedures/?as_of=2018-01-01", "ru"))
    assert "Этот регламент действует 27.03.2017 – 11.04.2021: он утрачивает силу с 12.04.2021" in html


@pytest.mark.django_db
@LANGUAGES
def test_the_calculators_schedule_flags_the_repeal(client, language):
    url = "/calculators/deadlines/?schedule-procedure=foreigner-certificate/issue&schedule-start=2018-03-01"
    html = page(client, url, language)
    assert REPEALED[language] in text(html)


@pytest.mark.django_db
@LANGUAGES
def test_a_cases_procedure_status_names_the_repeal_and_the_period(language):
    case = Case(source=SEED_SOURCE)
    with translation.override(language):
        html = render_to_string("cases/_procedure_status.html", {"case": case})
    assert 'data-flag="repealed"' in html
    assert text(html).strip().endswith(REPEALED[language])


@pytest.mark.django_db
def test_a_procedure_of_a_regulation_in_force_gets_no_note(monkeypatch, newer_law):  # noqa: F811
    monkeypatch.setattr(loader, "default", lambda: newer_law)
    (procedure,) = newer_law.get("order-2022-999").act.services.procedures
    with translation.override("kk"):
        assert render_to_string("cases/_procedure_status.html", {"procedure": procedure}).strip() == ""
        assert render_to_string("cases/_procedure_status.html", {"case": Case(source=SOURCE)}).strip() == ""


@pytest.mark.django_db
def test_the_procedures_page_shows_a_newer_regulation_beside_the_repealed_one(client, monkeypatch, newer_law):  # noqa: F811
    monkeypatch.setattr(loader, "default", lambda: newer_law)
    html = page(client, "/procedures/", "kk")
    assert 'id="order-2015-407"' in html and 'id="order-2022-999"' in html
    assert "Сынақ регламенті" in html and "Анықтама беру" in html
    assert text(html).count("бастап жойылды") == 1


@pytest.mark.django_db
@LANGUAGES
def test_a_cases_page_read_after_the_repeal_names_it_and_the_period(client, provider, register, language):
    case = register(D(2019, 3, 19))
    client.force_login(provider.users["executor"])
    with on(D(2022, 1, 10)):
        html = page(client, f"/cases/{case.pk}/", language)
    assert 'data-flag="repealed"' in html
    assert REPEALED[language] in text(html)
    with on(D(2019, 3, 20)):
        before = text(page(client, f"/cases/{case.pk}/", "ru"))
    assert "Этот регламент действует 27.03.2017 – 11.04.2021: он утрачивает силу с 12.04.2021" in before
