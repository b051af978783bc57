"""Text of every explanation step and law-gap error, per language, from its stable code.

Whole sentences with named placeholders (``str.format``); list parameters are joined before
formatting. A test checks that every code a rule can emit has kk, ru and en text.
"""

from __future__ import annotations

import re

from biliktilik.lawbook.citations import ACT_ID, act_label, wording_label

MESSAGES: dict[str, dict[str, str]] = {
    # --- qualification ---------------------------------------------------------------------
    "requirement_wording": {
        "kk": "{point}-тармақтың {date} күнгі редакциясы қолданылады ({wording_by}).",
        "ru": "Применяется пункт {point} в редакции, действующей на {date} ({wording_by}).",
        "en": "Point {point} applies as worded on {date} ({wording_by}).",
    },
    "interpretation_experience_counting": {
        "kk": "Түсіндіру: жұмыс өтілі күнтізбелік күндермен есептеледі, қабаттасқан кезеңдер бір рет "
        "саналады, аяқталмаған кезең бағалау күніне дейін есептеледі, 1 жыл = {days_per_year} күн; "
        "X санатындағы өтілге жоғары санаттағы уақыт та кіреді.",
        "ru": "Толкование: стаж считается в календарных днях, пересекающиеся периоды учитываются один раз, "
        "незавершённый период — по дату оценки, 1 год = {days_per_year} дней; стаж в категории X "
        "включает время работы в более высокой категории.",
        "en": "Interpretation: experience is counted in calendar days, overlapping periods once, an open "
        "period up to the evaluation date, 1 year = {days_per_year} days; experience as a category X "
        "specialist includes time at a higher category.",
    },
    "education_met": {
        "kk": "Білім талабы орындалды: {level} ({field}); талап: {levels}, бағыты: {fields}.",
        "ru": "Требование к образованию выполнено: {level} ({field}); требуется: {levels}, направление: {fields}.",
        "en": "Education requirement met: {level} ({field}); required: {levels}, field: {fields}.",
    },
    "education_not_met": {
        "kk": "Білім талабы орындалмады: талап етіледі {levels}, бағыты: {fields}.",
        "ru": "Требование к образованию не выполнено: требуется {levels}, направление: {fields}.",
        "en": "Education requirement not met: {levels} required, field: {fields}.",
    },
    "education_level_mismatch": {
        "kk": "Тармақ тек {levels} білімді атайды; бар білім ({held}) бұл деңгейді ашпайды — бұл болжам "
        "емес, белгіленген сәйкессіздік.",
        "ru": "Пункт называет только {levels}; имеющееся образование ({held}) этот уровень не открывает — "
        "несоответствие отмечено, а не додумано.",
        "en": "The point names only {levels}; the education held ({held}) does not open this level — the "
        "mismatch is flagged, not guessed around.",
    },
    "level_not_open": {
        "kk": "«{level}» біліктілік деңгейі бойынша санат анықталмайды.",
        "ru": "Категория по уровню квалификации «{level}» не определяется.",
        "en": "No category is determined for the “{level}” qualification level.",
    },
    "step_met_without_experience": {
        "kk": "«{level}» деңгейі: «{category}» санаты үшін жұмыс өтілі талап етілмейді.",
        "ru": "Уровень «{level}»: для категории «{category}» стаж не требуется.",
        "en": "Level “{level}”: category “{category}” requires no experience.",
    },
    "step_met": {
        "kk": "«{level}» деңгейі: «{category}» санаты үшін кемінде {years} жыл «{as_category}» санатында "
        "қажет ({needed_days} күн); есептелгені {days} күн — орындалды.",
        "ru": "Уровень «{level}»: для категории «{category}» нужно не менее {years} лет в категории "
        "«{as_category}» ({needed_days} дн.); засчитано {days} дн. — выполнено.",
        "en": "Level “{level}”: category “{category}” needs at least {years} years as “{as_category}” "
        "({needed_days} days); {days} days counted — met.",
    },
    "step_not_met": {
        "kk": "«{level}» деңгейі: «{category}» санаты үшін кемінде {years} жыл «{as_category}» санатында "
        "қажет ({needed_days} күн); есептелгені {days} күн — орындалмады.",
        "ru": "Уровень «{level}»: для категории «{category}» нужно не менее {years} лет в категории "
        "«{as_category}» ({needed_days} дн.); засчитано {days} дн. — не выполнено.",
        "en": "Level “{level}”: category “{category}” needs at least {years} years as “{as_category}” "
        "({needed_days} days); {days} days counted — not met.",
    },
    "level_result": {
        "kk": "«{level}» деңгейі бойынша нәтиже: {category}.",
        "ru": "Итог по уровню «{level}»: {category}.",
        "en": "Result for the “{level}” level: {category}.",
    },
    "periods_without_level_not_counted": {
        "kk": "Біліктілік деңгейі көрсетілмеген {count} кезең деңгейлік өтілге есептелмеді.",
        "ru": "{count} период(ов) без указания уровня квалификации не засчитаны в стаж по уровню.",
        "en": "{count} period(s) without a qualification level were not counted towards a level.",
    },
    "experience_branch_met": {
        "kk": "Жұмыс өтілі талабы орындалды: кемінде {years} жыл ({needed_days} күн), салалар: {sectors}, "
        "басшылық лауазымда: {management}; есептелгені {days} күн.",
        "ru": "Требование к стажу выполнено: не менее {years} лет ({needed_days} дн.), сферы: {sectors}, "
        "на руководящих должностях: {management}; засчитано {days} дн.",
        "en": "Experience requirement met: at least {years} years ({needed_days} days), sectors: {sectors}, "
        "in management positions: {management}; {days} days counted.",
    },
    "experience_branch_not_met": {
        "kk": "Жұмыс өтілі талабы орындалмады: кемінде {years} жыл ({needed_days} күн), салалар: {sectors}, "
        "басшылық лауазымда: {management}; есептелгені {days} күн.",
        "ru": "Требование к стажу не выполнено: не менее {years} лет ({needed_days} дн.), сферы: {sectors}, "
        "на руководящих должностях: {management}; засчитано {days} дн.",
        "en": "Experience requirement not met: at least {years} years ({needed_days} days), sectors: "
        "{sectors}, in management positions: {management}; {days} days counted.",
    },
    "gap_experience_outside_named_sectors": {
        "kk": "Құқықтық олқылық ({gap}): аталған жүйелерден тыс өтіл есептелмеді; оның «тиісті бейінге» "
        "жататынын адам шешеді.",
        "ru": "Правовой пробел ({gap}): стаж вне названных систем не засчитан; относится ли он к "
        "«соответствующему профилю», решает человек.",
        "en": "Legal gap ({gap}): experience outside the named systems was not counted; whether it is of "
        "the “corresponding profile” is for a person to decide.",
    },
    "manager_result": {
        "kk": "Нәтиже: талаптарға сәйкес келеді — {eligible}.",
        "ru": "Итог: соответствует требованиям — {eligible}.",
        "en": "Result: meets the requirements — {eligible}.",
    },
    # --- attestation -----------------------------------------------------------------------
    "threshold": {
        "kk": "Шекті деңгей ({attestee}): {percent}%; нәтиже {result}% — тест тапсырылды: {passed}.",
        "ru": "Пороговый уровень ({attestee}): {percent}%; результат {result}% — тест пройден: {passed}.",
        "en": "Threshold ({attestee}): {percent}%; result {result}% — test passed: {passed}.",
    },
    "appeal_deadline": {
        "kk": "Апелляция {since} күнінен кейін {days} жұмыс күні ішінде, {until} дейін беріледі.",
        "ru": "Апелляция подаётся в течение {days} рабочих дней после {since}, до {until}.",
        "en": "An appeal may be filed within {days} working days after {since}, until {until}.",
    },
    "interpretation_half_open_bounds": {
        "kk": "Түсіндіру: балл шектері жартылай ашық аралықтар ретінде оқылады (≥85; ≥70 және <85; <70).",
        "ru": "Толкование: границы баллов читаются как полуоткрытые интервалы (≥85; ≥70 и <85; <70).",
        "en": "Interpretation: score bounds are read as half-open intervals (≥85; ≥70 and <85; <70).",
    },
    "interpretation_category_order": {
        "kk": "Түсіндіру: санаттардың реті {order} — 28 және 34-тармақтарды біз осылай оқимыз.",
        "ru": "Толкование: порядок категорий {order} — так мы читаем пункты 28 и 34.",
        "en": "Interpretation: the category order is {order} — our reading of points 28 and 34.",
    },
    "assessment_deadline": {
        "kk": "Кәсіптік қызметті бағалау тестілеу кезеңі аяқталғаннан кейін {days} күнтізбелік күн ішінде, "
        "{until} дейін жүргізіледі.",
        "ru": "Оценка профессиональной деятельности проводится в течение {days} календарных дней после "
        "этапа тестирования, до {until}.",
        "en": "The assessment of professional activity takes place within {days} calendar days after the "
        "testing stage, until {until}.",
    },
    "test_points": {
        "kk": "Тестілеу: {percent}% → {points} балл (100% = {max_points} балл, пропорционалды — түсіндіру).",
        "ru": "Тестирование: {percent}% → баллов: {points} (100% = {max_points} баллов, пропорционально — "
        "толкование).",
        "en": "Test: {percent}% → {points} points (100% = {max_points} points, proportional — interpretation).",
    },
    "rating_points": {
        "kk": "Қызмет алушылардың бағасы {rating} → {points} балл.",
        "ru": "Оценка получателей услуг {rating} → баллов: {points}.",
        "en": "Service-recipient rating {rating} → {points} points.",
    },
    "gap_rating": {
        "kk": "Құқықтық олқылық ({gap}): қызмет алушылардың бағасы ({rating}) 1-2-қосымшаның ешбір жолына түспейді; екі нәтиже де бағаланады: {outcomes} балл.",
        "ru": "Правовой пробел ({gap}): оценка получателей услуг ({rating}) не подпадает ни под одну строку приложения 1-2; оцениваются оба исхода: {outcomes} баллов.",
        "en": "Legal gap ({gap}): the service-recipient rating ({rating}) falls under neither row of Appendix 1-2; both outcomes are evaluated: {outcomes} points.",
    },
    "violations_points": {
        "kk": "Тіркелген бұзушылықтар: {violations} → {points} балл.",
        "ru": "Зафиксированные нарушения: {violations} → баллов: {points}.",
        "en": "Violations recorded: {violations} → {points} points.",
    },
    "gap_both_ways": {
        "kk": "Олқылық екі жолмен бағаланды ({gap}); баға балы → жалпы балл → шешім: {outcomes}.",
        "ru": "Пробел оценён обоими способами ({gap}); баллы за оценку → итог → решение: {outcomes}.",
        "en": "The gap evaluated both ways ({gap}); rating points → total → decision: {outcomes}.",
    },
    "gap_same_decision": {
        "kk": "Екі жолмен де шешім бірдей ({decision}), сондықтан ол шығарылады; нақты балл ашық қалады.",
        "ru": "Оба способа дают одно решение ({decision}), поэтому оно выносится; точный балл остаётся открытым.",
        "en": "Both ways give the same decision ({decision}), so it is given; the exact score stays open.",
    },
    "gap_undetermined": {
        "kk": "Екі жолдың шешімдері әртүрлі: нәтиже анықталмаған ({gap}).",
        "ru": "Способы дают разные решения: результат не определён ({gap}).",
        "en": "The two ways give different decisions: the result is undetermined ({gap}).",
    },
    "decision_band": {
        "kk": "Шешім: {decision} (балл түрі {score}, шектер: {min} … {max}).",
        "ru": "Решение: {decision} (вид балла {score}, границы: {min} … {max}).",
        "en": "Decision: {decision} (score {score}, bounds: {min} … {max}).",
    },
    "interpretation_lower_category": {
        "kk": "Түсіндіру: «мәлімделгеннен төмен санат» — мәлімделгеннен бір деңгей төмен, бірақ ағымдағы санаттан жоғары емес: {category}.",
        "ru": "Толкование: «категория ниже заявленной» — на один уровень ниже заявленной, но не выше имеющейся: {category}.",
        "en": "Interpretation: “a category below the declared one” is one level below it, but not above the category held: {category}.",
    },
    "outcome_dismissal": {
        "kk": "Салдары: жұмыстан босату.",
        "ru": "Последствие: увольнение.",
        "en": "Consequence: dismissal.",
    },
    "outcome_one_below_current": {
        "kk": "Салдары: ағымдағы санаттан ({current}) бір деңгей төмен санат — {category}.",
        "ru": "Последствие: категория на уровень ниже текущей ({current}) — {category}.",
        "en": "Consequence: the category one level below the current one ({current}) — {category}.",
    },
    "outcome_reattestation": {
        "kk": "Салдары: {months} ай ішінде қайта аттестаттау, {due} дейін.",
        "ru": "Последствие: повторная аттестация в течение {months} месяцев, до {due}.",
        "en": "Consequence: re-attestation within {months} months, by {due}.",
    },
    "outcome_not_admitted_to_assessment": {
        "kk": "Салдары: кәсіптік қызметті бағалауға жіберілмейді.",
        "ru": "Последствие: не допускается к оценке профессиональной деятельности.",
        "en": "Consequence: not admitted to the assessment of professional activity.",
    },
    "outcome_category_kept": {
        "kk": "Санаты жоқ маман үшін төмендету қолданылмайды: {category} сақталады.",
        "ru": "Для специалиста без категории понижение не применяется: сохраняется {category}.",
        "en": "Lowering does not apply to a specialist without a category: {category} is kept.",
    },
    "result": {
        "kk": "Қорытынды: {decision}; санат: {category}; босату: {dismissal}.",
        "ru": "Итог: {decision}; категория: {category}; увольнение: {dismissal}.",
        "en": "Outcome: {decision}; category: {category}; dismissal: {dismissal}.",
    },
    # --- entry into force ------------------------------------------------------------------
    "period_runs": {
        "kk": "Жарияланған күн ({publication}) есептелмейді; {days} күнтізбелік күн {first} – {last} аралығында өтеді.",
        "ru": "День публикации ({publication}) не считается; {days} календарных дней истекают с {first} по {last}.",
        "en": "The publication day ({publication}) is excluded; the {days} calendar days run from {first} to {last}.",
    },
    "in_force_from": {
        "kk": "{date} бастап қолданысқа енгізіледі.",
        "ru": "Вводится в действие с {date}.",
        "en": "In force from {date}.",
    },
    "published": {
        "kk": "{act} алғаш ресми жарияланған күні: {date} (болжамды: {estimated}; негізі: {basis}).",
        "ru": "{act} впервые официально опубликован: {date} (оценка: {estimated}; основание: {basis}).",
        "en": "{act} was first officially published on {date} (estimated: {estimated}; basis: {basis}).",
    },
    "entry_into_force_fixed": {
        "kk": "{act} өзінде көрсетілген күннен, {date} бастап қолданысқа енгізіледі ({basis}).",
        "ru": "{act} вводится в действие с указанной в нём даты, {date} ({basis}).",
        "en": "{act} enters into force on the date it names, {date} ({basis}).",
    },
    "entry_into_force_unknown": {
        "kk": "{act} қолданысқа енгізілген күн біздің дереккөздерде жоқ.",
        "ru": "Дата введения в действие {act} в наших источниках отсутствует.",
        "en": "The entry into force of {act} is not in our sources.",
    },
    # --- register of positions -------------------------------------------------------------
    "register_link": {
        "kk": "«Басқа салалар» маманы, {qualification_level}: тізілімнің {link} буыны.",
        "ru": "Специалист «иных отраслей», {qualification_level}: звено {link} реестра.",
        "en": "An “other sectors” specialist, {qualification_level}: link {link} of the register.",
    },
    "register_level": {
        "kk": "Санат «{category}» → {level}-саты; бұл ұяшықта {count} лауазым.",
        "ru": "Категория «{category}» → ступень {level}; в этой ячейке {count} должностей.",
        "en": "Category “{category}” → level {level}; this cell holds {count} positions.",
    },
    "register_match": {
        "kk": "«{title}» атауы тізілімдегі {id} лауазымына сәйкес келеді (сәйкестік {score}): {block} блогы, {link} буыны, {level}-саты; қалпына келтірілген: {inferred}.",
        "ru": "Наименование «{title}» соответствует должности {id} реестра (совпадение {score}): блок {block}, звено {link}, ступень {level}; восстановлено: {inferred}.",
        "en": "The title “{title}” matches register position {id} (score {score}): block {block}, link {link}, level {level}; inferred: {inferred}.",
    },
    "register_ambiguous": {
        "kk": "Назар аударыңыз: «{title}» атауы бірнеше лауазымға бірдей сәйкес келеді ({ids}); лауазымды нақтылаңыз.",
        "ru": "Внимание: наименование «{title}» одинаково подходит к нескольким должностям ({ids}); уточните должность.",
        "en": "Note: the title “{title}” fits several positions equally well ({ids}); please choose one.",
    },
    "register_no_match": {
        "kk": "«{title}» атауы тізілімнен табылмады.",
        "ru": "Наименование «{title}» в реестре не найдено.",
        "en": "The title “{title}” was not found in the register.",
    },
    # --- procedures ------------------------------------------------------------------------
    "regulation_in_force": {
        "kk": "Регламент {date} күні қолданыста болды.",
        "ru": "Регламент действовал на {date}.",
        "en": "The regulation was in force on {date}.",
    },
    "regulation_not_in_force": {
        "kk": "Регламент {date} күні қолданыста болған жоқ: мерзімдер анықтама үшін ғана есептелді.",
        "ru": "Регламент не действовал на {date}: сроки рассчитаны только для справки.",
        "en": "The regulation was not in force on {date}: the terms are computed for reference only.",
    },
    "step_due": {
        "kk": "{number}-қадам ({actor}): {days} ({kind}) күн — {due} дейін.",
        "ru": "Шаг {number} ({actor}): {days} дн. ({kind}) — до {due}.",
        "en": "Step {number} ({actor}): {days} {kind} days — due {due}.",
    },
    # --- law gaps that stop an evaluation ----------------------------------------------------
    "wording_not_in_sources": {
        "kk": "{date} күні {point}-тармақтың қолданыстағы редакциясы ({wording_by}) біздің дереккөздерде жоқ: "
        "жауап беру мүмкін емес.",
        "ru": "Редакция пункта {point}, действовавшая на {date} ({wording_by}), отсутствует в наших "
        "источниках: ответить нельзя.",
        "en": "The wording of point {point} in force on {date} ({wording_by}) is not in our sources: no "
        "answer can be given.",
    },
    "point_not_in_force": {
        "kk": "{date} күні {point}-тармақ әлі қолданыста болған жоқ.",
        "ru": "На {date} пункт {point} ещё не действовал.",
        "en": "Point {point} was not yet in force on {date}.",
    },
    "unknown_requirement": {
        "kk": "Белгісіз талап: {requirement}.",
        "ru": "Неизвестное требование: {requirement}.",
        "en": "Unknown requirement: {requirement}.",
    },
    "unknown_procedure": {
        "kk": "Белгісіз рәсім: {procedure}.",
        "ru": "Неизвестная процедура: {procedure}.",
        "en": "Unknown procedure: {procedure}.",
    },
    "declared_not_above_current": {
        "kk": "Мәлімделген санат ({declared}) ағымдағы санаттан ({current}) жоғары болуы керек.",
        "ru": "Заявленная категория ({declared}) должна быть выше текущей ({current}).",
        "en": "The declared category ({declared}) must be above the current one ({current}).",
    },
    "no_decision_band": {
        "kk": "Заң деректерінде {attestee} үшін {score} балына шешім жолы жоқ.",
        "ru": "В данных права нет строки решения для {attestee} при балле {score}.",
        "en": "The law data has no decision row for {attestee} at a score of {score}.",
    },
    "no_violations_band": {
        "kk": "Заң деректерінде {violations} бұзушылыққа арналған жол жоқ.",
        "ru": "В данных права нет строки для {violations} нарушений.",
        "en": "The law data has no row for {violations} violations.",
    },
    "unknown_register_grade": {
        "kk": "Тізілімде {qualification_level} деңгейі мен «{category}» санатына арналған ұяшық жоқ.",
        "ru": "В реестре нет ячейки для уровня {qualification_level} и категории «{category}».",
        "en": "The register has no cell for the {qualification_level} level and the “{category}” category.",
    },
    "unknown_act": {
        "kk": "{act} актісі жүктелмеген.",
        "ru": "Акт {act} не загружен.",
        "en": "The act {act} is not loaded.",
    },
}

