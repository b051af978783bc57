"""Sign-in throttling: after five wrong passwords for a username from one address, sign-in for
that pair is locked for fifteen minutes, even with the right password, and our page says so in
the reader's language."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from biliktilik.accounts.throttle import client_ip

PASSWORD = "the-right-password-2026"
LOCKED = {
    "kk": "Бұл есептік жазбаға сіздің мекенжайыңыздан тым көп сәтсіз кіру әрекеті жасалды.",
    "ru": "Слишком много неудачных попыток входа в эту учётную запись с вашего адреса.",
    "en": "Too many unsuccessful sign-ins to this account from your address.",
}


@pytest.fixture
def aigul(db):
    return get_user_model().objects.create_user(username="aigul", password=PASSWORD)


def sign_in(client, password, username="aigul"):
    return client.post("/accounts/login/", {"username": username, "password": password})


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_then_the_right_one_is_refused(aigul):
    client = Client()
    for _ in range(30):
        assert sign_in(client, "wrong").status_code in (200, 429)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert LOCKED["kk"] in response.content.decode()
    assert not signed_in(client)


def test_the_lock_starts_at_the_fifth_failure(aigul):
    client = Client()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, "wrong").status_code == 429
    assert sign_in(client, PASSWORD).status_code == 429


def test_after_the_cool_off_the_right_password_signs_in(aigul):
    client = Client()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(30):
            sign_in(client, "wrong")
        assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(start + dt.timedelta(minutes=14), tick=False):
        # A try during the lock (even the right password) starts the fifteen minutes again.
        assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(start + dt.timedelta(minutes=14 + 16), tick=False):
        response = sign_in(client, PASSWORD)
        assert response.status_code == 302 and signed_in(client)


def test_a_right_password_before_the_limit_forgets_the_failures(aigul):
    client = Client()
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_lock_out_page_is_in_the_readers_language(aigul, language):
    client = Client()
    client.cookies["django_language"] = language
    for _ in range(5):
        sign_in(client, "wrong")
    page = sign_in(client, PASSWORD).content.decode()
    assert LOCKED[language] in page
    assert "Account locked" not in page and 'id="id_username"' in page


def test_a_lock_is_for_one_username_from_one_address(aigul):
    get_user_model().objects.create_user(username="nurlan", password=PASSWORD)
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(10):
        sign_in(attacker, "wrong")
    assert sign_in(attacker, PASSWORD).status_code == 429
    assert sign_in(Client(REMOTE_ADDR="198.51.100.7"), PASSWORD).status_code == 302
    assert sign_in(attacker, PASSWORD, username="nurlan").status_code == 302


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    settings.BILIKTILIK_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.BILIKTILIK_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.9"  # what the client itself wrote (1.2.3.4) is not trusted
    settings.BILIKTILIK_PROXY_COUNT = 3
    assert client_ip(request) == "10.0.0.2"  # fewer hops than proxies: the header is not the proxies'
