import pytest

from biliktilik.config.middleware import api_language, page_language


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "kk"),
        ("ru", "ru"),
        ("en-US,en;q=0.9", "en"),
        ("de-DE,ru;q=0.5,en;q=0.7", "en"),
        ("fr, de", "kk"),
        ("ru;q=0, en;q=0.1", "en"),
        ("ru;q=abc", "kk"),
        ("KK-kz", "kk"),
    ],
)
def test_the_api_language_comes_from_accept_language(header, expected):
    assert api_language(header) == expected


@pytest.mark.parametrize(("cookie", "expected"), [(None, "kk"), ("ru", "ru"), ("en", "en"), ("xx", "kk")])
def test_pages_use_the_chosen_language_or_kazakh(cookie, expected):
    assert page_language(cookie) == expected


@pytest.mark.django_db
def test_a_browser_asking_for_english_still_gets_kazakh_pages_until_it_switches(client):
    response = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert '<html lang="kk">' in response.content.decode()
    assert response.headers["Content-Language"] == "kk"
