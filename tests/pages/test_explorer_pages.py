"""The explorer's pages render in all three languages, on any date, whatever is typed in."""

import pytest
from django.urls import reverse

PAGES = [
    "/",
    "/acts/",
    "/acts/?as_of=2020-01-01",
    "/register/",
    "/register/?q=бухгалтер",
    "/register/?q=%00%ff&block=Z",
    "/requirements/",
    "/requirements/?as_of=2023-01-01",
    "/standard/",
    "/attestation/",
    "/attestation/?as_of=2025-01-01",
    "/procedures/",
    "/procedures/?as_of=2018-01-01",
    "/calendar/2024/5/",
    "/calendar/2026/3/",
]


def switch_language(client, language):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client, url, language):
    switch_language(client, language)
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
def test_kazakh_is_the_default_language(client):
    html = client.get("/").content.decode()
    assert '<html lang="kk">' in html


@pytest.mark.django_db
def test_the_language_switch_changes_the_interface(client):
    switch_language(client, "ru")
    assert "Реестр должностей" in client.get("/").content.decode()
    switch_language(client, "en")
    assert "Register of positions" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_malformed_date_is_a_form_error_not_a_crash(client):
    switch_language(client, "en")
    response = client.get("/acts/?as_of=2025-02-30")
    assert response.status_code == 200
    assert "Enter a date in the form YYYY-MM-DD." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/acts/order-1999-1/", "/standard/card-99/", "/calendar/2024/13/", "/calendar/1800/1/"]
)
def test_unknown_things_are_404(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_the_act_list_shows_the_status_on_the_chosen_date(client, lawbook):
    switch_language(client, "en")
    html = client.get("/acts/?as_of=2026-01-01").content.decode()
    for view in lawbook.ordered():
        assert f'data-act="{view.id}"' in html
    assert "review overdue" in html  # the professional standard's planned review of 31.12.2023


@pytest.mark.django_db
def test_the_register_search_answers_htmx_with_the_table_only(client):
    response = client.get("/register/?q=кассир", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "data-position=" in html
