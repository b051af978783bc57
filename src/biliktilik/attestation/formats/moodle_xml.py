"""Reading Moodle XML question files (docs.moodle.org/en/Moodle_XML_format; Moodle's reader is
question/format/xml/format.php), parsed with defusedxml: no DTD, so no entity expansion and no
external entity.

Supported: ``multichoice`` (our ``single`` or ``multiple``, by Moodle's ``<single>``, default
true as in Moodle) and ``truefalse``; ``category`` pseudo-questions set the category of the
questions that follow. Any other type is reported by name and skipped. A file that is not
well-formed XML, not a ``<quiz>``, or holds an unusable supported question imports nothing.

What is kept in ``Question.moodle`` (written back by ``moodle_xml_write``): ``origin``
(``moodle_xml``: what a writer writes back as it came); ``questiontext`` {format, files}; the
scalars of ``SCALARS`` as written (``"1.0000000"``); the text fields of ``TEXT_FIELDS`` as
{format, text, files}; ``category`` (the path) and ``category_xml`` (the category pseudo-
question as written); ``extra``: every other element (hints, Moodle 1.9 images, …) as its XML,
written back unchanged. ``Option.moodle``: ``format``, ``files``, ``feedback_format``,
``feedback_files``, ``extra``. A file is {name, path, encoding, content} as in ``<file name=…
path=… encoding="base64">``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from . import multilang
from .model import (
    DEFAULT_LANGUAGE,
    MULTIPLE,
    SINGLE,
    TRUE_FALSE,
    ImportResult,
    Limits,
    Option,
    Question,
    QuestionFileError,
    check,
    is_full_mark,
)

SCALARS = (
    "defaultgrade",
    "penalty",
    "hidden",
    "idnumber",
    "single",
    "shuffleanswers",
    "answernumbering",
    "showstandardinstruction",
    "shownumcorrect",
)
TEXT_FIELDS = ("generalfeedback", "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
_OWN = {"name", "questiontext", "answer", "tags"}
ORIGIN = "moodle_xml"
MAX_DEPTH = 32  # Moodle writes 6 levels


class _LineRecorder(ET.TreeBuilder):
    """Remembers the line where each element starts, for error locations, and refuses a
    nesting deeper than any Moodle file has (a deep tree is a denial of service)."""

    def __init__(self):
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[ET.Element, int] = {}
        self.depth = 0

    def start(self, tag, attrs):
        line = self.parser.parser.CurrentLineNumber
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QuestionFileError("xml_too_deep", line=line, element=tag, detail=str(MAX_DEPTH))
        element = super().start(tag, attrs)
        self.lines[element] = line
        return element

    def end(self, tag):
        self.depth -= 1
        return super().end(tag)


def parse(content: bytes) -> tuple[ET.Element, dict[ET.Element, int]]:
    builder = _LineRecorder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    try:
        parser.feed(content)
        return parser.close(), builder.lines
    except ET.ParseError as error:
        raise QuestionFileError("xml_malformed", line=error.position[0], detail=str(error)) from None
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as error:
        line = parser.parser.CurrentLineNumber
        raise QuestionFileError("xml_dtd_forbidden", line=line, detail=type(error).__name__) from None


def read_moodle_xml(
    content: bytes, *, language: str = DEFAULT_LANGUAGE, limits: Limits | None = None
) -> ImportResult:
    limits = limits or Limits()
    if len(content) > limits.max_bytes:
        raise QuestionFileError("file_too_large", detail=str(limits.max_bytes))
    root, lines = parse(content)
    if root.tag != "quiz":
        raise QuestionFileError("xml_not_quiz", line=lines.get(root), element=root.tag)
    _check_text_sizes(root, lines, limits)
    elements = root.findall("question")
    if len(elements) > limits.max_questions:
        raise QuestionFileError("too_many_questions", detail=str(limits.max_questions))
    questions, skipped = [], []
    category: dict = {}
    for index, element in enumerate(elements, start=1):
        where = {"line": lines.get(element), "element": f"question[{index}]"}
        kind = element.get("type")
        if not kind:
            raise QuestionFileError("question_no_type", **where)
        if kind == "category":
            category = _category(element)
            continue
        reader = _READERS.get(kind)
        if reader is None:
            skipped.append({"name": _name(element), "reason": f"unsupported_kind:{kind}"})
            continue
        question = reader(element, language, category, where)
        check(question, limits, **where)
        questions.append(question)
    if not questions and not skipped:
        raise QuestionFileError("no_questions")
    return ImportResult("moodle_xml", tuple(questions), tuple(skipped))


def _check_text_sizes(root: ET.Element, lines: dict, limits: Limits) -> None:
    """Before any text is split by language: no text (embedded files aside) is oversized."""
    for element in root.iter():
        if element.tag != "file" and len(element.text or "") > limits.max_marked_text:
            raise QuestionFileError(
                "text_too_long", line=lines.get(element), element=element.tag, detail=str(limits.max_text)
            )


def _category(element: ET.Element) -> dict:
    return {"category": _stripped(element.findtext("category/text")), "category_xml": raw(element)}


def raw(element: ET.Element) -> str:
    tail, element.tail = element.tail, None
    try:
        return ET.tostring(element, encoding="unicode")
    finally:
        element.tail = tail


def _stripped(text: str | None) -> str:
    return (text or "").strip()


def _name(element: ET.Element) -> str:
    return _stripped(element.findtext("name/text"))


def files(element: ET.Element) -> tuple[dict, ...]:
    return tuple({**file.attrib, "content": file.text or ""} for file in element.findall("file"))


def text_field(element: ET.Element) -> dict:
    field: dict = {"text": _stripped(element.findtext("text"))}
    if element.get("format") is not None:
        field["format"] = element.get("format")
    if found := files(element):
        field["files"] = found
    return field


def _common(element: ET.Element, language: str, category: dict) -> tuple[dict, dict]:
    """The question's text by language and its ``moodle`` mapping (without answers)."""
    moodle: dict = {"origin": ORIGIN, **category}
    question_text = element.find("questiontext")
    field = text_field(question_text) if question_text is not None else {"text": ""}
    text = multilang.split(field.pop("text"), language)
    moodle["questiontext"] = field
    extra = []
    for child in element:
        if child.tag in _OWN:
            continue
        if child.tag in SCALARS and child.tag not in moodle:
            moodle[child.tag] = _stripped(child.text)
        elif child.tag in TEXT_FIELDS and child.tag not in moodle:
            moodle[child.tag] = text_field(child)
        else:
            extra.append(raw(child))
    if extra:
        moodle["extra"] = tuple(extra)
    return text, moodle


