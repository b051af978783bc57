"""GIFT: Moodle's own example files import as Moodle reads them (names, escapes, categories,
formats, weights, feedback), unsupported types are reported by name, a truncated or
unbalanced file imports nothing, and the export reads back as the same questions."""

import pytest

from biliktilik.attestation.formats import (
    Limits,
    QuestionFileError,
    read_gift,
    read_questions,
    write_gift,
    write_moodle_xml,
)

FIXTURES = ["gift/questions.gift.txt", "gift/questions_in_category.gift.txt", "gift/examples.txt"]


def _by_name(result):
    return {question.name: question for question in result.questions}


def test_it_reads_a_single_choice_with_feedback_and_text_formats(fixture_bytes):
    result = read_questions(fixture_bytes("gift/questions.gift.txt"))
    question = _by_name(result)["Q2"]
    assert result.format == "gift"
    assert question.kind == "single"
    assert question.text == {"ru": "What's between orange and green in the spectrum?"}
    assert [(o.text["ru"], o.correct, o.feedback) for o in question.options] == [
        ("yellow", True, "right; good!"),
        ("red", False, "wrong, it's yellow"),
        ("blue", False, "wrong, it's yellow"),
    ]
    assert question.options[1].moodle["feedback_format"] == "html"
    assert question.options[2].moodle["format"] == "plain_text"


def test_it_reads_weights_without_an_equals_sign_as_a_multiple_choice(fixture_bytes):
    question = _by_name(read_questions(fixture_bytes("gift/questions.gift.txt")))["colours"]
    assert question.kind == "multiple"
    assert [(o.text["ru"], o.correct, o.fraction) for o in question.options] == [
        ("yellow", True, 50.0),
        ("red", False, -100.0),
        ("off-beige", True, 50.0),
        ("blue", False, -100.0),
    ]


def test_it_reads_true_false_with_wrong_and_right_feedback_and_general_feedback(fixture_bytes):
    questions = read_questions(fixture_bytes("gift/questions.gift.txt")).questions
    q1 = next(q for q in questions if q.name == "Q1")
    assert q1.kind == "true_false"
    true_option, false_option = q1.options
    assert (true_option.correct, true_option.feedback) == (False, "42 is the Ultimate Answer.")
    assert (false_option.correct, false_option.feedback) == (True, "You gave the right answer.")
    assert (
        q1.moodle["generalfeedback"]["text"]
        == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    )
    short_forms = [q for q in questions if q.name == "2-08 TSL"]
    assert [[o.correct for o in q.options] for q in short_forms] == [[True, False], [True, False]]


def test_it_reports_essay_matching_numerical_and_short_answer_by_name(fixture_bytes):
    result = read_questions(fixture_bytes("gift/questions.gift.txt"))
    assert result.skipped == (
        {"name": "Q8", "reason": "unsupported_kind:essay"},
        {"name": "Moodle activities", "reason": "unsupported_kind:matching"},
        {"name": "Q5", "reason": "unsupported_kind:numerical"},
        {"name": "Shortanswer", "reason": "unsupported_kind:shortanswer"},
    )


def test_it_reads_the_category_and_the_escaped_html_of_a_moodle_export(fixture_bytes):
    result = read_questions(fixture_bytes("gift/questions_in_category.gift.txt"))
    greeting = _by_name(result)["Greeting"]
    assert greeting.moodle["category"] == "$course$/Default for New Features"
    assert greeting.moodle["questiontext"] == {"format": "html"}
    assert greeting.text["ru"].startswith('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">')
    assert [o.text["ru"] for o in greeting.options if o.correct] == ["French"]
    acronym = _by_name(result)["Moodle acronym"]
    assert acronym.kind == "true_false" and acronym.options[0].correct
    assert '<span style="font-style: italic;">' in acronym.text["ru"]


def test_it_reads_the_documentations_special_characters(fixture_bytes):
    questions = _by_name(read_questions(fixture_bytes("gift/examples.txt")))
    control = questions["GIFT Control Characters"]
    assert [o.text["ru"] for o in control.options] == ["~", "=", "#", "{", "}", "\\"]
    assert [o.correct for o in control.options] == [False] * 5 + [True]
    assert control.options[5].feedback.startswith("Correct! \\ (backslash) is not a control character.")


def test_it_reads_missing_word_questions_and_untitled_ones_as_moodle_does(fixture_bytes):
    result = read_questions(fixture_bytes("gift/examples.txt"))
    thanksgiving = _by_name(result)["Thanksgiving Date"]
    assert thanksgiving.text["ru"] == (
        "The American holiday of Thanksgiving is\ncelebrated on the _____ Thursday of November."
    )
    assert [o.text["ru"] for o in thanksgiving.options if o.correct] == ["fourth"]
    untitled = _by_name(result)["Grant is _____ in Grant's tomb."]
    assert untitled.kind == "single"
    assert (len(result.questions), len(result.skipped)) == (23, 20)


def test_it_reads_a_half_credit_option_of_a_single_choice_as_not_correct(fixture_bytes):
    question = _by_name(read_questions(fixture_bytes("gift/examples.txt")))["Difficult question."]
    assert [(o.fraction, o.correct) for o in question.options] == [(0.0, False), (50.0, False), (100.0, True)]


