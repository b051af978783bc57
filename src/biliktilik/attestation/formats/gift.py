"""Reading and writing GIFT question files as Moodle does (docs.moodle.org/en/GIFT_format;
Moodle's reader and writer are question/format/gift/format.php).

Read: questions are separated by blank lines; lines starting with ``//`` are comments;
``\\~ \\= \\# \\{ \\} \\: \\n \\\\`` are escapes; ``::title::``; ``$CATEGORY: path`` sets the category
of what follows; ``[html]``, ``[moodle]``, ``[plain]``, ``[markdown]`` set a text's format
(default ``moodle_auto_format``, as in Moodle); ``#`` feedback, ``####`` general feedback;
``{T}``/``{TRUE}``/``{F}``/``{FALSE}`` (with ``#wrong#right`` feedback) is true/false;
``{=right ~wrong}`` is a single choice and ``{~%50%a ~%50%b ~c}`` (no ``=``) a multiple
choice, as Moodle decides. The type of every other question (essay, numerical, matching,
short answer, description) is told as Moodle tells it, reported by name and skipped.
Stricter than Moodle: a question must have exactly one ``{`` and one ``}`` (unescaped),
else the file is refused (``unbalanced_braces``) — Moodle would misread the rest.

The id number and tags come from a comment line ``// [id:…] [tag:…] [tag:…]`` (Moodle 3.6 on).

Write: Moodle's ``writequestion`` output, with that comment line; what GIFT cannot carry
(grade, penalty, files, combined feedback, hints) is not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    fractions,
    is_full_mark,
)
from .moodle_xml_write import number

MOODLE_AUTO = "moodle_auto_format"
_FORMATS = {"moodle": MOODLE_AUTO, "html": "html", "plain": "plain_text", "markdown": "markdown"}
_FORMAT_NAMES = {value: key for key, value in _FORMATS.items()}
_ESCAPES = {":": "\ue000", "#": "\ue001", "=": "\ue002", "{": "\ue003", "}": "\ue004", "~": "\ue005"}
_NEWLINE, _BACKSLASH = "\ue006", "\ue007"
_RESTORE = {**{v: k for k, v in _ESCAPES.items()}, _NEWLINE: "\n", _BACKSLASH: "\\"}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f])*)\]")


def read_gift(text: str, *, language: str = DEFAULT_LANGUAGE, limits: Limits | None = None) -> ImportResult:
    limits = limits or Limits()
    questions, skipped = [], []
    category: str | None = None
    for line, block, comments in _blocks(text):
        if len(questions) + len(skipped) >= limits.max_questions:
            raise QuestionFileError("too_many_questions", line=line, detail=str(limits.max_questions))
        if len(block) > limits.max_marked_text * (limits.max_options + 2):
            raise QuestionFileError("text_too_long", line=line, detail=str(limits.max_text))
        body = _escaped(block)
        if body.startswith("$CATEGORY:"):
            category = _restored(body[len("$CATEGORY:") :]).strip()
            continue
        parsed = _parse(body, line, limits)
        if "reason" in parsed:
            skipped.append(parsed)
            continue
        question = _question({**parsed, **_id_and_tags(comments)}, language, category, line)
        check(question, limits, line=line)
        questions.append(question)
    if not questions and not skipped:
        raise QuestionFileError("no_questions")
    return ImportResult("gift", tuple(questions), tuple(skipped))


def _blocks(text: str):
    """(first line number, text, comment lines) of each question, as Moodle's
    ``readquestions`` splits them."""
    current: list[str] = []
    comments: list[str] = []
    start = 0
    for number_, raw_line in enumerate(text.splitlines() + [""], start=1):
        line = raw_line.strip()
        if line.startswith("//"):
            current.append(" ")
            comments.append(line)
            continue
        if line:
            current.append(line)
            start = start or number_
            continue
        body = "\n".join(current).strip()
        if body:
            yield start, body, "\n".join(comments)
        current, comments, start = [], [], 0


def _id_and_tags(comments: str) -> dict:
    """Moodle's ``extract_idnumber_and_tags_from_comment``: ``// [id:…] [tag:…] [tag:…]``."""
    found = _ID.search(comments)
    tags = tuple(t for t in (raw.replace("\\]", "]").strip() for raw in _TAG.findall(comments)) if t)
    return {"idnumber": found.group(1).replace("\\]", "]").strip() if found else None, "tags": tags}


def _escaped(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH).replace("\\n", _NEWLINE)
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text


def _restored(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)


