"""Our own 403, 404 and 500 pages: what readers see with debug off, in their language, styled
like the site, with no internals (no settings, no URL patterns, no traceback). The 500 page
appears even when the database is what failed."""

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.test import Client, override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pages.error_urls")]

TITLES = {
    404: {"kk": "Бет табылмады", "ru": "Страница не найдена", "en": "Page not found"},
    412: {
        "kk": "Мұны орындау мүмкін болмады",
        "ru": "Это не удалось сделать",
        "en": "This could not be done",
    },
    403: {"kk": "Рұқсат етілмеген", "ru": "Доступ запрещён", "en": "Not allowed"},
    500: {"kk": "Бірдеңе дұрыс болмады", "ru": "Что-то пошло не так", "en": "Something went wrong"},
}
INTERNALS = [
    "Traceback",
    "URLconf",
    "urlpatterns",
    "settings.py",
    "SECRET",
    "site-packages",
    "OperationalError",
    "DEBUG",
    "Django",
    "test-fails/",
    "RuntimeError",
]


def reader(language: str, **kwargs) -> Client:
    client = Client(raise_request_exception=False, **kwargs)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def assert_ours(response, status: int, language: str) -> str:
    page = response.content.decode()
    assert response.status_code == status
    assert f"<h1>{TITLES[status][language]}</h1>" in page
    assert 'href="/static/biliktilik/site' in page, "styled like the site"
    assert f'lang="{language}"' in page
    for leak in INTERNALS:
        assert leak not in page, leak
    return page


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@override_settings(DEBUG=False)
def test_an_unknown_address_gets_our_404_page(language):
    assert_ours(reader(language).get("/no/such/page/"), 404, language)


@override_settings(DEBUG=False)
def test_a_404_does_not_list_the_url_patterns_or_the_path():
    page = assert_ours(reader("en").get("/staff/employees/999999/x"), 404, "en")
    assert "staff/" not in page.split("<main>")[1]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@override_settings(DEBUG=False)
def test_a_refusal_gets_our_403_page_with_its_reason(world, language):
    client = reader(language)
    client.force_login(world.users["auditor"])
    page = assert_ours(client.get("/accounts/manage/"), 403, language)
    reasons = {
        "kk": "Есептік жазбаларды тек әкімші басқара алады.",
        "ru": "Управлять учётными записями может только администратор.",
        "en": "Only an administrator may manage accounts.",
    }
    assert reasons[language] in page


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@override_settings(DEBUG=False)
def test_a_failing_page_gets_our_500_page(language):
    assert_ours(reader(language).get("/test-fails/broken/"), 500, language)


@override_settings(DEBUG=False)
def test_the_500_page_renders_with_the_database_down(world):
    client = reader("ru")
    client.force_login(world.users["hr_a"])  # a session the page must not try to read

    def database_down(execute, sql, params, many, context):
        raise OperationalError("connection to server at 127.0.0.1 failed")

    with connection.execute_wrapper(database_down):
        response = client.get("/test-fails/database/")
    page = assert_ours(response, 500, "ru")
    assert world.users["hr_a"].username not in page


@override_settings(DEBUG=False)
def test_an_api_failure_answers_the_contracts_json_error():
    response = reader("en").get("/api/test-fails/broken", headers={"Accept-Language": "ru"})
    assert response.status_code == 500
    body = response.json()
    assert body["code"] == "server_error" and body["errors"] == []
    assert response.headers["Content-Language"] == "ru" and "Something" not in body["message"]
    assert "SECRET" not in response.content.decode()


@override_settings(DEBUG=False)
def test_a_form_sent_without_its_csrf_token_gets_our_403_page():
    client = reader("kk", enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})
    page = assert_ours(response, 403, "kk")
    assert "CSRF" not in page


REFUSED = {
    403: {
        "kk": "бұл ұйымның жазбаларын өзгертуге құқық жоқ",
        "ru": "нет прав изменять записи этой организации",
    },
    404: {"kk": "мұндай сәйкестендіргіші бар қызметкер жоқ", "ru": "нет сотрудника с таким идентификатором"},
    412: {"kk": "басқа біреу өзгертті; ештеңе сақталмады", "ru": "изменил кто-то другой; ничего не"},
}


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("status", [403, 404, 412])
@override_settings(DEBUG=False)
def test_a_refusal_no_form_shows_is_our_page_with_its_status_and_its_sentence(world, status, language):
    client = reader(language)
    client.force_login(world.users["hr_a"])
    page = assert_ours(client.get(f"/test-refusals/{status}/"), status, language)
    assert REFUSED[status][language] in page
