"""Moodle XML: Moodle's own example files import with the right kinds, options and correctness,
unsupported types are reported by name, malformed or hostile files import nothing, and what
was imported is written back so that a second import gives the same questions."""

from dataclasses import replace

import pytest

from biliktilik.attestation.formats import (
    Limits,
    QuestionFileError,
    read_moodle_xml,
    read_questions,
    write_moodle_xml,
)

ALL = [
    "moodle_xml/export_category.xml",
    "moodle_xml/html_chars_in_idnumbers.xml",
    "moodle_xml/nested_categories_with_questions.xml",
    "moodle_xml/sample_questions_with_old_image_tag.xml",
    "moodle_xml/xmlformat_test_examples.xml",
]


def test_it_reads_moodles_multiple_choice_with_several_right_answers_as_multiple(fixture_bytes):
    result = read_questions(fixture_bytes("moodle_xml/xmlformat_test_examples.xml"))
    question = result.questions[0]
    assert result.format == "moodle_xml"
    assert (question.name, question.kind) == ("Multiple choice question", "multiple")
    assert question.text == {"ru": "Which are the even numbers?"}
    assert [(o.text["ru"], o.correct, o.fraction) for o in question.options] == [
        ("1", False, 0.0),
        ("2", True, 100.0),
        ("3", False, 0.0),
        ("4", True, 100.0),
    ]
    assert question.moodle["generalfeedback"] == {"text": "The even numbers are 2 and 4.", "format": "html"}
    assert question.moodle["correctfeedback"]["text"] == "<p>Your answer is correct.</p>"
    assert (question.moodle["defaultgrade"], question.moodle["penalty"]) == ("2", "0.3333333")
    assert question.moodle["shownumcorrect"] == ""
    assert all(o.moodle["format"] == "plain_text" for o in question.options)
    assert len(question.moodle["extra"]) == 2 and "Hint 1." in question.moodle["extra"][0]


def test_it_reads_a_single_choice_of_moodle_1_9_with_its_old_image(fixture_bytes):
    result = read_questions(fixture_bytes("moodle_xml/sample_questions_with_old_image_tag.xml"))
    (question,) = result.questions
    assert (question.name, question.kind) == ("mcq with image", "single")
    assert [(o.text["ru"], o.correct) for o in question.options] == [
        ("wrong answer", False),
        ("another wrong answer", False),
        ("right answer", True),
    ]
    assert question.moodle["category"] == "$course$/Default for Test images in backup"
    assert any(block.startswith("<image_base64>") for block in question.moodle["extra"])


def test_it_reads_true_false_questions_with_their_correct_answer_and_category(fixture_bytes):
    result = read_questions(fixture_bytes("moodle_xml/nested_categories_with_questions.xml"))
    assert [q.name for q in result.questions] == [
        "Iota Question",
        "Kappa Question",
        "Lambda Question",
        "Mu Question",
    ]
    assert [q.moodle["category"] for q in result.questions] == [
        "$course$/Iota",
        "$course$/Iota/Kappa",
        "$course$/Iota/Kappa/Lambda",
        "$course$/Iota/Mu",
    ]
    first = result.questions[0]
    assert first.kind == "true_false"
    assert first.text == {"ru": "<p>Testing Iota Question</p>"}
    assert [o.correct for o in first.options] == [True, False]


def test_it_reads_a_true_false_whose_answer_is_true_with_feedback_and_idnumber(fixture_bytes):
    question = read_questions(fixture_bytes("moodle_xml/xmlformat_test_examples.xml")).questions[1]
    assert question.kind == "true_false"
    assert question.moodle["idnumber"] == "TestIdNum1"
    assert [(o.correct, o.feedback) for o in question.options] == [(True, "Well done!"), (False, "Doh!")]


def test_it_keeps_html_characters_of_id_numbers(fixture_bytes):
    (question,) = read_questions(fixture_bytes("moodle_xml/html_chars_in_idnumbers.xml")).questions
    assert question.moodle["idnumber"] == "T & F"
    assert "The inequalities &lt; &amp; &gt;" in question.moodle["category_xml"]


