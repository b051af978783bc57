"""The employee's pages, with the clock moved: their tests, starting inside the window, answering
without script (the form posts every answer), a reload that shows what was saved, submitting,
the result with the appeal deadline, and the appeal after the window closes."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from biliktilik.attestation.models import Appeal, Attempt

from .conftest import WINDOW_FROM, WINDOW_TO, at


@pytest.fixture
def taker(client, centre):
    client.force_login(centre.users["taker0"])
    client.cookies["django_language"] = "kk"
    return client


def start(taker, entry):
    response = taker.post(reverse("attestation:attempt_start", args=[entry.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(attestee=entry)


def test_my_tests_say_the_window_and_refuse_a_start_before_it(taker, listed):
    with time_machine.travel(at(WINDOW_FROM - dt.timedelta(days=3)), tick=False):
        page = taker.get(reverse("attestation:my_tests")).content.decode()
        assert "02.03.2026" in page and "06.03.2026" in page
        assert "Тестті тек тестілеу кезеңінде бастауға болады." in page
        refused = taker.post(reverse("attestation:attempt_start", args=[listed[0].pk]))
    assert refused.status_code == 409


def test_someone_not_admitted_is_told_why_in_their_language(client, centre, listed):
    client.force_login(centre.users["taker2"])
    client.cookies["django_language"] = "ru"
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        page = client.get(reverse("attestation:my_tests")).content.decode()
    assert "Вы не допущены к этому тестированию." in page
    assert "24 ч" in page and "72 ч" in page


def test_answers_posted_without_script_are_saved_and_shown_again_after_a_reload(taker, listed):
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        attempt = start(taker, listed[0])
        url = reverse("attestation:attempt", args=[attempt.pk])
        page = taker.get(url).content.decode()
        assert page.count('class="platform-question"') == 5
        assert "correct" not in page
        drawn = list(attempt.drawn.select_related("version"))
        posted = {f"q{d.version.question_id}": sorted(d.version.correct) for d in drawn[:3]}
        assert taker.post(url, {**posted, "save": ""}).status_code == 200
        again = taker.get(url).content.decode()
    assert len(re.findall(r"\bchecked\b", again)) == 3
    assert re.search(r"Жауап берілді: <b data-answered-count>3</b> / <span data-total>5</span>", again)


def test_submitting_shows_the_result_the_threshold_and_the_appeal_deadline(taker, listed):
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        attempt = start(taker, listed[0])
        drawn = list(attempt.drawn.select_related("version"))
        answers = {f"q{d.version.question_id}": sorted(d.version.correct) for d in drawn[:4]}
        response = taker.post(reverse("attestation:attempt", args=[attempt.pk]), {**answers, "submit": ""})
        assert response.status_code == 302
        page = taker.get(reverse("attestation:result", args=[attempt.pk])).content.decode()
    assert "80%" in page and "70%" in page and "04.03.2026" in page
    assert "Тест тапсырылды." in page


def test_after_the_window_the_wrong_questions_are_shown_and_an_appeal_needs_a_justification(taker, listed):
    with time_machine.travel(at(WINDOW_TO), tick=False):
        attempt = start(taker, listed[0])
        drawn = list(attempt.drawn.select_related("version"))
        answers = {f"q{d.version.question_id}": sorted(d.version.correct) for d in drawn[:3]}
        taker.post(reverse("attestation:attempt", args=[attempt.pk]), {**answers, "submit": ""})
    wrong = drawn[3].version.question_id
    with time_machine.travel(at(WINDOW_TO + dt.timedelta(days=3)), tick=False):
        url = reverse("attestation:result", args=[attempt.pk])
        page = taker.get(url).content.decode()
        assert f'name="appeal_{wrong}"' in page
        missing = taker.post(url, {f"appeal_{wrong}": "on", f"why_{wrong}": " "})
        assert missing.status_code == 200 and not Appeal.objects.exists()
        filed = taker.post(url, {f"appeal_{wrong}": "on", f"why_{wrong}": "Екі жауап та дұрыс деп санаймын"})
    assert filed.status_code == 302
    assert Appeal.objects.get().items.get().justification == "Екі жауап та дұрыс деп санаймын"


def test_another_employee_cannot_open_the_test(client, centre, listed):
    client.force_login(centre.users["taker0"])
    with time_machine.travel(at(WINDOW_FROM), tick=False):
        attempt = start(client, listed[0])
        client.force_login(centre.users["taker1"])
        assert client.get(reverse("attestation:attempt", args=[attempt.pk])).status_code == 404
        assert client.post(reverse("attestation:attempt_start", args=[listed[0].pk])).status_code == 404
