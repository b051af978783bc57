"""CI fails when an interface message is untranslated (or fuzzy) in Kazakh or Russian."""

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_message_is_translated(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert (missing, fuzzy) == ([], [])


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_their_placeholders(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) <= wanted, entry.msgid


SOURCES = Path(__file__).resolve().parents[1] / "src" / "biliktilik"
# The plain forms: {% translate "…" %} in templates, _("…") / gettext("…") in Python (a message
# built by concatenation or with blocktranslate is not matched here; makemessages still finds it).
TEMPLATE_MESSAGE = re.compile(r"""\{%\s*(?:translate|trans)\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
PYTHON_MESSAGE = re.compile(r"""\b(?:_|gettext|gettext_lazy|N_)\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")


def _source_messages() -> dict[str, str]:
    found = {}
    for path in SOURCES.rglob("*.html"):
        for match in TEMPLATE_MESSAGE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1) or match.group(2), str(path.relative_to(SOURCES)))
    for path in SOURCES.rglob("*.py"):
        if "migrations" in path.parts or path.name == "makemessages.py":  # it names the markers
            continue
        for match in PYTHON_MESSAGE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1).replace('\\"', '"'), str(path.relative_to(SOURCES)))
    return found


def test_the_catalogue_holds_every_message_of_the_sources():
    """A message added to a page after the last `make messages` would show in English to every
    reader (gettext falls back to the msgid): the catalogue must already hold it."""
    catalogue = {e.msgid for e in polib.pofile(str(LOCALE / "kk" / "LC_MESSAGES" / "django.po"))}
    missing = {message: where for message, where in _source_messages().items() if message not in catalogue}
    assert missing == {}, "run `make messages`: " + repr(missing)
