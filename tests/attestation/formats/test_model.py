"""The neutral model stored as JSON (a JSONField) and read back is the same question, and
exports the same file."""

import json

import pytest

from biliktilik.attestation.formats import from_dict, read_questions, to_dict, write_gift, write_moodle_xml

from .test_moodle_xml import WITH_FILES

FILES = [
    "moodle_xml/xmlformat_test_examples.xml",
    "moodle_xml/sample_questions_with_old_image_tag.xml",
    "moodle_xml/nested_categories_with_questions.xml",
    "gift/examples.txt",
]


@pytest.mark.parametrize("name", FILES)
def test_a_question_stored_as_json_comes_back_the_same(fixture_bytes, name):
    questions = read_questions(fixture_bytes(name)).questions
    stored = json.loads(json.dumps([to_dict(q) for q in questions]))
    back = tuple(from_dict(data) for data in stored)
    assert back == questions
    assert write_moodle_xml(back) == write_moodle_xml(questions)
    assert write_gift(back) == write_gift(questions)


def test_embedded_files_survive_being_stored_as_json():
    (question,) = read_questions(WITH_FILES.encode()).questions
    back = from_dict(json.loads(json.dumps(to_dict(question))))
    assert back == question and back.moodle["questiontext"]["files"][0]["name"] == "dot.gif"
