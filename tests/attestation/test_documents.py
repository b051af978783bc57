"""The attestation sheet and the campaign protocol as PDF in Kazakh and Russian: the Kazakh
letters are in the text one extracts from the file, the sheet carries every part of the
attestation, a campaign without decisions still has its protocol, and a document reaches only
those who may read it (anyone else gets a 404)."""

import datetime as dt
import io

import pytest
import time_machine
from pypdf import PdfReader

from biliktilik import vocabulary
from biliktilik.attestation import services_appeals, services_decisions
from biliktilik.attestation.wording import person_name

from .conftest import at
from .test_review import tested  # noqa: F401 - the fixture of a whole test, reused


def pdf_text(response) -> str:
    """The PDF's text with its line breaks taken as spaces (a table cell wraps its lines)."""
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(response.content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def decided(centre, tested):  # noqa: F811
    """The category applicant assessed and their decision confirmed; the specialist's pending."""
    campaign, entries, attempts = tested
    commission = centre.users["commission"]
    with time_machine.travel(at(dt.date(2026, 3, 21)), tick=False):
        services_decisions.assessment_record(
            actor=commission, entry=entries["applicant"], rating=4.5, violations=0, note="Ескерту жоқ"
        )
        services_decisions.decision_confirm(actor=commission, entry=entries["applicant"])
    return campaign, entries


def test_the_sheet_in_kazakh_says_who_what_result_and_decision_in_kazakh_letters(client, centre, decided):
    campaign, entries = decided
    applicant = entries["applicant"]
    client.force_login(centre.users["hr"])
    text = pdf_text(client.get(f"/platform/attestees/{applicant.pk}/sheet.pdf?lang=kk"))
    assert "Аттестаттау парағы" in text
    assert person_name(applicant.employee, "kk") in text  # Әбенова Айгүл
    assert applicant.employee.organization.name_kk in text and campaign.title in text
    assert "16.03.2026" in text and "20.03.2026" in text
    assert vocabulary.label("attestee", "category_applicant", "kk") in text
    assert vocabulary.label("attestation_category", "career_consultant", "kk") in text
    assert "90 % " in text.replace("\u00a0", " ") and "70 %" in text.replace("\u00a0", " ")
    assert "27.03.2026" in text  # the p.21 appeal deadline
    assert "Ескерту жоқ" in text  # the commission's column of Appendix 1-2
    assert vocabulary.label("decision", "meets_declared_category", "kk") in text
    assert "21.03.2026" in text and centre.users["commission"].get_username() in text
    assert "1-қосымша" in text  # the Appendix 1 form's base text is said to be missing


def test_the_sheet_in_russian_keeps_the_kazakh_name_beside_the_russian_one(client, centre, decided):
    _, entries = decided
    applicant = entries["applicant"]
    client.force_login(centre.users["hr"])
    text = pdf_text(client.get(f"/platform/attestees/{applicant.pk}/sheet.pdf?lang=ru"))
    assert "Аттестационный лист" in text
    assert person_name(applicant.employee, "ru") in text and person_name(applicant.employee, "kk") in text
    assert vocabulary.label("decision", "meets_declared_category", "ru") in text
    assert "п. 30" in text  # a citation as people read it


def test_the_protocol_lists_every_attestee_with_the_result_and_the_confirmations(client, centre, decided):
    campaign, entries = decided
    client.force_login(centre.users["commission"])
    kk = pdf_text(client.get(f"/platform/campaigns/{campaign.pk}/protocol.pdf?lang=kk"))
    ru = pdf_text(client.get(f"/platform/campaigns/{campaign.pk}/protocol.pdf?lang=ru"))
    assert "Аттестаттау хаттамасы" in kk and "Протокол аттестации" in ru
    for entry in entries.values():
        assert person_name(entry.employee, "kk") in kk and person_name(entry.employee, "ru") in ru
    assert vocabulary.label("decision", "meets_declared_category", "kk") in kk
    assert centre.users["commission"].get_username() in kk


def test_a_campaign_without_decisions_still_has_its_protocol_with_the_decisions_pending(
    client,
    centre,
    tested,  # noqa: F811
):
    campaign, _, _ = tested
    client.force_login(centre.users["auditor"])
    text = pdf_text(client.get(f"/platform/campaigns/{campaign.pk}/protocol.pdf?lang=ru"))
    assert "Ни одно решение ещё не утверждено" in text


def test_a_name_is_printed_as_it_is_written_never_read_as_markup(client, centre, tested):  # noqa: F811
    _, entries, _ = tested
    employee = entries["specialist"].employee
    employee.last_name_kk = "Сейтқали #strong[x] $y$ *z*"
    employee.save(update_fields=["last_name_kk"])
    client.force_login(centre.users["hr"])
    text = pdf_text(client.get(f"/platform/attestees/{entries['specialist'].pk}/sheet.pdf?lang=kk"))
    assert "Сейтқали #strong[x] $y$ *z*" in text


def test_the_language_is_the_readers_choice_and_kazakh_otherwise(client, centre, tested):  # noqa: F811
    _, entries, _ = tested
    client.force_login(centre.users["hr"])
    url = f"/platform/attestees/{entries['applicant'].pk}/sheet.pdf"
    assert "Аттестаттау парағы" in pdf_text(client.get(url, {"lang": "xx"}))
    assert "Аттестационный лист" in pdf_text(client.get(url, {"lang": "ru"}))


def test_a_document_reaches_only_those_who_may_read_it(client, centre, tested):  # noqa: F811
    campaign, entries, _ = tested
    sheet = f"/platform/attestees/{entries['applicant'].pk}/sheet.pdf"
    protocol = f"/platform/campaigns/{campaign.pk}/protocol.pdf"
    expected = {
        "hr": (200, 200),
        "commission": (200, 200),
        "auditor": (200, 200),
        "taker0": (200, 404),  # the attestee: their own sheet, not the others' results
        "taker1": (404, 404),
        "hr_other": (404, 404),
        "methodologist": (404, 404),
    }
    seen = {}
    for who in expected:
        client.force_login(centre.users[who])
        seen[who] = (client.get(sheet).status_code, client.get(protocol).status_code)
    assert seen == expected
    client.logout()
    assert client.get(sheet).status_code == 302  # to the sign-in page


def test_the_sheet_shows_the_appeal_item_by_item_with_the_result_before_and_after(
    client,
    centre,
    tested,  # noqa: F811
):
    _, entries, attempts = tested
    attempt = attempts["specialist"]
    wrong = [
        d.version.question_id
        for d in attempt.drawn.select_related("version")
        if set(d.chosen) != d.version.correct
    ][:2]
    with time_machine.travel(at(dt.date(2026, 3, 24)), tick=False):
        appeal = services_appeals.appeal_file(
            actor=centre.users["taker1"],
            attempt=attempt,
            items=[{"question": q, "justification": "Екі жауап та дұрыс"} for q in wrong],
        )
        services_appeals.appeal_review(
            actor=centre.users["commission"],
            appeal=appeal,
            items=[
                {"question": wrong[0], "upheld": True, "comment": "Келісеміз"},
                {"question": wrong[1], "upheld": False, "comment": "Сұрақ анық"},
            ],
        )
    client.force_login(centre.users["taker1"])
    text = pdf_text(client.get(f"/platform/attestees/{entries['specialist'].pk}/sheet.pdf")).replace(
        "\u00a0", " "
    )
    assert "Апелляция (21-т.)" in text and "Екі жауап та дұрыс" in text
    assert "қанағаттандырылды" in text and "қанағаттандырылмады" in text and "Келісеміз" in text
    assert "60 %" in text and "70 %" in text
