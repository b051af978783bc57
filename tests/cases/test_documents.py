"""The cases' documents (issue 9, item 6): a case worked to its last step issues the signed
certificate (kk and ru on one page, the verification link), the public page /verify/<code> says
whether it is valid, a duplicate repeats the original and keeps it valid, a re-issue revokes it;
the letters and the protocol; who may download them.

Dates by hand: an issue case registered on 19.03.2019 and worked on time ends on 17.04.2019
(test_workflow); its certificate is valid "up to three months": until 17.07.2019."""

import datetime as dt
from io import BytesIO

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from biliktilik.audit.models import AuditEntry
from biliktilik.cases import services_cases, services_certificates, services_evaluation
from biliktilik.cases.models import Certificate
from biliktilik.errors import InvalidInput
from biliktilik.signing.keys import signing_credentials
from biliktilik.signing.pdf import blocking

from .conftest import APPLICANT, BY_ACTOR, commission_part, on

D = dt.date
SITE = "https://biliktilik.example.kz"
REGISTERED = D(2019, 3, 19)
ENDED = D(2019, 4, 17)
EMPLOYED = "foreigner-certificate/issue-employed"
PROTOCOL_REASONING = "Диплом социального работника, стаж 6 лет."


@pytest.fixture(autouse=True)
def own_signing_key(settings, tmp_path):
    """A demo key of the test's own (made in its var/) and the site's address for the links."""
    settings.VAR_DIR = tmp_path / "var"
    settings.BILIKTILIK_SIGNING_KEY = settings.BILIKTILIK_SIGNING_CERT = ""
    settings.BILIKTILIK_SIGNING_PASSPHRASE = ""
    settings.BILIKTILIK_SITE_URL = SITE + "/"


@pytest.fixture
def work(provider, register):
    """Register a case and complete every step on its due date, the last with ``issuing``."""

    def run(procedure="foreigner-certificate/issue", day=REGISTERED, *, protocol="1", **issuing):
        case = register(day, procedure)
        steps = list(case.steps.order_by("number"))
        for step in steps:
            step.refresh_from_db()
            who = provider.users[BY_ACTOR.get(step.actor, "intake")]  # the duplicate's provider: intake
            commission_part(
                provider, case, step.number, step.due, reasoning=PROTOCOL_REASONING, protocol=protocol
            )
            with on(step.due):
                case = services_cases.step_complete(
                    actor=who,
                    case=case,
                    number=step.number,
                    on=step.due,
                    issuing=issuing if step is steps[-1] else None,
                )
        return case

    return run


