"""Fill interface translations from a small table: `python scripts/translate.py`.

Used when a few new messages appear after `biliktilik makemessages`; clears the fuzzy flag of
the entries it sets. Whole sentences only (see STYLE.md).
"""

import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[1] / "locale"

# A plural message maps each language to the list of its plural forms, in the catalogue's order.
TABLE: dict[str, dict[str, str | list[str]]] = {
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
    "high qualification level": {"kk": "біліктіліктің жоғары деңгейі", "ru": "высокий уровень квалификации"},
    "medium qualification level": {"kk": "біліктіліктің орташа деңгейі", "ru": "средний уровень квалификации"},
    "the appendix": {"kk": "қосымша", "ru": "приложение"},
    "appendix %(number)s": {"kk": "%(number)s-қосымша", "ru": "приложение %(number)s"},
    "p. %(point)s": {"kk": "%(point)s-тармақ", "ru": "п. %(point)s"},
    "subp. %(subpoint)s": {"kk": "%(subpoint)s) тармақша", "ru": "пп. %(subpoint)s)"},
    # --- calculators: choices ---
    "technical and vocational education": {"kk": "техникалық және кәсіптік білім", "ru": "техническое и профессиональное образование"},
    "applied bachelor's degree": {"kk": "қолданбалы бакалавриат", "ru": "прикладной бакалавриат"},
    "higher education": {"kk": "жоғары білім", "ru": "высшее образование"},
    "postgraduate education": {"kk": "жоғары оқу орнынан кейінгі білім", "ru": "послевузовское образование"},
    "social field": {"kk": "әлеуметтік бағыт", "ru": "социальное направление"},
    "economic field": {"kk": "экономикалық бағыт", "ru": "экономическое направление"},
    "legal field": {"kk": "заңгерлік бағыт", "ru": "юридическое направление"},
    "pedagogical field": {"kk": "педагогикалық бағыт", "ru": "педагогическое направление"},
    "another field": {"kk": "басқа бағыт", "ru": "иное направление"},
    "employment": {"kk": "халықты жұмыспен қамту", "ru": "занятость населения"},
    "social protection": {"kk": "әлеуметтік қорғау", "ru": "социальная защита"},
    "business": {"kk": "кәсіпкерлік", "ru": "предпринимательство"},
    "quasi-public sector": {"kk": "квазимемлекеттік сектор", "ru": "квазигосударственный сектор"},
    "high level": {"kk": "жоғары деңгей", "ru": "высокий уровень"},
    "medium level": {"kk": "орташа деңгей", "ru": "средний уровень"},
    "higher category": {"kk": "жоғары санат", "ru": "высшая категория"},
    "first category": {"kk": "бірінші санат", "ru": "первая категория"},
    "second category": {"kk": "екінші санат", "ru": "вторая категория"},
    "no category": {"kk": "санатсыз", "ru": "без категории"},
    "career consultant": {"kk": "мансап консультанты", "ru": "карьерный консультант"},
    "case manager": {"kk": "кейс-менеджер", "ru": "кейс-менеджер"},
    "mentor": {"kk": "тәлімгер", "ru": "наставник"},
    "working days": {"kk": "жұмыс күндері", "ru": "рабочие дни"},
    "calendar days": {"kk": "күнтізбелік күндер", "ru": "календарные дни"},
    "months": {"kk": "айлар", "ru": "месяцы"},
    # --- calculators: form labels ---
    "Requirement": {"kk": "Талап", "ru": "Требование"},
    "Evaluation date": {"kk": "Бағалау күні", "ru": "Дата оценки"},
    "Level of education": {"kk": "Білім деңгейі", "ru": "Уровень образования"},
    "Field of education": {"kk": "Білім бағыты", "ru": "Направление образования"},
    "From": {"kk": "Кезеңнің басы", "ru": "Начало периода"},
    "To (empty if ongoing)": {"kk": "Кезеңнің соңы (жалғасып жатса, бос қалдырыңыз)", "ru": "Окончание периода (пусто, если продолжается)"},
    "Sector": {"kk": "Сала", "ru": "Сфера"},
    "Management position": {"kk": "Басшы лауазым", "ru": "Руководящая должность"},
    "Date of the attestation": {"kk": "Аттестаттау күні", "ru": "Дата аттестации"},
    "Who is attested": {"kk": "Аттестатталушы", "ru": "Аттестуемый"},
    "This is a re-attestation": {"kk": "Бұл – қайта аттестаттау", "ru": "Это повторная аттестация"},
    "Test result, per cent": {"kk": "Тестілеу нәтижесі, пайызбен", "ru": "Результат тестирования, в процентах"},
    "Current category": {"kk": "Ағымдағы санат", "ru": "Текущая категория"},
    "Declared category": {"kk": "Мәлімделген санат", "ru": "Заявленная категория"},
    "Rating by service recipients (empty if none)": {"kk": "Қызмет алушылардың бағасы (болмаса, бос қалдырыңыз)", "ru": "Оценка получателей услуг (пусто, если её нет)"},
    "Testing finished on (empty: the attestation date)": {"kk": "Тестілеу аяқталған күн (бос болса – аттестаттау күні)", "ru": "Дата окончания тестирования (пусто — дата аттестации)"},
    "From date": {"kk": "Бастапқы күн", "ru": "Начальная дата"},
    "Length": {"kk": "Ұзақтығы", "ru": "Продолжительность"},
    "Counted in": {"kk": "Есептеу бірлігі", "ru": "Единица исчисления"},
    "Procedure": {"kk": "Рәсім", "ru": "Процедура"},
    "Start date": {"kk": "Басталу күні", "ru": "Дата начала"},
    "Point %(point)s — %(title)s": {"kk": "%(point)s-тармақ — %(title)s", "ru": "Пункт %(point)s — %(title)s"},
    "Point %(point)s": {"kk": "%(point)s-тармақ", "ru": "Пункт %(point)s"},
    # --- calculators: pages and results ---
    "Check a qualification": {"kk": "Біліктілікті тексеру", "ru": "Проверка квалификации"},
    "Attestation outcome": {"kk": "Аттестаттау қорытындысы", "ru": "Итог аттестации"},
    "Deadline calculator": {"kk": "Мерзімдер калькуляторы", "ru": "Калькулятор сроков"},
    "Check a qualification against the requirements": {"kk": "Біліктіліктің талаптарға сәйкестігін тексеру", "ru": "Проверка соответствия квалификации требованиям"},
    "Choose a point of the typical qualification characteristics, enter the education and the work history; the result shows the category per qualification level, every step of the reasoning and the points of law it relies on.": {
        "kk": "Үлгілік біліктілік сипаттамаларының тармағын таңдап, білімі мен еңбек жолын енгізіңіз; нәтижеде әр біліктілік деңгейі бойынша санат, негіздеменің әр қадамы және ол сүйенетін құқық нормалары көрсетіледі.",
        "ru": "Выберите пункт типовых квалификационных характеристик, введите образование и трудовую деятельность; в результате показаны категория по каждому уровню квалификации, каждый шаг обоснования и нормы права, на которые он опирается.",
    },
    "Result": {"kk": "Нәтиже", "ru": "Результат"},
    "The requirements are met.": {"kk": "Талаптар орындалды.", "ru": "Требования выполнены."},
    "The requirements are not met.": {"kk": "Талаптар орындалмады.", "ru": "Требования не выполнены."},
    "Category the person qualifies for": {"kk": "Адамға сәйкес келетін санат", "ru": "Категория, которой соответствует лицо"},
    "none: the education or experience for this level is not met": {"kk": "жоқ: осы деңгей үшін білім немесе жұмыс өтілі талабы орындалмаған", "ru": "нет: требования к образованию или стажу для этого уровня не выполнены"},
    "Please correct the fields marked below.": {"kk": "Төменде белгіленген өрістерді түзетіңіз.", "ru": "Исправьте отмеченные ниже поля."},
    "Add an education row": {"kk": "Білім туралы жол қосу", "ru": "Добавить строку об образовании"},
    "Work history": {"kk": "Еңбек жолы", "ru": "Трудовая деятельность"},
    "One row per period. Empty rows are ignored; leave “To” empty for the current job.": {
        "kk": "Әр кезеңге бір жол. Бос жолдар ескерілмейді; қазіргі жұмыс үшін «Кезеңнің соңы» өрісін бос қалдырыңыз.",
        "ru": "Одна строка на период. Пустые строки не учитываются; для текущей работы оставьте «Окончание периода» пустым.",
    },
    "Add a work period": {"kk": "Жұмыс кезеңін қосу", "ru": "Добавить период работы"},
    "Check": {"kk": "Тексеру", "ru": "Проверить"},
    "Why: the reasoning step by step": {"kk": "Неліктен: қадам бойынша негіздеме", "ru": "Почему: обоснование по шагам"},
    "Points of law relied on": {"kk": "Негізге алынған құқық нормалары", "ru": "Использованные нормы права"},
    "No point of law was needed.": {"kk": "Құқық нормасы қажет болмады.", "ru": "Ссылка на нормы права не потребовалась."},
    "The data contradict the law": {"kk": "Деректер құқық нормаларына қайшы", "ru": "Данные противоречат нормам права"},
    "The outcome of an attestation": {"kk": "Аттестаттау нәтижесі", "ru": "Результат аттестации"},
    "Enter the test result and, for a career-centre specialist applying for a category, the assessment data; the result shows the decision, the category, the deadlines and every step of the reasoning with the points of law.": {
        "kk": "Тестілеу нәтижесін, ал санатқа үміткер мансап орталығының маманы үшін бағалау деректерін енгізіңіз; нәтижеде шешім, санат, мерзімдер және құқық нормаларына сілтеме жасалған негіздеменің әр қадамы көрсетіледі.",
        "ru": "Введите результат тестирования, а для специалиста карьерного центра, претендующего на категорию, — данные оценки; в результате показаны решение, категория, сроки и каждый шаг обоснования со ссылками на нормы права.",
    },
    "For a career-centre specialist applying for a category": {"kk": "Санатқа үміткер мансап орталығының маманы үшін", "ru": "Для специалиста карьерного центра, претендующего на категорию"},
    "Work out the outcome": {"kk": "Нәтижені анықтау", "ru": "Определить результат"},
    "Pass threshold": {"kk": "Шекті деңгей", "ru": "Пороговый уровень"},
    "Test passed": {"kk": "Тест тапсырылды", "ru": "Тест пройден"},
    "Resulting category": {"kk": "Нәтижесіндегі санат", "ru": "Итоговая категория"},
    "Dismissal": {"kk": "Жұмыстан босату", "ru": "Увольнение"},
    "Re-attestation due by": {"kk": "Қайта аттестаттаудың соңғы мерзімі", "ru": "Повторная аттестация не позднее"},
    "no re-attestation is ordered": {"kk": "қайта аттестаттау тағайындалмаған", "ru": "повторная аттестация не назначена"},
    "Appeal until": {"kk": "Апелляция берудің соңғы күні", "ru": "Последний день подачи апелляции"},
    "Assessment of professional activity until": {"kk": "Кәсіптік қызметті бағалаудың соңғы күні", "ru": "Последний день оценки профессиональной деятельности"},
    "Test": {"kk": "Тестілеу", "ru": "Тестирование"},
    "Total": {"kk": "Барлығы", "ru": "Итого"},
    "open (legal gap)": {"kk": "ашық (құқықтық олқылық)", "ru": "открыто (правовой пробел)"},
    "There is no assessment of professional activity in this case.": {"kk": "Бұл жағдайда кәсіптік қызметті бағалау жүргізілмейді.", "ru": "В этом случае оценка профессиональной деятельности не проводится."},
    "not applicable: this attestee holds no category": {"kk": "қолданылмайды: аттестатталушының санаты болмайды", "ru": "не применяется: у аттестуемого нет категории"},
    "not determined": {"kk": "анықталмаған", "ru": "не определена"},
    "meets the position held": {"kk": "атқаратын лауазымына сәйкес келеді", "ru": "соответствует занимаемой должности"},
    "does not meet the position held": {"kk": "атқаратын лауазымына сәйкес келмейді", "ru": "не соответствует занимаемой должности"},
    "meets the declared category": {"kk": "мәлімделген санатқа сәйкес келеді", "ru": "соответствует заявленной категории"},
    "meets the current category": {"kk": "ағымдағы санатқа сәйкес келеді", "ru": "соответствует текущей категории"},
    "meets a category below the declared one": {"kk": "мәлімделгеннен төмен санатқа сәйкес келеді", "ru": "соответствует категории ниже заявленной"},
    "undetermined: the law leaves a gap that changes the outcome": {"kk": "анықталмаған: құқықтық олқылық нәтижеге әсер етеді", "ru": "не определено: правовой пробел влияет на результат"},
    "Periods are counted on the working-day calendar of Kazakhstan: a period of N days starts on the day after the event.": {
        "kk": "Мерзімдер Қазақстанның жұмыс күндері күнтізбесі бойынша есептеледі: N күндік мерзім оқиғадан кейінгі күннен басталады.",
        "ru": "Сроки исчисляются по календарю рабочих дней Казахстана: срок в N дней начинается на следующий день после события.",
    },
    "Count a period": {"kk": "Мерзімді есептеу", "ru": "Расчёт срока"},
    "Count": {"kk": "Есептеу", "ru": "Рассчитать"},
    "%(counter)s working day after %(start)s: %(due)s.": {
        "kk": ["%(start)s күнінен кейін %(counter)s жұмыс күні: %(due)s.", "%(start)s күнінен кейін %(counter)s жұмыс күні: %(due)s."],
        "ru": [
            "%(counter)s рабочий день после %(start)s: %(due)s.",
            "%(counter)s рабочих дня после %(start)s: %(due)s.",
            "%(counter)s рабочих дней после %(start)s: %(due)s.",
            "%(counter)s рабочего дня после %(start)s: %(due)s.",
        ],
    },
    "%(counter)s calendar day after %(start)s: %(due)s.": {
        "kk": ["%(start)s күнінен кейін %(counter)s күнтізбелік күн: %(due)s.", "%(start)s күнінен кейін %(counter)s күнтізбелік күн: %(due)s."],
        "ru": [
            "%(counter)s календарный день после %(start)s: %(due)s.",
            "%(counter)s календарных дня после %(start)s: %(due)s.",
            "%(counter)s календарных дней после %(start)s: %(due)s.",
            "%(counter)s календарного дня после %(start)s: %(due)s.",
        ],
    },
    "%(counter)s month after %(start)s: %(due)s.": {
        "kk": ["%(start)s күнінен кейін %(counter)s ай: %(due)s.", "%(start)s күнінен кейін %(counter)s ай: %(due)s."],
        "ru": [
            "%(counter)s месяц после %(start)s: %(due)s.",
            "%(counter)s месяца после %(start)s: %(due)s.",
            "%(counter)s месяцев после %(start)s: %(due)s.",
            "%(counter)s месяца после %(start)s: %(due)s.",
        ],
    },
    "%(counter)s non-working day was skipped": {
        "kk": ["Жұмыс күні емес %(counter)s күн есепке алынбады", "Жұмыс күні емес %(counter)s күн есепке алынбады"],
        "ru": [
            "Пропущен %(counter)s нерабочий день",
            "Пропущено %(counter)s нерабочих дня",
            "Пропущено %(counter)s нерабочих дней",
            "Пропущено %(counter)s нерабочего дня",
        ],
    },
    "Date": {"kk": "Күні", "ru": "Дата"},
    "Why it is not a working day": {"kk": "Неліктен жұмыс күні емес", "ru": "Почему день нерабочий"},
    "No non-working day was skipped.": {"kk": "Мерзім ішінде жұмыс күні емес күндер болған жоқ.", "ru": "Нерабочих дней в сроке не было."},
    "Schedule a state-service procedure": {"kk": "Мемлекеттік көрсетілетін қызмет рәсімінің кестесі", "ru": "График процедуры государственной услуги"},
    "Schedule": {"kk": "Кестені құру", "ru": "Составить график"},
    "Due": {"kk": "Мерзімі", "ru": "Срок до"},
    "The regulation was in force on %(date)s.": {"kk": "Регламент %(date)s күні қолданыста болды.", "ru": "Регламент действовал на %(date)s."},
    "The regulation was not in force on %(date)s: the dates below are for reference only.": {
        "kk": "Регламент %(date)s күні қолданыста болған жоқ: төмендегі күндер тек анықтама үшін берілген.",
        "ru": "Регламент не действовал на %(date)s: даты ниже приведены только для справки.",
    },
    "The procedure ends on %(date)s.": {"kk": "Рәсім %(date)s күні аяқталады.", "ru": "Процедура завершается %(date)s."},
}


def main() -> int:
    for lang in ("kk", "ru"):
        path = LOCALE / lang / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            text = TABLE.get(entry.msgid, {}).get(lang)
            if text and (not entry.translated() or "fuzzy" in entry.flags):
                if entry.msgid_plural:
                    forms = text if isinstance(text, list) else [text]
                    count = len(entry.msgstr_plural) or len(forms)
                    entry.msgstr_plural = {i: forms[min(i, len(forms) - 1)] for i in range(count)}
                else:
                    entry.msgstr = text
                entry.flags = [f for f in entry.flags if f != "fuzzy"]
                entry.previous_msgid = None
                entry.previous_msgid_plural = None
        catalogue.save(str(path))
        left = [e.msgid for e in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
        if left:
            print(f"{lang}: still untranslated: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
