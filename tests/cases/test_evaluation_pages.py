"""The commission's part of a case page, in Kazakh and Russian: the documents checklist with the
sentence that its full list is not in our sources and what is missing or expired, the
applicant's records, the commission's evaluation against a point of order-2017-360 with our
rules' explanation, the members' votes and the secretary's protocol, each through its form and
only for the role and at the step the services allow.

The dates are those of tests/cases/test_evaluation.py: a 2019 case under the seed regulation
(registered Mon 01.04.2019, its intake and executor's steps done 02.04 and 03.04, so the
commission's step is current from 04.04; the protocol on Mon 08.04), and a 2024 case under the
test-only regulation order-2022-998 in a copy of ``law/`` (registered Tue 10.09.2024), since the
points of order-2017-360 in our sources are worded by order-2024-316, in force from 31.08.2024.
"""

import datetime as dt
import html
import re

import pytest

from biliktilik.cases import procedures
from biliktilik.cases import services_evaluation as evaluation
from biliktilik.cases.models import CaseDocument, Evaluation, Vote

from . import test_evaluation as scenario
from .conftest import on
from .test_pages import signed_in, text

# The scenario's fixtures and facts (tests/cases/test_evaluation.py): the lawbook with the
# test-only regulation, the commission's members, the applicant's diploma and three years.
law_2024, members = scenario.law_2024, scenario.members
HIGHER_SOCIAL, THREE_YEARS, at_commission = (
    scenario.HIGHER_SOCIAL,
    scenario.THREE_YEARS,
    scenario.at_commission,
)

D = dt.date
CASES = "/cases/"
NOT_IN_SOURCES = {
    "kk": "Стандарт (2015 жылғы 28 сәуірдегі № 279 бұйрық) біздің дереккөздерде жоқ",
    "ru": "Стандарта (приказ № 279 от 28.04.2015) нет в наших источниках",
}


def field_block(html: str, name: str) -> str:
    """The field block (a form's ``div.field`` or a row's ``td``) holding the input ``name``."""
    for block in re.findall(r'<div class="field(?: [^"]*)?">.*?</div>|<td[^>]*>.*?</td>', html, re.S):
        if f'name="{name}"' in block:
            return block
    raise AssertionError(f"no field {name}")


def form_of(html: str, kind: str) -> str | None:
    found = re.search(rf'<form [^>]*data-form="{kind}".*?</form>', html, re.S)
    return found.group(0) if found else None


def page(client, case) -> str:
    return text(client.get(f"{CASES}{case.pk}/"))


# --- the documents checklist ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "missing", "expired"),
    [
        (
            "kk",
            "«білімі туралы құжаттар» ұсынылмады.",
            "«жеке басын куәландыратын құжат» 01.03.2019 дейін жарамды болды, бұл 19.03.2019 күнінен бұрын.",
        ),
        (
            "ru",
            "«документы об образовании» не представлен(о).",
            "«документ, удостоверяющий личность» действовал(о) до 01.03.2019, то есть раньше 19.03.2019.",
        ),
    ],
)
def test_the_checklist_says_its_list_is_not_in_our_sources_and_names_what_is_missing(
    client, provider, register, language, missing, expired
):
    case = register(D(2019, 3, 19))
    signed_in(client, provider.users["intake"], language)
    with on(D(2019, 3, 19)):
        before = page(client, case)
        assert NOT_IN_SOURCES[language] in before
        # Recorded through the form: the application and the work-experience documents in order,
        # the passport run out on 01.03.2019, the diplomas not brought.
        response = client.post(
            f"{CASES}{case.pk}/evaluation/checklist/",
            {
                "checklist-application-submitted": "on",
                "checklist-identity_document-submitted": "on",
                "checklist-identity_document-valid_until": "2019-03-01",
                "checklist-experience_documents-submitted": "on",
            },
        )
        assert response.status_code == 302 and response["Location"].endswith(f"/{case.pk}/#evaluation")
        shown = page(client, case)
    assert NOT_IN_SOURCES[language] in shown
    assert missing in shown and expired in shown
    problems = re.search(r'<div class="problems".*?</div>', shown, re.S).group(0)
    assert problems.count("<li ") == 2  # the application and the experience documents are in order
    # The intake officer, at intake, is pointed to the refusal form of the case page.
    assert 'href="#actions"' in problems and 'data-action="refused_to_accept"' in shown
    rows = dict(CaseDocument.objects.filter(case=case).values_list("item", "valid_until"))
    assert rows == {
        "application": None,
        "identity_document": D(2019, 3, 1),
        "education_documents": None,
        "experience_documents": None,
    }


