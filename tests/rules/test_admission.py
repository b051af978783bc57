"""Admission to testing, p.14 of the attestation rules as worded by order-2025-271: scenarios a
lawyer can read, through the real rule and the real lawbook."""

import datetime as dt

import pytest

from biliktilik.lawbook import loader
from biliktilik.rules.admission import AdmissionFacts, Course, admitted
from biliktilik.rules.explain import LawGap, Trace
from biliktilik.rules.messages import text

WINDOW = dt.date(2026, 3, 2)


def decide(attestee="lmc_specialist", plan=72, courses=(), declared=None, window=WINDOW):
    trace = Trace()
    facts = AdmissionFacts(attestee, plan, tuple(courses), window, declared)
    return admitted(loader.default(), facts, trace=trace), trace


def course(hours, *, on=dt.date(2026, 2, 1), profile="employment"):
    return Course(hours=hours, profile=profile, completed_on=on)


def test_an_employee_with_the_plans_hours_completed_before_the_window_is_admitted():
    ok, trace = decide(courses=[course(36), course(36)])
    assert ok
    assert [s.code for s in trace.steps] == ["interpretation_platform_courses", "admission_hours"]
    assert ("order-2024-422", "14", "1", "order-2025-271") in trace.citations


def test_an_employee_short_of_the_plans_hours_is_not_admitted_and_told_how_many():
    ok, trace = decide(courses=[course(36)])
    assert not ok
    shown = text(trace.steps[-1].code, trace.steps[-1].params, "kk")
    assert "36 сағат" in shown and "72 сағат" in shown and shown.endswith("жоқ.")


def test_a_course_completed_on_the_windows_first_day_does_not_count():
    ok, _ = decide(courses=[course(36), course(36, on=WINDOW)])
    assert not ok


def test_a_category_applicant_counts_only_courses_in_the_declared_categorys_profile():
    courses = [course(36, profile="case_manager"), course(36, profile="employment")]
    ok, trace = decide("category_applicant", 72, courses, declared="case_manager")
    assert not ok
    assert trace.steps[1].params == {"attestation_category": "case_manager", "counted": 1, "total": 2}
    assert ("order-2024-422", "14", "2", "order-2025-271") in trace.citations
    ok, _ = decide(
        "category_applicant", 72, [*courses, course(36, profile="case_manager")], declared="case_manager"
    )
    assert ok


def test_a_window_before_the_amended_wording_is_a_gap_not_a_guess():
    with pytest.raises(LawGap) as refused:
        decide(courses=[course(72)], window=dt.date(2025, 9, 1))
    assert refused.value.code == "wording_not_in_sources"


def test_the_gap_names_the_point_the_date_and_the_wording_in_force_then():
    # 01.09.2025: p.14 is in force in the wording before order-2025-271, which is not in our sources
    with pytest.raises(LawGap) as refused:
        decide(courses=[course(72)], window=dt.date(2025, 9, 1))
    gap = refused.value
    assert (gap.code, gap.field) == ("wording_not_in_sources", "testing_from")
    assert gap.params == {"point": "14", "date": "2025-09-01", "wording_by": "original"}


def test_a_window_before_the_rules_existed_is_a_gap_naming_the_point_and_the_date():
    # order-2024-422 was adopted on 05.11.2024: on 01.01.2020 it has no p.14 at all
    with pytest.raises(LawGap) as refused:
        decide(courses=[course(72)], window=dt.date(2020, 1, 1))
    gap = refused.value
    assert (gap.code, gap.field, gap.params) == (
        "point_not_in_force",
        "testing_from",
        {"point": "14", "date": "2020-01-01"},
    )


def test_without_the_attestation_rules_in_the_lawbook_admission_is_a_gap(empty_lawbook):
    facts = AdmissionFacts("lmc_specialist", 72, (course(72),), WINDOW)
    with pytest.raises(LawGap) as refused:
        admitted(empty_lawbook, facts, trace=Trace())
    assert (refused.value.code, refused.value.params) == (
        "point_not_in_force",
        {"point": "14", "date": "2026-03-02"},
    )


def test_each_admission_step_names_its_figures_and_cites_p14():
    # a category applicant (p.14(2)): 2 courses completed before the window, 1 in the declared profile
    courses = [course(36, profile="case_manager"), course(36, profile="employment")]
    ok, trace = decide("category_applicant", 36, courses, declared="case_manager")
    assert ok
    p14_2 = ("order-2024-422", "14", "2", "order-2025-271")
    assert [
        (
            s.code,
            s.params,
            s.citation and (s.citation.act, s.citation.point, s.citation.subpoint, s.citation.wording_by),
        )
        for s in trace.steps
    ] == [
        ("interpretation_platform_courses", {"date": "2026-03-02"}, None),
        ("admission_profile", {"attestation_category": "case_manager", "counted": 1, "total": 2}, p14_2),
        ("admission_hours", {"date": "2026-03-02", "hours": 36, "plan": 36, "met": True}, p14_2),
    ]
