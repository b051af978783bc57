"""Writing Moodle XML question files in the shape of Moodle's own export
(question/format/xml/format.php, ``writequestion``): element order, indentation, CDATA around
text holding ``<``, ``>`` or ``&``, a ``category`` pseudo-question wherever the category changes.

What an import kept in ``Question.moodle`` / ``Option.moodle`` is written back as it came, and
what it lacked stays out, so a second import gives the same question (see ``moodle_xml``); any
other question (ours, or one from GIFT) gets Moodle's defaults for a new question
(``DEFAULTS``) and every element Moodle's export writes. Texts in several languages are joined
with Moodle's multi-language spans (``multilang.join``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape, quoteattr

from defusedxml.ElementTree import fromstring

from . import multilang
from .model import MULTIPLE, SINGLE, TRUE_FALSE, Question, fractions
from .moodle_xml import ORIGIN, SCALARS, single_flag

MOODLE_AUTO = "moodle_auto_format"
HTML = "html"
# Moodle's defaults for a new question (question/type/*/edit_*_form.php and the XML writer).
DEFAULTS = {
    "defaultgrade": "1",
    "hidden": "0",
    "idnumber": "",
}
_MULTICHOICE_DEFAULTS = {"penalty": "0.3333333", "shuffleanswers": "true", "answernumbering": "abc"}
_TRUEFALSE_DEFAULTS = {"penalty": "1"}
_COMBINED_FEEDBACK = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_moodle_xml(questions: Iterable[Question]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    category = None
    for number, question in enumerate(questions, start=1):
        path = question.moodle.get("category")
        if path is not None and path != category:
            out.append(_category(question.moodle))
            category = path
        out.append(_question(question, number))
    out.append("</quiz>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _category(moodle: Mapping) -> str:
    """The category as imported (its description and id number too) if its path is unchanged."""
    block = moodle.get("category_xml")
    if not block or (fromstring(block).findtext("category/text") or "").strip() != moodle["category"]:
        block = (
            '<question type="category">\n    <category>\n'
            f"      <text>{_escaped(moodle['category'])}</text>\n    </category>\n  </question>"
        )
    return f"<!-- question: 0  -->\n  {block}\n"


def _escaped(text: str) -> str:
    """Moodle's ``xml_escape``: CDATA when the text holds markup characters."""
    text = _NOT_XML.sub("", text)
    if not re.search("[<>&]", text):
        return text
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _files(files, indent: str) -> list[str]:
    lines = []
    for file in files or ():
        attrs = "".join(f" {key}={quoteattr(str(value))}" for key, value in file.items() if key != "content")
        lines.append(f"{indent}<file{attrs}>{escape(file.get('content', ''))}</file>")
    return lines


def _text_block(tag: str, text: str, fmt: str | None, files, indent: str) -> list[str]:
    attr = f" format={quoteattr(fmt)}" if fmt is not None else ""
    return [
        f"{indent}<{tag}{attr}>",
        f"{indent}  <text>{_escaped(text)}</text>",
        *_files(files, indent + "  "),
        f"{indent}</{tag}>",
    ]


def _imported(question: Question) -> bool:
    return question.moodle.get("origin") == ORIGIN


def _field(moodle: Mapping, tag: str, default_format: str | None) -> list[str]:
    if tag not in moodle and moodle.get("origin") == ORIGIN:
        return []
    field = moodle.get(tag) or {"text": "", "format": default_format}
    return _text_block(tag, field.get("text", ""), field.get("format"), field.get("files"), "    ")


def _question(question: Question, number: int) -> str:
    moodle = question.moodle
    qtype = "truefalse" if question.kind == TRUE_FALSE else "multichoice"
    head = moodle.get("questiontext") or {"format": MOODLE_AUTO}
    lines = [
        f"<!-- question: {number}  -->",
        f'  <question type="{qtype}">',
        "    <name>",
        f"      <text>{_escaped(question.name)}</text>",
        "    </name>",
        *_question_text(question, head),
        *_field(moodle, "generalfeedback", head.get("format")),
        *_scalars(question),
    ]
    if qtype == "multichoice":
        lines.extend(line for tag in _COMBINED_FEEDBACK for line in _field(moodle, tag, HTML))
        if "shownumcorrect" in moodle:
            lines.append(_scalar("shownumcorrect", moodle["shownumcorrect"]))
    lines.extend(_answers(question))
    lines.extend(f"    {block}" for block in moodle.get("extra", ()))
    lines.extend(_tags(question.tags))
    lines.append("  </question>")
    return "\n".join(lines) + "\n"


def _question_text(question: Question, head: Mapping) -> list[str]:
    text = multilang.join(question.text, head.get("format"))
    return _text_block("questiontext", text, head.get("format"), head.get("files"), "    ")


def _scalar(tag: str, value: str) -> str:
    return (
        f"    <{tag}/>"
        if value == "" and tag == "shownumcorrect"
        else f"    <{tag}>{_escaped(value)}</{tag}>"
    )


def _scalars(question: Question) -> list[str]:
    moodle = question.moodle
    kind_defaults = _TRUEFALSE_DEFAULTS if question.kind == TRUE_FALSE else _MULTICHOICE_DEFAULTS
    values = {} if _imported(question) else {**DEFAULTS, **kind_defaults}
    values.update((k, v) for k, v in moodle.items() if k in SCALARS)
    single = _single(question.kind, moodle.get("single"))
    if question.kind in (SINGLE, MULTIPLE) and (single != "true" or not _imported(question)):
        values["single"] = single
    order = [tag for tag in SCALARS if tag in values and tag != "shownumcorrect"]
    return [_scalar(tag, values[tag]) for tag in order]


def _single(kind: str, written: str | None) -> str:
    """Moodle reads a missing ``<single>`` as true."""
    wanted = kind == SINGLE
    if written is None and wanted:
        return "true"
    if written is not None and single_flag(written) == wanted:
        return written
    return "true" if wanted else "false"


def number(value: float) -> str:
    """A fraction as Moodle writes it: ``100``, ``50``, ``33.33333``, ``-100``."""
    text = f"{value:.7f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _answers(question: Question) -> list[str]:
    lines = []
    imported = _imported(question)
    for index, (option, fraction) in enumerate(zip(question.options, fractions(question), strict=True)):
        moodle = option.moodle
        default_format = MOODLE_AUTO if question.kind == TRUE_FALSE else HTML
        fmt = moodle.get("format", None if imported else default_format)
        if question.kind == TRUE_FALSE:
            text = "true" if index == 0 else "false"
        else:
            text = multilang.join(option.text, fmt)
        attr = f" format={quoteattr(fmt)}" if fmt is not None else ""
        lines.append(f'    <answer fraction="{number(fraction)}"{attr}>')
        lines.append(f"      <text>{_escaped(text)}</text>")
        lines.extend(_files(moodle.get("files"), "      "))
        feedback_format = moodle.get("feedback_format", None if imported else HTML)
        lines.extend(
            _text_block("feedback", option.feedback, feedback_format, moodle.get("feedback_files"), "      ")
        )
        lines.extend(f"      {block}" for block in moodle.get("extra", ()))
        lines.append("    </answer>")
    return lines


def _tags(tags: tuple[str, ...]) -> list[str]:
    if not tags:
        return []
    return ["    <tags>", *(f"      <tag><text>{_escaped(tag)}</text></tag>" for tag in tags), "    </tags>"]
