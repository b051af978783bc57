"""Searching the register of positions as users type."""

import pytest


def search(client, q, **params):
    response = client.get("/api/v1/register/positions", {"q": q, **params})
    assert response.status_code == 200
    return response.json()["results"]


def test_results_have_the_contract_shape(client):
    results = search(client, "директор")
    assert results
    for r in results:
        assert {"id", "block", "link", "level", "sector", "title", "inferred", "score"} <= set(r)
        assert r["block"] in "ABCD" and r["link"][0] == r["block"]
        assert 0 <= r["score"] <= 1
        assert r["title"]["kk"]
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


@pytest.mark.parametrize(
    ("query", "expected_in_first_title"),
    [
        ("бас бухгалтер", "бухгалтер"),
        ("бас бухгалтр", "бухгалтер"),
        ("главный бухгалтер", "бухгалтер"),
        ("кассир", "кассир"),
        ("касир", "кассир"),
        ("архивариус", "архивариус"),
        ("архивариуc", "архивариус"),  # a Latin c typed by mistake
        ("программист", "программист"),
        ("мансап орталыгынын ассистенти", "ассистент"),
        ("ассистент центра карьеры", "ассистент"),
        ("ЗТМО филиалы", "ЗТМО"),
    ],
)
def test_the_expected_position_comes_first(client, query, expected_in_first_title):
    first = search(client, query)[0]
    titles = " ".join(filter(None, [first["title"]["kk"], first["title"]["ru"]])).lower()
    assert expected_in_first_title.lower() in titles


def test_kazakh_letters_are_optional(client):
    exact = [r["id"] for r in search(client, "әлеуметтік қызметкер", limit=5)]
    plain = [r["id"] for r in search(client, "алеуметтик кызметкер", limit=5)]
    assert exact and exact[0] == plain[0]


def test_the_block_filter_and_limit(client):
    results = search(client, "маман", block="B", limit=3)
    assert 0 < len(results) <= 3
    assert all(r["block"] == "B" for r in results)


def test_without_a_query_the_register_is_listed(client):
    assert len(search(client, "", limit=500)) == 346
