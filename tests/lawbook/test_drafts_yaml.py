"""Reading a draft's text (lawbook.drafts.read): what is not YAML is refused with the line and
column a methodologist can find in their editor, counted from 1, and what the parser says there;
a text over the limit or not a mapping is refused before anything else is looked at.

The positions are counted by hand in each comment."""

import pytest

from biliktilik.lawbook import drafts


def refusal(text: str) -> drafts.DraftProblem:
    with pytest.raises(drafts.DraftInvalid) as refused:
        drafts.read(text)
    (problem,) = refused.value.problems
    return problem


def assert_not_yaml(text: str, line: int, column: int, problem: str) -> None:
    found = refusal(text)
    assert (found.loc, found.code) == ((), "not_yaml")
    assert found.params == {"line": line, "column": column, "problem": problem}
    assert found.msg == f"not YAML: line {line}, column {column}: {problem}"


def test_an_unclosed_quote_is_placed_where_the_text_ends_not_where_the_quote_opens():
    # 'id: "abc' then a line break: the parser notes the quote's start (line 1, column 5) as the
    # context, but the problem is at the end of the text, the start of line 2.
    assert_not_yaml('id: "abc\n', 2, 1, "found unexpected end of stream")


def test_a_key_given_twice_is_placed_at_the_second():
    # line 1 "id: a", line 2 "id: b": the second key starts line 2, column 1
    assert_not_yaml("id: a\nid: b\n", 2, 1, "duplicate key 'id'")


def test_an_unclosed_list_is_placed_where_the_parser_gave_up():
    # "id: [a, b" then the end: the parser wanted "," or "]" at the start of line 2
    assert_not_yaml("id: [a, b\n", 2, 1, "did not find expected ',' or ']'")


@pytest.mark.parametrize(
    ("text", "line", "column", "character"),
    [
        # "a: " is three characters, the NUL is the fourth
        ("a: \x00", 1, 4, "0000"),
        # "id: d\n" ends line 1; on line 2 "title: a" is eight characters, the control character ninth
        ("id: d\ntitle: a\x01b\n", 2, 9, "0001"),
        ("\x00", 1, 1, "0000"),
        # on line 3 the column counts from the last line break, not the first: "c: " then the NUL
        ("a: 1\nb: 2\nc: \x00", 3, 4, "0000"),
    ],
)
def test_a_character_yaml_does_not_allow_is_placed_by_line_and_column_too(text, line, column, character):
    # PyYAML's reader gives only a position in the text (no line): the line and column are counted
    # from it, and the problem is its first line, without the "<unicode string>" that follows.
    assert_not_yaml(
        text, line, column, f"unacceptable character #x{character}: control characters are not allowed"
    )


def test_a_text_at_the_limit_is_read_and_one_character_more_is_refused():
    head = "id: d\n#"  # seven characters, then a comment filling the text up to the limit
    at_limit = head + "x" * (drafts.MAX_DRAFT_CHARS - len(head))
    assert len(at_limit) == 400_000
    assert drafts.read(at_limit) == {"id": "d"}
    found = refusal(at_limit + "x")
    assert (found.loc, found.code, found.params) == ((), "too_long", {"limit": 400_000})
    assert found.msg == "the draft is longer than 400000 characters"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just words\n", "42\n"])
def test_a_text_that_is_not_a_mapping_is_refused_as_a_whole(text):
    found = refusal(text)
    assert (found.loc, found.code, found.params) == ((), "not_mapping", {})
    assert found.msg == "a draft is a mapping of keys, as an act file is"


def test_an_empty_text_is_not_a_mapping():
    assert refusal("").code == "not_mapping"  # YAML reads an empty text as nothing (None)


@pytest.mark.parametrize(
    ("text", "line", "column", "problem"),
    [
        # "adopted: " is nine characters: the impossible date starts at column 10
        ("adopted: 2027-02-30\n", 1, 10, "day is out of range for month"),
        # line 2 "date: " is six characters
        ("id: d\ndate: 2027-13-01\n", 2, 7, "month must be in 1..12"),
        # a date inside a list: "  - " is four characters
        ("changes:\n  - 2027-02-30\n", 2, 5, "day is out of range for month"),
        ("id: !!int x\n", 1, 5, "invalid literal for int() with base 10: 'x'"),
        # a key that is a list: "? " then the list at column 3
        ("? [a]\n: 1\n", 1, 3, "a key must be a single value"),
    ],
)
def test_a_value_yaml_reads_but_cannot_build_is_placed_where_it_stands(text, line, column, problem):
    # PyYAML lets these out as a bare ValueError or TypeError, which would be a server error
    assert_not_yaml(text, line, column, problem)
