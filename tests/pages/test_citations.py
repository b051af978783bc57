"""Citations people read: the act by its number and date, the point, the wording — one helper
for pages and rule texts; act ids stay in URLs and the API."""

import re

import pytest
from django.urls import reverse

from biliktilik.lawbook.citations import citation_label
from biliktilik.rules.messages import text as rule_text
from tests.pages.test_calculator_pages import qualification_data, switch_language

CITATION = {"act": "order-2017-360", "point": "12-3", "subpoint": None, "wording_by": "order-2024-316"}


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("kk", "№ 360 бұйрық (25.10.2017), 12-3-тармақ, № 316 бұйрықтың редакциясы"),
        ("ru", "приказ № 360 от 25.10.2017, п. 12-3, в редакции приказа № 316"),
        ("en", "order No. 360 of 25.10.2017, p. 12-3, as worded by order No. 316"),
    ],
)
def test_a_citation_reads_as_act_number_and_date_point_and_wording(language, label):
    assert citation_label(CITATION, language) == label


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("kk", "№ 1042 бұйрық (28.12.2015), қосымша, B блогы"),
        ("ru", "приказ № 1042 от 28.12.2015, приложение, блок B"),
    ],
)
def test_a_register_citation_names_the_block(language, label):
    citation = {"act": "order-2015-1042", "point": "appendix", "subpoint": "b", "wording_by": None}
    assert citation_label(citation, language) == label


def test_rule_texts_name_the_wording_act_by_its_number():
    params = {"point": "54", "date": "2025-06-01", "wording_by": "order-2024-316"}
    assert "(в редакции приказа № 316)" in rule_text("requirement_wording", params, "ru")
    assert "(№ 316 бұйрықтың редакциясы)" in rule_text("requirement_wording", params, "kk")


def visible_text(html: str) -> str:
    # The encoders' notes for lawyers (English, in <details class="notes">) are another issue's part.
    html = re.sub(r'<details class="notes">.*?</details>', "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"),
    [("kk", "№ 360 бұйрық (25.10.2017), 54-тармақ"), ("ru", "приказ № 360 от 25.10.2017, п. 54")],
)
def test_the_calculators_reasoning_cites_readably_and_links_to_the_point(client, language, label):
    switch_language(client, language)
    html = client.post(reverse("calculators:qualification"), qualification_data()).content.decode()
    assert 'class="explanation"' in html
    assert label in html
    assert 'href="/acts/order-2017-360/?point=54#p-54"' in html
    assert "order-20" not in visible_text(html)


@pytest.mark.django_db
def test_the_link_opens_the_page_that_holds_the_point(client):
    html = client.get("/acts/order-2017-360/?point=69").content.decode()
    assert 'id="p-69"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("act_id", ["order-2017-360", "order-2015-1042", "order-2024-316"])
def test_act_pages_name_other_acts_by_number(client, act_id):
    client.cookies["django_language"] = "ru"
    for page in (1, 2):
        html = client.get(f"/acts/{act_id}/?page={page}").content.decode()
        assert "order-20" not in visible_text(html)
    listing = client.get("/acts/").content.decode()
    assert "order-20" not in visible_text(listing)