def text_of(pdf: bytes) -> str:
    """The PDF's text, its lines joined by single spaces (a long title wraps)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


def verify_page(client, code: str, day: dt.date, language: str = "kk"):
    client.cookies["django_language"] = language
    with on(day):
        return client.get(f"/verify/{code}")


def test_the_last_step_of_an_issue_case_issues_the_signed_certificate(work):
    case = work()
    assert (case.status, case.ending, case.ended_on) == ("completed", "issued", ENDED)
    (certificate,) = Certificate.objects.filter(case=case)
    assert (certificate.kind, certificate.number, certificate.issued_on) == ("original", case.number, ENDED)
    assert certificate.valid_until == D(2019, 7, 17)
    assert (certificate.holder_name, certificate.holder_citizenship, certificate.occupation) == (
        APPLICANT["name"],
        APPLICANT["citizenship"],
        APPLICANT["occupation"],
    )
    assert len(certificate.code) == 16 and certificate.code.isalnum() and certificate.code.isupper()

    pdf = bytes(certificate.pdf)
    (signature,) = PdfFileReader(BytesIO(pdf)).embedded_signatures
    root = asn1_x509.Certificate.load(
        signing_credentials().certificate.public_bytes(serialization.Encoding.DER)
    )
    status = blocking(async_validate_pdf_signature(signature, ValidationContext(trust_roots=[root])))
    assert (status.intact, status.valid, status.trusted, status.bottom_line) == (True, True, True, True)
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE

    text = text_of(pdf)
    for wanted in (
        APPLICANT["name"],
        "17.04.2019",
        "17.07.2019",
        "Өз бетінше жұмысқа орналасу үшін біліктілік сәйкестігі туралы анықтама",
        "Справка о соответствии квалификации для самостоятельного трудоустройства",
        "Берілген күні",
        "Дата выдачи",
        "Жарамдылық мерзімі",
        "Действует до",
        f"{SITE}/verify/{certificate.code}",
    ):
        assert wanted in text, wanted
    # The applicant's contact and identity document are not on the certificate.
    assert APPLICANT["contact"] not in text and "1234567" not in text


def test_the_verification_page_says_valid_until_then_expired(work, client):
    certificate = work().certificates.get()
    page = verify_page(client, certificate.code, D(2019, 5, 1))
    assert page.status_code == 200
    body = page.content.decode()
    assert 'data-state="valid"' in body
    assert "Анықтама 17.07.2019 дейін жарамды." in body
    assert APPLICANT["name"] in body and certificate.number in body
    # No more than the certificate shows: neither the contact nor the identity document.
    assert APPLICANT["contact"] not in body and "1234567" not in body
    ru = verify_page(client, certificate.code, D(2019, 7, 17), "ru").content.decode()
    assert "Справка действительна до 17.07.2019." in ru  # its last day still valid
    expired = verify_page(client, certificate.code, D(2019, 7, 18), "ru")
    assert expired.status_code == 200
    assert 'data-state="expired"' in expired.content.decode()
    assert "срок её действия истёк 17.07.2019" in expired.content.decode()
    en = verify_page(client, certificate.code.lower(), D(2019, 7, 18), "en").content.decode()
    assert "its term expired on 17.07.2019" in en


def test_an_unknown_code_is_a_clear_404(client, db):
    page = verify_page(client, "AAAABBBBCCCCDDDD", D(2019, 5, 1), "ru")
    assert page.status_code == 404
    body = page.content.decode()
    assert 'data-state="unknown"' in body and "Нет справки с таким кодом проверки" in body


def test_a_reissue_revokes_the_certificate_it_replaces(work, client, register):
    first = work().certificates.get()
    duplicate = work(
        "foreigner-certificate/duplicate", D(2019, 5, 6), original=first.number
    ).certificates.get()
    reissued = work("foreigner-certificate/reissue", D(2019, 5, 20), original=first.number).certificates.get()
    first.refresh_from_db()
    duplicate.refresh_from_db()
    audited = AuditEntry.objects.filter(action="case.certificate", object_id=str(reissued.case_id)).get()
    assert audited.after["revoked"] == sorted([first.number, duplicate.number])
    assert audited.after["replaces"] == first.number
    # The re-issue's last step (3 steps of 1 working day from 20.05.2019) was done on 23.05.2019.
    assert (reissued.kind, reissued.replaces, reissued.issued_on) == ("reissue", first, D(2019, 5, 23))
    assert reissued.valid_until == first.valid_until == D(2019, 7, 17)
    assert first.revoked_on == duplicate.revoked_on == D(2019, 5, 23)
    old = verify_page(client, first.code, D(2019, 5, 24)).content.decode()
    assert 'data-state="revoked"' in old and "23.05.2019" in old
    assert 'data-state="revoked"' in verify_page(client, duplicate.code, D(2019, 5, 24)).content.decode()
    new = verify_page(client, reissued.code, D(2019, 5, 24), "ru").content.decode()
    assert 'data-state="valid"' in new and "Справка действительна до 17.07.2019." in new
    assert first.number in new  # "issued in place of" the old one
    assert f"№ {first.number}" in text_of(bytes(reissued.pdf))
    # A revoked certificate is not re-issued or duplicated again: the case stays open.
    with pytest.raises(InvalidInput) as refused:
        work("foreigner-certificate/duplicate", D(2019, 5, 27), original=first.number)
    assert (refused.value.code, refused.value.loc) == ("certificate_not_valid", ["body", "original"])


def test_a_duplicate_repeats_the_original_and_keeps_it_valid(work, client):
    first = work().certificates.get()
    case = work("foreigner-certificate/duplicate", D(2019, 5, 6), original=first.number)
    duplicate = case.certificates.get()
    assert (duplicate.kind, duplicate.replaces, duplicate.valid_until) == (
        "duplicate",
        first,
        first.valid_until,
    )
    assert duplicate.number == case.number != first.number
    text = text_of(bytes(duplicate.pdf))
    assert "ТЕЛНҰСҚА / ДУБЛИКАТ" in text
    assert f"№ {first.number}" in text and "17.04.2019" in text and APPLICANT["name"] in text
    page = verify_page(client, duplicate.code, D(2019, 5, 14), "ru").content.decode()
    assert 'data-state="valid"' in page and "дубликат справки" in page and first.number in page
    assert 'data-state="valid"' in verify_page(client, first.code, D(2019, 5, 14)).content.decode()


def test_a_duplicate_needs_the_number_of_a_certificate_it_may_see(work, provider):
    with pytest.raises(InvalidInput) as missing:
        work("foreigner-certificate/duplicate", D(2019, 5, 6))
    assert (missing.value.code, missing.value.loc) == ("required", ["body", "original"])
    with pytest.raises(InvalidInput) as unknown:
        work("foreigner-certificate/duplicate", D(2019, 5, 6), original="FC-2019-999999")
    assert unknown.value.code == "unknown_certificate"
    assert not Certificate.objects.exists()


def test_issue_employed_runs_for_the_contract_but_not_beyond_three_years(work):
    # issue-employed: 3 steps of 1 working day from Monday 03.06.2019: the last one on 06.06.2019.
    with pytest.raises(InvalidInput) as missing:
        work(EMPLOYED, D(2019, 6, 3))
    assert (missing.value.code, missing.value.loc) == ("required", ["body", "contract_until"])
    with pytest.raises(InvalidInput) as beyond:
        work(EMPLOYED, D(2019, 6, 3), contract_until=D(2022, 6, 7))
    assert (beyond.value.code, beyond.value.loc) == ("beyond_maximum_term", ["body", "contract_until"])
    assert beyond.value.params["latest"] == "06.06.2022"
    with pytest.raises(InvalidInput) as ended:
        work(EMPLOYED, D(2019, 6, 3), contract_until=D(2019, 6, 6))
    assert ended.value.code == "contract_ended"
    assert not Certificate.objects.exists()  # the refused completions left nothing
    case = work(EMPLOYED, D(2019, 6, 3), contract_until=D(2022, 6, 6))
    certificate = case.certificates.get()
    assert (certificate.issued_on, certificate.valid_until) == (D(2019, 6, 6), D(2022, 6, 6))


def test_the_api_refuses_a_contract_beyond_three_years_naming_the_field(register, provider, client, bearer):
    case = register(D(2019, 6, 3), EMPLOYED)
    for number, day, who in ((1, D(2019, 6, 4), "intake"), (2, D(2019, 6, 5), "management")):
        with on(day):
            services_cases.step_complete(actor=provider.users[who], case=case, number=number, on=day)
    with on(D(2019, 6, 6)):
        answer = client.post(
            f"/api/v1/cases/{case.pk}/steps/3/complete",
            {"on": "2019-06-06", "contract_until": "2023-01-01"},
            content_type="application/json",
            headers=bearer(provider.users["executor"], HTTP_ACCEPT_LANGUAGE="ru"),
        )
    assert answer.status_code == 422
    body = answer.json()
    assert body["code"] == "beyond_maximum_term"
    assert body["errors"][0]["loc"] == ["body", "contract_until"]
    assert "06.06.2022" in body["message"]
    case.refresh_from_db()
    assert case.status == "open" and case.steps.get(number=3).done_on is None
    with on(D(2019, 6, 6)):
        done = client.post(
            f"/api/v1/cases/{case.pk}/steps/3/complete",
            {"on": "2019-06-06", "contract_until": "2021-12-31"},
            content_type="application/json",
            headers=bearer(provider.users["executor"]),
        )
    assert done.status_code == 200 and done.json()["status"] == "completed"
    assert case.certificates.get().valid_until == D(2021, 12, 31)


def test_the_certificate_pdf_over_the_api(work, provider, register, client, bearer):
    case = work()
    with on(D(2019, 5, 1)):
        answer = client.get(
            f"/api/v1/cases/{case.pk}/certificate.pdf", headers=bearer(provider.users["executor"])
        )
        assert answer.status_code == 200
        assert answer["Content-Type"] == "application/pdf"
        assert answer.content == bytes(case.certificates.get().pdf)
        stranger = client.get(
            f"/api/v1/cases/{case.pk}/certificate.pdf", headers=bearer(provider.users["other_executor"])
        )
        assert stranger.status_code == 404 and stranger.json()["code"] == "not_found"
        open_case = register(D(2019, 4, 1))
        pending = client.get(
            f"/api/v1/cases/{open_case.pk}/certificate.pdf", headers=bearer(provider.users["executor"])
        )
        assert pending.status_code == 409 and pending.json()["code"] == "no_certificate"


def test_only_the_case_staff_download_the_documents(work, provider, client):
    case = work()
    url = f"/cases/{case.pk}/certificate.pdf"
    for name, status in (("executor", 200), ("management", 200), ("other_executor", 404), ("hr", 404)):
        client.force_login(provider.users[name])
        assert client.get(url).status_code == status, name
    client.logout()
    assert client.get(url).status_code == 302  # to the sign-in page


def test_the_letters_and_the_protocol(work, provider, register, client):
    # The commission's evaluation and vote recorded at its step, the protocol No. 7 drawn up on
    # the secretary's day, 04.04.2019 (``work``).
    case = work(protocol="7")
    client.force_login(provider.users["secretary"])
    protocol = client.get(f"/cases/{case.pk}/documents/protocol.pdf?lang=ru")
    assert protocol.status_code == 200
    text = text_of(protocol.content)
    assert "Протокол оценки Комиссии" in text and "№ 7 от 04.04.2019" in text
    assert "Диплом социального работника" in text and "выдать справку" in text
    notification = text_of(client.get(f"/cases/{case.pk}/documents/notification.pdf?lang=kk").content)
    assert "Қабылданған шешім туралы хабарлама" in notification and APPLICANT["name"] in notification
    assert client.get(f"/cases/{case.pk}/documents/refusal.pdf").status_code == 404  # not refused

    refused = register(D(2019, 4, 1))
    with on(D(2019, 4, 1)):
        services_cases.case_refuse(
            actor=provider.users["intake"], case=refused, on=D(2019, 4, 1), reason="Паспорт просрочен."
        )
    client.force_login(provider.users["intake"])
    letter = client.get(f"/cases/{refused.pk}/documents/refusal.pdf?lang=ru")
    assert letter.status_code == 200
    text = text_of(letter.content)
    assert "Отказ в приёме заявления" in text and "Паспорт просрочен." in text and "01.04.2019" in text
    assert client.get(f"/cases/{refused.pk}/documents/protocol.pdf").status_code == 404
    client.force_login(provider.users["other_executor"])
    assert client.get(f"/cases/{refused.pk}/documents/refusal.pdf").status_code == 404


def test_the_verification_code_is_not_guessable():
    codes = {services_certificates.new_code() for _ in range(200)}
    assert len(codes) == 200 and all(len(c) == 16 for c in codes)


def test_the_motivated_refusal_letter_after_the_commission(provider, register, client):
    case = register(REGISTERED)
    for number in (1, 2):
        step = case.steps.get(number=number)
        with on(step.due):
            services_cases.step_complete(
                actor=provider.users[BY_ACTOR[step.actor]], case=case, number=number, on=step.due
            )
    # The commission recommends refusal on 02.04.2019 (step 3's due date) and its secretary draws
    # up protocol No. 12 the same day.
    with on(D(2019, 4, 2)):
        services_evaluation.evaluation_record(
            actor=provider.users["commission"],
            case=case,
            on=D(2019, 4, 2),
            requirement=None,
            recommendation="refuse",
            reasoning="Стаж меньше требуемого.",
        )
        services_evaluation.vote_cast(actor=provider.users["commission"], case=case, vote="refuse")
        services_cases.step_complete(
            actor=provider.users["commission"], case=case, number=3, on=D(2019, 4, 2)
        )
        services_evaluation.protocol_draw(
            actor=provider.users["secretary"], case=case, number="12", on=D(2019, 4, 2)
        )
    with on(D(2019, 4, 3)):
        services_cases.case_refuse(
            actor=provider.users["management"], case=case, on=D(2019, 4, 3), reason="Стаж меньше требуемого."
        )
    client.force_login(provider.users["executor"])
    text = text_of(client.get(f"/cases/{case.pk}/documents/refusal.pdf?lang=kk").content)
    assert "Анықтама беруден дәлелді бас тарту" in text and "Стаж меньше требуемого." in text
    assert "02.04.2019 күнгі № 12" in text and "03.04.2019" in text
    notification = text_of(client.get(f"/cases/{case.pk}/documents/notification.pdf?lang=ru").content)
    assert "Услугодатель отказал Вам в выдаче справки" in notification
    assert not Certificate.objects.filter(case=case).exists()


def test_the_case_page_links_the_certificate_its_verification_page_and_the_letters(work, provider, client):
    case = work()
    certificate = case.certificates.get()
    client.force_login(provider.users["executor"])
    client.cookies["django_language"] = "ru"
    with on(D(2019, 5, 1)):
        page = client.get(f"/cases/{case.pk}/").content.decode()
    block = page[page.index('id="documents"') :]
    assert "Документы дела" in block and "Код проверки" in block and "Скачать справку (PDF)" in block
    assert f'href="/cases/{case.pk}/certificate.pdf"' in block
    assert f'href="/verify/{certificate.code}"' in block and "17.07.2019" in block
    # The protocol and the notification of the decision, each in Kazakh and Russian; no refusal.
    for document in ("protocol", "notification"):
        for language in ("kk", "ru"):
            assert f'href="/cases/{case.pk}/documents/{document}.pdf?lang={language}"' in block
    assert 'data-document="refusal"' not in block
    # An open case has none of them yet: the block stays empty.
    open_case = services_cases.case_register(
        actor=provider.users["intake"],
        procedure="foreigner-certificate/issue",
        registered_on=D(2019, 4, 1),
        channel="provider",
        applicant=dict(APPLICANT),
        organization=provider.centre,
    )
    with on(D(2019, 5, 1)):
        page = client.get(f"/cases/{open_case.pk}/").content.decode()
    block = page[page.index('id="documents"') :]
    assert "data-certificate" not in block and "data-document" not in block and "Документы дела" not in block
