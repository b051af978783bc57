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
    "test result, per cent": {
        "kk": "тестілеу нәтижесі, пайызбен",
        "ru": "результат тестирования, в процентах",
    },
    "The period ends before it starts.": {
        "kk": "Кезең басталмай тұрып аяқталады.",
        "ru": "Период заканчивается раньше, чем начинается.",
    },
    "A category applicant needs a current category.": {
        "kk": "Санатқа үміткер ағымдағы санатын көрсетуі керек.",
        "ru": "Для претендента на категорию нужна текущая категория.",
    },
    "A category applicant needs a declared category.": {
        "kk": "Санатқа үміткер мәлімделген санатын көрсетуі керек.",
        "ru": "Для претендента на категорию нужна заявленная категория.",
    },
    "Enter a number.": {"kk": "Сан енгізіңіз.", "ru": "Введите число."},
    "Enter a finite number.": {"kk": "Шектеулі сан енгізіңіз.", "ru": "Введите конечное число."},
    "Enter true or false.": {"kk": "true немесе false енгізіңіз.", "ru": "Введите true или false."},
    "This field is not expected here.": {
        "kk": "Бұл өріс мұнда күтілмейді.",
        "ru": "Это поле здесь не ожидается.",
    },
    "Enter a list.": {"kk": "Тізім енгізіңіз.", "ru": "Введите список."},
    "The list is too long.": {"kk": "Тізім тым ұзын.", "ru": "Список слишком длинный."},
    "Enter an object.": {"kk": "Нысан (объект) енгізіңіз.", "ru": "Введите объект."},
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
