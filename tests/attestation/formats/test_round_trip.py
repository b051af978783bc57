"""Export then import gives the same questions, for any question the bank can hold: Moodle XML
keeps everything (and a second export is byte for byte the first); so does GIFT for what GIFT
can carry (names, texts, options, feedback, tags)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from biliktilik.attestation.formats import (
    Option,
    Question,
    read_questions,
    write_gift,
    write_moodle_xml,
)
from biliktilik.attestation.formats.excel import read_template, write_template

# Kazakh and Russian letters, Latin, digits, GIFT's and XML's special characters, a newline.
ALPHABET = "abcXYZәғқңөұүһіӘҒҚАБВЖЗжзыэ0129 .,;!?()[]\"'<>&#=~{}:\\/-_\n\t@$*"
text = st.text(ALPHABET, min_size=1, max_size=40).map(str.strip).filter(bool)
languages = st.sampled_from([("kk",), ("ru",), ("kk", "ru")])


@st.composite
def texts(draw, codes):
    return {code: draw(text) for code in codes}


@st.composite
def questions(draw):
    codes = draw(languages)
    kind = draw(st.sampled_from(["single", "multiple", "true_false"]))
    feedback = st.one_of(st.just(""), text)
    if kind == "true_false":
        truth = draw(st.booleans())
        options = tuple(Option({}, correct, feedback=draw(feedback)) for correct in (truth, not truth))
    else:
        count = draw(st.integers(2, 6))
        right = draw(
            st.sets(st.integers(0, count - 1), min_size=1, max_size=1 if kind == "single" else count)
        )
        options = tuple(
            Option(draw(texts(codes)), index in right, feedback=draw(feedback)) for index in range(count)
        )
    tags = tuple(draw(st.lists(st.text("abcdefgh-:0123456789]", min_size=1, max_size=12), max_size=3)))
    return Question(draw(text).replace("\n", " "), kind, draw(texts(codes)), options, tags)


def essentials(question: Question):
    options = [(o.text, o.correct, o.feedback) for o in question.options]
    return (question.name, question.kind, question.text, options, question.tags)


@settings(max_examples=150, deadline=None)
@given(st.lists(questions(), min_size=1, max_size=4))
def test_moodle_xml_export_then_import_gives_the_same_questions(generated):
    written = write_moodle_xml(generated)
    imported = read_questions(written).questions
    assert [essentials(q) for q in imported] == [essentials(q) for q in generated]
    assert write_moodle_xml(imported) == written


@settings(max_examples=150, deadline=None)
@given(st.lists(questions(), min_size=1, max_size=4))
def test_gift_export_then_import_gives_the_same_questions(generated):
    written = write_gift(generated)
    imported = read_questions(written.encode()).questions
    assert [essentials(q) for q in imported] == [essentials(q) for q in generated]
    assert write_gift(imported) == written


line = st.text(ALPHABET.replace("\n", "").replace("\\t", ""), min_size=1, max_size=40).map(str.strip)
option_line = line.filter(lambda t: t and not t.startswith("*"))


@st.composite
def template_questions(draw):
    """What a row of the template can hold: options one per line, not starting with the mark."""
    codes = draw(languages)
    kind = draw(st.sampled_from(["single", "multiple", "true_false"]))
    if kind == "true_false":
        truth = draw(st.booleans())
        options = (Option({}, truth), Option({}, not truth))
    else:
        count = draw(st.integers(2, 6))
        right = draw(
            st.sets(st.integers(0, count - 1), min_size=1, max_size=1 if kind == "single" else count)
        )
        options = tuple(
            Option({code: draw(option_line) for code in codes}, index in right) for index in range(count)
        )
    tags = tuple(draw(st.lists(st.text("abcdefgh-:0123456789]", min_size=1, max_size=12), max_size=3)))
    return Question(draw(line.filter(bool)), kind, draw(texts(codes)), options, tags)


@settings(max_examples=60, deadline=None)
@given(st.lists(template_questions(), min_size=1, max_size=4))
def test_the_excel_template_written_then_read_gives_the_same_questions(generated):
    result = read_template(write_template((question, ("career_centre",)) for question in generated))
    assert result.ok, result.errors
    assert [row.question for row in result.rows] == generated
