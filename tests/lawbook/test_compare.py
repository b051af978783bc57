"""The law between two dates (issue 11): which points of an act changed between two days, or
between the law in force and a draft, with the words and the typed values that differ. The
expected values are read by hand from law/acts/order-2017-360.yaml and order-2024-316.yaml."""

import datetime as dt

import pytest

from biliktilik.lawbook.compare import Segment, compare_act, word_diff

from .overlays import DRAFT, DRAFT_EVE, DRAFT_FROM, with_draft_of_point_17, with_draft_of_point_54

DAY_BEFORE_316 = dt.date(2024, 8, 30)  # the original wordings' last day (valid_to)
FIRST_DAY_OF_316 = dt.date(2024, 8, 31)  # order-2024-316's wordings' valid_from
# order-2024-316's amendments: replace 9, 12, 15, 18, 54, 57, 60, 69; insert 12-1, 12-2, 12-3
REPLACED = ["9", "12", "15", "18", "54", "57", "60", "69"]
INSERTED = ["12-1", "12-2", "12-3"]
IN_ACT_ORDER = ["9", "12", "12-1", "12-2", "12-3", "15", "18", "54", "57", "60", "69"]  # §4-1 after p.12


def test_the_points_order_2024_316_gave_appear_between_its_eve_and_its_first_day(lawbook):
    found = compare_act("order-2017-360", (lawbook, DAY_BEFORE_316), (lawbook, FIRST_DAY_OF_316))
    changed = {p.point: p for p in found.changed}
    assert sorted(changed) == sorted(REPLACED + INSERTED)
    assert [p.point for p in found.changed] == IN_ACT_ORDER
    for point in REPLACED:
        assert changed[point].status == "reworded"
        assert changed[point].after.wording_by == "order-2024-316"
        assert changed[point].after.valid_from == FIRST_DAY_OF_316
    for point in INSERTED:
        assert changed[point].status == "added"
        assert changed[point].before.version is None


def test_an_original_wording_not_in_our_sources_is_said_so_and_not_diffed(lawbook):
    found = compare_act("order-2017-360", (lawbook, DAY_BEFORE_316), (lawbook, FIRST_DAY_OF_316))
    changed = {p.point: p for p in found.changed}
    for point in REPLACED:  # the YAML's wording_by null versions: text null, valid_to 2024-08-30
        p54 = changed[point]
        assert p54.before.not_in_sources
        assert p54.before.wording_by is None
        assert p54.before.valid_to == DAY_BEFORE_316
        assert not p54.after.not_in_sources
        assert not p54.diffed and p54.texts == {}
        assert p54.values == ()
    assert not any(changed[p].before.not_in_sources for p in INSERTED)


def test_nothing_changes_between_a_day_and_itself(lawbook):
    found = compare_act("order-2017-360", (lawbook, FIRST_DAY_OF_316), (lawbook, FIRST_DAY_OF_316))
    assert found.changed == ()
    assert found.unchanged_count == 11


def test_a_draft_overlay_gives_exactly_p54_with_3_to_4_years(lawbook):
    draft_book = with_draft_of_point_54(lawbook)
    found = compare_act("order-2017-360", (lawbook, DRAFT_EVE), (draft_book, DRAFT_FROM))
    assert [p.point for p in found.changed] == ["54"]
    p54 = found.changed[0]
    assert p54.status == "reworded"
    assert (p54.before.wording_by, p54.after.wording_by) == ("order-2024-316", DRAFT)
    assert p54.after.valid_from == DRAFT_FROM
    (change,) = p54.values
    assert change.path == ("requirements[54]", "ladders[high]", "steps[higher]", "years")
    assert (change.label, change.before, change.after) == (
        "requirement 54 · ladder high · higher category · years",
        3,
        4,
    )
    kk = {pair.part: pair for pair in p54.texts["kk"]}
    assert not kk[None].changed and not kk["medium"].changed
    high = kk["high"]
    assert [s for s in high.before_segments if s.op != "equal"] == [Segment("delete", "3 ")]
    assert [s for s in high.after_segments if s.op != "equal"] == [Segment("insert", "4 ")]
    # ru and en were not reworded by the draft: nothing marked there
    assert not any(pair.changed for pair in p54.texts["ru"])


def test_the_draft_side_can_be_the_earlier_one(lawbook):
    draft_book = with_draft_of_point_54(lawbook)
    found = compare_act("order-2017-360", (draft_book, DRAFT_FROM), (lawbook, DRAFT_FROM))
    assert [(v.before, v.after) for v in found.changed[0].values] == [(4, 3)]


def test_words_keep_their_punctuation_and_line_breaks():
    left, right = word_diff("кемінде 3 жыл;\nекінші", "кемінде 3 жыл.\nекінші")
    assert left == (Segment("equal", "кемінде 3 "), Segment("delete", "жыл;\n"), Segment("equal", "екінші"))
    assert right == (Segment("equal", "кемінде 3 "), Segment("insert", "жыл.\n"), Segment("equal", "екінші"))


def test_an_act_neither_book_holds_is_a_key_error(lawbook):
    with pytest.raises(KeyError):
        compare_act("order-1999-1", (lawbook, DAY_BEFORE_316), (lawbook, FIRST_DAY_OF_316))


def test_order_2024_422_as_worded_by_order_2025_271(lawbook):
    # order-2025-271's amendments: replace 7, 8, 9, 14, 17, 21, 27, 28, 30, 34; insert 28-1 and
    # appendix-1-2; from 30.09.2025, the original wordings (text null) ending on 29.09.2025
    found = compare_act("order-2024-422", (lawbook, dt.date(2025, 9, 29)), (lawbook, dt.date(2025, 9, 30)))
    changed = {p.point: p for p in found.changed}
    assert list(changed) == ["7", "8", "9", "14", "17", "21", "27", "28", "28-1", "30", "34", "appendix-1-2"]
    assert {p for p, c in changed.items() if c.status == "added"} == {"28-1", "appendix-1-2"}
    assert all(c.before.not_in_sources and not c.diffed for c in changed.values() if c.status == "reworded")
    assert {c.after.wording_by for c in changed.values()} == {"order-2025-271"}


def test_a_draft_of_a_pass_mark_shows_the_attestation_value_it_changes(lawbook):
    draft_book = with_draft_of_point_17(lawbook)
    found = compare_act("order-2024-422", (lawbook, DRAFT_EVE), (draft_book, DRAFT_FROM))
    assert [p.point for p in found.changed] == ["17"]
    (change,) = found.changed[0].values  # the four other pass marks are restated unchanged
    assert change.path == ("attestation", "thresholds[manager]", "percent")
    assert change.label == "attestation · threshold manager · percent"
    assert (change.before, change.after) == (85, 80)
    ru = {pair.part: pair for pair in found.changed[0].texts["ru"]}
    assert [s for s in ru["3"].before_segments if s.op != "equal"] == [Segment("delete", "85%;")]
    assert [s for s in ru["3"].after_segments if s.op != "equal"] == [Segment("insert", "80%;")]
    assert not ru["1"].changed and not ru[None].changed
