"""Which procedure is in force on a date, and for how long its regulation was: read from the
lawbook alone (no database), for the seed's regulation (order-2015-407, Appendix 13 as worded by
order-2017-2, in force from 27.03.2017 and repealed from 12.04.2021 by order-2021-84)."""

import datetime as dt

import pytest

from biliktilik.lawbook import loader
from biliktilik.lawbook.schema.points import EntryIntoForce
from biliktilik.rules import procedures, run
from biliktilik.rules.calendar import KzCalendar, load_data
from biliktilik.rules.explain import LawGap, Trace

D = dt.date


@pytest.fixture
def calendar() -> KzCalendar:
    """The Kazakhstan calendar, its years built for each test anew (see test_calendar.py)."""
    return KzCalendar(load_data(loader.LAW_DIR / "calendar" / "kz.yaml"))


def test_the_seed_procedure_is_in_force_within_its_period_only(lawbook):
    assert procedures.procedure_in_force(lawbook, "foreigner-certificate/issue", D(2017, 3, 27)) is not None
    assert procedures.procedure_in_force(lawbook, "foreigner-certificate/issue", D(2021, 4, 11)) is not None
    assert procedures.procedure_in_force(lawbook, "foreigner-certificate/issue", D(2021, 4, 12)) is None
    assert procedures.procedure_in_force(lawbook, "foreigner-certificate/issue", D(2017, 3, 26)) is None


def test_the_period_is_the_wording_of_order_2017_2_up_to_the_repeal(lawbook):
    (item,) = procedures.procedures_named(lawbook, "foreigner-certificate/duplicate")
    assert procedures.period_in_force(lawbook, item) == procedures.Period(D(2017, 3, 27), D(2021, 4, 11))


def test_an_unknown_procedure_is_named_nowhere(lawbook):
    assert procedures.procedures_named(lawbook, "foreigner-certificate/none") == []


def test_due_dates_run_one_after_another_on_the_working_day_calendar(calendar):
    # From Tue 30.04.2024: 1 working day → Thu 02.05 (Wed 01.05 Unity Day); 4 more → Fri 03.05,
    # Sat 04.05 (a working Saturday by the 2024 transfer), Mon 06.05, Fri 10.05 (07.05 Defender of
    # the Fatherland Day, 08.05 the transferred day off, 09.05 Victory Day); 3 calendar days → 13.05.
    dues = procedures.due_dates(
        [(1, "working"), (4, "working"), (3, "calendar")], start=D(2024, 4, 30), calendar=calendar
    )
    assert dues == [D(2024, 5, 2), D(2024, 5, 10), D(2024, 5, 13)]


def _steps(trace):
    return [(s.code, s.params, s.citation) for s in trace.steps]


def test_a_schedule_says_the_regulation_is_in_force_and_each_steps_due_day(lawbook, calendar):
    # issuing a certificate started Tue 19.03.2019 (order-2015-407 as worded by order-2017-2, in force
    # 27.03.2017 .. 11.04.2021): step 1 takes 1 working day → Wed 20.03; step 2, 1 more: 21-25.03 are
    # Nauryz and a Sunday → Tue 26.03
    item = procedures.procedure(lawbook, "foreigner-certificate/issue", D(2019, 3, 19))
    trace = Trace()
    active, steps, due = procedures.schedule(
        lawbook, item, start=D(2019, 3, 19), calendar=calendar, trace=trace
    )
    assert active and due == D(2019, 4, 17) and len(steps) == len(item.steps) == 10
    first, second = item.steps[0], item.steps[1]
    assert _steps(trace)[:3] == [
        ("regulation_in_force", {"date": "2019-03-19"}, item.source),
        (
            "step_due",
            {"number": 1, "actor": first.actor, "days": 1, "kind": "working", "due": "2019-03-20"},
            first.term.source,
        ),
        (
            "step_due",
            {"number": 2, "actor": second.actor, "days": 1, "kind": "working", "due": "2019-03-26"},
            second.term.source,
        ),
    ]
    assert (steps[1].number, steps[1].actor, steps[1].days, steps[1].kind, steps[1].due) == (
        2,
        second.actor,
        1,
        "working",
        D(2019, 3, 26),
    )


def test_a_schedule_begun_after_the_repeal_says_the_regulation_is_not_in_force(lawbook, calendar):
    item = procedures.procedure(lawbook, "foreigner-certificate/issue", D(2019, 3, 19))
    trace = Trace()
    active, _, _ = procedures.schedule(lawbook, item, start=D(2021, 4, 12), calendar=calendar, trace=trace)
    assert not active
    assert _steps(trace)[0] == ("regulation_not_in_force", {"date": "2021-04-12"}, item.source)


def test_a_step_in_calendar_days_counts_every_day(lawbook, calendar):
    # no regulation in our sources has one yet: the first step made "3 calendar days" from Fri
    # 20.03.2020 counts 21, 22, 23 (Nauryz, whatever the day) → Mon 23.03; then 1 working day: Nauryz
    # fell on Sat 21 and Sun 22, so its days off moved to Tue 24 and Wed 25 → Thu 26.03
    item = procedures.procedure(lawbook, "foreigner-certificate/issue", D(2020, 3, 20))
    first = item.steps[0].model_copy(
        update={"term": item.steps[0].term.model_copy(update={"days": 3, "kind": "calendar"})}
    )
    changed = item.model_copy(update={"steps": [first, item.steps[1]]})
    trace = Trace()
    _, steps, due = procedures.schedule(
        lawbook, changed, start=D(2020, 3, 20), calendar=calendar, trace=trace
    )
    assert [s.due for s in steps] == [D(2020, 3, 23), D(2020, 3, 26)]
    assert _steps(trace)[1][1] == {
        "number": 1,
        "actor": first.actor,
        "days": 3,
        "kind": "calendar",
        "due": "2020-03-23",
    }


