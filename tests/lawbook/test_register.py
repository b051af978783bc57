"""The register of positions (order-2015-1042, appendix) is complete: every position of seed 000.

The hand count below was made by reading the seed block by block, independently of the YAML
(and checked for blocks B-D by splitting each cell on commas). See the act's notes for how
compound cells were split.
"""

from collections import Counter

import pytest

HAND_COUNT_BY_LINK = {
    "A1": 6,
    "A2": 27,
    "A3": 18,
    "B1": 5,
    "B2": 77,
    "B3": 92,
    "B4": 41,
    "C1": 1,
    "C2": 23,
    "C3": 18,
    "D1": 38,
}
HAND_COUNT_BY_BLOCK = {"A": 51, "B": 215, "C": 42, "D": 38}
HAND_COUNT_BY_SECTOR = {
    ("B2", "healthcare"): 4,
    ("B2", "education"): 4,
    ("B2", "other"): 69,
    ("B3", "healthcare"): 16,
    ("B3", "education"): 24,
    ("B3", "other"): 52,
    ("B4", "healthcare"): 29,
    ("B4", "education"): 12,
}


@pytest.fixture(scope="module")
def positions(lawbook):
    register = lawbook.get("order-2015-1042").act.register_of_positions
    return register.positions


def test_every_link_holds_the_hand_counted_number_of_positions(positions):
    assert dict(Counter(p.link for p in positions)) == HAND_COUNT_BY_LINK


def test_every_block_holds_the_hand_counted_number_of_positions(positions):
    assert dict(Counter(p.block for p in positions)) == HAND_COUNT_BY_BLOCK
    assert len(positions) == 346


def test_the_sectors_of_block_b_match_the_hand_count(positions):
    counted = Counter((p.link, p.sector) for p in positions if p.block == "B" and p.link != "B1")
    assert dict(counted) == HAND_COUNT_BY_SECTOR


def test_the_yaml_hand_count_agrees_with_the_one_recorded_here(lawbook):
    assert lawbook.get("order-2015-1042").act.register_of_positions.hand_count == HAND_COUNT_BY_LINK


def test_every_position_cites_the_register_and_has_a_russian_title(positions):
    for p in positions:
        assert (p.source.act, p.source.point) == ("order-2015-1042", "appendix"), p.id
        assert p.source.subpoint == p.block.lower(), p.id
        assert p.title.ru, p.id


def test_block_a_links_are_marked_inferred(positions):
    """The A1/A2/A3 labels were lost in extraction: the links are reconstructed, and say so."""
    assert all(p.inferred and p.note for p in positions if p.block == "A")


def test_levels_fit_their_links(positions):
    allowed = {"A": {"1", "1-1", "2", "2-1", "3", "3-1"}, "B1": {"1", "2", "3", "4", "5"}}
    for p in positions:
        if p.block == "A":
            assert p.level in allowed["A"], p.id
        elif p.link == "B1":
            assert p.level in allowed["B1"], p.id
        elif p.block in ("B", "C") and p.level is not None:
            assert p.level in {"1", "2", "3", "4"}, p.id