def test_a_checklist_date_typed_wrong_is_refused_on_its_field_and_nothing_saved(client, provider, register):
    case = register(D(2019, 3, 19))
    signed_in(client, provider.users["intake"], "kk")
    with on(D(2019, 3, 19)):
        response = client.post(
            f"{CASES}{case.pk}/evaluation/checklist/",
            {
                "checklist-application-submitted": "on",
                "checklist-identity_document-valid_until": "01.03.2019",
            },
        )
    assert response.status_code == 200
    block = field_block(text(response), "checklist-identity_document-valid_until")
    assert "Жарамдылық мерзімі" in block and "Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз." in block
    assert not CaseDocument.objects.filter(case=case).exists()


# --- the applicant's records --------------------------------------------------------------


def records_post(**rows) -> dict:
    data = {
        "education-TOTAL_FORMS": "1",
        "education-INITIAL_FORMS": "0",
        "experience-TOTAL_FORMS": "1",
        "experience-INITIAL_FORMS": "0",
    }
    data.update(rows)
    return data


def test_the_executor_records_education_and_experience_and_a_period_ending_before_it_starts_is_refused(
    client, provider, register
):
    case = register(D(2019, 3, 19))
    signed_in(client, provider.users["executor"], "ru")
    with on(D(2019, 3, 26)):
        wrong = client.post(
            f"{CASES}{case.pk}/evaluation/records/",
            records_post(
                **{
                    "education-0-level": "higher",
                    "education-0-field": "social",
                    "experience-0-start": "2015-09-01",
                    "experience-0-end": "2014-08-31",
                    "experience-0-sector": "social_protection",
                }
            ),
        )
        block = field_block(text(wrong), "experience-0-end")
        assert (
            "Окончание периода (пусто, если продолжается)" in block
            and "Период заканчивается раньше, чем начинается." in block
        )
        assert not case.education.exists()  # nothing half-saved: the diploma waits with the period
        done = client.post(
            f"{CASES}{case.pk}/evaluation/records/",
            records_post(
                **{
                    "education-0-level": "higher",
                    "education-0-field": "social",
                    "education-0-institution": "КазНУ",
                    "experience-0-start": "2015-09-01",
                    "experience-0-end": "2018-08-31",
                    "experience-0-sector": "social_protection",
                    "experience-0-employer": "Центр социального обслуживания",
                }
            ),
        )
        assert done.status_code == 302
        shown = page(client, case)
    assert "Центр социального обслуживания" in shown and "01.09.2015 – 31.08.2018" in shown
    assert "социальная защита" in shown and "КазНУ" in shown


# --- the evaluation -----------------------------------------------------------------------


def test_a_member_evaluates_against_point_12_3_through_the_form_and_reads_the_explanation(
    client, provider, register, complete, law_2024, monkeypatch
):
    # The case pages read the process's lawbook: here the copy with the test-only regulation.
    monkeypatch.setattr(procedures, "lawbook", lambda: law_2024)
    case = at_commission(register, complete, D(2024, 9, 10), law=law_2024)
    with on(D(2024, 9, 12)):
        evaluation.applicant_records_set(
            actor=provider.users["executor"], case=case, education=HIGHER_SOCIAL, experience=THREE_YEARS
        )
    signed_in(client, provider.users["commission"], "kk")
    with on(D(2024, 9, 13)):
        form = form_of(page(client, case), "evaluation")
        assert form and 'value="order-2017-360/12-3"' in form
        response = client.post(
            f"{CASES}{case.pk}/evaluation/",
            {
                "evaluation-on": "2024-09-13",
                "evaluation-requirement": "order-2017-360/12-3",
                "evaluation-recommendation": "issue",
            },
        )
        assert response.status_code == 302
        shown = page(client, case)
    stored = Evaluation.objects.get(case=case)
    assert (stored.requirement, stored.recommendation) == ("order-2017-360/12-3", "issue")
    assert "Комиссияның бағалауы жазылды." in shown
    # By hand: higher social education and 01.09.2020 – 31.08.2023 in social protection, 1095
    # days, meet the first branch of point 12-3 (3 years = 1095 days): the Kazakh steps say so.
    section = re.search(r'<dl class="facts evaluation">.*?</dl>', shown, re.S).group(0)
    assert 'data-requirement="order-2017-360/12-3"' in section and "12-3" in section
    assert "Талаптар орындалды." in section
    met = re.search(r'<li data-code="experience_branch_met">.*?</li>', section, re.S).group(0)
    assert "кемінде 3 жыл (1095 күн)" in met and "есептелгені 1095 күн" in met
    assert "Еңбек мобильділігі орталығы директорының орынбасары" in section  # the point by its title
    assert 'class="cite"' in section  # the point and the steps cite the law


