"""The calculator pages: every language, a worked example each, and bad input never a crash."""

import pytest
from django.urls import reverse

PAGES = ["calculators:qualification", "calculators:attestation", "calculators:deadlines"]


def switch_language(client, language):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302


def qualification_data(**changes):
    """Requirement 54 on 01.06.2025: tvet/social; medium level, 'none' then 'second' category."""
    data = {
        "requirement": "order-2017-360/54",
        "as_of": "2025-06-01",
        "education-TOTAL_FORMS": "3",
        "education-INITIAL_FORMS": "0",
        "education-0-level": "tvet",
        "education-0-field": "social",
        "work-TOTAL_FORMS": "5",
        "work-INITIAL_FORMS": "0",
        "work-0-start": "2019-01-10",
        "work-0-to": "2021-03-31",
        "work-0-sector": "employment",
        "work-0-qualification_level": "medium",
        "work-0-category": "none",
        "work-1-start": "2021-04-01",
        "work-1-sector": "social_protection",
        "work-1-qualification_level": "medium",
        "work-1-category": "second",
    }
    data.update(changes)
    return data


def attestation_data(**changes):
    data = {
        "as_of": "2025-11-03",
        "attestee": "category_applicant",
        "test_percent": "82.5",
        "current_category": "none",
        "declared_category": "career_consultant",
        "rating": "4.3",
        "violations": "0",
        "test_finished_on": "2025-11-03",
    }
    data.update(changes)
    return data


@pytest.fixture
def english(client):
    switch_language(client, "en")
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_every_calculator_page_renders(client, name, language):
    switch_language(client, language)
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for page in PAGES:
        assert f'href="{reverse(page)}"' in html


