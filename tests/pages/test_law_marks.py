"""The explorer shows the law to its readers, not to its encoders: no developer note on any page;
the interpretations made while encoding shown to methodologists and administrators, in the
reader's language; what is estimated or reconstructed marked quietly and explained once; what
needs action (a review date passed, a repealed act, a wording not in our sources) prominent."""

import html
import re

import pytest
from django.test import Client

from biliktilik.catalog import warnings
from biliktilik.lawbook import loader

P30_2 = {
    "kk": "Біздің түсіндіруіміз, мүмкін екі оқылудың бірі",
    "ru": "Наше толкование, одно из двух возможных прочтений",
    "en": "Our interpretation, one of two possible readings",
}


def page(client: Client, path: str, language: str = "kk") -> str:
    client.cookies["django_language"] = language
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def visible(text: str) -> str:
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def developer_notes() -> list[str]:
    """Every note the law files keep for reviewers of the data."""
    notes = []
    for view in loader.default().ordered():
        act = view.act
        notes += act.encoding_notes
        notes += [act.repealed.note] if act.repealed and act.repealed.note else []
        notes += [v.note for p in act.points for v in p.versions if v.note]
        if act.register_of_positions:
            notes += [p.note for p in act.register_of_positions.positions if p.note]
        for requirement in act.requirements:
            notes += [requirement.note] if requirement.note else []
            notes += [ladder.note for ladder in getattr(requirement, "ladders", []) if ladder.note]
        if act.standard:
            notes += [card.note for card in act.standard.cards if card.note]
        if act.attestation:
            notes += [c.interpretation for c in act.attestation.categories if c.interpretation]
    return notes


def explorer_pages() -> list[str]:
    paths = ["/acts/", "/requirements/", "/attestation/", "/procedures/", "/standard/", "/standard/card-1/"]
    paths += [f"/register/?page={n}" for n in range(1, 8)]
    for view in loader.default().ordered():
        pages = max(1, -(-len(view.act.points) // 8))
        paths += [f"/acts/{view.act.id}/?page={n}&as_of=2025-06-01" for n in range(1, pages + 1)]
    return paths


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_methodologist_reads_the_interpretations_in_their_language(client, world, language):
    client.force_login(world.users["methodologist"])
    text = visible(page(client, "/acts/order-2024-422/?point=30", language))
    assert P30_2[language] in text
    assert [lang for lang, words in P30_2.items() if lang != language and words in text] == []


@pytest.mark.django_db
def test_an_administrator_reads_the_interpretations_too(client, world):
    client.force_login(world.users["administrator"])
    assert P30_2["ru"] in visible(page(client, "/attestation/", "ru"))


@pytest.mark.django_db
@pytest.mark.parametrize("reader", ["anonymous", "hr_a", "auditor", "employee"])
def test_other_readers_see_no_interpretations(client, world, reader):
    if reader != "anonymous":
        client.force_login(world.users[reader])
    for path in ("/acts/order-2024-422/?point=30", "/attestation/", "/requirements/"):
        for language in ("kk", "ru", "en"):
            body = page(client, path, language)
            assert 'class="notes"' not in body
            assert P30_2[language] not in visible(body)


@pytest.mark.django_db
def test_no_developer_note_is_on_any_page(client, world):
    client.force_login(world.users["methodologist"])
    notes = [" ".join(n.split())[:60] for n in developer_notes()]
    assert len(notes) > 400
    for path in explorer_pages():
        for language in ("en", "kk"):
            text = " ".join(visible(page(client, path, language)).split())
            shown = [n for n in notes if n in text]
            assert shown == [], (path, language, shown[:3])
            assert re.search(r"\bseeds?\b", text, flags=re.I) is None, path


def test_what_is_estimated_or_reconstructed_is_quiet_and_what_needs_action_stands_out():
    quiet = {code for code, flag in warnings.FLAGS.items() if flag.level == "quiet"}
    action = {code for code, flag in warnings.FLAGS.items() if flag.level == "action"}
    assert quiet == {"estimated", "inferred", "unofficial", "fallback", "descriptive_title"}
    assert action == {"review_overdue", "repealed", "wording_missing", "not_in_force"}
    assert warnings.status_needs_action("repealed") and not warnings.status_needs_action("in_force")


def test_the_legend_explains_each_quiet_mark_once_and_no_action():
    legend = warnings.legend(["estimated", "inferred", "estimated", "review_overdue", "unofficial"])
    assert [flag.code for flag in legend] == ["estimated", "inferred", "unofficial"]


@pytest.mark.django_db
def test_the_acts_table_marks_estimates_quietly_and_the_overdue_review_and_repeal_prominently(client):
    body = page(client, "/acts/?as_of=2026-01-01")
    assert body.count('data-mark="estimated"') == 12
    assert "badge estimated" not in body
    flags = re.findall(r'<strong class="flag" data-flag="([a-z_]+)"', body)
    assert sorted(set(flags)) == ["repealed", "review_overdue"] and flags.count("review_overdue") == 1
    legend = body.split('<details class="legend marks">', 1)[1].split("</details>", 1)[0]
    assert legend.count("<dt>") == 2 and "Күні болжамды" in legend and "Ресми атауы" in legend


@pytest.mark.django_db
def test_the_register_marks_reconstructed_rows_quietly_and_explains_once(client):
    body = page(client, "/register/", "ru")
    assert 'data-mark="inferred"' in body and "badge inferred" not in body
    assert 'class="flag"' not in body and "How this row was read" not in body
    legend = body.split('<details class="legend marks">', 1)[1].split("</details>", 1)[0]
    # Our translation of every title is said once, in the legend, not beside each of the 50 rows.
    assert 'data-mark="unofficial"' not in body and legend.count("<dt>") == 2
    assert "восстановлены по повреждённому исходному тексту" in legend and "наш перевод" in legend


@pytest.mark.django_db
def test_a_wording_not_in_our_sources_is_flagged_in_the_readers_language(client):
    body = page(client, "/acts/order-2017-360/?point=54&as_of=2020-01-01", "ru")
    article = body.split('id="p-54"', 1)[1].split("</article>", 1)[0]
    assert '<strong class="flag" data-flag="wording_missing"' in article
    assert "редакции нет в наших источниках" in article and "is not in our sources" not in article


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "heading"), [("kk", "9-тармақ"), ("ru", "Пункт 9"), ("en", "Point 9")])
def test_the_standards_cards_are_headed_by_the_paragraph_the_act_prints(client, language, heading):
    body = page(client, "/acts/order-2019-715/?point=card-1", language)
    headings = [visible(h).strip() for h in re.findall(r"<h3>(.*?)</h3>", body, flags=re.S)]
    assert heading in headings and not [h for h in headings if "card" in h or "standard" in h]
    assert body.count('<h3 class="section">') == len(set(re.findall(r'<h3 class="section">(.*?)</h3>', body)))
    article = body.split('id="p-card-1"', 1)[1].split("</article>", 1)[0]
    assert article.count("1344-0-001") == 1


@pytest.mark.django_db
def test_a_citation_of_a_card_reads_as_its_paragraph(client):
    body = visible(page(client, "/standard/card-1/", "kk"))
    assert "№ 715 бұйрық (31.12.2019), 9-тармақ" in body and "card-1" not in body
