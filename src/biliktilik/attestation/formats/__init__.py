"""Question files of the bank, without Django: Moodle XML and GIFT read into the neutral model
(``model``) and written from it, and our Excel template (``excel``).

``read_questions`` tells the format by content, never by file name: after an optional
byte-order mark and spaces, ``<?xml``, ``<!`` or a text from ``<`` to ``>`` is Moodle XML,
anything else GIFT; a zip archive is refused there (``excel_template``): our Excel template
has its own reader, which returns each row's audience besides the question. A file is
imported whole or not at all: every refusal is one ``QuestionFileError`` with a stable code
and where it happened.
"""

from __future__ import annotations

from .gift import read_gift, write_gift
from .model import (
    DEFAULT_LANGUAGE,
    KINDS,
    LANGUAGES,
    ImportResult,
    Limits,
    Option,
    Question,
    QuestionFileError,
    from_dict,
    to_dict,
)
from .moodle_xml import read_moodle_xml
from .moodle_xml_write import write_moodle_xml

MOODLE_XML, GIFT, EXCEL = "moodle_xml", "gift", "excel"
_ZIP = b"PK\x03\x04"
_BOMS = (b"\xef\xbb\xbf",)
# An XML declaration, a DOCTYPE or comment, or a text from "<" to ">"; a GIFT question may
# start with HTML, but ends with its answers or text, so a bare "<" is not enough.
_XML_STARTS = (b"<?xml", b"<!")

__all__ = [
    "DEFAULT_LANGUAGE",
    "EXCEL",
    "GIFT",
    "KINDS",
    "LANGUAGES",
    "MOODLE_XML",
    "ImportResult",
    "Limits",
    "Option",
    "Question",
    "QuestionFileError",
    "detect",
    "from_dict",
    "read_gift",
    "read_moodle_xml",
    "read_questions",
    "to_dict",
    "write_gift",
    "write_moodle_xml",
]


def detect(content: bytes) -> str:
    """``moodle_xml``, ``gift`` or ``excel`` (a zip archive: our template, ``excel.read_template``)."""
    if content.startswith(_ZIP):
        return EXCEL
    start = content.removeprefix(_BOMS[0]).lstrip()
    if not start:
        raise QuestionFileError("empty_file")
    if start.startswith(_XML_STARTS) or (start.startswith(b"<") and start.rstrip().endswith(b">")):
        return MOODLE_XML
    return GIFT


def read_questions(
    content: bytes, *, language: str = DEFAULT_LANGUAGE, limits: Limits | None = None
) -> ImportResult:
    """Import a Moodle XML or GIFT file; texts without language marks are in ``language``."""
    limits = limits or Limits()
    if len(content) > limits.max_bytes:
        raise QuestionFileError("file_too_large", detail=str(limits.max_bytes))
    found = detect(content)
    if found == EXCEL:
        raise QuestionFileError("excel_template", detail="read it with excel.read_template")
    if found == MOODLE_XML:
        return read_moodle_xml(content, language=language, limits=limits)
    return read_gift(_text(content), language=language, limits=limits)


def _text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise QuestionFileError("not_utf8", line=line) from None
