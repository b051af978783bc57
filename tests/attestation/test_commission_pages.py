"""The commission's pages with the clock moved: an appeal reviewed item by item with the question
as its taker saw it, a question annulled after its effect is shown, the assessment where a
missing figure stays a gap (by hand or from a file, all or nothing), decisions confirmed."""

import datetime as dt
import io
import re

import pytest
import time_machine
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from biliktilik.attestation import selectors_bank, services_appeals
from biliktilik.attestation.models import Annulment, Assessment, Decision
from biliktilik.staff.models import CategoryAward

from . import test_review
from .conftest import at, question
from .test_review import wrong_questions

tested = test_review.tested  # the review tests' campaign: two attestees tested on 20.03.2026
PLATFORM = "/platform"
REVIEW_DAY = at(dt.date(2026, 3, 24))  # inside p.21's two working days after the Nauryz holidays


def signed_in(client, user, language="kk"):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.fixture
def appeal(centre, tested):
    _, _, attempts = tested
    attempt = attempts["specialist"]
    first, second = wrong_questions(attempt)[:2]
    with time_machine.travel(REVIEW_DAY, tick=False):
        return services_appeals.appeal_file(
            actor=centre.users["taker1"],
            attempt=attempt,
            items=[
                {"question": first, "justification": "Екі жауап та дұрыс"},
                {"question": second, "justification": "Сұрақ түсініксіз"},
            ],
        )