# Names of the contract's enum values, for explanation text.
VOCABULARY: dict[str, dict[str, str]] = {
    "kk": {
        "new_employee": "алғаш аттестатталатын қызметкер",
        "category_applicant": "санатқа үміткер маман",
        "manager": "бөлімше басшысы, директордың орынбасары, директор",
        "lmc_specialist": "ЕМО маманы",
        "cc_assistant": "мансап орталығының ассистенті",
        "meets_position": "атқаратын лауазымына сәйкес",
        "does_not_meet_position": "атқаратын лауазымына сәйкес емес",
        "meets_declared_category": "мәлімделген біліктілік санатына сәйкес",
        "meets_current_category": "ағымдағы біліктілік санатына сәйкес",
        "meets_lower_category": "мәлімделгеннен төмен санатқа сәйкес",
        "undetermined": "анықталмаған",
        "test_percent": "тестілеу нәтижесі (%)",
        "assessment_total": "бағалаудың жалпы балы",
        "intake_officer": "құжат қабылдаушы қызметкер",
        "management": "басшылық",
        "head_of_unit": "бөлімше басшысы",
        "executor": "жауапты орындаушы",
        "commission": "комиссия",
        "commission_secretary": "комиссия хатшысы",
        "service_provider": "көрсетілетін қызметті беруші",
        "any_field": "кез келген бағыт",
        "no_rating": "көрсетілмеген",
        "not_determined": "анықталмады",
        "tvet": "техникалық және кәсіптік",
        "applied_bachelor": "қолданбалы бакалавриат",
        "higher": "жоғары",
        "postgraduate": "жоғары оқу орнынан кейінгі",
        "social": "әлеуметтік",
        "economic": "экономикалық",
        "legal": "заңгерлік",
        "pedagogical": "педагогикалық",
        "other": "басқа",
        "high": "жоғары",
        "medium": "орташа",
        "first": "бірінші",
        "second": "екінші",
        "none": "санатсыз",
        "employment": "жұмыспен қамту",
        "social_protection": "әлеуметтік қорғау",
        "education": "білім беру",
        "healthcare": "денсаулық сақтау",
        "business": "кәсіпкерлік",
        "quasi_public": "квазимемлекеттік сектор",
        "career_consultant": "мансап консультанты",
        "case_manager": "кейс-менеджер",
        "mentor": "тәлімгер",
        "working": "жұмыс",
        "calendar": "күнтізбелік",
    },
    "ru": {
        "new_employee": "работник при первой аттестации",
        "category_applicant": "специалист, претендующий на категорию",
        "manager": "руководитель подразделения, заместитель директора, директор",
        "lmc_specialist": "специалист ЦТМ",
        "cc_assistant": "ассистент центра карьеры",
        "meets_position": "соответствует занимаемой должности",
        "does_not_meet_position": "не соответствует занимаемой должности",
        "meets_declared_category": "соответствует заявленной квалификационной категории",
        "meets_current_category": "соответствует имеющейся квалификационной категории",
        "meets_lower_category": "соответствует категории ниже заявленной",
        "undetermined": "не определено",
        "test_percent": "результат тестирования (%)",
        "assessment_total": "общий балл оценки",
        "intake_officer": "сотрудник по приёму документов",
        "management": "руководство",
        "head_of_unit": "руководитель подразделения",
        "executor": "ответственный исполнитель",
        "commission": "комиссия",
        "commission_secretary": "секретарь комиссии",
        "service_provider": "услугодатель",
        "any_field": "любое направление",
        "no_rating": "отсутствует",
        "not_determined": "не определена",
        "tvet": "техническое и профессиональное",
        "applied_bachelor": "прикладной бакалавриат",
        "higher": "высшее",
        "postgraduate": "послевузовское",
        "social": "социальное",
        "economic": "экономическое",
        "legal": "юридическое",
        "pedagogical": "педагогическое",
        "other": "иное",
        "high": "высокий",
        "medium": "средний",
        "first": "первая",
        "second": "вторая",
        "none": "без категории",
        "employment": "занятость",
        "social_protection": "социальная защита",
        "education": "образование",
        "healthcare": "здравоохранение",
        "business": "предпринимательство",
        "quasi_public": "квазигосударственный сектор",
        "career_consultant": "карьерный консультант",
        "case_manager": "кейс-менеджер",
        "mentor": "наставник",
        "working": "рабочих",
        "calendar": "календарных",
    },
    "en": {
        "new_employee": "employee at first attestation",
        "category_applicant": "specialist applying for a category",
        "manager": "head of unit, deputy director, director",
        "lmc_specialist": "labour mobility centre specialist",
        "cc_assistant": "career-centre assistant",
        "meets_position": "meets the position held",
        "does_not_meet_position": "does not meet the position held",
        "meets_declared_category": "meets the declared category",
        "meets_current_category": "meets the current category",
        "meets_lower_category": "meets a category below the declared one",
        "undetermined": "undetermined",
        "test_percent": "test result (%)",
        "assessment_total": "assessment total",
        "intake_officer": "intake officer",
        "head_of_unit": "head of unit",
        "commission_secretary": "commission secretary",
        "service_provider": "service provider",
        "any_field": "any field",
        "no_rating": "none given",
        "not_determined": "not determined",
        "tvet": "technical and vocational",
        "applied_bachelor": "applied bachelor",
        "higher": "higher",
        "postgraduate": "postgraduate",
        "none": "no category",
        "social_protection": "social protection",
        "quasi_public": "quasi-public sector",
        "career_consultant": "career consultant",
        "case_manager": "case manager",
    },
}

