"""An attestee's stored records as the attestation rule's facts (attestation.facts), read without a
database: the day the test finished is the day in Almaty (UTC+5), and a category applicant's
missing assessment is a missing figure, never a zero."""

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from biliktilik.attestation.facts import attestation_facts

# 20:30 UTC on Monday 03.11.2025 is 01:30 on Tuesday 04.11.2025 in Almaty
FINISHED_AT = dt.datetime(2025, 11, 3, 20, 30, tzinfo=dt.UTC)


def _entry(attestee, **fields):
    attempt = SimpleNamespace(finished_at=FINISHED_AT, percent=Decimal("84.50"))
    return SimpleNamespace(attempt=attempt, attestee=attestee, reattestation=False, **fields)


def test_the_test_is_judged_on_the_day_it_finished_in_almaty():
    facts = attestation_facts(_entry("manager"), None)
    assert (facts.as_of, facts.test_finished_on) == (dt.date(2025, 11, 4), dt.date(2025, 11, 4))
    assert (facts.attestee, facts.reattestation, facts.test_percent) == ("manager", False, 84.5)
    assert (facts.current_category, facts.declared_category, facts.rating, facts.violations) == (
        None,
        None,
        None,
        None,
    )


def test_a_category_applicant_brings_the_categories_and_the_assessments_figures():
    entry = _entry("category_applicant", current_category="none", declared_category="case_manager")
    assessed = attestation_facts(entry, SimpleNamespace(rating=4.2, violations=0))
    assert (assessed.current_category, assessed.declared_category) == ("none", "case_manager")
    assert (assessed.rating, assessed.violations) == (4.2, 0)


def test_an_assessment_not_yet_made_leaves_both_figures_missing():
    entry = _entry("category_applicant", current_category="none", declared_category="case_manager")
    facts = attestation_facts(entry, None)
    assert (facts.rating, facts.violations) == (None, None)