@pytest.mark.parametrize(
    ("name", "skipped"),
    [
        (
            "moodle_xml/nested_categories_with_questions.xml",
            [("Kappa Essay Question", "unsupported_kind:essay")],
        ),
        (
            "moodle_xml/sample_questions_with_old_image_tag.xml",
            [("cloze question with image", "unsupported_kind:cloze")],
        ),
        ("moodle_xml/xmlformat_test_examples.xml", [("Matching question", "unsupported_kind:matching")]),
    ],
)
def test_it_reports_each_unsupported_question_by_name_and_skips_it(fixture_bytes, name, skipped):
    result = read_questions(fixture_bytes(name))
    assert [(s["name"], s["reason"]) for s in result.skipped] == skipped
    assert all(q.name != skipped[0][0] for q in result.questions)


@pytest.mark.parametrize("name", ALL)
def test_it_writes_back_what_it_imported_so_a_second_import_is_the_same(fixture_bytes, name):
    first = read_questions(fixture_bytes(name))
    written = write_moodle_xml(first.questions)
    second = read_questions(written)
    assert second.questions == first.questions
    assert write_moodle_xml(second.questions) == written


def test_its_export_has_the_shape_of_moodles_own_export(fixture_bytes):
    """Moodle's expected output of its test_export_multichoice, element for element; only the
    question text differs, marked with its language (plain-text answers stay unmarked)."""
    source = fixture_bytes("moodle_xml/xmlformat_test_examples.xml").decode()
    question = read_questions(source.encode()).questions[0]
    written = write_moodle_xml([question]).decode()
    expected = source[source.index('  <question type="multichoice">') : source.index("  </question>")]
    expected = expected.replace(
        "<text>Which are the even numbers?</text>",
        '<text><![CDATA[<span lang="ru" class="multilang">Which are the even numbers?</span>]]></text>',
    )
    assert (
        written[written.index('  <question type="multichoice">') : written.index("  </question>")] == expected
    )


FILE = "R0lGODlhAQABAAAAACw="
WITH_FILES = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Dot</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Which <img src="@@PLUGINFILE@@/dot.gif"/>?</p>]]></text>
      <file name="dot.gif" path="/" encoding="base64">{FILE}</file>
    </questiontext>
    <single>true</single>
    <answer fraction="100" format="html">
      <text>This one</text>
      <feedback format="html">
        <text>Yes</text><file name="ok.gif" path="/" encoding="base64">{FILE}</file>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text>That one</text><feedback format="html"><text></text></feedback>
    </answer>
    <tags><tag><text>standard:knowledge-1</text></tag><tag><text>law</text></tag></tags>
  </question>
