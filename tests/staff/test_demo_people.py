"""Demo people: reproducible, realistic, with valid unique IINs; the current regions of Kazakhstan."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from biliktilik.staff import demo_people
from biliktilik.staff.demo_people import DISTRICTS, REGIONS, people
from biliktilik.staff.iin import validate_iin

TODAY = dt.date(2025, 6, 1)
KAZAKH_ONLY_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def age(birth_date: dt.date, today: dt.date) -> int:
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    return today.year - birth_date.year - (0 if had_birthday else 1)


@pytest.fixture(scope="module")
def crowd():
    return list(people(5000, seed=2025, today=TODAY))


def test_the_same_seed_gives_the_same_people():
    assert list(people(300, seed=7, today=TODAY)) == list(people(300, seed=7, today=TODAY))


def test_another_seed_gives_other_people():
    assert list(people(50, seed=7, today=TODAY)) != list(people(50, seed=8, today=TODAY))


def test_asking_for_fewer_gives_the_first_ones():
    assert list(people(20, seed=7, today=TODAY)) == list(people(200, seed=7, today=TODAY))[:20]


def test_five_thousand_people_have_valid_unique_iins_matching_birth_date_and_sex(crowd):
    assert len(crowd) == 5000
    assert len({p.iin for p in crowd}) == 5000
    for person in crowd:
        info = validate_iin(person.iin, today=TODAY)
        assert (info.birth_date, info.sex) == (person.birth_date, person.sex)


def test_everyone_is_22_to_63_years_old(crowd):
    ages = {age(p.birth_date, TODAY) for p in crowd}
    assert min(ages) == 22 and max(ages) == 63


@pytest.mark.parametrize("today", [dt.date(2024, 2, 29), dt.date(2025, 3, 1), dt.date(2025, 12, 31)])
def test_ages_stay_in_range_on_awkward_days(today):
    assert all(22 <= age(p.birth_date, today) <= 63 for p in people(2000, seed=3, today=today))


def test_phones_and_emails_are_well_formed_and_unique(crowd):
    assert all(re.fullmatch(r"\+7 7\d\d \d{3} \d\d \d\d", p.phone) for p in crowd)
    assert all(re.fullmatch(r"[a-z]\.[a-z]+\d*@example\.kz", p.email) for p in crowd)
    assert len({p.phone for p in crowd}) == len({p.email for p in crowd}) == 5000


def test_names_are_spelled_the_kazakh_way_in_kk_and_the_russian_way_in_ru(crowd):
    assert any(KAZAKH_ONLY_LETTERS & set(p.full_name_kk) for p in crowd)
    assert not any(KAZAKH_ONLY_LETTERS & set(p.full_name_ru) for p in crowd)
    used = set("".join(p.full_name_kk for p in crowd))
    assert set("әғқңөұүһі") <= used


def test_patronymics_follow_sex_in_both_languages(crowd):
    for person in crowd:
        male = person.sex == "male"
        assert person.patronymic_ru.endswith("ич" if male else "на")
        assert person.patronymic_kk.endswith(("ұлы", "ич") if male else ("қызы", "на"))


def test_a_kazakh_named_woman_and_a_russian_named_woman_look_right(crowd):
    kazakh = next(p for p in crowd if p.sex == "female" and p.patronymic_kk.endswith("қызы"))
    assert kazakh.patronymic_ru.endswith(("овна", "евна"))
    feminine = ("ова", "ева", "ина")
    assert kazakh.last_name_kk.endswith(feminine) and kazakh.last_name_ru.endswith(feminine)
    russian = next(p for p in crowd if p.sex == "female" and p.last_name_ru == "Иванова")
    assert russian.full_name_kk == russian.full_name_ru


def test_there_are_enough_names_to_look_like_a_country():
    female = len(demo_people.KAZAKH_FEMALE) + len(demo_people.RUSSIAN_FEMALE)
    male = len(demo_people.KAZAKH_MALE) + len(demo_people.RUSSIAN_MALE)
    surnames = len(demo_people.KAZAKH_SURNAMES) + len(demo_people.RUSSIAN_SURNAMES)
    assert female >= 55 and male >= 55 and surnames >= 75


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Серикбаева", "serikbayeva"), ("Юрьев", "yuryev"), ("Ермеков", "yermekov"), ("Шевченко", "shevchenko")],
)
def test_names_are_transliterated_for_addresses(cyrillic, latin):
    assert demo_people.latin(cyrillic) == latin


def test_there_are_17_oblasts_and_3_cities_of_republican_significance():
    oblasts = {r.id for r in REGIONS if r.kind == "oblast"}
    cities = {r.id for r in REGIONS if r.kind == "city"}
    assert len(oblasts) == 17 and len(REGIONS) == 20
    assert {"abai", "zhetisu", "ulytau"} <= oblasts
    assert cities == {"astana", "almaty", "shymkent"}


def test_every_region_has_3_to_6_districts_named_in_both_languages():
    assert set(DISTRICTS) == {r.id for r in REGIONS}
    for districts in DISTRICTS.values():
        assert 3 <= len(districts) <= 6
        assert all(kk and ru for kk, ru in districts)
    assert all(r.kk and r.ru for r in REGIONS)