RESTATED = "order-2018-9"  # an act in no file of law/: it exists only in the lawbook below


def _with_a_restating_regulation(law):
    """A second regulation, adopted in 2018 and in force from 01.01.2019, restating the procedure
    "foreigner-certificate/issue" in its own Appendix 13, whose wording ends on 31.12.2019 — while
    order-2015-407's runs 27.03.2017 .. 11.04.2021."""
    old = law.get("order-2015-407").act
    appendix = next(p for p in old.points if p.point == "appendix-13")
    version = appendix.versions[0].model_copy(
        update={"wording_by": RESTATED, "valid_from": dt.date(2019, 1, 1), "valid_to": dt.date(2019, 12, 31)}
    )
    procedure = next(p for p in old.services.procedures if p.id == "foreigner-certificate/issue")
    restated = procedure.model_copy(
        update={"source": procedure.source.model_copy(update={"act": RESTATED, "wording_by": RESTATED})}
    )
    act = old.model_copy(
        update={
            "id": RESTATED,
            "adopted": dt.date(2018, 12, 1),
            "publication": None,
            "entry_into_force": EntryIntoForce(rule="fixed", date=dt.date(2019, 1, 1), basis="test"),
            "repealed": None,
            "amends": [],
            "amendments": [],
            "points": [appendix.model_copy(update={"versions": [version]})],
            "services": old.services.model_copy(update={"procedures": [restated]}),
        }
    )
    return loader.build([*(v.act for v in law.ordered()), act], law.source_dir)


def test_of_two_regulations_of_a_procedure_the_one_in_force_on_the_start_is_followed():
    law = _with_a_restating_regulation(loader.default())
    issue = "foreigner-certificate/issue"

    def followed(on):
        return procedures.procedure(law, issue, on).source.act

    # both in force: the newer regulation's; without a date: the newest
    assert followed(D(2019, 6, 1)) == RESTATED
    assert followed(None) == RESTATED
    # 2020: the newer one has begun but its wording ended on 31.12.2019; the old one is in force
    assert followed(D(2020, 6, 1)) == "order-2015-407"
    # after 11.04.2021 none is in force: the latest begun by then (the dates are for reference)
    assert followed(D(2021, 6, 1)) == RESTATED
    # before either began: the first
    assert followed(D(2010, 1, 1)) == "order-2015-407"


def test_an_unknown_procedure_is_a_gap_naming_it(lawbook):
    with pytest.raises(LawGap) as gap:
        procedures.procedure(lawbook, "foreigner-certificate/none", D(2019, 1, 1))
    assert (gap.value.code, gap.value.field, gap.value.params) == (
        "unknown_procedure",
        "id",
        {"procedure": "foreigner-certificate/none"},
    )


def test_the_period_of_a_wording_runs_from_its_first_day_to_its_last_or_the_acts_repeal(lawbook):
    # order-2017-360 in force from 31.12.2017; p.54's first wording (not in our sources) ran until
    # 30.08.2024, order-2024-316's from 31.08.2024 with no end yet
    assert procedures.period_cited(lawbook, "order-2017-360", "54", None) == procedures.Period(
        D(2017, 12, 31), D(2024, 8, 30)
    )
    assert procedures.period_cited(lawbook, "order-2017-360", "54", "order-2024-316") == procedures.Period(
        D(2024, 8, 31), None
    )
    # order-2015-407 cited as a whole (no point): in force 21.07.2015, repealed from 12.04.2021
    whole = procedures.Period(D(2015, 7, 21), D(2021, 4, 11))
    assert procedures.period_cited(lawbook, "order-2015-407", None, None) == whole
    assert procedures.period_cited(lawbook, "order-2015-407", "999", "order-2017-2") == whole
    assert procedures.period_cited(lawbook, "order-2099-1", "1", None) == procedures.Period(None, None)


def test_where_a_regulation_stands_on_a_day(lawbook):
    cited = ("order-2015-407", "appendix-13", "order-2017-2")
    period = procedures.Period(D(2017, 3, 27), D(2021, 4, 11))
    assert procedures.standing(lawbook, *cited, D(2019, 1, 1)) == procedures.Standing(
        "order-2015-407", "in_force", period, D(2021, 4, 12), "order-2021-84"
    )
    assert procedures.standing(lawbook, *cited, D(2022, 1, 1)).status == "repealed"
    assert procedures.standing(lawbook, "order-2017-360", "54", "order-2024-316", D(2025, 1, 1)) == (
        procedures.Standing("order-2017-360", "in_force", procedures.Period(D(2024, 8, 31), None), None, None)
    )
    assert procedures.standing(lawbook, "order-2099-1", None, None, D(2025, 1, 1)) == procedures.Standing(
        "order-2099-1", "unknown", procedures.Period(None, None), None, None
    )


def test_the_schedule_follows_the_regulation_in_force_on_its_start(calendar):
    # on 01.06.2020 the restating regulation has begun but its wording has ended: the schedule is
    # order-2015-407's, cited as such
    law = _with_a_restating_regulation(loader.default())
    result = run.schedule("foreigner-certificate/issue", D(2020, 6, 1), law=law, calendar=calendar)
    assert (result["in_force"], result["citation"]["act"]) == (True, "order-2015-407")
