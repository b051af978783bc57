"""Fill interface translations from a small table: `python scripts/translate.py`.

Used when a few new messages appear after `biliktilik makemessages`; clears the fuzzy flag of
the entries it sets. Whole sentences only (see STYLE.md).
"""

import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[1] / "locale"

TABLE: dict[str, dict[str, str]] = {
    "Legal gap": {"kk": "Құқықтық олқылық", "ru": "Правовой пробел"},
    "Education, any of": {"kk": "Білімі (мыналардың бірі)", "ru": "Образование (одно из)"},
    "How this row was read": {"kk": "Бұл жол қалай оқылды", "ru": "Как прочитана эта строка"},
    "assessment total, points": {"kk": "бағалаудың жалпы балы", "ru": "общий балл оценки"},
    "test result, per cent": {"kk": "тестілеу нәтижесі, пайызбен", "ru": "результат тестирования, в процентах"},
    "the appendix": {"kk": "қосымша", "ru": "приложение"},
    "appendix %(number)s": {"kk": "%(number)s-қосымша", "ru": "приложение %(number)s"},
    "p. %(point)s": {"kk": "%(point)s-тармақ", "ru": "п. %(point)s"},
    "subp. %(subpoint)s": {"kk": "%(subpoint)s) тармақша", "ru": "пп. %(subpoint)s)"},
}


def main() -> int:
    for lang in ("kk", "ru"):
        path = LOCALE / lang / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            text = TABLE.get(entry.msgid, {}).get(lang)
            if text and (not entry.translated() or "fuzzy" in entry.flags):
                entry.msgstr = text
                entry.flags = [f for f in entry.flags if f != "fuzzy"]
                entry.previous_msgid = None
        catalogue.save(str(path))
        left = [e.msgid for e in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
        if left:
            print(f"{lang}: still untranslated: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
