"""Kazakh and Russian for the vocabulary's labels (src/biliktilik/vocabulary.py) and the rules'
explanation texts (src/biliktilik/rules/messages.py); merged into scripts/translate.py's table."""

VOCABULARY: dict[str, dict[str, str | list[str]]] = {
    # --- labels of codes ---
    "meets the category held": {
        "kk": "қазіргі санатына сәйкес келеді",
        "ru": "соответствует имеющейся категории",
    },
    "undetermined": {"kk": "анықталмаған", "ru": "не определено"},
    "assessment total": {"kk": "бағалаудың жалпы балы", "ru": "общий балл оценки"},
    "intake officer": {"kk": "құжаттарды қабылдайтын қызметкер", "ru": "работник, принимающий документы"},
    "management": {"kk": "басшылық", "ru": "руководство"},
    "head of unit": {"kk": "бөлімше басшысы", "ru": "руководитель подразделения"},
    "responsible executor": {"kk": "жауапты орындаушы", "ru": "ответственный исполнитель"},
    "commission": {"kk": "комиссия", "ru": "комиссия"},
    "commission secretary": {"kk": "комиссия хатшысы", "ru": "секретарь комиссии"},
    "service provider": {"kk": "көрсетілетін қызметті беруші", "ru": "услугодатель"},
    "day off": {"kk": "демалыс күні", "ru": "выходной день"},
    "public holiday": {"kk": "мереке күні", "ru": "праздничный день"},
    "day off transferred by the Government": {
        "kk": "Үкімет ауыстырған демалыс күні",
        "ru": "выходной день, перенесённый Правительством",
    },
    "working day moved to a weekend": {
        "kk": "демалыс күніне ауыстырылған жұмыс күні",
        "ru": "рабочий день, перенесённый на выходной",
    },
    "API token issued": {"kk": "API токені берілді", "ru": "выдан API-токен"},
    "API token revoked": {"kk": "API токені кері қайтарылды", "ru": "API-токен отозван"},
    "account created": {"kk": "тіркелгі құрылды", "ru": "учётная запись создана"},
    "account changed": {"kk": "тіркелгі өзгертілді", "ru": "учётная запись изменена"},
    "account activated or deactivated": {
        "kk": "тіркелгі қосылды немесе өшірілді",
        "ru": "учётная запись включена или отключена",
    },
    "organization created": {"kk": "ұйым құрылды", "ru": "организация создана"},
    "organization changed": {"kk": "ұйым өзгертілді", "ru": "организация изменена"},
    "organization deleted": {"kk": "ұйым жойылды", "ru": "организация удалена"},
    "employee added": {"kk": "қызметкер қосылды", "ru": "работник добавлен"},
    "employee changed": {"kk": "қызметкер деректері өзгертілді", "ru": "данные работника изменены"},
    "employee deleted": {"kk": "қызметкер жойылды", "ru": "работник удалён"},
    "personal card opened": {"kk": "жеке карточка ашылды", "ru": "открыта личная карточка"},
    "employee list exported": {"kk": "қызметкерлер тізімі жүктеп алынды", "ru": "список работников выгружен"},
    "position added": {"kk": "лауазым қосылды", "ru": "должность добавлена"},
    "register entry confirmed": {"kk": "тізілім жазбасы расталды", "ru": "запись реестра подтверждена"},
    "work period added": {
        "kk": "еңбек жолының кезеңі қосылды",
        "ru": "добавлен период трудовой деятельности",
    },
    "education added": {"kk": "білімі туралы жазба қосылды", "ru": "добавлена запись об образовании"},
    "category awarded": {"kk": "санат берілді", "ru": "присвоена категория"},
    "training added": {"kk": "оқу туралы жазба қосылды", "ru": "добавлена запись об обучении"},
    "organizations imported": {"kk": "ұйымдар жүктелді", "ru": "организации импортированы"},
    "employees imported": {"kk": "қызметкерлер жүктелді", "ru": "работники импортированы"},
    "work history imported": {"kk": "еңбек жолы жүктелді", "ru": "трудовая деятельность импортирована"},
    "education imported": {
        "kk": "білімі туралы деректер жүктелді",
        "ru": "сведения об образовании импортированы",
    },
    "demo data loaded": {"kk": "демо деректер жүктелді", "ru": "загружены демонстрационные данные"},
    "any field": {"kk": "кез келген бағыт", "ru": "любое направление"},
    "any sector": {"kk": "кез келген сала", "ru": "любая отрасль"},
    "not determined": {"kk": "анықталмады", "ru": "не определена"},
    "none given": {"kk": "көрсетілмеген", "ru": "отсутствует"},
    "the original wording": {"kk": "бастапқы редакция", "ru": "первоначальная редакция"},
    "yes": {"kk": "иә", "ru": "да"},
    "no": {"kk": "жоқ", "ru": "нет"},
    # --- rule explanations: qualification ---
    "Point {point} applies as worded on {date} ({wording_by}).": {
        "kk": "{point}-тармақтың {date} күнгі редакциясы қолданылады ({wording_by}).",
        "ru": "Применяется пункт {point} в редакции, действующей на {date} ({wording_by}).",
    },
    "Interpretation: experience is counted in calendar days, overlapping periods once, an open period up to the evaluation date, 1 year = {days_per_year} days; experience in a category includes time in a higher category.": {
        "kk": "Түсіндіру: жұмыс өтілі күнтізбелік күндермен есептеледі, қабаттасқан кезеңдер бір рет саналады, аяқталмаған кезең бағалау күніне дейін есептеледі, 1 жыл = {days_per_year} күн; санаттағы өтілге жоғары санаттағы уақыт та кіреді.",
        "ru": "Толкование: стаж считается в календарных днях, пересекающиеся периоды учитываются один раз, незавершённый период — по дату оценки, 1 год = {days_per_year} дней; стаж в категории включает время работы в более высокой категории.",
    },
    "Education requirement met: {education_level} ({education_field}); required: {levels}, field: {fields}.": {
        "kk": "Білім талабы орындалды: {education_level} ({education_field}); талап: {levels}, бағыты: {fields}.",
        "ru": "Требование к образованию выполнено: {education_level} ({education_field}); требуется: {levels}, направление: {fields}.",
    },
    "Education requirement not met: required {levels}, field: {fields}.": {
        "kk": "Білім талабы орындалмады: талап етіледі {levels}, бағыты: {fields}.",
        "ru": "Требование к образованию не выполнено: требуется {levels}, направление: {fields}.",
    },
    "The point names only {levels}; the education held ({held}) does not open this level — the mismatch is flagged, not guessed around.": {
        "kk": "Тармақ тек мынаны атайды: {levels}; бар білім ({held}) бұл деңгейді ашпайды — бұл болжам емес, белгіленген сәйкессіздік.",
        "ru": "Пункт называет только: {levels}; имеющееся образование ({held}) этот уровень не открывает — несоответствие отмечено, а не додумано.",
    },
    "No category is determined at the {qualification_level}.": {
        "kk": "Біліктіліктің мына деңгейі бойынша санат анықталмайды: {qualification_level}.",
        "ru": "Категория не определяется по уровню квалификации: {qualification_level}.",
    },
    "{qualification_level}: the {category} requires no experience.": {
        "kk": "{qualification_level}, {category}: жұмыс өтілі талап етілмейді.",
        "ru": "{qualification_level}, {category}: стаж не требуется.",
    },
    "{qualification_level}: the {category} needs at least {years} years in the {as_category} ({needed_days} days); {days} days counted — met.": {
        "kk": "{qualification_level}, {category}: «{as_category}» ретінде кемінде {years} жыл өтіл қажет ({needed_days} күн); есептелгені {days} күн — орындалды.",
        "ru": "{qualification_level}, {category}: нужно не менее {years} лет стажа, категория — «{as_category}» ({needed_days} дн.); засчитано {days} дн. — выполнено.",
    },
    "{qualification_level}: the {category} needs at least {years} years in the {as_category} ({needed_days} days); {days} days counted — not met.": {
        "kk": "{qualification_level}, {category}: «{as_category}» ретінде кемінде {years} жыл өтіл қажет ({needed_days} күн); есептелгені {days} күн — орындалмады.",
        "ru": "{qualification_level}, {category}: нужно не менее {years} лет стажа, категория — «{as_category}» ({needed_days} дн.); засчитано {days} дн. — не выполнено.",
    },
    "Result at the {qualification_level}: {category}.": {
        "kk": "Нәтиже ({qualification_level}): {category}.",
        "ru": "Итог ({qualification_level}): {category}.",
    },
    "{count} period without a qualification level was not counted towards a level.": {
        "kk": [
            "Біліктілік деңгейі көрсетілмеген {count} кезең деңгейлік өтілге есептелмеді.",
            "Біліктілік деңгейі көрсетілмеген {count} кезең деңгейлік өтілге есептелмеді.",
        ],
        "ru": [
            "{count} период без указания уровня квалификации не засчитан в стаж по уровню.",
            "{count} периода без указания уровня квалификации не засчитаны в стаж по уровню.",
            "{count} периодов без указания уровня квалификации не засчитаны в стаж по уровню.",
            "{count} периода без указания уровня квалификации не засчитаны в стаж по уровню.",
        ],
    },
    "Experience requirement met: at least {years} years ({needed_days} days), sectors: {sectors}, in management positions: {management}; {days} days counted.": {
        "kk": "Жұмыс өтілі талабы орындалды: кемінде {years} жыл ({needed_days} күн), салалар: {sectors}, басшылық лауазымда: {management}; есептелгені {days} күн.",
        "ru": "Требование к стажу выполнено: не менее {years} лет ({needed_days} дн.), сферы: {sectors}, на руководящих должностях: {management}; засчитано {days} дн.",
    },
    "Experience requirement not met: at least {years} years ({needed_days} days), sectors: {sectors}, in management positions: {management}; {days} days counted.": {
        "kk": "Жұмыс өтілі талабы орындалмады: кемінде {years} жыл ({needed_days} күн), салалар: {sectors}, басшылық лауазымда: {management}; есептелгені {days} күн.",
        "ru": "Требование к стажу не выполнено: не менее {years} лет ({needed_days} дн.), сферы: {sectors}, на руководящих должностях: {management}; засчитано {days} дн.",
    },
    "Legal gap: experience outside the named systems was not counted; whether it is of the “corresponding profile” is for a person to decide.": {
        "kk": "Құқықтық олқылық: аталған жүйелерден тыс өтіл есептелмеді; оның «тиісті бейінге» жататынын адам шешеді.",
        "ru": "Правовой пробел: стаж вне названных систем не засчитан; относится ли он к «соответствующему профилю», решает человек.",
    },
    "Result: meets the requirements — {eligible}.": {
        "kk": "Нәтиже: талаптарға сәйкес келеді — {eligible}.",
        "ru": "Итог: соответствует требованиям — {eligible}.",
    },
    # --- rule explanations: attestation ---
    "Threshold for the {attestee}: {percent}%; result {result}% — test passed: {passed}.": {
        "kk": "Шекті деңгей ({attestee}): {percent}%; нәтиже {result}% — тест тапсырылды: {passed}.",
        "ru": "Пороговый уровень ({attestee}): {percent}%; результат {result}% — тест пройден: {passed}.",
    },
    "An appeal may be filed within {days} working days after {since}, until {until}.": {
        "kk": "Апелляция {since} күнінен кейін {days} жұмыс күні ішінде, {until} дейін беріледі.",
        "ru": "Апелляция подаётся в течение {days} рабочих дней после {since}, до {until}.",
    },
    "Interpretation: score bounds are read as half-open intervals (≥85; ≥70 and <85; <70).": {
        "kk": "Түсіндіру: балл шектері жартылай ашық аралықтар ретінде оқылады (≥85; ≥70 және <85; <70).",
        "ru": "Толкование: границы баллов читаются как полуоткрытые интервалы (≥85; ≥70 и <85; <70).",
    },
    "Interpretation: the order of the categories is {order} — our reading of points 28 and 34.": {
        "kk": "Түсіндіру: санаттардың реті: {order} — 28 және 34-тармақтарды біз осылай оқимыз.",
        "ru": "Толкование: порядок категорий: {order} — так мы читаем пункты 28 и 34.",
    },
    "The assessment of professional activity takes place within {days} calendar days after the testing stage, until {until}.": {
        "kk": "Кәсіптік қызметті бағалау тестілеу кезеңі аяқталғаннан кейін {days} күнтізбелік күн ішінде, {until} дейін жүргізіледі.",
        "ru": "Оценка профессиональной деятельности проводится в течение {days} календарных дней после этапа тестирования, до {until}.",
    },
    "Test: {percent}% → {points} points (100% = {max_points} points, proportionally — interpretation).": {
        "kk": "Тестілеу: {percent}% → {points} балл (100% = {max_points} балл, пропорционалды — түсіндіру).",
        "ru": "Тестирование: {percent}% → баллов: {points} (100% = {max_points} баллов, пропорционально — толкование).",
    },
    "Service-recipient rating {rating} → {points} points.": {
        "kk": "Қызмет алушылардың бағасы {rating} → {points} балл.",
        "ru": "Оценка получателей услуг {rating} → баллов: {points}.",
    },
    "Legal gap: the service-recipient rating ({rating}) falls under neither row of Appendix 1-2; both outcomes are evaluated: {outcomes} points.": {
        "kk": "Құқықтық олқылық: қызмет алушылардың бағасы ({rating}) 1-2-қосымшаның ешбір жолына түспейді; екі нәтиже де бағаланады: {outcomes} балл.",
        "ru": "Правовой пробел: оценка получателей услуг ({rating}) не подпадает ни под одну строку приложения 1-2; оцениваются оба исхода: {outcomes} баллов.",
    },
    "Violations recorded: {violations} → {points} points.": {
        "kk": "Тіркелген бұзушылықтар: {violations} → {points} балл.",
        "ru": "Зафиксированные нарушения: {violations} → баллов: {points}.",
    },
    "The gap evaluated both ways; rating points → total → decision: {outcomes}.": {
        "kk": "Олқылық екі жолмен бағаланды; баға балы → жалпы балл → шешім: {outcomes}.",
        "ru": "Пробел оценён обоими способами; баллы за оценку → итог → решение: {outcomes}.",
    },
    "Both ways give the same decision ({decision}), so it is given; the exact score stays open.": {
        "kk": "Екі жолмен де шешім бірдей ({decision}), сондықтан ол шығарылады; нақты балл ашық қалады.",
        "ru": "Оба способа дают одно решение ({decision}), поэтому оно выносится; точный балл остаётся открытым.",
    },
    "The two ways give different decisions: the result is undetermined.": {
        "kk": "Екі жолдың шешімдері әртүрлі: нәтиже анықталмаған.",
        "ru": "Способы дают разные решения: результат не определён.",
    },
    "Decision: {decision} ({score} from {min} to {max}).": {
        "kk": "Шешім: {decision} ({score}: {min} … {max}).",
        "ru": "Решение: {decision} ({score}: от {min} до {max}).",
    },
    "Interpretation: “a category below the declared one” is one level below it, but not above the category held: {attestation_category}.": {
        "kk": "Түсіндіру: «мәлімделгеннен төмен санат» — мәлімделгеннен бір деңгей төмен, бірақ қазіргі санаттан жоғары емес: {attestation_category}.",
        "ru": "Толкование: «категория ниже заявленной» — на один уровень ниже заявленной, но не выше имеющейся: {attestation_category}.",
    },
    "Consequence: dismissal.": {"kk": "Салдары: жұмыстан босату.", "ru": "Последствие: увольнение."},
    "Consequence: the category one level below the one held ({current}) — {attestation_category}.": {
        "kk": "Салдары: қазіргі санаттан ({current}) бір деңгей төмен санат — {attestation_category}.",
        "ru": "Последствие: категория на уровень ниже имеющейся ({current}) — {attestation_category}.",
    },
    "Consequence: re-attestation within {months} months, by {due}.": {
        "kk": "Салдары: {months} ай ішінде, {due} дейін қайта аттестаттау.",
        "ru": "Последствие: повторная аттестация в течение {months} месяцев, до {due}.",
    },
    "Consequence: not admitted to the assessment of professional activity.": {
        "kk": "Салдары: кәсіптік қызметті бағалауға жіберілмейді.",
        "ru": "Последствие: не допускается к оценке профессиональной деятельности.",
    },
    "Qualification level: {level_then} → {level_now}. The category “{attestation_category}” is kept until its term ends on {until}.": {
        "kk": "Біліктілік деңгейі: {level_then} → {level_now}. «{attestation_category}» санаты қолданылу мерзімі аяқталғанға дейін, {until} дейін сақталады.",
        "ru": "Уровень квалификации: {level_then} → {level_now}. Категория «{attestation_category}» сохраняется до истечения срока её действия, до {until}.",
    },
    "Qualification level: {level_then} → {level_now}. On such a move the rules keep only {kept}; they do not say what happens to “{attestation_category}”: the category stays as the registry records it, nothing is decided here.": {
        "kk": "Біліктілік деңгейі: {level_then} → {level_now}. Мұндай ауысуда қағидалар тек мына санаттарды сақтайды: {kept}; «{attestation_category}» санатына не болатынын айтпайды: санат тізілімде жазылғандай қалады, мұнда ештеңе шешілмейді.",
        "ru": "Уровень квалификации: {level_then} → {level_now}. При таком переходе правила сохраняют только категории: {kept}; что происходит с категорией «{attestation_category}», они не говорят: категория остаётся такой, как записана в реестре, здесь ничего не решается.",
    },
    "Lowering does not apply to a specialist without a category: {attestation_category} is kept.": {
        "kk": "Санаты жоқ маман үшін төмендету қолданылмайды: {attestation_category} сақталады.",
        "ru": "Для специалиста без категории понижение не применяется: сохраняется «{attestation_category}».",
    },
    "Outcome: {decision}; category: {attestation_category}; dismissal: {dismissal}.": {
        "kk": "Қорытынды: {decision}; санат: {attestation_category}; жұмыстан босату: {dismissal}.",
        "ru": "Итог: {decision}; категория: {attestation_category}; увольнение: {dismissal}.",
    },
    # --- rule explanations: entry into force ---
    "The publication day ({publication}) is not counted; the {days} calendar days run from {first} to {last}.": {
        "kk": "Жарияланған күн ({publication}) есептелмейді; {days} күнтізбелік күн {first} – {last} аралығында өтеді.",
        "ru": "День публикации ({publication}) не считается; {days} календарных дней истекают с {first} по {last}.",
    },
    "In force from {date}.": {
        "kk": "{date} бастап қолданысқа енгізіледі.",
        "ru": "Вводится в действие с {date}.",
    },
    "{act} was first officially published on {date}.": {
        "kk": "{act} алғаш ресми жарияланған күні: {date}.",
        "ru": "{act} впервые официально опубликован {date}.",
    },
    "The publication date is not in our sources: the date above is an estimate, and so is every date counted from it.": {
        "kk": "Жарияланған күні біздің дереккөздерде жоқ: жоғарыдағы күн болжамды, одан есептелген әр күн де болжамды.",
        "ru": "Даты публикации нет в наших источниках: указанная дата — оценка, как и каждая дата, отсчитанная от неё.",
    },
    "{act} enters into force on the date it names, {date}.": {
        "kk": "{act} өзінде көрсетілген күннен, {date} бастап қолданысқа енгізіледі.",
        "ru": "{act} вводится в действие с указанной в нём даты, {date}.",
    },
    "The entry into force of {act} is not in our sources.": {
        "kk": "{act} қолданысқа енгізілген күн біздің дереккөздерде жоқ.",
        "ru": "Дата введения в действие ({act}) в наших источниках отсутствует.",
    },
    # --- rule explanations: register ---
    "An “other sectors” specialist at the {qualification_level}: link {link} of the register.": {
        "kk": "«Басқа салалар» маманы ({qualification_level}): тізілімнің {link} буыны.",
        "ru": "Специалист «иных отраслей» ({qualification_level}): звено {link} реестра.",
    },
    "The {category} → level {level}; this cell holds {count} position.": {
        "kk": [
            "{category} → {level}-саты; бұл ұяшықта {count} лауазым.",
            "{category} → {level}-саты; бұл ұяшықта {count} лауазым.",
        ],
        "ru": [
            "{category} → ступень {level}; в этой ячейке {count} должность.",
            "{category} → ступень {level}; в этой ячейке {count} должности.",
            "{category} → ступень {level}; в этой ячейке {count} должностей.",
            "{category} → ступень {level}; в этой ячейке {count} должности.",
        ],
    },
    "The title “{title}” matches register position {id} (similarity {score}): block {block}, link {link}, level {level}; reconstructed: {inferred}.": {
        "kk": "«{title}» атауы тізілімдегі {id} лауазымына сәйкес келеді (ұқсастық {score}): {block} блогы, {link} буыны, {level}-саты; қалпына келтірілген: {inferred}.",
        "ru": "Наименование «{title}» соответствует должности {id} реестра (сходство {score}): блок {block}, звено {link}, ступень {level}; восстановлено: {inferred}.",
    },
    "Note: the title “{title}” fits several positions equally well ({ids}); please choose one.": {
        "kk": "Назар аударыңыз: «{title}» атауы бірнеше лауазымға бірдей сәйкес келеді ({ids}); лауазымды нақтылаңыз.",
        "ru": "Внимание: наименование «{title}» одинаково подходит к нескольким должностям ({ids}); уточните должность.",
    },
    "The title “{title}” was not found in the register.": {
        "kk": "«{title}» атауы тізілімнен табылмады.",
        "ru": "Наименование «{title}» в реестре не найдено.",
    },
    # --- rule explanations: procedures ---
    "The regulation was in force on {date}.": {
        "kk": "Регламент {date} күні қолданыста болды.",
        "ru": "Регламент действовал на {date}.",
    },
    "The regulation was not in force on {date}: the terms are computed for reference only.": {
        "kk": "Регламент {date} күні қолданыста болған жоқ: мерзімдер анықтама үшін ғана есептелді.",
        "ru": "Регламент не действовал на {date}: сроки рассчитаны только для справки.",
    },
    "Step {number} ({actor}): {days} {kind} — due {due}.": {
        "kk": "{number}-қадам ({actor}): {days} ({kind}) — {due} дейін.",
        "ru": "Шаг {number} ({actor}): {days} ({kind}) — до {due}.",
    },
    # --- rule explanations: gaps that stop an evaluation ---
    "The wording of point {point} in force on {date} ({wording_by}) is not in our sources: no answer can be given.": {
        "kk": "{date} күні {point}-тармақтың қолданыстағы редакциясы ({wording_by}) біздің дереккөздерде жоқ: жауап беру мүмкін емес.",
        "ru": "Редакция пункта {point}, действовавшая на {date} ({wording_by}), отсутствует в наших источниках: ответить нельзя.",
    },
    "Point {point} was not yet in force on {date}.": {
        "kk": "{date} күні {point}-тармақ әлі қолданыста болған жоқ.",
        "ru": "На {date} пункт {point} ещё не действовал.",
    },
    "Unknown requirement: {requirement}.": {
        "kk": "Белгісіз талап: {requirement}.",
        "ru": "Неизвестное требование: {requirement}.",
    },
    "Unknown procedure: {procedure}.": {
        "kk": "Белгісіз рәсім: {procedure}.",
        "ru": "Неизвестная процедура: {procedure}.",
    },
    "The declared category ({declared}) must be above the one held ({current}).": {
        "kk": "Мәлімделген санат ({declared}) қазіргі санаттан ({current}) жоғары болуы керек.",
        "ru": "Заявленная категория ({declared}) должна быть выше имеющейся ({current}).",
    },
    "The law data has no decision row for the {attestee} at a score of {score}.": {
        "kk": "Заң деректерінде {score} балына шешім жолы жоқ ({attestee}).",
        "ru": "В данных права нет строки решения при балле {score} ({attestee}).",
    },
    "The law data has no row for {violations} violations.": {
        "kk": "Заң деректерінде {violations} бұзушылыққа арналған жол жоқ.",
        "ru": "В данных права нет строки для {violations} нарушений.",
    },
    "The register has no cell for the {qualification_level} and the {category}.": {
        "kk": "Тізілімде мына деңгей мен санатқа арналған ұяшық жоқ: {qualification_level}, {category}.",
        "ru": "В реестре нет ячейки для сочетания: {qualification_level}, {category}.",
    },
    "The act {act} is not loaded.": {"kk": "Акт жүктелмеген: {act}.", "ru": "Акт не загружен: {act}."},
    # --- IIN check (src/biliktilik/staff/iin.py) ---
    "An IIN must consist of exactly 12 digits; letters, spaces and other characters are not allowed.": {
        "kk": "ЖСН дәл 12 цифрдан тұруы тиіс; әріптерге, бос орындарға және басқа таңбаларға жол берілмейді.",
        "ru": "ИИН должен состоять ровно из 12 цифр; буквы, пробелы и другие символы не допускаются.",
    },
    "The seventh digit of an IIN gives the century of birth and sex and must be 1 to 6, but here it is {digit}; 0, which some registries give to foreign citizens, is not accepted for employees.": {
        "kk": "ЖСН-нің жетінші цифры туған ғасыр мен жынысты білдіреді және 1-ден 6-ға дейін болуы тиіс, ал мұнда ол {digit}; кейбір тізілімдерде шетел азаматтарына берілетін 0 цифры қызметкерлер үшін қабылданбайды.",
        "ru": "Седьмая цифра ИИН обозначает век рождения и пол и должна быть от 1 до 6, а здесь она {digit}; цифра 0, которую некоторые реестры присваивают иностранным гражданам, для работников не принимается.",
    },
    "The first six digits of an IIN ({digits}) must be the birth date as YYMMDD, but there is no such calendar date in {first_year}–{last_year}, the years the seventh digit points to.": {
        "kk": "ЖСН-нің алғашқы алты цифры ({digits}) туған күнді ЖЖААКК түрінде көрсетуі тиіс, бірақ жетінші цифр көрсеткен {first_year}–{last_year} жылдар аралығында мұндай күн күнтізбеде жоқ.",
        "ru": "Первые шесть цифр ИИН ({digits}) должны быть датой рождения в виде ГГММДД, но в {first_year}–{last_year} годах, на которые указывает седьмая цифра, такой даты в календаре нет.",
    },
    "The birth date in the IIN is {birth_date}, which is after {today}, so this IIN cannot have been issued yet.": {
        "kk": "ЖСН бойынша туған күн — {birth_date}, бұл {today} күнінен кейін, сондықтан мұндай ЖСН әлі берілуі мүмкін емес.",
        "ru": "Дата рождения по ИИН — {birth_date}, это позже {today}, поэтому такой ИИН ещё не мог быть присвоен.",
    },
    "No check digit exists for the first 11 digits of this IIN (both passes leave a remainder of 10), so such numbers are never issued.": {
        "kk": "Бұл ЖСН-нің алғашқы 11 цифры үшін бақылау цифры болмайды (екі есептеуде де қалдық 10 шығады), сондықтан мұндай нөмір берілмейді.",
        "ru": "Для первых 11 цифр этого ИИН контрольная цифра не существует (оба расчёта дают остаток 10), поэтому такие номера не присваиваются.",
    },
    "The last digit of the IIN, the check digit, is {actual}, but the first 11 digits require {expected}; the number was probably mistyped.": {
        "kk": "ЖСН-нің соңғы, бақылау цифры {actual}, ал алғашқы 11 цифр бойынша ол {expected} болуы тиіс; нөмір қате терілген болуы мүмкін.",
        "ru": "Последняя, контрольная цифра ИИН — {actual}, а по первым 11 цифрам она должна быть {expected}; вероятно, номер введён с ошибкой.",
    },
    # --- citations (src/biliktilik/lawbook/citations.py) ---
    "order No. {number} of {date}": {"kk": "№ {number} бұйрық ({date})", "ru": "приказ № {number} от {date}"},
    "as worded by order No. {number}": {
        "kk": "№ {number} бұйрықтың редакциясы",
        "ru": "в редакции приказа № {number}",
    },
    "p. {point}": {"kk": "{point}-тармақ", "ru": "п. {point}"},
    "point {point}": {"kk": "{point}-тармақ", "ru": "пункт {point}"},
    "the appendix": {"kk": "қосымша", "ru": "приложение"},
    "appendix {number}": {"kk": "{number}-қосымша", "ru": "приложение {number}"},
    "preamble": {"kk": "кіріспе", "ru": "преамбула"},
    "subp. {subpoint}": {"kk": "{subpoint}) тармақша", "ru": "пп. {subpoint})"},
    "block {block}": {"kk": "{block} блогы", "ru": "блок {block}"},
    # --- objects of the audit trail, quantities ---
    "in the %(c)s": {"kk": "(%(c)s)", "ru": "(%(c)s)"},
    "data set": {"kk": "деректер жиынтығы", "ru": "набор данных"},
    "%(counter)s month": {
        "kk": ["%(counter)s ай", "%(counter)s ай"],
        "ru": ["%(counter)s месяц", "%(counter)s месяца", "%(counter)s месяцев", "%(counter)s месяца"],
    },
    "account": {"kk": "тіркелгі", "ru": "учётная запись"},
    "API token": {"kk": "API токені", "ru": "API-токен"},
    "organization": {"kk": "ұйым", "ru": "организация"},
    "list of employees": {"kk": "қызметкерлер тізімі", "ru": "список работников"},
    "position held": {"kk": "атқаратын лауазымы", "ru": "занимаемая должность"},
    "work period": {"kk": "еңбек жолының кезеңі", "ru": "период трудовой деятельности"},
    "category award": {"kk": "санат беру", "ru": "присвоение категории"},
    "training": {"kk": "оқу", "ru": "обучение"},
    "import": {"kk": "жүктеу", "ru": "импорт"},
    # --- rule explanations: renewal and the violations gap ---
    "The declared category ({declared}) is below the one held ({current}); declaring the category held renews it.": {
        "kk": "Мәлімделген санат ({declared}) қазіргі санаттан ({current}) төмен; қазіргі санатты мәлімдеу оны ұзартады.",
        "ru": "Заявленная категория ({declared}) ниже имеющейся ({current}); заявление имеющейся категории продлевает её.",
    },
    "Legal gap: the number of violations recorded in the information system is not given; it is not taken as none: both outcomes are evaluated: {outcomes} points.": {
        "kk": "Құқықтық олқылық: ақпараттық жүйеде тіркелген бұзушылықтар саны көрсетілмеген; ол «бұзушылық жоқ» деп есептелмейді: екі нәтиже де бағаланады: {outcomes} балл.",
        "ru": "Правовой пробел: число нарушений, зафиксированных в информационной системе, не указано; оно не принимается за отсутствие нарушений: оцениваются оба исхода: {outcomes} баллов.",
    },
    "The declared category is the one held ({attestation_category}): the attestation renews it for a new term.": {
        "kk": "Мәлімделген санат — қазіргі санат ({attestation_category}): аттестаттау оны жаңа мерзімге ұзартады.",
        "ru": "Заявленная категория совпадает с имеющейся ({attestation_category}): аттестация продлевает её на новый срок.",
    },
    "The gap evaluated every way; rating points → violations points → total → decision: {outcomes}.": {
        "kk": "Олқылық барлық жолмен бағаланды; баға балы → бұзушылық балы → жалпы балл → шешім: {outcomes}.",
        "ru": "Пробел оценён всеми способами; баллы за оценку → баллы за нарушения → итог → решение: {outcomes}.",
    },
    # --- rule explanations: admission to testing (p.14) ---
    "Interpretation: the registry's training records are the courses taken on the Platform; a course counts if it was completed before the testing window opens on {date}.": {
        "kk": "Түсіндіру: тізілімдегі оқу туралы жазбалар — Платформада өткен курстар; курс тестілеу кезеңі {date} ашылғанға дейін аяқталса ғана есептеледі.",
        "ru": "Толкование: записи реестра об обучении считаются курсами, пройденными на Платформе; курс засчитывается, если завершён до открытия периода тестирования {date}.",
    },
    "Only courses in the profile of the declared category ({attestation_category}) count: {counted} of the {total} courses completed before the window.": {
        "kk": "Тек мәлімделген санат бейініндегі ({attestation_category}) курстар есептеледі: кезеңге дейін аяқталған {total} курстың {counted}.",
        "ru": "Засчитываются только курсы по профилю заявленной категории ({attestation_category}): {counted} из {total} курсов, завершённых до периода тестирования.",
    },
    "Courses completed before {date}: {hours} hours; the individual learning plan sets {plan} hours — admitted to testing: {met}.": {
        "kk": "{date} дейін аяқталған курстар: {hours} сағат; оқытудың жеке жоспарында {plan} сағат белгіленген — тестілеуге жіберіледі: {met}.",
        "ru": "Курсы, завершённые до {date}: {hours} ч; индивидуальный план обучения устанавливает {plan} ч — допущен к тестированию: {met}.",
    },
}