def _with_format(text: str, default: str) -> tuple[str, str]:
    """Moodle's ``parse_text_with_format``: an opening ``[name]`` sets the format."""
    fmt = default
    if text.startswith("[") and "]" in text:
        name = text[1 : text.index("]")]
        if name in _FORMATS:
            fmt, text = _FORMATS[name], text[text.index("]") + 1 :]
    return _restored(text).strip(), fmt


def _parse(body: str, line: int, limits: Limits) -> dict:
    """The parts of one question, or ``{"name", "reason"}`` for a type we skip."""
    name = None
    if body.startswith("::") and "::" in body[2:]:
        name, body = body[2:].split("::", 1)
        name, body = _restored(name).strip(), body.strip()
    elif body.startswith("::"):
        body = body[2:]
    opens, closes = body.count("{"), body.count("}")
    if opens == closes == 0:
        return _skip(name, _with_format(body, MOODLE_AUTO)[0], "description")
    if opens != 1 or closes != 1 or body.index("{") > body.index("}"):
        raise QuestionFileError("unbalanced_braces", line=line, element=name or "")
    start, end = body.index("{"), body.index("}")
    answers = body[start + 1 : end].strip()
    question_text = (
        body[:start] + body[end + 1 :] if body.endswith("}") else body[:start] + "_____" + body[end + 1 :]
    )
    general = ""
    if "####" in answers:
        answers, general = answers[: answers.rindex("####")].strip(), answers[answers.rindex("####") + 4 :]
    text, fmt = _with_format(question_text.strip(), MOODLE_AUTO)
    pieces = [text, *answers.replace("=", "~=").split("~"), general]
    if any(len(piece) > limits.max_marked_text for piece in pieces):
        raise QuestionFileError("text_too_long", line=line, element=name or "", detail=str(limits.max_text))
    kind = _kind(answers)
    if kind not in ("multichoice", "truefalse"):
        return _skip(name, text, kind)
    return {"name": name, "text": text, "format": fmt, "general": general, "answers": answers, "kind": kind}


def _skip(name: str | None, text: str, kind: str) -> dict:
    return {"name": name or default_name(text), "reason": f"unsupported_kind:{kind}"}


def _kind(answers: str) -> str:
    """Moodle's order of tests; the names are Moodle XML's type names."""
    if answers == "":
        return "essay"
    if answers.startswith("#"):
        return "numerical"
    if "~" in answers:
        return "multichoice"
    if "=" in answers and "->" in answers:
        return "matching"
    if answers.split("#", 1)[0].strip() in _TRUE_FALSE:
        return "truefalse"
    return "shortanswer"


def default_name(text: str) -> str:
    """Moodle names an untitled question after the start of its text."""
    plain = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    return plain[:80]


def _question(parts: dict, language: str, category: str | None, line: int) -> Question:
    moodle: dict = {"origin": "gift", "questiontext": {"format": parts["format"]}}
    if category is not None:
        moodle["category"] = category
    general, general_format = _with_format(parts["general"].strip(), parts["format"])
    if general:
        moodle["generalfeedback"] = {"text": general, "format": general_format}
    if parts.get("idnumber"):
        moodle["idnumber"] = parts["idnumber"]
    tags = parts.get("tags", ())
    text = multilang.split(parts["text"], language)
    name = parts["name"] or default_name(parts["text"])
    if parts["kind"] == "truefalse":
        return Question(name, TRUE_FALSE, text, _true_false(parts["answers"], parts["format"]), tags, moodle)
    single = "=" in parts["answers"]
    options = _choices(parts["answers"], parts["format"], single, language, line)
    return Question(name, SINGLE if single else MULTIPLE, text, options, tags, moodle)


def _feedback_moodle(feedback_format: str, question_format: str) -> dict:
    return {} if feedback_format == question_format else {"feedback_format": feedback_format}


def _true_false(answers: str, question_format: str) -> tuple[Option, Option]:
    bits = (answers.split("#", 2) + ["", ""])[:3]
    value = _TRUE_FALSE[bits[0].strip()]
    wrong, wrong_format = _with_format(bits[1].strip(), question_format)
    right, right_format = _with_format(bits[2].strip(), question_format)
    right_option = (right, _feedback_moodle(right_format, question_format))
    wrong_option = (wrong, _feedback_moodle(wrong_format, question_format))
    true_feedback, false_feedback = (right_option, wrong_option) if value else (wrong_option, right_option)
    return (
        Option({}, value, 100.0 if value else 0.0, true_feedback[0], true_feedback[1]),
        Option({}, not value, 0.0 if value else 100.0, false_feedback[0], false_feedback[1]),
    )


