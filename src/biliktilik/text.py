"""Text that people and other systems send us: control characters are refused everywhere.

NUL cannot be stored by PostgreSQL at all, and the other C0 controls and DEL are never part of
a name, a title or a search; tab, line feed and carriage return are ordinary white space. The
API's schemas, the pages' forms and the imports all refuse the same set (pure Python, no Django).
"""

from __future__ import annotations

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The message key of the refusal; each caller turns it into a sentence in the user's language.
CONTROL_CHARACTER = "control_character"


def has_control_character(value: object) -> bool:
    """Whether a text, or any text inside a list, tuple or mapping (keys too), has one."""
    if isinstance(value, str):
        return CONTROL_CHARACTERS.search(value) is not None
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(has_control_character(item) for item in value)
    if isinstance(value, dict):
        return any(has_control_character(k) or has_control_character(v) for k, v in value.items())
    return False


def shown(text: str) -> str:
    """The text with each control character replaced by U+FFFD, safe to store and to show."""
    return CONTROL_CHARACTERS.sub("\ufffd", text)
