"""An "other sectors" specialist's place in the register: B2 for the high qualification level,
B3 for the medium one; levels 1-4 for categories higher, first, second, none."""

import pytest


@pytest.mark.parametrize(
    ("qualification_level", "category", "link", "level"),
    [
        ("high", "higher", "B2", "1"),
        ("high", "first", "B2", "2"),
        ("high", "second", "B2", "3"),
        ("high", "none", "B2", "4"),
        ("medium", "higher", "B3", "1"),
        ("medium", "none", "B3", "4"),
    ],
)
def test_the_grade_of_an_other_sectors_specialist(client, qualification_level, category, link, level):
    response = client.get(
        "/api/v1/rules/register-grade", {"qualification_level": qualification_level, "category": category}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["block"], body["link"], body["level"], body["sector"]) == ("B", link, level, "other")
    assert body["positions"], "the cell lists its positions"
    assert all(p["id"].startswith(f"{link}.other.{level}.") for p in body["positions"])
    assert {
        "act": "order-2015-1042",
        "point": "appendix",
        "subpoint": "b",
        "wording_by": "order-2023-376",
    } in body["citations"]


def test_an_unknown_category_is_refused(client):
    response = client.get("/api/v1/rules/register-grade", {"qualification_level": "high", "category": "top"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "category"]
