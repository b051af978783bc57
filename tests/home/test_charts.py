"""The charts answer SVG from their own addresses, scoped, with a policy relaxed for them only."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
PERSONAL = ["home:categories_chart", "home:expiries_chart"]


def test_the_acts_chart_is_public_svg_without_script(client):
    response = client.get(reverse("home:acts_chart"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    assert svg.startswith("<svg") and "<script" not in svg


@pytest.mark.parametrize("name", PERSONAL)
def test_personal_charts_need_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("name", PERSONAL)
def test_personal_charts_answer_svg_to_a_signed_in_officer(client, world, name):
    client.force_login(world.users["hr_a"])
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "<script" not in response.content.decode()


def test_only_the_charts_allow_inline_styles(client, world):
    client.force_login(world.users["hr_a"])
    chart = client.get(reverse("home:categories_chart"))["Content-Security-Policy"]
    page = client.get("/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in chart
    assert "'unsafe-inline'" not in page


def test_the_categories_chart_counts_only_the_viewers_subtree(client, world):
    client.force_login(world.users["hr_b"])
    client.cookies["django_language"] = "en"
    svg = client.get(reverse("home:categories_chart")).content.decode()
    assert "first category" in svg
    assert "higher category" not in svg  # A's


def test_chart_labels_are_in_the_readers_language(client):
    client.cookies["django_language"] = "ru"
    svg = client.get(reverse("home:acts_chart")).content.decode()
    assert "Акты по статусу на сегодня" in svg