_WORDS = {
    "kk": {True: "иә", False: "жоқ", None: "—"},
    "ru": {True: "да", False: "нет", None: "—"},
    "en": {True: "yes", False: "no", None: "—"},
}


def _value(value, language: str) -> str:
    if isinstance(value, bool) or value is None:
        return _WORDS[language][value]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v, language) for v in value) if value else _WORDS[language][None]
    if isinstance(value, dict):
        return " → ".join(_value(v, language) for v in value.values())
    if isinstance(value, str):
        return VOCABULARY[language].get(value, value)
    return str(value)


# What an empty value means, by parameter name (otherwise a dash).
_EMPTY_MEANS = {"fields": "any_field", "category": "not_determined", "rating": "no_rating"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _param(name: str, value, language: str) -> str:
    if name in ("act", "wording_by") and isinstance(value, str) and ACT_ID.match(value):
        # An act by its number and date, never its id (ids stay in the API's fields and URLs).
        return (wording_label if name == "wording_by" else act_label)(value, language)
    if value is None and name in _EMPTY_MEANS:
        return VOCABULARY[language].get(_EMPTY_MEANS[name], _EMPTY_MEANS[name])
    if isinstance(value, str) and (match := _ISO_DATE.match(value)):
        year, month, day = match.groups()
        return f"{day}.{month}.{year}"
    return _value(value, language)


def text(code: str, params: dict, language: str) -> str:
    templates = MESSAGES.get(code)
    if templates is None:
        return code
    template = templates.get(language) or templates["en"]
    return template.format(**{k: _param(k, v, language) for k, v in params.items()})