@pytest.mark.parametrize("name", FIXTURES)
def test_its_export_reads_back_as_the_same_questions(fixture_bytes, name):
    first = read_questions(fixture_bytes(name))
    written = write_gift(first.questions)
    assert read_questions(written.encode()).questions == first.questions


def test_its_export_is_what_moodles_writer_gives(fixture_bytes):
    """Moodle's writequestion for a multichoice; our texts mark their language (a plain-text
    one cannot, and stays as it is)."""
    question = _by_name(read_questions(fixture_bytes("gift/questions.gift.txt")))["Q2"]
    ru = '<span lang\\="ru" class\\="multilang">'
    assert write_gift([question]) == (
        "// question: 1  name: Q2\n"
        f"::Q2::{ru}What's between orange and green in the spectrum?</span>{{\n"
        f"\t={ru}yellow</span>#right; good!\n"
        f"\t~{ru}red</span>#[html]wrong, it's yellow\n"
        "\t~[plain]blue#wrong, it's yellow\n"
        "}\n"
    )


def test_it_reads_kazakh_and_russian_marked_with_mlang():
    text = (
        r"::Мерзім::\{mlang kk\}Санат 3 жылға беріледі.\{mlang\}\{mlang ru\}Категория на 3 года.\{mlang\}{T}"
    )
    result = read_gift(text)
    assert result.questions[0].text == {"kk": "Санат 3 жылға беріледі.", "ru": "Категория на 3 года."}


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("// truncated\n::A::Which one?{\n=this\n~that", "unbalanced_braces", 2),
        ("::A::Which one? =this ~that}", "unbalanced_braces", 1),
        ("::A::Which one?{=this ~that}\n\n::B::And {this}?{=x ~y}", "unbalanced_braces", 3),
        ("::A::Which one?{=this ~that}\n\n::B::No options at all?{=only ~}", "too_few_options", 3),
        ("::A::Which one?{~this ~that}", "no_correct_option", 1),
        ("::A::Which one?{~%150%this ~that}", "bad_fraction", 1),
        ("// only a comment\n", "no_questions", None),
    ],
)
def test_it_refuses_a_truncated_or_unbalanced_file_whole(text, code, line):
    with pytest.raises(QuestionFileError) as refused:
        read_questions(text.encode())
    assert (refused.value.code, refused.value.line) == (code, line)


def test_it_refuses_a_file_that_is_not_utf8():
    with pytest.raises(QuestionFileError) as refused:
        read_questions("::A::Сұрақ{=иә ~жоқ}\n\n::B::".encode() + "Вопрос".encode("cp1251") + b"{T}")
    assert (refused.value.code, refused.value.line) == ("not_utf8", 3)


def test_it_tells_the_format_by_content_not_by_a_name(fixture_bytes):
    assert (
        read_questions(b"\xef\xbb\xbf" + fixture_bytes("moodle_xml/export_category.xml")).format
        == "moodle_xml"
    )
    gift = read_questions(b"  <b>Bold</b> question?{T}")
    assert (gift.format, gift.questions[0].text) == ("gift", {"ru": "<b>Bold</b> question?"})


def test_it_reads_the_id_number_and_tags_of_moodles_comment_line_and_writes_them_back():
    text = (
        "// question: 7  name: Мерзім\n"
        "// [id:Q-7] [tag:order-2024-422:p7] [tag:a\\]b]\n"
        "::Мерзім::Санат 3 жылға?{T}\n"
    )
    (question,) = read_gift(text, language="kk").questions
    assert (question.moodle["idnumber"], question.tags) == ("Q-7", ("order-2024-422:p7", "a]b"))
    written = write_gift([question])
    assert "// [id:Q-7] [tag:order-2024-422:p7] [tag:a\\]b]\n" in written
    assert read_gift(written).questions == (question,)


def test_a_gift_question_exported_as_moodle_xml_gets_every_element_of_moodles_export(fixture_bytes):
    question = _by_name(read_questions(fixture_bytes("gift/questions.gift.txt")))["Q2"]
    written = write_moodle_xml([question]).decode()
    for element in ("<defaultgrade>1</defaultgrade>", "<single>true</single>", "<correctfeedback format"):
        assert element in written
    again = read_questions(written.encode()).questions[0]
    assert [(o.text, o.correct, o.feedback) for o in again.options] == [
        (o.text, o.correct, o.feedback) for o in question.options
    ]


def test_a_name_looking_like_a_tag_does_not_become_one():
    (question,) = read_gift("::[tag:x] [id:y]::Сұрақ?{T}").questions
    assert read_gift(write_gift([question])).questions == (question,)
    assert question.tags == () and "idnumber" not in question.moodle


def test_it_refuses_an_oversized_option_text():
    with pytest.raises(QuestionFileError) as refused:
        read_gift("::A::Which?{=" + "x" * 400 + " ~b}", limits=Limits(max_text=100))
    assert (refused.value.code, refused.value.line) == ("text_too_long", 1)
