"""Which procedure is in force on a date, and for how long its regulation was: read from the
lawbook alone (no database), for the seed's regulation (order-2015-407, Appendix 13 as worded by
order-2017-2, in force from 27.03.2017 and repealed from 12.04.2021 by order-2021-84)."""

import datetime as dt

from biliktilik.lawbook import loader
from biliktilik.rules import procedures
from biliktilik.rules.calendar import KzCalendar, load_data

D = dt.date


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


def test_due_dates_run_one_after_another_on_the_working_day_calendar():
    calendar = KzCalendar(load_data(loader.LAW_DIR / "calendar" / "kz.yaml"))
    # From Tue 30.04.2024: 1 working day → Thu 02.05 (Wed 01.05 Unity Day); 4 more → Fri 03.05,
    # Sat 04.05 (a working Saturday by the 2024 transfer), Mon 06.05, Fri 10.05 (07.05 Defender of
    # the Fatherland Day, 08.05 the transferred day off, 09.05 Victory Day); 3 calendar days → 13.05.
    dues = procedures.due_dates(
        [(1, "working"), (4, "working"), (3, "calendar")], start=D(2024, 4, 30), calendar=calendar
    )
    assert dues == [D(2024, 5, 2), D(2024, 5, 10), D(2024, 5, 13)]