</quiz>
"""


def test_it_keeps_embedded_files_and_tags_through_export_and_import():
    (question,) = read_questions(WITH_FILES.encode()).questions
    assert question.moodle["questiontext"]["files"] == (
        {"name": "dot.gif", "path": "/", "encoding": "base64", "content": FILE},
    )
    assert question.options[0].moodle["feedback_files"][0]["name"] == "ok.gif"
    assert question.tags == ("standard:knowledge-1", "law")
    assert read_questions(write_moodle_xml([question])).questions == (question,)


BILINGUAL = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Мерзім</text></name>
    <questiontext format="html">
<text><![CDATA[<span lang="kk" class="multilang">Санат 3 жылға беріледі.</span>
<span lang="ru" class="multilang">Категория присваивается на 3 года.</span>]]></text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


def test_it_reads_kazakh_and_russian_of_a_multilang_text_and_writes_them_back():
    (question,) = read_questions(BILINGUAL.encode()).questions
    assert question.text == {"kk": "Санат 3 жылға беріледі.", "ru": "Категория присваивается на 3 года."}
    written = write_moodle_xml([question]).decode()
    assert (
        '<span lang="kk" class="multilang">Санат 3 жылға беріледі.</span>'
        '<span lang="ru" class="multilang">Категория присваивается на 3 года.</span>'
    ) in written
    assert read_questions(written.encode()).questions == (question,)


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        (b"<?xml version='1.0'?>\n<quiz>\n<question type='truefalse'>\n</quiz>", "xml_malformed", 4),
        (b"<quiz><question type='truefalse'><name><text>A</text></name>", "xml_malformed", 1),
        (
            b"<?xml version='1.0'?>\n"
            b"<!DOCTYPE quiz [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>\n<quiz>&b;</quiz>",
            "xml_dtd_forbidden",
            2,
        ),
        (b"<!DOCTYPE quiz SYSTEM 'http://127.0.0.1/evil.dtd'>\n<quiz/>", "xml_dtd_forbidden", 1),
        (b"<questions><question type='truefalse'/></questions>", "xml_not_quiz", 1),
        (b"<quiz>\n<question><name><text>A</text></name></question></quiz>", "question_no_type", 2),
        (b"<quiz></quiz>", "no_questions", None),
    ],
)
def test_it_refuses_a_malformed_or_hostile_file_whole(content, code, line):
    with pytest.raises(QuestionFileError) as refused:
        read_questions(content)
    assert (refused.value.code, refused.value.line) == (code, line)


def test_it_refuses_the_whole_file_when_one_supported_question_has_no_correct_option():
    content = WITH_FILES.replace('fraction="100"', 'fraction="0"').replace("</quiz>", "")
    content += BILINGUAL[BILINGUAL.index("  <question") :]
    with pytest.raises(QuestionFileError) as refused:
        read_questions(content.encode())
    assert (refused.value.code, refused.value.element) == ("no_correct_option", "question[1]")
    assert refused.value.line == 3


def test_it_refuses_a_fraction_that_is_not_a_number():
    with pytest.raises(QuestionFileError) as refused:
        read_questions(WITH_FILES.replace('fraction="0"', 'fraction="none"').encode())
    assert refused.value.code == "bad_fraction"


def test_it_refuses_files_over_the_limits(fixture_bytes):
    content = fixture_bytes("moodle_xml/nested_categories_with_questions.xml")
    with pytest.raises(QuestionFileError) as too_big:
        read_questions(content, limits=Limits(max_bytes=1000))
    with pytest.raises(QuestionFileError) as too_many:
        read_moodle_xml(content, limits=Limits(max_questions=3))
    with pytest.raises(QuestionFileError) as too_long:
        read_moodle_xml(content, limits=Limits(max_text=10))
    assert [too_big.value.code, too_many.value.code, too_long.value.code] == [
        "file_too_large",
        "too_many_questions",
        "text_too_long",
    ]


def test_it_takes_unmarked_text_in_the_language_the_importer_names(fixture_bytes):
    result = read_questions(fixture_bytes("moodle_xml/export_category.xml"), language="kk")
    assert result.questions[0].text == {"kk": "<p>Testing Alpha Question</p>"}


def test_it_reads_the_single_flag_as_moodle_does():
    def kind(single: str) -> str:
        content = WITH_FILES.replace("<single>true</single>", f"<single>{single}</single>")
        return read_questions(content.encode()).questions[0].kind

    assert [kind(v) for v in ("true", "1", "False", "false", "0", "")] == ["single"] * 3 + ["multiple"] * 3


def test_it_writes_a_new_category_block_when_the_category_was_changed(fixture_bytes):
    (question,) = read_questions(fixture_bytes("moodle_xml/export_category.xml")).questions
    kept = write_moodle_xml([question]).decode()
    assert "This is Alpha category for test" in kept
    moved = replace(question, moodle={**question.moodle, "category": "$course$/Beta"})
    written = write_moodle_xml([moved]).decode()
    assert "<text>$course$/Beta</text>" in written and "Alpha" not in written.split("<name>")[0]
    assert read_questions(written.encode()).questions[0].moodle["category"] == "$course$/Beta"


def test_it_refuses_a_nesting_deeper_than_any_moodle_file():
    deep = b"<quiz>\n<question type='multichoice'>" + b"<a>" * 100 + b"</a>" * 100 + b"</question></quiz>"
    with pytest.raises(QuestionFileError) as refused:
        read_questions(deep)
    assert (refused.value.code, refused.value.line) == ("xml_too_deep", 2)


def test_it_refuses_an_oversized_text_before_reading_its_languages():
    marks = '<span lang="kk" class="multilang">x' * 2000
    content = WITH_FILES.replace("<p>Which", marks + "<p>Which")
    with pytest.raises(QuestionFileError) as refused:
        read_questions(content.encode(), limits=Limits(max_text=10_000))
    assert (refused.value.code, refused.value.element) == ("text_too_long", "text")