@pytest.mark.parametrize(
    ("language", "word"), [("kk", "Аттестатталушының негіздемесі"), ("ru", "Обоснование")]
)
def test_the_appeal_page_shows_each_question_as_the_taker_saw_it_with_the_justification(
    client, centre, appeal, language, word
):
    signed_in(client, centre.users["commission"], language)
    with time_machine.travel(REVIEW_DAY, tick=False):
        page = client.get(f"{PLATFORM}/appeals/{appeal.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert word in html and "Екі жауап та дұрыс" in html and "Сұрақ түсініксіз" in html
    item = appeal.items.select_related("question__version").first()
    drawn = item.question
    options = {o["id"]: o["text"]["kk"] for o in drawn.version.options}
    shown = [options[o] for o in drawn.option_order]
    positions = [html.index(text) for text in shown]
    assert positions == sorted(positions)  # in the order the taker saw them
    assert drawn.version.text["kk"] in html  # the attempt's language


def test_reviewing_upholds_one_item_and_the_result_moves(client, centre, appeal):
    signed_in(client, centre.users["commission"])
    first, second = [i.question.version.question_id for i in appeal.items.select_related("question__version")]
    with time_machine.travel(REVIEW_DAY, tick=False):
        response = client.post(
            f"{PLATFORM}/appeals/{appeal.pk}/",
            {f"upheld_{first}": "yes", f"comment_{first}": "Келісеміз", f"upheld_{second}": "no"},
        )
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.status == "reviewed" and (appeal.percent_before, appeal.percent_after) == (60.0, 70.0)


def test_a_review_without_a_verdict_is_refused_on_that_question(client, centre, appeal):
    signed_in(client, centre.users["commission"], "ru")
    first, second = [i.question.version.question_id for i in appeal.items.select_related("question__version")]
    with time_machine.travel(REVIEW_DAY, tick=False):
        response = client.post(f"{PLATFORM}/appeals/{appeal.pk}/", {f"upheld_{first}": "yes"})
    assert response.status_code == 200
    assert f"upheld_{second}" in response.context["form"].errors
    appeal.refresh_from_db()
    assert appeal.status == "open"


def test_an_hr_officer_reads_the_appeal_but_may_not_review_and_another_centre_sees_nothing(
    client, centre, appeal
):
    signed_in(client, centre.users["hr"])
    page = client.get(f"{PLATFORM}/appeals/{appeal.pk}/")
    assert page.status_code == 200 and not page.context["may_act"]
    first = appeal.items.select_related("question__version").first().question.version.question_id
    assert client.post(f"{PLATFORM}/appeals/{appeal.pk}/", {f"upheld_{first}": "yes"}).status_code == 403
    signed_in(client, centre.users["hr_other"])
    assert client.get(f"{PLATFORM}/appeals/{appeal.pk}/").status_code == 404
    signed_in(client, centre.users["taker1"])
    assert client.get(f"{PLATFORM}/appeals/{appeal.pk}/").status_code == 404


def test_the_annulment_page_shows_the_effect_first_and_then_applies_with_a_reason(client, centre, tested):
    campaign, _, attempts = tested
    question = wrong_questions(attempts["specialist"])[0]
    signed_in(client, centre.users["commission"], "ru")
    page = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/questions/{question}/annul/")
    assert page.status_code == 200
    effect = next(e for e in page.context["effects"] if e["attempt"] == attempts["specialist"].pk)
    assert (effect["percent_before"], effect["percent_after"]) == (60.0, 70.0)
    assert "Влияние на каждый результат" in page.content.decode()
    assert not Annulment.objects.exists()  # the preview changed nothing
    empty = client.post(f"{PLATFORM}/campaigns/{campaign.pk}/questions/{question}/annul/", {"reason": " "})
    assert "reason" in empty.context["form"].errors
    done = client.post(
        f"{PLATFORM}/campaigns/{campaign.pk}/questions/{question}/annul/", {"reason": "Два верных ответа"}
    )
    assert done.status_code == 302
    attempts["specialist"].refresh_from_db()
    assert attempts["specialist"].percent == 70.0


def test_the_commission_page_lists_the_work_with_the_due_date_and_the_gaps(client, centre, tested):
    campaign, entries, _ = tested
    signed_in(client, centre.users["commission"], "ru")
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        page = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/commission/")
    assert page.status_code == 200
    html = page.content.decode()
    assert page.context["assessment_due"] == dt.date(2026, 3, 22) and not page.context["overdue"]
    assert [r["entry"] for r in page.context["assessable"]] == [entries["applicant"]]
    assert "не передано: пробел" in html and "22.03.2026" in html
    with time_machine.travel(at(dt.date(2026, 3, 25)), tick=False):
        late = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/commission/")
    assert late.context["overdue"] and 'data-flag="overdue"' in late.content.decode()


def test_an_assessment_with_a_missing_figure_keeps_the_gap_and_the_decision_cannot_be_confirmed(
    client, centre, tested
):
    campaign, entries, _ = tested
    applicant = entries["applicant"]
    signed_in(client, centre.users["commission"], "ru")
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        client.post(f"{PLATFORM}/attestees/{applicant.pk}/assessment/", {"rating": "4.5", "violations": ""})
        assessment = Assessment.objects.get(attestee=applicant)
        assert assessment.rating == 4.5 and assessment.violations is None
        page = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/commission/")
        assert "Неопределённое решение утвердить нельзя" in page.content.decode()
        refused = client.post(f"{PLATFORM}/attestees/{applicant.pk}/decision/confirm/", follow=True)
    assert not Decision.objects.filter(attestee=applicant).exists()
    assert "не определено" in refused.content.decode() or "неопредел" in refused.content.decode().lower()


def test_an_assessment_out_of_range_is_refused_on_the_field(client, centre, tested):
    _, entries, _ = tested
    signed_in(client, centre.users["commission"])
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        response = client.post(f"{PLATFORM}/attestees/{entries['applicant'].pk}/assessment/", {"rating": "7"})
    assert response.status_code == 200 and "rating" in response.context["form"].errors


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_figures_import_from_a_file_and_the_decision_is_confirmed(client, centre, tested):
    campaign, entries, _ = tested
    applicant = entries["applicant"]
    signed_in(client, centre.users["commission"], "ru")
    content = _xlsx([["ИИН", "рейтинг", "нарушения"], [applicant.employee.iin, 4.5, 0]])
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        response = client.post(
            f"{PLATFORM}/campaigns/{campaign.pk}/assessments/file/",
            {"file": SimpleUploadedFile("figures.xlsx", content)},
            follow=True,
        )
        assert "Записаны показатели 1 аттестуемого." in response.content.decode()
        assessment = Assessment.objects.get(attestee=applicant)
        assert (assessment.rating, assessment.violations, assessment.source) == (4.5, 0, "file")
        confirmed = client.post(f"{PLATFORM}/attestees/{applicant.pk}/decision/confirm/", follow=True)
    assert "Решение утверждено" in confirmed.content.decode()
    assert CategoryAward.objects.filter(employee=applicant.employee, category="case_manager").exists()


def test_a_file_with_one_wrong_row_records_nothing_and_names_every_wrong_row(client, centre, tested):
    campaign, entries, _ = tested
    signed_in(client, centre.users["commission"], "ru")
    csv = (
        "IIN;rating;violations\n"
        f"{entries['applicant'].employee.iin};4,5;\n"
        "123;4;0\n"
        f"{centre.stranger.iin};abc;1\n"
    ).encode()
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        response = client.post(
            f"{PLATFORM}/campaigns/{campaign.pk}/assessments/file/",
            {"file": SimpleUploadedFile("figures.csv", csv)},
            follow=True,
        )
    html = response.content.decode()
    assert "Ничего не записано" in html
    assert "Строка 3: ИИН должен состоять из 12 цифр." in html
    assert "Строка 4:" in html and "не число" in html
    assert not Assessment.objects.exists()


def test_a_file_naming_a_specialist_who_is_not_assessed_records_nothing(client, centre, tested):
    campaign, entries, _ = tested
    signed_in(client, centre.users["commission"])
    csv = f"{entries['applicant'].employee.iin},4.5,0\n{entries['specialist'].employee.iin},4,0\n".encode()
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        client.post(
            f"{PLATFORM}/campaigns/{campaign.pk}/assessments/file/",
            {"file": SimpleUploadedFile("f.csv", csv)},
        )
    assert not Assessment.objects.exists()  # the applicant's row was rolled back with the refused one


def test_an_hr_officer_cannot_import_figures_and_an_employee_cannot_open_the_commission(
    client, centre, tested
):
    campaign, entries, _ = tested
    signed_in(client, centre.users["hr"])
    csv = f"{entries['applicant'].employee.iin},4.5,0\n".encode()
    response = client.post(
        f"{PLATFORM}/campaigns/{campaign.pk}/assessments/file/", {"file": SimpleUploadedFile("f.csv", csv)}
    )
    assert response.status_code == 403 and not Assessment.objects.exists()
    signed_in(client, centre.users["taker0"])
    assert client.get(f"{PLATFORM}/campaigns/{campaign.pk}/commission/").status_code == 404


def test_the_dashboard_counts_the_tested_campaign(client, centre, tested, appeal):
    campaign, _, _ = tested
    signed_in(client, centre.users["hr"])
    numbers = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/dashboard/").context["numbers"]
    assert numbers == {
        "admitted": 2,
        "started": 2,
        "finished": 2,
        "passed": 1,
        "appeals_open": 1,
        "assessments_due": 1,
        "decisions_confirmed": 0,
    }


def test_an_hr_officer_cannot_confirm_a_decision_nor_annul_a_question(client, centre, tested):
    campaign, entries, attempts = tested
    signed_in(client, centre.users["hr"])
    response = client.post(f"{PLATFORM}/attestees/{entries['specialist'].pk}/decision/confirm/")
    assert response.status_code == 403 and not Decision.objects.exists()
    question = wrong_questions(attempts["specialist"])[0]
    annul = client.post(f"{PLATFORM}/campaigns/{campaign.pk}/questions/{question}/annul/", {"reason": "x"})
    assert annul.status_code == 403 and not Annulment.objects.exists()


def test_a_question_the_campaign_never_drew_has_no_annulment_page(client, centre, tested):
    campaign, _, _ = tested
    never = question(centre.users["methodologist"], 99)  # made after the tests were drawn
    signed_in(client, centre.users["commission"])
    assert client.get(f"{PLATFORM}/campaigns/{campaign.pk}/questions/{never.pk}/annul/").status_code == 404


def test_the_commission_sees_each_questions_discrimination_among_this_campaigns_takers(
    client, centre, tested, monkeypatch
):
    # The two takers answered their drawn questions in order: the applicant the first 9 of 10
    # right (90 %), the specialist the first 6 (60 %). With the minimum lowered to two takers the
    # upper group is the applicant and the lower the specialist, so a question both drew gets
    # 1 if only the applicant got it right, 0 if both did (or neither), -1 if only the specialist.
    monkeypatch.setattr(selectors_bank, "MIN_TAKERS", 2)
    campaign, _, attempts = tested
    drawn = {
        name: [d.version.question_id for d in a.drawn.select_related("version").order_by("id")]
        for name, a in attempts.items()
    }
    right = {"applicant": set(drawn["applicant"][:9]), "specialist": set(drawn["specialist"][:6])}
    both = set(drawn["applicant"]) & set(drawn["specialist"])
    signed_in(client, centre.users["commission"], "ru")  # numbers as Russian writes them: "1,0"
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        html = client.get(f"{PLATFORM}/campaigns/{campaign.pk}/commission/").content.decode()
    cells = dict(
        re.findall(r'<tr data-question="(\d+)">.*?data-label="Дискриминативность">(.*?)</td>', html, re.S)
    )
    for question_id in both:
        expected = int(question_id in right["applicant"]) - int(question_id in right["specialist"])
        assert cells[str(question_id)].startswith(f"{expected},0"), (
            question_id,
            cells[str(question_id)],
        )
    # A question only one of them drew has one taker: no index, and the page says after how many.
    for question_id in set(drawn["applicant"]) ^ set(drawn["specialist"]):
        assert "после 2" in cells[str(question_id)]
