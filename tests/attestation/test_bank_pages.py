"""The methodologist's pages: the bank with its statistics, a question's form (refusals next to
the field, nothing half-saved), the coverage of the professional standard, import from a file."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from biliktilik.attestation import selectors_bank
from biliktilik.attestation.models import Question

FIXTURES = Path(__file__).parent / "formats" / "fixtures"


@pytest.fixture
def methodologist(client, centre):
    client.force_login(centre.users["methodologist"])
    client.cookies["django_language"] = "kk"
    return client


def test_the_bank_lists_questions_with_their_kind_and_status_in_kazakh(methodologist, centre):
    page = methodologist.get(reverse("attestation:bank")).content.decode()
    assert "1-сұрақ мәтіні" in page and "бір дұрыс жауап" in page and "тестілеуге дайын" in page


def test_a_new_question_is_saved_from_the_form(methodologist, centre):
    data = {
        "kind": "single",
        "text_kk": "Кәсіптік стандарт неше карточкадан тұрады?",
        "text_ru": "Из скольких карточек?",
        "status": "draft",
        "tags": ["standard:card-1"],
        "points": ["act:order-2024-422/17"],
        "other_tags": "Платформа",
        "option_0_kk": "Төрт",
        "option_0_ru": "Четыре",
        "option_0_correct": "on",
        "option_1_kk": "Екі",
        "option_1_ru": "Две",
    }
    response = methodologist.post(reverse("attestation:question_new"), data)
    assert response.status_code == 302
    saved = Question.objects.latest("id")
    assert (
        saved.tags == ["standard:card-1", "act:order-2024-422/17", "Платформа"]
        and len(saved.current.options) == 2
    )


def test_a_question_without_a_correct_option_is_refused_on_the_form_and_nothing_is_saved(
    methodologist, centre
):
    before = Question.objects.count()
    data = {"kind": "single", "text_kk": "Сұрақ", "status": "draft", "option_0_kk": "А", "option_1_kk": "Ә"}
    response = methodologist.post(reverse("attestation:question_new"), data)
    assert response.status_code == 200
    assert "Дәл бір нұсқаны дұрыс деп белгілеңіз." in response.content.decode()
    assert Question.objects.count() == before


def test_the_coverage_counts_ready_questions_per_item_of_the_standard(methodologist, centre):
    rows = {row["item"].tag: row["ready"] for row in selectors_bank.coverage()}
    assert rows["standard:card-2"] == 12 and rows["standard:card-1"] == 0
    page = methodologist.get(reverse("attestation:coverage")).content.decode()
    assert 'class="platform-refused">0<' in page


def test_a_moodle_file_is_imported_from_the_page(methodologist, centre):
    before = Question.objects.count()
    upload = SimpleUploadedFile("q.txt", (FIXTURES / "gift" / "questions.gift.txt").read_bytes())
    response = methodologist.post(reverse("attestation:bank_import"), {"file": upload, "status": "draft"})
    assert response.status_code == 302
    assert Question.objects.count() > before


def test_an_hr_officer_sees_no_bank(client, centre):
    client.force_login(centre.users["hr"])
    assert client.get(reverse("attestation:bank")).status_code == 403
    assert client.get(reverse("attestation:question_new")).status_code == 403


def test_discrimination_needs_enough_takers_and_tells_strong_from_weak_questions():
    strong = [(90.0, True)] * 5 + [(20.0, False)] * 5
    flat = [(90.0, True), (20.0, True)] * 5
    assert selectors_bank.question_stats(strong).discrimination == 1.0
    assert selectors_bank.question_stats(flat).discrimination == 0.0
    assert selectors_bank.question_stats(strong[:4]).discrimination is None
