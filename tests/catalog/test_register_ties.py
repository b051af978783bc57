"""Register positions, their qualification-requirement points and occupation cards link to one
another where our reading ties them, say so where it does not, and the qualification
calculator offers positions rather than point numbers."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from biliktilik.calculators import selectors as calculator_selectors
from biliktilik.catalog import ties


def switch_language(client, language):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302


def row(html: str, position_id: str) -> str:
    found = re.search(rf'<tr data-position="{re.escape(position_id)}">(.*?)</tr>', html, re.S)
    assert found, position_id
    return found.group(1)


def section(html: str, start: str) -> str:
    at = html.index(start)
    return html[at : html.index("</section>", at)]


def test_every_tie_names_positions_and_cards_that_exist(lawbook):
    register = {p.id for p in lawbook.get("order-2015-1042").act.register_of_positions.positions}
    cards = {c.id for c in lawbook.get("order-2019-715").act.standard.cards}
    points = {r.id for r in lawbook.get("order-2017-360").act.requirements}
    for point, tie in ties.REQUIREMENT_TIES.items():
        assert point in points
        assert set(tie.positions) <= register, point
    for card, tie in ties.CARD_TIES.items():
        assert card in cards
        assert set(tie.positions) <= register, card


@pytest.mark.django_db
def test_a_register_row_links_to_its_requirement_and_card(client):
    switch_language(client, "kk")
    html = client.get(
        "/register/", {"q": "Мансап орталығының әлеуметтік жұмыс жөніндегі консультанты"}
    ).content.decode()
    consultant = row(html, "B2.other.1.04")
    assert 'href="/requirements/#req-57"' in consultant and 'href="/requirements/#req-60"' in consultant
    assert "біздің түсіндіруіміз" in consultant  # marked as our reading
    html = client.get(
        "/register/", {"q": "зейнетақы мен жәрдемақыны төлеу жөніндегі ұйымның маманы"}
    ).content.decode()
    pensions = row(html, "B3.other.2.07")
    assert 'href="/standard/card-2/"' in pensions and 'href="/standard/card-4/"' in pensions
    assert "data-requirement" not in pensions


@pytest.mark.django_db
def test_a_row_the_sources_do_not_tie_has_no_links(client):
    html = client.get("/register/", {"q": "бас бухгалтер"}).content.decode()
    assert "data-ties" not in row(html, "A2.1.02")


@pytest.mark.django_db
def test_a_requirement_lists_the_register_titles_it_applies_to_or_says_it_cannot(client):
    switch_language(client, "ru")
    html = client.get("/requirements/").content.decode()
    deputy = section(html, 'id="req-12-3"')
    assert 'data-tied="yes"' in deputy and 'data-positions="A1.2-1.01"' in deputy
    assert "Заместитель руководителя ГУ и КГП областного значения" in deputy
    assert "наше прочтение" in deputy
    employment = section(html, 'id="req-57"')
    assert "консультант по социальной работе Карьерного центра" in employment
    assert "B2.other.1.04 B2.other.2.04 B2.other.3.04 B2.other.4.04" in employment  # one title, its levels
    for untied in ("9", "54", "69"):
        assert "в наших источниках не связаны" in section(html, f'id="req-{untied}"'), untied


@pytest.mark.django_db
def test_an_occupation_card_lists_its_register_positions_or_says_it_cannot(client):
    switch_language(client, "ru")
    card = client.get("/standard/card-1/").content.decode()
    assert 'data-tied="yes"' in card
    assert "Директор департамента центрального аппарата ГЦВП" in card
    assert 'data-tied="no"' in client.get("/standard/card-3/").content.decode()


def test_the_calculator_offers_register_titles_grouped_by_point():
    with translation.override("ru"):
        choices = calculator_selectors.requirement_choices("ru")
    groups = {label: options for label, options in choices if isinstance(options, list)}
    deputy = next(options for label, options in groups.items() if label.startswith("Пункт 12-3"))
    assert deputy == [
        (
            "order-2017-360/12-3@A1.2-1.01",
            "Заместитель руководителя ГУ и КГП областного значения"
            " (столицы, города республиканского значения) (A1)",
        )
    ]
    employment = next(options for label, options in groups.items() if label.startswith("Пункт 57"))
    titles = [title for _value, title in employment]
    assert "консультант по социальной работе Карьерного центра (B2)" in titles
    # A point our sources do not tie stays one option, by its number.
    plain = [value for value, options in choices if not isinstance(options, list)]
    assert "order-2017-360/9" in plain and "order-2017-360/54" in plain


@pytest.mark.django_db
def test_picking_a_position_checks_its_requirement(client):
    switch_language(client, "en")
    data = {
        "requirement": "order-2017-360/57@B2.other.1.04",
        "as_of": "2025-06-01",
        "education-TOTAL_FORMS": "1",
        "education-INITIAL_FORMS": "0",
        "education-0-level": "higher",
        "education-0-field": "social",
        "work-TOTAL_FORMS": "1",
        "work-INITIAL_FORMS": "0",
    }
    html = client.post(reverse("calculators:qualification"), data).content.decode()
    assert "Point 57 applies as worded on 01.06.2025" in html
    assert 'value="order-2017-360/57@B2.other.1.04" selected' in html
    assert 'class="error"' not in html
