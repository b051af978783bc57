"""Every reason code a rule can emit has whole-sentence text in Kazakh, Russian and English."""

import re
import string
from pathlib import Path

import pytest

from biliktilik.rules.messages import MESSAGES, text

RULES = Path(__file__).resolve().parents[2] / "src" / "biliktilik" / "rules"
EMITTED = re.compile(
    r"""(?:trace\.add|LawGap|InputError)\(\s*(?:"([a-z_]+)" if met else "([a-z_]+)"|"([a-z_]+)")"""
)


def emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in RULES.glob("*.py"):
        for match in EMITTED.finditer(path.read_text(encoding="utf-8")):
            codes.update(code for code in match.groups() if code)
    return codes


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_codes():
    assert {
        "step_met",
        "step_not_met",
        "threshold",
        "wording_not_in_sources",
        "declared_not_above_current",
    } <= (emitted_codes())


@pytest.mark.parametrize("code", sorted(emitted_codes()))
def test_every_emitted_code_has_text_in_three_languages(code):
    assert code in MESSAGES
    assert set(MESSAGES[code]) == {"kk", "ru", "en"}
    assert all(MESSAGES[code].values())


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_the_languages_use_the_same_placeholders(code):
    templates = MESSAGES[code]
    assert placeholders(templates["kk"]) == placeholders(templates["ru"]) == placeholders(templates["en"])


def test_values_are_named_in_the_reader_language():
    assert "санатсыз" in text("level_result", {"level": "high", "category": "none"}, "kk")
    assert "без категории" in text("level_result", {"level": "high", "category": "none"}, "ru")
    assert text("manager_result", {"eligible": True}, "en").endswith("yes.")