@pytest.mark.parametrize(
    ("language", "label", "message"),
    [
        (
            "kk",
            "Комиссияның негіздемесі",
            "Біздің дереккөздердегі бірде-бір талап қолданылмады: Комиссияның өз негіздемесін жазыңыз.",
        ),
        (
            "ru",
            "Обоснование Комиссии",
            "Не применено ни одно требование из наших источников: изложите собственное обоснование Комиссии.",
        ),
        (
            "en",
            "The commission's reasoning",
            "No requirement in our sources is applied: state the commission's own reasoning.",
        ),
    ],
)
def test_no_requirement_and_no_reasoning_is_refused_on_the_reasoning_field(
    client, provider, register, complete, language, label, message
):
    case = at_commission(register, complete, D(2019, 4, 1))
    signed_in(client, provider.users["commission"], language)
    with on(D(2019, 4, 4)):
        response = client.post(
            f"{CASES}{case.pk}/evaluation/",
            {
                "evaluation-on": "2019-04-04",
                "evaluation-requirement": "",
                "evaluation-recommendation": "issue",
            },
        )
    assert response.status_code == 200
    block = html.unescape(field_block(text(response), "evaluation-reasoning"))
    assert label in block and message in block and 'role="alert"' in block
    assert not Evaluation.objects.filter(case=case).exists()


# --- votes and the protocol ---------------------------------------------------------------


def evaluated_2019(register, complete, provider):
    case = at_commission(register, complete, D(2019, 4, 1))
    with on(D(2019, 4, 4)):
        evaluation.evaluation_record(
            actor=provider.users["commission"],
            case=case,
            on=D(2019, 4, 4),
            requirement=None,
            recommendation="issue",
            reasoning="Диплом социального работника и пять лет в центре социального обслуживания.",
        )
    return case


def vote(client, case, member, choice, language="kk"):
    signed_in(client, member, language)
    with on(D(2019, 4, 5)):
        return client.post(f"{CASES}{case.pk}/evaluation/vote/", {"vote-vote": choice})


def test_votes_and_the_protocol_through_the_forms(client, provider, register, complete, members):
    case = evaluated_2019(register, complete, provider)
    assert vote(client, case, members["a"], "refuse").status_code == 302
    assert vote(client, case, members["a"], "issue").status_code == 302  # changed, not a second vote
    assert vote(client, case, members["b"], "issue").status_code == 302
    assert vote(client, case, members["c"], "refuse").status_code == 302
    assert Vote.objects.filter(evaluation__case=case).count() == 3
    complete(case, 3, D(2019, 4, 5))
    signed_in(client, provider.users["secretary"], "ru")
    with on(D(2019, 4, 8)):
        before = page(client, case)
        assert form_of(before, "protocol") and not form_of(before, "vote")
        assert "Выдать: 2; отказать: 1." in before
        empty = client.post(f"{CASES}{case.pk}/evaluation/protocol/", {"protocol-on": "2019-04-08"})
        block = field_block(text(empty), "protocol-number")
        assert "Номер протокола" in block and "Это поле обязательно для заполнения." in block
        response = client.post(
            f"{CASES}{case.pk}/evaluation/protocol/", {"protocol-number": "17", "protocol-on": "2019-04-08"}
        )
        assert response.status_code == 302
        shown = page(client, case)
    # By hand: a issue, b issue, c refuse → 2 to 1, the majority issues.
    assert "Протокол № 17 от 08.04.2019" in shown
    assert 'data-recommendation="issue"' in shown and "выдать справку" in shown
    assert not form_of(shown, "protocol")  # drawn up: the evaluation is frozen
    stored = Evaluation.objects.get(case=case)
    assert (stored.protocol_number, stored.protocol_on, stored.recommendation) == (
        "17",
        D(2019, 4, 8),
        "issue",
    )
    # The records the evaluation read are frozen with it: the executor is no longer offered them,
    # and a POST of them is told why above the page, nothing changed.
    signed_in(client, provider.users["executor"], "ru")
    with on(D(2019, 4, 8)):
        after = page(client, case)
        assert not form_of(after, "records") and form_of(after, "checklist")
        refused = client.post(f"{CASES}{case.pk}/evaluation/records/", records_post(), follow=True)
    assert "Протокол Комиссии составлен: её оценка и голоса больше не меняются." in text(refused)


