"""Every reason code a rule can emit has a message: the rules' source is scanned for the codes
they emit. (Kept apart from test_messages.py: under `make mutation` the source holds every mutant's
variant of each code, so this scan is left out there, and only this.)"""

import re
from pathlib import Path

import pytest

from biliktilik.rules.messages import MESSAGES

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


def test_the_scan_finds_the_codes():
    assert {
        "step_met",
        "step_not_met",
        "threshold",
        "wording_not_in_sources",
        "declared_below_current",
    } <= (emitted_codes())


@pytest.mark.parametrize("code", sorted(emitted_codes()))
def test_every_emitted_code_has_a_message(code):
    assert code in MESSAGES
