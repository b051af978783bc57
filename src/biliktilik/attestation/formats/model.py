"""The neutral model of a question for the bank's files: what Moodle XML, GIFT and our Excel
template read into and write from. Pure Python, no Django.

A question's ``text`` and each option's ``text`` map a language to a text (``kk``, ``ru``; a
Moodle text marked with other languages keeps them too, so nothing is lost). Everything else
Moodle exports for a question lives in ``Question.moodle`` and ``Option.moodle`` (see
``moodle_xml`` for the keys), so an import followed by an export gives back what came in.

Kinds (Moodle's question types, docs.moodle.org/en/Question_types): ``single`` and
``multiple`` are Moodle's ``multichoice`` with ``single`` true or false; ``true_false`` is
``truefalse``, whose two options are always true then false (their ``text`` is empty: the
interface names them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
KINDS = (SINGLE, MULTIPLE, TRUE_FALSE)
LANGUAGES = ("kk", "ru")
DEFAULT_LANGUAGE = "ru"
FULL_MARK = 100.0
# Moodle stores fractions with 7 decimals (33.33333); a mark this close to 100 is full.
_FULL_MARK_TOLERANCE = 1e-4


@dataclass(frozen=True)
class Limits:
    """What one file may hold; anything larger is refused as a whole."""

    max_bytes: int = 20 * 1024 * 1024
    max_questions: int = 5000
    max_text: int = 20_000  # characters of one text in one language (question, option, feedback)
    max_options: int = 30

    @property
    def max_marked_text(self) -> int:
        """A text with its language marks, before it is split: room for both languages."""
        return 3 * self.max_text


class QuestionFileError(ValueError):
    """A file that cannot be imported at all: a stable ``code`` and where (``line``, ``element``)."""

    def __init__(self, code: str, *, line: int | None = None, element: str = "", detail: str = ""):
        self.code = code
        self.line = line
        self.element = element
        self.detail = detail
        super().__init__(self.location() + code + (f": {detail}" if detail else ""))

    def location(self) -> str:
        parts = [f"line {self.line}" if self.line else "", self.element]
        where = ", ".join(p for p in parts if p)
        return f"{where}: " if where else ""


@dataclass(frozen=True)
class Option:
    text: Mapping[str, str]
    correct: bool
    # Moodle's answer fraction in percent (-100 … 100); None: the default for ``correct``
    # (``default_fraction``), given when written.
    fraction: float | None = None
    feedback: str = ""
    moodle: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    name: str
    kind: str
    text: Mapping[str, str]
    options: tuple[Option, ...]
    tags: tuple[str, ...] = ()
    moodle: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    format: str  # "moodle_xml" or "gift"
    questions: tuple[Question, ...]
    skipped: tuple[dict, ...] = ()  # {"name": ..., "reason": "unsupported_kind:essay"}


def is_full_mark(fraction: float) -> bool:
    return fraction >= FULL_MARK - _FULL_MARK_TOLERANCE


def fractions(question: Question) -> list[float]:
    """Each option's fraction, the default one where an option has none."""
    count = sum(1 for option in question.options if option.correct)
    return [
        option.fraction
        if option.fraction is not None
        else default_fraction(question.kind, option.correct, count)
        for option in question.options
    ]


def default_fraction(kind: str, correct: bool, correct_count: int) -> float:
    """The fraction Moodle expects when a file of ours gave none: the full mark for the correct
    option of a single choice, the full mark shared among the correct ones of a multiple choice."""
    if not correct:
        return 0.0
    if kind == MULTIPLE and correct_count:
        return round(FULL_MARK / correct_count, 5)
    return FULL_MARK


def problems(question: Question, limits: Limits) -> list[tuple[str, str]]:
    """What makes a question unusable on the Platform, as (code, detail); empty when fine."""
    found: list[tuple[str, str]] = []
    if question.kind not in KINDS:
        return [("kind_unknown", question.kind)]
    if not any(text.strip() for text in question.text.values()):
        found.append(("text_missing", ""))
    texts = [*question.text.values(), *(t for o in question.options for t in o.text.values())]
    if any(len(text) > limits.max_text for text in texts):
        found.append(("text_too_long", str(limits.max_text)))
    found.extend(_option_problems(question, limits))
    return found


def _option_problems(question: Question, limits: Limits) -> list[tuple[str, str]]:
    options = question.options
    correct = sum(1 for option in options if option.correct)
    if len(options) > limits.max_options:
        return [("too_many_options", str(limits.max_options))]
    if question.kind == TRUE_FALSE:
        return [] if len(options) == 2 and correct == 1 else [("true_false_options", "")]
    found = []
    if len(options) < 2:
        found.append(("too_few_options", str(len(options))))
    if any(not any(t.strip() for t in option.text.values()) for option in options):
        found.append(("option_text_missing", ""))
    if correct == 0:
        found.append(("no_correct_option", ""))
    elif question.kind == SINGLE and correct > 1:
        found.append(("single_several_correct", str(correct)))
    return found


def check(question: Question, limits: Limits, *, line: int | None = None, element: str = "") -> None:
    """Raise ``QuestionFileError`` on the first problem of ``question``."""
    found = problems(question, limits)
    if found:
        code, detail = found[0]
        raise QuestionFileError(code, line=line, element=element or question.name, detail=detail)


def to_dict(question: Question) -> dict:
    """The question as JSON-ready data (for a JSONField); ``from_dict`` reads it back."""
    return {
        "name": question.name,
        "kind": question.kind,
        "text": dict(question.text),
        "options": [
            {
                "text": dict(option.text),
                "correct": option.correct,
                "fraction": option.fraction,
                "feedback": option.feedback,
                "moodle": _plain(option.moodle),
            }
            for option in question.options
        ],
        "tags": list(question.tags),
        "moodle": _plain(question.moodle),
    }


def from_dict(data: Mapping[str, Any]) -> Question:
    options = tuple(
        Option(
            dict(o["text"]),
            bool(o["correct"]),
            o.get("fraction"),
            o.get("feedback", ""),
            _frozen(o.get("moodle", {})),
        )
        for o in data["options"]
    )
    return Question(
        data["name"],
        data["kind"],
        dict(data["text"]),
        options,
        tuple(data.get("tags", ())),
        _frozen(data.get("moodle", {})),
    )


def _plain(value: Any) -> Any:
    """Tuples as lists, for JSON."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


def _frozen(value: Any) -> Any:
    """Lists back as the tuples the readers make, so a question from JSON equals the one read."""
    if isinstance(value, Mapping):
        return {key: _frozen(item) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value