def test_a_tie_is_said_on_the_protocol_form_in_kazakh(client, provider, register, complete, members):
    case = evaluated_2019(register, complete, provider)
    vote(client, case, members["a"], "issue")
    vote(client, case, members["b"], "refuse")
    complete(case, 3, D(2019, 4, 5))
    signed_in(client, provider.users["secretary"], "kk")
    with on(D(2019, 4, 8)):
        response = client.post(
            f"{CASES}{case.pk}/evaluation/protocol/", {"protocol-number": "18", "protocol-on": "2019-04-08"}
        )
    form = form_of(text(response), "protocol")
    assert response.status_code == 200 and form
    assert "Дауыстар тең (беру үшін — 1, бас тарту үшін — 1)" in form
    assert Evaluation.objects.get(case=case).protocol_number == ""


# --- who sees which form ------------------------------------------------------------------


def test_a_wrong_role_sees_no_form_and_its_post_is_refused(client, provider, register, complete, members):
    case = evaluated_2019(register, complete, provider)
    signed_in(client, provider.users["executor"], "kk")
    with on(D(2019, 4, 5)):
        shown = page(client, case)
        # The executor records documents, but neither evaluates nor votes nor draws up protocols.
        assert form_of(shown, "records") and form_of(shown, "checklist")
        assert (
            not form_of(shown, "evaluation") and not form_of(shown, "vote") and not form_of(shown, "protocol")
        )
        refused = client.post(
            f"{CASES}{case.pk}/evaluation/",
            {
                "evaluation-on": "2019-04-05",
                "evaluation-recommendation": "refuse",
                "evaluation-reasoning": "x",
            },
        )
        assert refused.status_code == 403
        assert client.post(f"{CASES}{case.pk}/evaluation/vote/", {"vote-vote": "refuse"}).status_code == 403
    assert Evaluation.objects.get(case=case).recommendation == "issue" and not Vote.objects.exists()
    # A member of the commission sees the evaluation and the vote, not the documents' forms.
    signed_in(client, members["b"], "kk")
    with on(D(2019, 4, 5)):
        shown = page(client, case)
        assert form_of(shown, "evaluation") and form_of(shown, "vote")
        assert not form_of(shown, "records") and not form_of(shown, "checklist")
        assert client.post(f"{CASES}{case.pk}/evaluation/records/", records_post()).status_code == 403
    # The secretary before the secretary's step: no form, and the POST is told why, nothing drawn.
    signed_in(client, provider.users["secretary"], "ru")
    with on(D(2019, 4, 5)):
        assert not form_of(page(client, case), "protocol")
        response = client.post(
            f"{CASES}{case.pk}/evaluation/protocol/",
            {"protocol-number": "1", "protocol-on": "2019-04-05"},
            follow=True,
        )
    assert "Протокол составляется, только пока текущий шаг дела — шаг секретаря Комиссии." in text(response)
    assert Evaluation.objects.get(case=case).protocol_number == ""
    # Another provider's member does not see the case at all.
    signed_in(client, members["stranger"], "kk")
    with on(D(2019, 4, 5)):
        assert client.post(f"{CASES}{case.pk}/evaluation/vote/", {"vote-vote": "issue"}).status_code == 404
