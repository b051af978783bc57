"""An act's page reads as the document: its own order (preamble first), each sub-point once with
the number the act gives it, and no point printed twice."""

import re

import pytest


def act_page(client, act_id, point):
    """The page of the act's points that holds ``point``, in Kazakh."""
    client.cookies["django_language"] = "kk"
    for number in range(1, 30):
        html = client.get(f"/acts/{act_id}/?page={number}&as_of=2025-06-01").content.decode()
        if f'id="p-{point}"' in html:
            return html
    raise AssertionError(f"p.{point} of {act_id} is on no page")


@pytest.mark.django_db
def test_the_preamble_comes_before_the_points_and_the_appendix(client):
    html = act_page(client, "order-2015-1042", "preamble")
    ids = re.findall(r'<article class="point" id="p-([^"]+)"', html)
    assert ids[:2] == ["preamble", "1"] and ids[-1] == "appendix"


@pytest.mark.django_db
def test_a_subpoint_is_shown_with_the_acts_own_number_once(client):
    html = act_page(client, "order-2015-1042", "3")
    assert "1) 1)" not in re.sub(r"<[^>]+>", "", html)
    assert "abbreviations)" not in html and "a)</b>" not in html
    assert "1) осы бұйрықты Қазақстан Республикасы Әділет министрлігінде" in html


@pytest.mark.django_db
@pytest.mark.parametrize("point", ["54", "57", "60", "69"])
def test_a_point_with_subpoints_is_printed_once(client, point):
    html = act_page(client, "order-2017-360", point)
    article = html.split(f'id="p-{point}"', 1)[1].split("</article>", 1)[0]
    assert article.count("біліктілігі жоғары деңгейдегі маман:") == 1
    assert article.count("біліктілігі орташа деңгейдегі маман:") == 1


@pytest.mark.django_db
def test_the_registers_table_is_a_table_under_its_blocks(client):
    html = act_page(client, "order-2015-1042", "appendix")
    assert "Звено | Саты" not in html
    block_a = html.split('id="p-appendix-a"', 1)[1].split("</li>", 1)[0]
    assert (
        '<th scope="col">Звено</th><th scope="col">Саты</th><th scope="col">Лауазымдар атауы</th>' in block_a
    )
    assert block_a.count("<tr data-position=") == 51
    assert '<tr data-position="A1.1.01"><td>A1</td><td>1</td>' in block_a
    assert html.count("<tr data-position=") == 346


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("kk", ["Кіріспе", "1-тармақ", "Қосымша"]),
        ("ru", ["Преамбула", "Пункт 1", "Приложение"]),
    ],
)
def test_point_headings_are_words_of_the_readers_language(client, language, headings):
    client.cookies["django_language"] = language
    html = client.get("/acts/order-2015-1042/?page=1&as_of=2025-06-01").content.decode()
    shown = [re.sub(r"<.*", "", h).strip() for h in re.findall(r"<h3>(.*?)</h3>", html, flags=re.S)]
    assert [shown[0], shown[1], shown[-1]] == headings
    assert "appendix" not in " ".join(shown) and "preamble" not in " ".join(shown)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heads"),
    [
        ("kk", ["№", "Критерий", "Көрсеткіштер*", "Балдар", "Сараптама комиссиясының балдары"]),
        ("ru", ["№", "Критерий", "Показатели*", "Баллы", "Баллы экспертной комиссии"]),
    ],
)
def test_the_attestations_assessment_table_is_a_table(client, language, heads):
    client.cookies["django_language"] = language
    html = client.get("/acts/order-2024-422/?point=appendix-1-2&as_of=2025-10-01").content.decode()
    article = html.split('id="p-appendix-1-2"', 1)[1].split("</article>", 1)[0]
    table = article.split('<table class="act-table">', 1)[1].split("</table>", 1)[0]
    assert [re.sub(r"<[^>]+>", "", h) for h in re.findall(r'<th scope="col">(.*?)</th>', table)] == heads
    rows = re.findall(r'<tr id="p-appendix-1-2-(\d)">(.*?)</tr>', table, flags=re.S)
    assert [n for n, _ in rows] == ["1", "2", "3"]
    assert [row.count("<td") for _, row in rows] == [5, 4, 4] and table.count('colspan="2"') == 2
    assert "Кесте бағандары" not in article and "Графы таблицы" not in article