def _choices(
    answers: str, question_format: str, single: bool, language: str, line: int
) -> tuple[Option, ...]:
    options = []
    for answer in (a.strip() for a in answers.replace("=", "~=").split("~")):
        if not answer:
            continue
        fraction = 0.0
        if answer.startswith("="):
            fraction, answer = 100.0, answer[1:]
        elif match := _WEIGHT.match(answer):
            fraction, answer = float(match.group(1)), answer[match.end() :]
            if abs(fraction) > 100:
                raise QuestionFileError("bad_fraction", line=line, detail=match.group(1))
        text, feedback = (answer.split("#", 1) + [""])[:2]
        text, text_format = _with_format(text.strip(), question_format)
        feedback, feedback_format = _with_format(feedback.strip(), question_format)
        moodle = {"format": text_format, **_feedback_moodle(feedback_format, question_format)}
        correct = is_full_mark(fraction) if single else fraction > 0
        options.append(Option(multilang.split(text, language), correct, fraction, feedback, moodle))
    return tuple(options)


# --- writing ---


def _gift_escaped(text: str) -> str:
    """Moodle's ``repchar``."""
    for char in "\\#=~{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n").replace("\r", "")


def _written(text: str, fmt: str | None, default: str) -> str:
    """Moodle's ``write_questiontext``; a text starting with ``[`` always names its format, or
    its start would be read as one."""
    fmt = fmt or default
    marked = text and (fmt != default or text.startswith("["))
    marker = f"[{_FORMAT_NAMES.get(fmt, 'moodle')}]" if marked else ""
    return marker + _gift_escaped(text)


def write_gift(questions: Iterable[Question]) -> str:
    out, category = [], None
    for number_, question in enumerate(questions, start=1):
        path = question.moodle.get("category")
        if path is not None and path != category:
            out.append(f"// question: 0  name: switch category to {path}\n$CATEGORY: {path}\n")
            category = path
        out.append(_write_question(question, number_))
    return "\n".join(out)


def _write_question(question: Question, number_: int) -> str:
    fmt = (question.moodle.get("questiontext") or {}).get("format") or MOODLE_AUTO
    # The name in the comment cannot pass for an [id:…] or [tag:…] of its own.
    shown = " ".join(question.name.split()).replace("[", "(")
    head = f"// question: {number_}  name: {shown}\n" + _id_and_tags_line(question)
    head += f"::{_gift_escaped(question.name)}::" + _written(
        multilang.join(question.text, fmt), fmt, MOODLE_AUTO
    )
    general = question.moodle.get("generalfeedback") or {}
    general_text = _written(general.get("text", ""), general.get("format"), fmt)
    general_line = f"####{general_text}" if general_text else ""
    if question.kind == TRUE_FALSE:
        return head + "{" + _true_false_answer(question, fmt) + general_line + "}\n"
    lines = [head + "{"]
    for option, fraction in zip(question.options, fractions(question), strict=True):
        lines.append("\t" + _choice(question, option, fraction, fmt))
    if general_line:
        lines.append("\t" + general_line)
    return "\n".join(lines) + "\n}\n"


def _id_and_tags_line(question: Question) -> str:
    """Moodle's ``write_idnumber_and_tags``."""
    bits = []
    if question.moodle.get("idnumber"):
        bits.append("[id:" + question.moodle["idnumber"].replace("]", "\\]") + "]")
    bits.extend("[tag:" + tag.replace("]", "\\]") + "]" for tag in question.tags)
    return "// " + " ".join(bits) + "\n" if bits else ""


def _choice(question: Question, option: Option, fraction: float, fmt: str) -> str:
    if question.kind == SINGLE and is_full_mark(fraction):
        mark = "="
    elif fraction == 0:
        mark = "~"
    else:
        mark = f"~%{number(fraction)}%"
    text_format = option.moodle.get("format") or fmt
    written = mark + _written(multilang.join(option.text, text_format), text_format, fmt)
    if option.feedback:
        written += "#" + _written(option.feedback, option.moodle.get("feedback_format"), fmt)
    return written


def _true_false_answer(question: Question, fmt: str) -> str:
    true_option, false_option = question.options
    right, wrong = (true_option, false_option) if true_option.correct else (false_option, true_option)
    answer = "TRUE" if true_option.correct else "FALSE"
    right_text = _written(right.feedback, right.moodle.get("feedback_format"), fmt)
    wrong_text = _written(wrong.feedback, wrong.moodle.get("feedback_format"), fmt)
    if wrong_text:
        answer += "#" + wrong_text
    elif right_text:
        answer += "#"
    if right_text:
        answer += "#" + right_text
    return answer