def _tags(element: ET.Element) -> tuple[str, ...]:
    return tuple(t for t in (_stripped(tag.findtext("text")) for tag in element.findall("tags/tag")) if t)


def _fraction(answer: ET.Element, where: dict) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise QuestionFileError("bad_fraction", detail=answer.get("fraction", ""), **where) from None


def _option_moodle(answer: ET.Element) -> dict:
    moodle: dict = {}
    if answer.get("format") is not None:
        moodle["format"] = answer.get("format")
    if found := files(answer):
        moodle["files"] = found
    feedback = answer.find("feedback")
    if feedback is not None:
        field = text_field(feedback)
        if "format" in field:
            moodle["feedback_format"] = field["format"]
        if "files" in field:
            moodle["feedback_files"] = field["files"]
    extra = [raw(child) for child in answer if child.tag not in {"text", "file", "feedback"}]
    if extra:
        moodle["extra"] = tuple(extra)
    return moodle


def _feedback(answer: ET.Element) -> str:
    return _stripped(answer.findtext("feedback/text"))


def single_flag(written: str) -> bool:
    """Moodle's ``trans_single``: only ``false``, ``0`` and nothing are false."""
    value = written.strip()
    return not (value == "false" or value in ("", "0"))


def _read_multichoice(element: ET.Element, language: str, category: dict, where: dict) -> Question:
    text, moodle = _common(element, language, category)
    single = single_flag(moodle.get("single", "true"))
    options = []
    for answer in element.findall("answer"):
        fraction = _fraction(answer, where)
        correct = is_full_mark(fraction) if single else fraction > 0
        answer_text = multilang.split(_stripped(answer.findtext("text")), language)
        options.append(Option(answer_text, correct, fraction, _feedback(answer), _option_moodle(answer)))
    kind = SINGLE if single else MULTIPLE
    return Question(_name(element), kind, text, tuple(options), _tags(element), moodle)


def _read_truefalse(element: ET.Element, language: str, category: dict, where: dict) -> Question:
    """Moodle's rule: the answer whose text is ``true`` is true; an older file without those
    words gives true then false in that order."""
    text, moodle = _common(element, language, category)
    answers = element.findall("answer")
    if len(answers) != 2:
        raise QuestionFileError("true_false_options", detail=str(len(answers)), **where)
    words = [_stripped(answer.findtext("text")).lower() for answer in answers]
    if words == ["false", "true"]:
        answers.reverse()
    options = tuple(
        Option(
            {},
            _fraction(answer, where) > 0,
            _fraction(answer, where),
            _feedback(answer),
            _option_moodle(answer),
        )
        for answer in answers
    )
    return Question(_name(element), TRUE_FALSE, text, options, _tags(element), moodle)


_READERS = {"multichoice": _read_multichoice, "truefalse": _read_truefalse}
