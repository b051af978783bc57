"""An "other sectors" specialist's cell of the register, step by step (rules.register).

The register's appendix, sub-point b (as worded by order-2023-376): B2 is the high qualification
level, B3 the medium one; levels 1-4 are the categories higher, first, second, none. The counts
are the register's own rows of each cell (law/acts/order-2015-1042.yaml, counted by id): B2 level 1
lists 16 "other sectors" titles beside one of education and one of healthcare, which are not
the specialist's.
"""

import pytest

from biliktilik.rules.explain import LawGap, Trace
from biliktilik.rules.register import other_sector_grade

SOURCE = ("order-2015-1042", "appendix", "b", "order-2023-376")


def _cited(citation):
    return (citation.act, citation.point, citation.subpoint, citation.wording_by)


@pytest.mark.parametrize(
    ("level", "category", "link", "cell", "count"),
    [
        ("high", "higher", "B2", "1", 16),
        ("high", "none", "B2", "4", 21),
        ("medium", "first", "B3", "2", 12),
        ("medium", "none", "B3", "4", 16),
    ],
)
def test_the_cell_of_a_level_and_category_with_its_positions(lawbook, level, category, link, cell, count):
    trace = Trace()
    grade = other_sector_grade(lawbook, qualification_level=level, category=category, trace=trace)
    assert (grade.block, grade.link, grade.level, grade.sector) == ("B", link, cell, "other")
    assert len(grade.positions) == count
    assert {(p.link, p.level, p.sector) for p in grade.positions} == {(link, cell, "other")}
    assert [(s.code, s.params, _cited(s.citation)) for s in trace.steps] == [
        ("register_link", {"qualification_level": level, "link": link}, SOURCE),
        ("register_level", {"category": category, "level": cell, "count": count}, SOURCE),
    ]
    assert [_cited(c) for c in trace.citation_list()] == [SOURCE]


def test_a_category_the_register_has_no_cell_for_is_a_gap_naming_it(lawbook):
    with pytest.raises(LawGap) as gap:
        other_sector_grade(lawbook, qualification_level="high", category="top", trace=Trace())
    assert (gap.value.code, gap.value.field) == ("unknown_register_grade", "category")
    assert gap.value.params == {"qualification_level": "high", "category": "top"}


def test_without_the_register_act_the_gap_says_which_act(empty_lawbook):
    with pytest.raises(LawGap) as gap:
        other_sector_grade(empty_lawbook, qualification_level="high", category="first", trace=Trace())
    assert (gap.value.code, gap.value.field, gap.value.params) == (
        "unknown_act",
        "qualification_level",
        {"act": "order-2015-1042"},
    )
