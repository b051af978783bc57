"""When an act enters into force, step by step, as the acts' own data states it (rules.deadlines).

"Enters into force after ten calendar days after the day of its first official publication": the
publication day is not counted, days P+1 … P+10 run, and the act is in force from P+11
(docs/reading/). Every step the explanation shows is checked here with its figures, worked out by
hand from the dates in law/acts/.
"""

import datetime as dt
from types import SimpleNamespace

from biliktilik.rules.deadlines import act_entry_into_force, entry_into_force
from biliktilik.rules.explain import Trace


def steps(trace: Trace) -> list[tuple[str, dict]]:
    return [(s.code, s.params) for s in trace.steps]


def test_a_fixed_date_is_the_date_itself(lawbook):
    # order-2015-1042 p.5: "in force from 1 January 2016"
    trace = Trace()
    assert act_entry_into_force(lawbook.get("order-2015-1042"), trace=trace) == dt.date(2016, 1, 1)
    assert steps(trace) == [("entry_into_force_fixed", {"act": "order-2015-1042", "date": "2016-01-01"})]


def test_ten_days_after_a_known_publication(lawbook):
    # order-2015-407: published 10.07.2015 (not an estimate); 11.07 … 20.07 run; in force 21.07.2015
    trace = Trace()
    assert act_entry_into_force(lawbook.get("order-2015-407"), trace=trace) == dt.date(2015, 7, 21)
    assert steps(trace) == [
        ("published", {"act": "order-2015-407", "date": "2015-07-10"}),
        (
            "period_runs",
            {"publication": "2015-07-10", "days": 10, "first": "2015-07-11", "last": "2015-07-20"},
        ),
        ("in_force_from", {"date": "2015-07-21"}),
    ]


def test_an_estimated_publication_is_said_to_be_one(lawbook):
    # order-2017-2: publication estimated as 16.03.2017; 17.03 … 26.03 run; in force 27.03.2017
    trace = Trace()
    assert act_entry_into_force(lawbook.get("order-2017-2"), trace=trace) == dt.date(2017, 3, 27)
    assert steps(trace) == [
        ("published", {"act": "order-2017-2", "date": "2017-03-16"}),
        ("publication_estimated", {}),
        (
            "period_runs",
            {"publication": "2017-03-16", "days": 10, "first": "2017-03-17", "last": "2017-03-26"},
        ),
        ("in_force_from", {"date": "2017-03-27"}),
    ]


def _view(rule, publication):
    return SimpleNamespace(id="order-x", act=SimpleNamespace(entry_into_force=rule, publication=publication))


def test_in_force_on_publication_is_the_publication_day():
    trace = Trace()
    view = _view(
        SimpleNamespace(rule="on_publication"),
        SimpleNamespace(date=dt.date(2025, 2, 28), estimated=False),
    )
    assert act_entry_into_force(view, trace=trace) == dt.date(2025, 2, 28)
    assert steps(trace) == [
        ("published", {"act": "order-x", "date": "2025-02-28"}),
        ("in_force_from", {"date": "2025-02-28"}),
    ]


def test_without_a_rule_or_a_publication_the_date_is_unknown_not_guessed():
    for view in (
        _view(None, SimpleNamespace(date=dt.date(2025, 2, 28), estimated=False)),
        _view(SimpleNamespace(rule="days_after_publication", days=10), None),
    ):
        trace = Trace()
        assert act_entry_into_force(view, trace=trace) is None
        assert steps(trace) == [("entry_into_force_unknown", {"act": "order-x"})]


def test_the_count_runs_over_a_month_and_a_year_end():
    # published 25.12.2023, 10 days: 26.12 … 04.01 run (6 in December, 4 in January); in force 05.01.2024
    trace = Trace()
    assert entry_into_force(dt.date(2023, 12, 25), 10, trace=trace) == dt.date(2024, 1, 5)
    assert steps(trace)[0] == (
        "period_runs",
        {"publication": "2023-12-25", "days": 10, "first": "2023-12-26", "last": "2024-01-04"},
    )
