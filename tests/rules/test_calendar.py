import datetime as dt
from pathlib import Path

import pytest
import yaml

from biliktilik.rules import calendar as kzcal

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = yaml.safe_load((Path(__file__).parent / "calendar_scenarios.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def cal() -> kzcal.KzCalendar:
    """A calendar of its own for each test, so that each test builds the years it reads: a shared
    one would build a year once, for the first test to ask, and `make mutation` would then hold a
    change to the year's building only to that test."""
    return kzcal.KzCalendar(kzcal.load_data(ROOT / "law" / "calendar" / "kz.yaml"))


@pytest.mark.parametrize("case", SCENARIOS["days"], ids=[c["name"] for c in SCENARIOS["days"]])
def test_day(cal, case):
    day = cal.day(case["date"])
    assert (day.kind, day.working) == (case["kind"], case["working"])


@pytest.mark.parametrize("case", SCENARIOS["periods"], ids=[c["name"] for c in SCENARIOS["periods"]])
def test_period(cal, case):
    start = case["from"]
    if "working_days" in case:
        result = cal.add_working_days(start, case["working_days"])
    elif "calendar_days" in case:
        result = kzcal.add_calendar_days(start, case["calendar_days"])
    else:
        result = kzcal.add_months(start, case["months"])
    assert result == case["expect"]


def test_every_special_day_has_names_in_three_languages(cal):
    for year in (2024, 2025, 2026):
        for day in cal.month(year, 3) + cal.month(year, 5):
            if day.kind != "working" and day.kind != "weekend":
                assert set(day.name) == {"kk", "ru", "en"}, day
                assert all(day.name.values()), day


def test_our_transfer_file_agrees_with_the_package(cal):
    """The reviewed transfers and the holidays package must tell the same story for 2024-2025."""
    data = kzcal.load_data(ROOT / "law" / "calendar" / "kz.yaml")
    for entry in data.transfers:
        bare = kzcal.KzCalendar(kzcal.CalendarData())
        assert bare.day(entry.day_off).kind == "transferred_day_off"
        assert bare.day(entry.working_day).kind == "working_weekend"


def test_a_correction_overrides_the_package():
    correction = kzcal.Correction(
        date=dt.date(2026, 8, 31), kind="holiday", name={"kk": "a", "ru": "b", "en": "c"}, source="test"
    )
    cal = kzcal.KzCalendar(kzcal.CalendarData(corrections=[correction]))
    assert cal.day(dt.date(2026, 8, 31)).working is False
    assert cal.add_working_days(dt.date(2026, 8, 28), 1) == dt.date(2026, 9, 1)


def test_a_transfer_source_is_reported(cal):
    assert "G24G0000109" in cal.day(dt.date(2024, 5, 4)).source


def test_a_month_lists_each_of_its_days_once_from_the_first_to_the_last(cal):
    # February 2024 has 29 days (2024 is a leap year); March 2025 has 31, and 8 March is a holiday
    february = cal.month(2024, 2)
    assert [d.date for d in february] == [dt.date(2024, 2, n) for n in range(1, 30)]
    march = cal.month(2025, 3)
    assert (len(march), march[0].date, march[-1].date) == (31, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert march[7].date == dt.date(2025, 3, 8) and not march[7].working


def test_a_transferred_day_names_the_day_it_was_exchanged_with_in_each_language(cal):
    # the Government's 2024 decree moved the day off of Saturday 04.05 to Wednesday 08.05
    assert cal.day(dt.date(2024, 5, 8)).name == {
        "kk": "Демалыс күні (04.05.2024 күнінен ауыстырылды)",
        "ru": "Выходной день (перенесён с 04.05.2024)",
        "en": "Day off (transferred from 04.05.2024)",
    }
    assert cal.day(dt.date(2024, 5, 4)).name["ru"] == "Рабочий день (выходной перенесён на 08.05.2024)"
    # Nauryz 2020 fell on Saturday 21 and Sunday 22 March: its days off moved to the next working days
    assert cal.day(dt.date(2020, 3, 24)).name["en"] == "Nauryz (day off moved)"


def test_a_holiday_is_named_in_kazakh_russian_and_english_and_its_moved_day_off_says_so(cal):
    # Constitution Day (30 August) fell on a Saturday in 2025: the day off moved to Monday 1 September
    assert cal.day(dt.date(2025, 9, 1)).name == {
        "kk": "Қазақстан Республикасының Конституциясы күні (демалыс күні ауыстырылды)",
        "ru": "День Конституции Республики Казахстан (перенос выходного дня)",
        "en": "Constitution Day (day off moved)",
    }
    assert cal.day(dt.date(2025, 8, 30)).name["ru"] == "День Конституции Республики Казахстан"
    assert cal.day(dt.date(2025, 8, 30)).source == "holidays (KZ)"


def test_a_month_with_a_transfer_lists_each_day_by_its_date_and_its_days_off(cal):
    # May 2024 (1 May a Wednesday): Unity Day 1, Defender's Day 7, Victory Day 9; the decree moved
    # the day off of Saturday 4 to Wednesday 8; weekends 5, 11-12, 18-19, 25-26 → 11 days off, 20 working
    may = cal.month(2024, 5)
    assert [d.date for d in may] == [dt.date(2024, 5, n) for n in range(1, 32)]
    assert [d.date.day for d in may if not d.working] == [1, 5, 7, 8, 9, 11, 12, 18, 19, 25, 26]
    assert (may[3].kind, may[7].kind) == ("working_weekend", "transferred_day_off")
    # January 2025 (1 January a Wednesday): New Year 1-2, the day off of Sunday 5 moved to Friday 3,
    # Saturday 4 a weekend, Orthodox Christmas Tuesday 7; weekends 11-12, 18-19, 25-26 → 11 off, 20 working
    january = cal.month(2025, 1)
    assert [d.date for d in january] == [dt.date(2025, 1, n) for n in range(1, 32)]
    assert [d.date.day for d in january if not d.working] == [1, 2, 3, 4, 7, 11, 12, 18, 19, 25, 26]
    assert (january[2].kind, january[4].kind) == ("transferred_day_off", "working_weekend")


def test_both_days_of_a_transfer_cite_the_decree_of_our_data_file(cal):
    # law/calendar/kz.yaml: 2024 (G24G0000109) Sat 04.05 → Wed 08.05; 2025 (G24G0000436) Sun 05.01 → Fri 03.01
    assert "G24G0000109" in cal.day(dt.date(2024, 5, 8)).source
    assert "G24G0000436" in cal.day(dt.date(2025, 1, 3)).source
    assert "G24G0000436" in cal.day(dt.date(2025, 1, 5)).source


def test_a_transfer_only_the_package_records_cites_the_package(cal):
    # 2023: the day off of Saturday 1 July moved to Friday 7 July (the day after Capital Day, Thu 6 July);
    # our data file has no entry for 2023, so both days are the package's
    saturday, friday = cal.day(dt.date(2023, 7, 1)), cal.day(dt.date(2023, 7, 7))
    assert (saturday.kind, saturday.working, saturday.source) == ("working_weekend", True, "holidays (KZ)")
    assert (friday.kind, friday.working, friday.source) == ("transferred_day_off", False, "holidays (KZ)")
    assert friday.name["ru"] == "Выходной день (перенесён с 01.07.2023)"


def test_a_transfer_of_our_data_file_across_the_new_year_marks_both_years():
    # the 2014 transfer: the day off of Saturday 28.12.2013 moved to Friday 03.01.2014. The package
    # lists it only among 2014's days, so the entry of the data file must mark the Saturday of 2013
    # working as well, and its decree must be cited on the Friday of 2014 over the package
    entry = kzcal.TransferEntry(
        working_day=dt.date(2013, 12, 28), day_off=dt.date(2014, 1, 3), source="decree"
    )
    cal = kzcal.KzCalendar(kzcal.CalendarData(transfers=[entry]))
    saturday = cal.day(dt.date(2013, 12, 28))
    assert (saturday.date, saturday.kind, saturday.source) == (
        dt.date(2013, 12, 28),
        "working_weekend",
        "decree",
    )
    assert saturday.name["en"] == "Working day (the day off moved to 03.01.2014)"
    friday = cal.day(dt.date(2014, 1, 3))
    assert (friday.date, friday.kind, friday.source) == (dt.date(2014, 1, 3), "transferred_day_off", "decree")
    assert friday.name["en"] == "Day off (transferred from 28.12.2013)"
    # one working day after Friday 27.12.2013 is that Saturday
    assert cal.add_working_days(dt.date(2013, 12, 27), 1) == dt.date(2013, 12, 28)


def test_a_correction_is_the_day_it_sets_with_its_name_and_source():
    name = {"kk": "a", "ru": "b", "en": "c"}
    holiday = kzcal.Correction(date=dt.date(2026, 8, 31), kind="holiday", name=name, source="test")
    # a working day over the package's Tuesday 24.03.2026 (a Nauryz day off moved from the weekend
    # of 21-22 March)
    working = kzcal.Correction(date=dt.date(2026, 3, 24), kind="working", source="test 2")
    cal = kzcal.KzCalendar(kzcal.CalendarData(corrections=[holiday, working]))
    assert cal.day(dt.date(2026, 8, 31)) == kzcal.Day(dt.date(2026, 8, 31), "holiday", name, "test")
    assert cal.month(2026, 8)[-1] == kzcal.Day(dt.date(2026, 8, 31), "holiday", name, "test")
    assert cal.day(dt.date(2026, 3, 24)) == kzcal.Day(dt.date(2026, 3, 24), "working", None, "test 2")
    assert cal.day(dt.date(2026, 3, 24)).working


def test_a_december_weekend_worked_for_a_january_day_off_is_marked_from_the_package_alone():
    # The holidays package records the 2014 transfer (Saturday 28.12.2013 worked, Friday 03.01.2014
    # off) only among 2014's days. With no data file at all the Saturday of 2013 is still a working
    # day, whichever year is asked first.
    for first in (dt.date(2013, 12, 28), dt.date(2014, 1, 3)):
        bare = kzcal.KzCalendar(kzcal.CalendarData())
        bare.day(first)
        saturday = bare.day(dt.date(2013, 12, 28))
        assert (saturday.kind, saturday.source) == ("working_weekend", "holidays (KZ)")
        assert saturday.name["en"] == "Working day (the day off moved to 03.01.2014)"
        assert bare.day(dt.date(2014, 1, 3)).kind == "transferred_day_off"
        # Friday 27.12.2013, then that Saturday; Sunday 29 and Monday 30 (a working day) follow
        assert bare.add_working_days(dt.date(2013, 12, 27), 1) == dt.date(2013, 12, 28)
        assert bare.add_working_days(dt.date(2013, 12, 27), 2) == dt.date(2013, 12, 30)
