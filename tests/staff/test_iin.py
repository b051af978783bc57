"""The IIN check: structure, birth date, century and sex, and the two-pass mod-11 check digit.

The valid vectors are computed by hand from the algorithm, not taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biliktilik.staff.iin import (
    MESSAGES,
    IinInfo,
    InvalidIin,
    check_digit,
    make_iin,
    masked,
    message,
    validate_iin,
)

TODAY = dt.date(2025, 6, 1)
FAR_FUTURE = dt.date(2100, 1, 1)

# Independent of the module: the weights as the algorithm states them.
W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def first_pass(iin: str) -> int:
    return sum(w * int(d) for w, d in zip(W1, iin[:11], strict=True)) % 11


def uses_second_pass(iin: str) -> bool:
    return first_pass(iin) == 10


def is_valid(iin: str) -> bool:
    try:
        validate_iin(iin, today=FAR_FUTURE)
    except InvalidIin:
        return False
    return True


# 850315 4 0123 1 — 15.03.1985, female (4 = 1900s, female), serial 0123.
#   pass 1: 1·8 + 2·5 + 3·0 + 4·3 + 5·1 + 6·5 + 7·4 + 8·0 + 9·1 + 10·2 + 11·3
#         = 8 + 10 + 0 + 12 + 5 + 30 + 28 + 0 + 9 + 20 + 33 = 155; 155 mod 11 = 1 -> check digit 1.
#
# 900702 3 0050 7 — 02.07.1990, male (3 = 1900s, male), serial 0050: needs the second pass.
#   pass 1: 1·9 + 2·0 + 3·0 + 4·7 + 5·0 + 6·2 + 7·3 + 8·0 + 9·0 + 10·5 + 11·0
#         = 9 + 28 + 12 + 21 + 50 = 120; 120 mod 11 = 10 -> second pass.
#   pass 2: 3·9 + 4·0 + 5·0 + 6·7 + 7·0 + 8·2 + 9·3 + 10·0 + 11·0 + 1·5 + 2·0
#         = 27 + 42 + 16 + 27 + 5 = 117; 117 mod 11 = 7 -> check digit 7.
#
# 010101 5 0001 3 — 01.01.2001, male (5 = 2000s, male).
#   pass 1: 2·1 + 4·1 + 6·1 + 7·5 + 11·1 = 2 + 4 + 6 + 35 + 11 = 58; 58 mod 11 = 3.
#
# 991231 2 0001 7 — 31.12.1899, female (2 = 1800s, female).
#   pass 1: 1·9 + 2·9 + 3·1 + 4·2 + 5·3 + 6·1 + 7·2 + 11·1 = 9+18+3+8+15+6+14+11 = 84; 84 mod 11 = 7.
#
# 000229 6 0001 4 — 29.02.2000 (2000 is a leap year), female.
#   pass 1: 4·2 + 5·2 + 6·9 + 7·6 + 11·1 = 8 + 10 + 54 + 42 + 11 = 125; 125 mod 11 = 4.
#
# 250601 5 0001 0 — born on TODAY itself, male.
#   pass 1: 1·2 + 2·5 + 4·6 + 6·1 + 7·5 + 11·1 = 2 + 10 + 24 + 6 + 35 + 11 = 88; 88 mod 11 = 0.
VALID = [
    ("850315401231", dt.date(1985, 3, 15), "female", 20),
    ("900702300507", dt.date(1990, 7, 2), "male", 20),
    ("010101500013", dt.date(2001, 1, 1), "male", 21),
    ("991231200017", dt.date(1899, 12, 31), "female", 19),
    ("000229600014", dt.date(2000, 2, 29), "female", 21),
    ("250601500010", dt.date(2025, 6, 1), "male", 21),
]


@pytest.mark.parametrize(("iin", "birth_date", "sex", "century"), VALID)
def test_it_accepts_a_hand_computed_iin_and_reads_birth_date_and_sex(iin, birth_date, sex, century):
    assert validate_iin(iin, today=TODAY) == IinInfo(iin=iin, birth_date=birth_date, sex=sex, century=century)


def test_it_ignores_surrounding_whitespace_only():
    assert validate_iin(" \t850315401231\n", today=TODAY).iin == "850315401231"


# 900702 3 0057 x — 02.07.1990, male, serial 0057: both passes give 10.
#   pass 1: 9 + 28 + 12 + 21 + 10·5 + 11·7 = 70 + 50 + 77 = 197; 197 mod 11 = 10.
#   pass 2: 27 + 42 + 16 + 27 + 1·5 + 2·7 = 112 + 5 + 14 = 131; 131 mod 11 = 10 -> never issued.
INVALID = [
    ("85031540123", "not_12_digits", {}),
    ("8503154012310", "not_12_digits", {}),
    ("", "not_12_digits", {}),
    ("850315 401231", "not_12_digits", {}),
    ("850315-401231", "not_12_digits", {}),
    ("85031540123a", "not_12_digits", {}),
    ("８50315401231", "not_12_digits", {}),  # a full-width digit is a digit to Python, not to us
    ("٨50315401231", "not_12_digits", {}),  # nor is an Arabic-Indic one
    ("850315001231", "bad_century_digit", {"digit": 0}),
    ("850315701231", "bad_century_digit", {"digit": 7}),
    ("850315901231", "bad_century_digit", {"digit": 9}),
    ("851315401231", "bad_birth_date", {"digits": "851315", "first_year": 1900, "last_year": 1999}),
    ("850230401231", "bad_birth_date", {"digits": "850230", "first_year": 1900, "last_year": 1999}),
    ("850300401231", "bad_birth_date", {"digits": "850300", "first_year": 1900, "last_year": 1999}),
    # 1900 is not a leap year, 2000 is (see VALID).
    ("000229300011", "bad_birth_date", {"digits": "000229", "first_year": 1900, "last_year": 1999}),
    ("250602500016", "birth_date_in_future", {"birth_date": "2025-06-02", "today": "2025-06-01"}),
    ("900702300570", "no_valid_check_digit", {}),
    ("900702300579", "no_valid_check_digit", {}),
    ("850315401235", "check_digit_mismatch", {"expected": 1, "actual": 5}),
    ("900702300500", "check_digit_mismatch", {"expected": 7, "actual": 0}),
]


@pytest.mark.parametrize(("iin", "code", "params"), INVALID)
def test_it_refuses_an_invalid_iin_with_a_stable_code(iin, code, params):
    with pytest.raises(InvalidIin) as caught:
        validate_iin(iin, today=TODAY)
    assert (caught.value.code, caught.value.params) == (code, params)


def test_every_code_is_tested_and_has_whole_sentences_in_three_languages():
    assert {code for _, code, _ in INVALID} == set(MESSAGES)
    for _, code, params in INVALID:
        for language in ("kk", "ru", "en"):
            text = message(code, params, language)
            assert text.endswith(".") and "{" not in text


def test_messages_show_dates_the_local_way_and_name_the_expected_digit():
    params = {"birth_date": "2025-06-02", "today": "2025-06-01"}
    assert "02.06.2025" in message("birth_date_in_future", params, "ru")
    assert "должна быть 1" in message("check_digit_mismatch", {"expected": 1, "actual": 5}, "ru")
    assert message("not_12_digits", {}, "de") == MESSAGES["not_12_digits"]  # the English msgid


def test_a_kazakh_message_uses_kazakh_letters():
    assert set("әғқңөұүһі") & set(message("bad_century_digit", {"digit": 0}, "kk"))


def test_make_iin_builds_the_hand_computed_numbers():
    assert make_iin(dt.date(1985, 3, 15), "female", 123) == "850315401231"
    assert make_iin(dt.date(1990, 7, 2), "male", 50) == "900702300507"


def test_make_iin_takes_serial_zero():
    # 8503154 0000: 8·1 + 5·2 + 0·3 + 3·4 + 1·5 + 5·6 + 4·7 = 93 ≡ 5 (mod 11).
    assert make_iin(dt.date(1985, 3, 15), "female", 0) == "850315400005"


def test_a_masked_iin_keeps_four_digits_at_each_end_and_anything_else_is_hidden_whole():
    assert masked("850315401231") == "8503••••1231"
    # A value that is not 12 long (a typo kept in an old record) shows none of its digits.
    assert masked("85031540123") == "••••" and masked("") == "••••"


def test_an_iin_that_is_not_a_string_is_a_programming_error_naming_the_type():
    with pytest.raises(TypeError, match="^an IIN is a string, not int$"):
        validate_iin(850315401231, today=dt.date(2026, 1, 1))


def test_a_check_digit_needs_exactly_eleven_digits():
    for digits in ("8503154012", "850315401231"):
        with pytest.raises(ValueError, match="^a check digit is computed over exactly 11 digits$"):
            check_digit(digits)


def test_make_iin_skips_a_serial_that_has_no_check_digit():
    # Serial 0057 has none (above); 0058: pass 1 = 70 + 50 + 88 = 208 -> 10,
    # pass 2 = 112 + 5 + 16 = 133 -> 1.
    assert make_iin(dt.date(1990, 7, 2), "male", 57) == "900702300581"


@pytest.mark.parametrize(
    ("birth_date", "sex", "serial"),
    [
        (dt.date(1799, 12, 31), "male", 1),
        (dt.date(2100, 1, 1), "female", 1),
        (dt.date(1990, 1, 1), "x", 1),
        (dt.date(1990, 1, 1), "male", -1),
        (dt.date(1990, 1, 1), "male", 10_000),
    ],
)
def test_make_iin_refuses_what_no_iin_can_encode(birth_date, sex, serial):
    with pytest.raises(ValueError, match="."):
        make_iin(birth_date, sex, serial)


iins = st.builds(
    make_iin,
    st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(["male", "female"]),
    st.integers(0, 9999),
)


@settings(max_examples=300, deadline=None)
@given(
    birth_date=st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31)),
    sex=st.sampled_from(["male", "female"]),
    serial=st.integers(0, 9999),
)
def test_every_made_iin_validates_and_round_trips_birth_date_and_sex(birth_date, sex, serial):
    info = validate_iin(make_iin(birth_date, sex, serial), today=FAR_FUTURE)
    assert (info.birth_date, info.sex) == (birth_date, sex)


# What a single changed digit does, checked by brute force over the scheme before asserting:
# - digit 12 (the check digit): always caught — the check digit is a function of digits 1-11;
# - digits 1-10: the first-pass remainder always changes (weights 1..10 are invertible mod 11),
#   so the change is caught unless the original or the changed number falls back to the second
#   pass, where the new check can coincide with the old digit (~1.7% of changes);
# - digit 11: its first-pass weight is 11 ≡ 0, so the change is NEVER caught when the number
#   uses the first pass (the common case), and always caught when it uses the second (weight 2).
# So "any single changed digit makes the IIN invalid" is false for this scheme.


@settings(max_examples=300, deadline=None)
@given(iin=iins, data=st.data())
def test_a_changed_check_digit_is_always_caught(iin, data):
    other = data.draw(st.sampled_from([d for d in string.digits if d != iin[11]]))
    assert not is_valid(iin[:11] + other)


@settings(max_examples=300, deadline=None)
@given(iin=iins, position=st.integers(0, 9), data=st.data())
def test_a_changed_digit_among_the_first_ten_is_caught_unless_a_second_pass_is_used(iin, position, data):
    other = data.draw(st.sampled_from([d for d in string.digits if d != iin[position]]))
    changed = iin[:position] + other + iin[position + 1 :]
    assert first_pass(changed) != first_pass(iin)
    if not uses_second_pass(iin) and not uses_second_pass(changed):
        assert not is_valid(changed)


@settings(max_examples=300, deadline=None)
@given(iin=iins, data=st.data())
def test_a_changed_eleventh_digit_is_caught_exactly_when_the_second_pass_is_used(iin, data):
    other = data.draw(st.sampled_from([d for d in string.digits if d != iin[10]]))
    assert is_valid(iin[:10] + other + iin[11]) is not uses_second_pass(iin)


def test_the_known_blind_spots_with_hand_computed_examples():
    # Digit 11 of 850315401231 changed 3 -> 0: pass 1 loses 11·3 = 33 ≡ 0, still remainder 1.
    assert is_valid("850315401201")
    # Digit 10 changed 2 -> 4: pass 1 = 155 + 10·2 = 175 ≡ 10 -> pass 2:
    # 3·8 + 4·5 + 5·0 + 6·3 + 7·1 + 8·5 + 9·4 + 10·0 + 11·1 + 1·4 + 2·3 = 166 ≡ 1 = the old check digit.
    assert is_valid("850315401431")


def test_make_iin_refuses_what_no_iin_can_hold_saying_why():
    with pytest.raises(ValueError, match="^the serial is four digits: 0 to 9999$"):
        make_iin(dt.date(1985, 3, 15), "female", 10_000)
    with pytest.raises(ValueError, match="only 1800-2099, male or female"):
        make_iin(dt.date(2100, 1, 1), "female", 1)
