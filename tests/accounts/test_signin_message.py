"""A wrong password is told in one whole sentence of the reader's language."""

import pytest
from django.contrib.auth import get_user_model

from tests.pages.test_calculator_pages import switch_language


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("kk", "Қолданушы атауы немесе құпиясөз қате."),
        ("ru", "Неверное имя пользователя или пароль."),
        ("en", "The username or password is not correct."),
    ],
)
def test_a_wrong_password_is_told_in_the_readers_language(client, language, told):
    get_user_model().objects.create_user(username="aigul", password="a-long-right-password")
    switch_language(client, language)
    response = client.post("/accounts/login/", {"username": "aigul", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert told in html
    assert "Please enter a correct" not in html