# The results in each language, worked out by hand:
# - qualification_data (p.54 on 01.06.2025): technical and vocational education opens the medium
#   level only; at the second category since 01.04.2021: 275 + 365 + 365 + 366 + 152 = 1,523 days
#   ≥ 2 × 365 = 730 → first category (higher needs 3 years as first: none) — the requirements met;
# - attestation_data: 82.5 % ≥ 70 % passes; 66 test points + 10 (rating 4.3) + 10 (no violations)
#   = 86 → the declared category (career consultant); appeal in 2 working days from Monday
#   03.11.2025 → 05.11.2025;
# - 3 working days after Friday 03.05.2024: Saturday 04.05 (a working Saturday), Monday 06.05;
#   07.05 (Defender of the Fatherland Day), 08.05 (the day off moved from 04.05) and 09.05
#   (Victory Day) are off → Friday 10.05.2024;
# - the schedule begun 01.03.2018 falls in the regulation's period (27.03.2017 – 11.04.2021).
RESULTS = {
    "kk": {
        "qualification": ["Талаптар орындалды.", "бірінші санат"],
        "attestation": ["мәлімделген санатқа сәйкес келеді", "мансап консультанты"],
        "period": "03.05.2024 күнінен кейін 3 жұмыс күні: 10.05.2024.",
        "schedule": "Регламент 01.03.2018 күні қолданыста болды.",
    },
    "ru": {
        "qualification": ["Требования выполнены.", "первая категория"],
        "attestation": ["соответствует заявленной категории", "карьерный консультант"],
        "period": "3 рабочих дня после 03.05.2024: 10.05.2024.",
        "schedule": "Регламент действовал на 01.03.2018.",
    },
    "en": {
        "qualification": ["The requirements are met.", "first category"],
        "attestation": ["meets the declared category", "career consultant"],
        "period": "3 working days after 03.05.2024: 10.05.2024.",
        "schedule": "The regulation was in force on 01.03.2018.",
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_results_say_the_outcome_in_every_language(client, language):
    """Not only a 200 (a form-error page answers 200 too): the outcome itself, in the language."""
    switch_language(client, language)
    expected = RESULTS[language]
    html = client.post(reverse("calculators:qualification"), qualification_data()).content.decode()
    medium = html[html.index('data-level="medium"') :]
    assert expected["qualification"][0] in html
    assert expected["qualification"][1] in medium[: medium.index("</tr>")]
    html = client.post(reverse("calculators:attestation"), attestation_data()).content.decode()
    assert all(text in html for text in expected["attestation"])
    assert '<dd data-deadline="appeal">05.11.2025</dd>' in html
    url = reverse("calculators:deadlines")
    html = client.get(url + "?period-start=2024-05-03&period-count=3&period-unit=working").content.decode()
    assert expected["period"] in html
    query = "?schedule-procedure=foreigner-certificate/issue&schedule-start=2018-03-01"
    assert expected["schedule"] in client.get(url + query).content.decode()


@pytest.mark.django_db
def test_it_shows_the_category_a_work_record_qualifies_for(english):
    response = english.post(reverse("calculators:qualification"), qualification_data())
    html = response.content.decode()
    assert "The requirements are met." in html
    medium = html[html.index('data-level="medium"') :]
    assert "first category" in medium[: medium.index("</tr>")]
    assert 'class="explanation"' in html
    assert 'href="/acts/order-2017-360/?point=54#p-54"' in html


@pytest.mark.django_db
def test_it_answers_htmx_with_the_calculator_only(english):
    response = english.post(
        reverse("calculators:qualification"), qualification_data(), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "first category" in html


@pytest.mark.django_db
def test_a_period_that_ends_before_it_starts_is_a_form_error(english):
    response = english.post(
        reverse("calculators:qualification"), qualification_data(**{"work-0-to": "2018-01-01"})
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The period ends before it starts." in html
    assert 'value="2018-01-01"' in html  # what was typed is kept
    assert 'class="explanation"' not in html


@pytest.mark.django_db
def test_a_half_filled_row_is_an_error_and_empty_rows_are_ignored(english):
    response = english.post(
        reverse("calculators:qualification"), qualification_data(**{"education-1-level": "higher"})
    )
    html = response.content.decode()
    assert "This field is required." in html
    assert 'class="explanation"' not in html


@pytest.mark.django_db
def test_a_date_before_the_2024_wording_is_a_legal_gap_not_a_crash(english):
    response = english.post(reverse("calculators:qualification"), qualification_data(as_of="2024-01-01"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Legal gap" in html
    assert "is not in our sources: no answer can be given." in html


@pytest.mark.django_db
def test_the_law_gap_message_is_in_the_readers_language(client):
    switch_language(client, "ru")
    html = client.post(
        reverse("calculators:qualification"), qualification_data(as_of="2024-01-01")
    ).content.decode()
    assert "отсутствует в наших источниках" in html


@pytest.mark.django_db
def test_a_date_outside_the_rules_range_is_a_field_error(english):
    response = english.post(reverse("calculators:qualification"), qualification_data(as_of="1900-01-01"))
    assert response.status_code == 200
    assert "This date is outside the years the calendar covers." in response.content.decode()


@pytest.mark.django_db
def test_add_a_row_keeps_what_was_typed_and_evaluates_nothing(english):
    response = english.post(reverse("calculators:qualification"), qualification_data(add_work="1"))
    html = response.content.decode()
    assert 'name="work-5-start"' in html
    assert 'value="2019-01-10"' in html
    assert 'id="result"' not in html


@pytest.mark.django_db
def test_the_attestation_example_of_the_contract(english):
    response = english.post(reverse("calculators:attestation"), attestation_data())
    html = response.content.decode()
    assert "meets the declared category" in html
    assert '<dd data-deadline="appeal">05.11.2025</dd>' in html
    assert "career consultant" in html
    assert 'href="/acts/order-2024-422/?point=17#p-17"' in html


@pytest.mark.django_db
def test_an_applicant_without_a_current_category_is_told_so_at_the_field(english):
    response = english.post(reverse("calculators:attestation"), attestation_data(current_category=""))
    assert response.status_code == 200
    assert "A category applicant needs a current category." in response.content.decode()


@pytest.mark.django_db
def test_a_declared_category_below_the_current_one_is_explained(english):
    data = attestation_data(current_category="mentor", declared_category="case_manager")
    html = english.post(reverse("calculators:attestation"), data).content.decode()
    assert "is below the one held (mentor); declaring the category held renews it" in html


@pytest.mark.django_db
def test_a_mentor_may_declare_mentor_again_to_renew_it(english):
    data = attestation_data(current_category="mentor", declared_category="mentor", test_percent="100")
    html = english.post(reverse("calculators:attestation"), data).content.decode()
    assert "the attestation renews it for a new term" in html


@pytest.mark.django_db
def test_a_missing_rating_leaves_the_points_open(english):
    html = english.post(reverse("calculators:attestation"), attestation_data(rating="")).content.decode()
    assert html.count("open (legal gap)") >= 1


@pytest.mark.django_db
def test_attestation_before_the_rules_took_effect_is_a_legal_gap(english):
    response = english.post(reverse("calculators:attestation"), attestation_data(as_of="2020-01-01"))
    assert response.status_code == 200
    assert "Legal gap" in response.content.decode()


@pytest.mark.django_db
def test_a_percent_above_100_is_a_form_error(english):
    response = english.post(reverse("calculators:attestation"), attestation_data(test_percent="120"))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 100." in response.content.decode()


@pytest.mark.django_db
def test_one_working_day_from_friday_3_may_2024_is_the_working_saturday(english):
    url = reverse("calculators:deadlines") + "?period-start=2024-05-03&period-count=1&period-unit=working"
    html = english.get(url).content.decode()
    assert "1 working day after 03.05.2024: 04.05.2024." in html


@pytest.mark.django_db
def test_the_non_working_days_skipped_are_listed_with_their_names(english):
    url = reverse("calculators:deadlines") + "?period-start=2024-05-06&period-count=3&period-unit=working"
    html = english.get(url).content.decode()
    assert "08.05.2024" in html and "07.05.2024" in html
    assert "Defender" in html


@pytest.mark.django_db
def test_a_period_beyond_the_calendar_is_a_form_error(english):
    url = reverse("calculators:deadlines") + "?period-start=2099-12-01&period-count=100&period-unit=months"
    response = english.get(url)
    assert response.status_code == 200
    assert "The calendar covers" in response.content.decode()


@pytest.mark.django_db
def test_a_procedure_schedule_flags_a_regulation_not_in_force(english):
    url = (
        reverse("calculators:deadlines")
        + "?schedule-procedure=foreigner-certificate/issue&schedule-start=2025-01-01"
    )
    html = english.get(url).content.decode()
    assert "The regulation was not in force on 01.01.2025" in html
    assert "The procedure ends on 29.01.2025." in html
    assert "the service provider&#x27;s Commission" in html
    assert 'href="/acts/order-2015-407/?point=appendix-13#p-appendix-13"' in html


@pytest.mark.django_db
def test_an_unknown_procedure_is_a_form_error(english):
    url = reverse("calculators:deadlines") + "?schedule-procedure=nothing&schedule-start=2025-01-01"
    response = english.get(url)
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()


@pytest.mark.django_db
def test_each_deadline_form_answers_htmx_with_its_own_part(english):
    url = reverse("calculators:deadlines") + "?period-start=2024-05-03&period-count=1&period-unit=working"
    response = english.get(url, headers={"HX-Request": "true", "HX-Target": "period-part"})
    html = response.content.decode()
    assert "<html" not in html
    assert "04.05.2024" in html
    assert "schedule-procedure" not in html


@pytest.mark.django_db
def test_a_procedure_started_while_the_regulation_was_in_force_says_so(english):
    url = (
        reverse("calculators:deadlines")
        + "?schedule-procedure=foreigner-certificate/issue&schedule-start=2018-03-01"
    )
    html = english.get(url).content.decode()
    assert "The regulation was in force on 01.03.2018." in html
    assert "not in force" not in html
