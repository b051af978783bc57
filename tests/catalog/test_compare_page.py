"""The act between two dates, as a page and as the API's /acts/{id}/compare: the points that
order-2024-316 gave order-2017-360 (from 31.08.2024, law/acts/order-2017-360.yaml), worded side
by side, the original wordings said to be missing from our sources, and every bad input a form
error or a 422 naming the field."""

import datetime as dt

import pytest
from django.urls import reverse

from biliktilik.catalog import comparison
from biliktilik.lawbook import loader
from tests.lawbook.overlays import DRAFT_EVE, DRAFT_FROM, with_draft_of_point_54

from .test_act_search import switch_language

URL = "/acts/order-2017-360/compare/"
EVE, FIRST_DAY = "2024-08-30", "2024-08-31"
CHANGED = ["9", "12", "12-1", "12-2", "12-3", "15", "18", "54", "57", "60", "69"]


def page(client, language, **query):
    switch_language(client, language)
    response = client.get(URL, query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_url_has_its_name():
    assert reverse("catalog:compare", args=["order-2017-360"]) == URL


def test_the_kazakh_page_lists_the_points_316_gave_with_the_missing_wordings_flagged(client):
    html = page(client, "kk", **{"from": EVE, "to": FIRST_DAY})
    assert "11 тармақ 30.08.2024 және 31.08.2024 аралығында өзгерді:" in html
    for point in CHANGED:
        assert f'id="c-{point}"' in html
    assert html.count('data-flag="wording_missing"') == 8  # 9, 12, 15, 18, 54, 57, 60, 69
    # each said in words ("wording not in our sources"), not diffed against nothing
    assert html.count(">редакциясы біздің дереккөздерде жоқ</strong>") == 8
    assert "<del>" not in html and "<ins>" not in html
    assert 'href="/acts/order-2024-316/"' in html  # the amending act named and linked


def test_the_russian_page_says_the_same_in_russian(client):
    html = page(client, "ru", **{"from": EVE, "to": FIRST_DAY})
    assert "11 пунктов изменились между 30.08.2024 и 31.08.2024:" in html
    assert 'id="c-54"' in html
    assert "Пункт 54" in html
    assert html.count(">редакции нет в наших источниках</strong>") == 8


def test_a_reworded_point_has_its_deletions_and_insertions_marked(client, monkeypatch):
    draft_book = with_draft_of_point_54(loader.default())
    monkeypatch.setattr(comparison, "law", lambda: draft_book)
    html = page(client, "kk", **{"from": DRAFT_EVE.isoformat(), "to": DRAFT_FROM.isoformat()})
    assert "1 тармақ 28.02.2027 және 01.03.2027 аралығында өзгерді:" in html
    assert "<del>3 </del>" in html and "<ins>4 </ins>" in html
    assert "<del>3</del>" in html and "<ins>4</ins>" in html  # the value table: years 3 → 4
    assert "<td>54 талап · баспалдақ: жоғары деңгей · жоғары санат · өтіл жылдары</td>" in html


def test_the_same_day_twice_changes_nothing(client):
    html = page(client, "kk", **{"from": FIRST_DAY, "to": FIRST_DAY})
    assert 'class="point compared"' not in html
    assert "30.08.2024" not in html


@pytest.mark.parametrize(("field", "label"), [("from", "Бірінші күн"), ("to", "Екінші күн")])
def test_a_date_that_does_not_parse_is_an_error_on_its_field(client, field, label):
    html = page(client, "kk", **{"from": EVE, "to": FIRST_DAY, field: "31.08.2024"})
    assert f'id="id_{field}-error"' in html
    assert f"{label}: Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз." in html
    assert 'class="point compared"' not in html


def test_from_after_to_is_refused_on_the_from_field(client):
    html = page(client, "ru", **{"from": FIRST_DAY, "to": EVE})
    assert 'id="id_from-error"' in html
    assert "Первая дата: Первая дата позже второй: сначала укажите более раннюю дату." in html
    assert 'class="point compared"' not in html


def test_an_unknown_act_is_404(client):
    assert client.get("/acts/order-1999-1/compare/").status_code == 404


def test_the_act_page_links_to_the_comparison(client):
    switch_language(client, "ru")
    html = client.get("/acts/order-2017-360/").content.decode()
    assert f'href="{URL}"' in html


def test_with_no_dates_it_opens_on_the_latest_change():
    view = loader.default().get("order-2017-360")
    assert comparison.default_dates(view, dt.date(2026, 1, 1)) == (dt.date(2024, 8, 30), dt.date(2026, 1, 1))


def test_the_api_lists_the_changed_points_only(client):
    response = client.get("/api/v1/acts/order-2017-360/compare", {"from": EVE, "to": FIRST_DAY})
    assert response.status_code == 200
    body = response.json()
    assert (body["act"], body["from"], body["to"]) == ("order-2017-360", EVE, FIRST_DAY)
    assert body["changed"] == CHANGED
    p54 = next(p for p in body["points"] if p["point"] == "54")
    assert p54["status"] == "reworded"
    assert p54["not_in_sources"] == {"before": True, "after": False}
    assert (p54["before"]["wording_by"], p54["before"]["text"]) == (None, None)
    assert p54["after"]["wording_by"] == "order-2024-316"
    assert p54["after"]["text"]["ru"] == "54. Требования к квалификации:"
    assert [s["subpoint"] for s in p54["after"]["subpoints"]] == ["high", "medium"]
    added = next(p for p in body["points"] if p["point"] == "12-1")
    assert added["status"] == "added" and added["before"]["text"] is None


def test_the_api_on_the_same_day_twice_lists_nothing(client):
    body = client.get("/api/v1/acts/order-2017-360/compare", {"from": EVE, "to": EVE}).json()
    assert body["changed"] == [] and body["points"] == []


@pytest.mark.parametrize(
    ("query", "loc"),
    [
        ({"from": "30.08.2024", "to": FIRST_DAY}, ["query", "from"]),
        ({"from": EVE, "to": "tomorrow"}, ["query", "to"]),
        ({"to": FIRST_DAY}, ["query", "from"]),
        ({"from": FIRST_DAY, "to": EVE}, ["query", "from"]),
    ],
)
def test_the_api_refuses_bad_dates_naming_the_parameter(client, query, loc):
    response = client.get("/api/v1/acts/order-2017-360/compare", query)
    assert response.status_code == 422
    assert loc in [e["loc"] for e in response.json()["errors"]]


def test_the_api_answers_404_for_an_unknown_act(client):
    response = client.get("/api/v1/acts/order-1999-1/compare", {"from": EVE, "to": FIRST_DAY})
    assert response.status_code == 404
    assert response.json()["errors"][0]["loc"] == ["path", "id"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "Жоба қолданыстағы құқықтың бірде-бір тармағын өзгертпейді."),
        ("ru", "Проект не изменяет ни одного пункта действующего права."),
        ("en", "The draft changes no point of the law in force."),
    ],
)
def test_a_draft_that_changes_no_point_says_so_in_a_sentence_of_its_own(language, sentence):
    # Not "between the law in force and the draft": the side labels are nouns Russian and Kazakh
    # would have to decline there. The law in force against itself on one day changes nothing.
    from django.template.loader import render_to_string
    from django.utils import translation

    from biliktilik.lawbook.compare import compare_act

    book, day = loader.default(), dt.date(2025, 1, 1)
    nothing = compare_act("order-2017-360", before=(book, day), after=(book, day))
    with translation.override(language):
        html = render_to_string(
            "catalog/_comparison.html",
            {"comparison": nothing, "before_label": "?", "after_label": "?", "draft": True},
        )
    assert sentence in html and "?" not in html
