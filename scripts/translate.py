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
    # --- runtime: security, accounts and error pages ---
    "You cannot deactivate your own account or take away its administrator role.": {"kk": "Өз есептік жазбаңызды өшіре алмайсыз және одан әкімші рөлін ала алмайсыз.", "ru": "Нельзя деактивировать собственную учётную запись или лишить её роли администратора."},
    "This employee record already belongs to the account “%(username)s”.": {"kk": "Бұл қызметкер жазбасы «%(username)s» есептік жазбасына тиесілі.", "ru": "Эта запись сотрудника уже принадлежит учётной записи «%(username)s»."},
    "A token must expire in the future and at most %(days)s days from now.": {"kk": "Токеннің қолданылу мерзімі болашақта және бүгіннен бастап %(days)s күннен кешіктірмей аяқталуы керек.", "ru": "Срок действия токена должен истекать в будущем и не позднее чем через %(days)s дней."},
    "Role": {"kk": "Рөлі", "ru": "Роль"},
    "Organization (HR officers and commission members)": {"kk": "Ұйым (кадр қызметкерлері мен комиссия мүшелері үшін)", "ru": "Организация (для кадровиков и членов комиссии)"},
    "IIN of the employee record (employees)": {"kk": "Қызметкер жазбасының ЖСН-і (қызметкерлер үшін)", "ru": "ИИН записи сотрудника (для сотрудников)"},
    "Password (empty: no sign-in, API tokens only)": {"kk": "Құпиясөз (бос болса: жүйеге кіру жоқ, тек API токендері)", "ru": "Пароль (пусто: без входа, только API-токены)"},
    "Token name (what it is for)": {"kk": "Токен атауы (не үшін қажет)", "ru": "Название токена (для чего он)"},
    "Valid until (inclusive)": {"kk": "Жарамдылық мерзімі (осы күнді қоса)", "ru": "Действует по (включительно)"},
    "no role": {"kk": "рөлі жоқ", "ru": "нет роли"},
    "superuser": {"kk": "суперпайдаланушы", "ru": "суперпользователь"},
    "active": {"kk": "белсенді", "ru": "активна"},
    "Last sign-in": {"kk": "Соңғы кіру", "ru": "Последний вход"},
    "never": {"kk": "ешқашан", "ru": "никогда"},
    "Deactivate the account": {"kk": "Есептік жазбаны өшіру", "ru": "Деактивировать учётную запись"},
    "A deactivated account cannot sign in and its API tokens stop working; nothing is deleted.": {"kk": "Өшірілген есептік жазбамен жүйеге кіру мүмкін емес, оның API токендері жұмысын тоқтатады; ештеңе жойылмайды.", "ru": "С деактивированной учётной записью нельзя войти, её API-токены перестают работать; ничего не удаляется."},
    "Reactivate the account": {"kk": "Есептік жазбаны қайта іске қосу", "ru": "Снова активировать учётную запись"},
    "Role and scope": {"kk": "Рөлі және қолжетімділік аясы", "ru": "Роль и область доступа"},
    "Save the role and scope": {"kk": "Рөлі мен қолжетімділік аясын сақтау", "ru": "Сохранить роль и область доступа"},
    "API tokens": {"kk": "API токендері", "ru": "API-токены"},
    "The new token is shown only this once. Copy it now and keep it safe: it cannot be shown again.": {"kk": "Жаңа токен тек осы жолы ғана көрсетіледі. Оны қазір көшіріп алып, сенімді жерде сақтаңыз: ол қайта көрсетілмейді.", "ru": "Новый токен показан только один раз. Скопируйте его сейчас и храните надёжно: повторно его показать нельзя."},
    "Begins with": {"kk": "Басы", "ru": "Начинается с"},
    "Last used": {"kk": "Соңғы рет қолданылды", "ru": "Последнее использование"},
    "no expiry": {"kk": "мерзімсіз", "ru": "бессрочный"},
    "revoked on %(when)s": {"kk": "%(when)s кері қайтарылды", "ru": "отозван %(when)s"},
    "Revoke": {"kk": "Кері қайтару", "ru": "Отозвать"},
    "This account has no API tokens.": {"kk": "Бұл есептік жазбада API токендері жоқ.", "ru": "У этой учётной записи нет API-токенов."},
    "New API token": {"kk": "Жаңа API токені", "ru": "Новый API-токен"},
    "Create the token": {"kk": "Токен жасау", "ru": "Создать токен"},
    "Who may sign in, with which role, and what they may see: HR officers and commission members see their organization and those below it; an employee sees their own record.": {"kk": "Жүйеге кім, қандай рөлмен кіре алады және нені көре алады: кадр қызметкерлері мен комиссия мүшелері өз ұйымын және оған бағынысты ұйымдарды көреді; қызметкер тек өз жазбасын көреді.", "ru": "Кто может входить в систему, с какой ролью и что видеть: кадровики и члены комиссии видят свою организацию и подчинённые ей; сотрудник видит только свою запись."},
    "New account": {"kk": "Жаңа есептік жазба", "ru": "Новая учётная запись"},
    "Create the account": {"kk": "Есептік жазбаны құру", "ru": "Создать учётную запись"},
    "The account's role and scope were saved.": {"kk": "Есептік жазбаның рөлі мен қолжетімділік аясы сақталды.", "ru": "Роль и область доступа учётной записи сохранены."},
    "The account was reactivated: it may sign in again.": {"kk": "Есептік жазба қайта іске қосылды: онымен жүйеге қайта кіруге болады.", "ru": "Учётная запись снова активна: с ней снова можно войти."},
    "The account was deactivated: its sessions and API tokens no longer work.": {"kk": "Есептік жазба өшірілді: оның сеанстары мен API токендері енді жұмыс істемейді.", "ru": "Учётная запись деактивирована: её сеансы и API-токены больше не действуют."},
    "Too many unsuccessful sign-ins to this account from your address. Sign-in is locked for %(minutes)s minute; try again later.": {
        "kk": ["Бұл есептік жазбаға сіздің мекенжайыңыздан тым көп сәтсіз кіру әрекеті жасалды. Кіру %(minutes)s минутқа бұғатталды; кейінірек қайталап көріңіз."],
        "ru": [
            "Слишком много неудачных попыток входа в эту учётную запись с вашего адреса. Вход заблокирован на %(minutes)s минуту; попробуйте позже.",
            "Слишком много неудачных попыток входа в эту учётную запись с вашего адреса. Вход заблокирован на %(minutes)s минуты; попробуйте позже.",
            "Слишком много неудачных попыток входа в эту учётную запись с вашего адреса. Вход заблокирован на %(minutes)s минут; попробуйте позже.",
            "Слишком много неудачных попыток входа в эту учётную запись с вашего адреса. Вход заблокирован на %(minutes)s минуты; попробуйте позже.",
        ],
    },
    "The form had expired. Go back, reload the page and send it again.": {"kk": "Форманың мерзімі өтіп кетті. Артқа оралып, бетті жаңартыңыз да, қайта жіберіңіз.", "ru": "Срок действия формы истёк. Вернитесь назад, обновите страницу и отправьте форму снова."},
    "Something went wrong on our side. Please try again later.": {"kk": "Біз тарапта ақау болды. Кейінірек қайталап көріңіз.", "ru": "На нашей стороне произошла ошибка. Пожалуйста, попробуйте позже."},
    "If you need this, ask an administrator to change your role.": {"kk": "Бұл сізге қажет болса, әкімшіден рөліңізді өзгертуді сұраңыз.", "ru": "Если вам это нужно, попросите администратора изменить вашу роль."},
    "To the home page": {"kk": "Басты бетке", "ru": "На главную страницу"},
    "Page not found": {"kk": "Бет табылмады", "ru": "Страница не найдена"},
    "There is no such page, or it is not one you may see. Check the address, or start again from the home page.": {"kk": "Мұндай бет жоқ немесе оны көруге рұқсатыңыз жоқ. Мекенжайды тексеріңіз немесе басты беттен қайта бастаңыз.", "ru": "Такой страницы нет, или у вас нет к ней доступа. Проверьте адрес или начните с главной страницы."},
    "Something went wrong": {"kk": "Бірдеңе дұрыс болмады", "ru": "Что-то пошло не так"},
    "What you were saving, if anything, was either saved completely or not at all.": {"kk": "Егер сіз бірдеңе сақтап жатсаңыз, ол не толық сақталды, не мүлдем сақталмады.", "ru": "Если вы что-то сохраняли, это сохранено либо полностью, либо не сохранено вовсе."},
    "Only an administrator may manage accounts.": {"kk": "Есептік жазбаларды тек әкімші басқара алады.", "ru": "Управлять учётными записями может только администратор."},
    "There is no account with this id.": {"kk": "Мұндай идентификаторы бар есептік жазба жоқ.", "ru": "Учётной записи с таким идентификатором нет."},
    "There is no API token with this id for this account.": {"kk": "Бұл есептік жазбада мұндай идентификаторы бар API токені жоқ.", "ru": "У этой учётной записи нет API-токена с таким идентификатором."},
    "There is no employee record with this IIN.": {"kk": "Мұндай ЖСН-і бар қызметкер жазбасы жоқ.", "ru": "Записи сотрудника с таким ИИН нет."},
    "Accounts": {"kk": "Есептік жазбалар", "ru": "Учётные записи"},
    "Employee record": {"kk": "Қызметкер жазбасы", "ru": "Запись сотрудника"},
    "State": {"kk": "Күйі", "ru": "Состояние"},
    "deactivated": {"kk": "өшірілген", "ru": "деактивирована"},
    "Created": {"kk": "Жасалды", "ru": "Создан"},
    "Expires": {"kk": "Мерзімі аяқталады", "ru": "Истекает"},
    "Token name": {"kk": "Токен атауы", "ru": "Название токена"},
    "expired": {"kk": "мерзімі өткен", "ru": "истёк"},
    "valid": {"kk": "жарамды", "ru": "действует"},
    "The account “%(username)s” was created.": {"kk": "«%(username)s» есептік жазбасы құрылды.", "ru": "Учётная запись «%(username)s» создана."},
    "The token “%(name)s” was revoked.": {"kk": "«%(name)s» токені кері қайтарылды.", "ru": "Токен «%(name)s» отозван."},
    # --- runtime: API errors and control characters ---
    "Send the request body as JSON, with the header Content-Type: application/json.": {"kk": "Сұрау денесін JSON түрінде, Content-Type: application/json тақырыбымен жіберіңіз.", "ru": "Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json."},
    "The request body is larger than the limit of %(limit)s bytes.": {"kk": "Сұрау денесі %(limit)s байт шегінен үлкен.", "ru": "Тело запроса превышает предел в %(limit)s байт."},
    "This address does not answer %(method)s; it answers: %(allowed)s.": {"kk": "Бұл мекенжай %(method)s әдісіне жауап бермейді; ол мына әдістерге жауап береді: %(allowed)s.", "ru": "Этот адрес не отвечает на %(method)s; он отвечает на: %(allowed)s."},
    "A change made while signed in needs the page's CSRF token; reload the page.": {"kk": "Жүйеге кірген күйде жасалатын өзгеріс беттің CSRF токенін қажет етеді; бетті қайта жүктеңіз.", "ru": "Для изменения при выполненном входе нужен CSRF-токен страницы; обновите страницу."},
    "Your role may read the registry but not change it.": {"kk": "Сіздің рөліңіз тізілімді оқуға рұқсат береді, бірақ өзгертуге рұқсат бермейді.", "ru": "Ваша роль позволяет читать реестр, но не изменять его."},
    "Something went wrong on our side; it has been recorded. Please try again later.": {"kk": "Біз жақта қате орын алды; ол тіркелді. Кейінірек қайталап көріңіз.", "ru": "На нашей стороне произошла ошибка; она записана. Попробуйте позже."},
    "The text contains a control character (such as NUL), which is not allowed.": {"kk": "Мәтінде басқару таңбасы (мысалы, NUL) бар, ал оған рұқсат етілмейді.", "ru": "Текст содержит управляющий символ (например, NUL), что недопустимо."},
    "The cell holds a control character (such as NUL), which is not allowed; retype it.": {"kk": "Ұяшықта басқару таңбасы (мысалы, NUL) бар, ал оған рұқсат етілмейді; мәнді қайта теріңіз.", "ru": "В ячейке есть управляющий символ (например, NUL), что недопустимо; введите значение заново."},
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
    "History of this record": {"kk": "Жазбаның өзгерістер тарихы", "ru": "История изменений записи"},
    "When": {"kk": "Қашан", "ru": "Когда"},
    "Who": {"kk": "Кім", "ru": "Кто"},
    "What": {"kk": "Не", "ru": "Что"},
    "The IIN is checked when you save: its birth date, century and sex digit, and its check digit. The birth date and sex are read from it when left empty.": {"kk": "ЖСН сақтау кезінде тексеріледі: туған күні, ғасыр мен жынысты білдіретін цифры және бақылау цифры. Туған күні мен жынысы бос қалдырылса, ЖСН-нен алынады.", "ru": "ИИН проверяется при сохранении: дата рождения, цифра века и пола и контрольная цифра. Если дата рождения и пол не указаны, они берутся из ИИН."},
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
    # --- staff registry: accounts, roles, API errors ---
    "Sign in or send a valid API token to use this endpoint.": {
        "kk": "Бұл API әдісін пайдалану үшін жүйеге кіріңіз немесе жарамды API токенін жіберіңіз.",
        "ru": "Чтобы использовать этот метод API, войдите в систему или передайте действительный API-токен.",
    },
    "Only an administrator may create API tokens for other users.": {
        "kk": "Басқа пайдаланушылар үшін API токендерін тек әкімші жасай алады.",
        "ru": "Создавать API-токены для других пользователей может только администратор.",
    },
    "There is no role “%(role)s”; choose one of: %(choices)s.": {
        "kk": "«%(role)s» рөлі жоқ; мыналардың бірін таңдаңыз: %(choices)s.",
        "ru": "Роли «%(role)s» не существует; выберите одну из следующих: %(choices)s.",
    },
    "There is no organization with id %(id)s that you may see.": {
        "kk": "Сізге қолжетімді ұйымдардың арасында сәйкестендіргіші %(id)s болатын ұйым жоқ.",
        "ru": "Среди доступных вам организаций нет организации с идентификатором %(id)s.",
    },
    "There is no employee with id %(id)s that you may see.": {
        "kk": "Сізге қолжетімді қызметкерлердің арасында сәйкестендіргіші %(id)s болатын қызметкер жоқ.",
        "ru": "Среди доступных вам сотрудников нет сотрудника с идентификатором %(id)s.",
    },
    "An account with the role “%(role)s” needs an organization.": {
        "kk": "«%(role)s» рөлі бар тіркелгі үшін ұйымды көрсету қажет.",
        "ru": "Для учётной записи с ролью «%(role)s» необходимо указать организацию.",
    },
    "An employee's account needs the employee record it belongs to.": {
        "kk": "Қызметкердің тіркелгісі үшін ол тиесілі қызметкер жазбасын көрсету қажет.",
        "ru": "Для учётной записи сотрудника необходимо указать запись сотрудника, к которой она относится.",
    },
    "The username “%(username)s” is already taken.": {
        "kk": "«%(username)s» пайдаланушы аты бұрыннан қолданылуда.",
        "ru": "Имя пользователя «%(username)s» уже занято.",
    },
    "A token needs a name of 1 to 100 characters.": {
        "kk": "Токен атауы 1-ден 100-ге дейін таңбадан тұруы керек.",
        "ru": "Название токена должно содержать от 1 до 100 символов.",
    },
    "administrator": {"kk": "әкімші", "ru": "администратор"},
    "methodologist": {"kk": "әдіскер", "ru": "методист"},
    "HR officer": {"kk": "кадр қызметінің маманы", "ru": "специалист кадровой службы"},
    "commission member": {"kk": "комиссия мүшесі", "ru": "член комиссии"},
    "employee": {"kk": "қызметкер", "ru": "сотрудник"},
    "auditor": {"kk": "аудитор", "ru": "аудитор"},
    "Sign in": {"kk": "Кіру", "ru": "Войти"},
    "User name": {"kk": "Пайдаланушы аты", "ru": "Имя пользователя"},
    "Password": {"kk": "Құпиясөз", "ru": "Пароль"},
    "Sign out": {"kk": "Шығу", "ru": "Выйти"},
    "Not allowed": {"kk": "Рұқсат етілмеген", "ru": "Доступ запрещён"},
    "You may not do this.": {
        "kk": "Сізде бұл әрекетті орындауға құқық жоқ.",
        "ru": "У вас нет прав на это действие.",
    },
    "You may not change records of this organization.": {
        "kk": "Сізде бұл ұйымның жазбаларын өзгертуге құқық жоқ.",
        "ru": "У вас нет прав изменять записи этой организации.",
    },
    "There is no employee with this id that you may see.": {
        "kk": "Сізге қолжетімді қызметкерлердің арасында мұндай сәйкестендіргіші бар қызметкер жоқ.",
        "ru": "Среди доступных вам сотрудников нет сотрудника с таким идентификатором.",
    },
    "There is no organization with this id that you may see.": {
        "kk": "Сізге қолжетімді ұйымдардың арасында мұндай сәйкестендіргіші бар ұйым жоқ.",
        "ru": "Среди доступных вам организаций нет организации с таким идентификатором.",
    },
    "There is no import with this id that you started.": {
        "kk": "Сіз бастаған импорттаулардың арасында мұндай сәйкестендіргіші бар импорттау жоқ.",
        "ru": "Среди запущенных вами импортов нет импорта с таким идентификатором.",
    },
    # --- staff registry: employees ---
    "Name or IIN": {"kk": "Аты-жөні немесе ЖСН", "ru": "ФИО или ИИН"},
    "Name": {"kk": "Аты-жөні", "ru": "ФИО"},
    "Organization": {"kk": "Ұйым", "ru": "Организация"},
    "Organizations": {"kk": "Ұйымдар", "ru": "Организации"},
    "with subordinate organizations": {"kk": "бағынысты ұйымдарымен қоса", "ru": "включая подчинённые организации"},
    "All I may see": {"kk": "Маған қолжетімдінің барлығы", "ru": "Все доступные мне"},
    "IIN": {"kk": "ЖСН", "ru": "ИИН"},
    "Last name (Kazakh)": {"kk": "Тегі (қазақ тілінде)", "ru": "Фамилия (на казахском языке)"},
    "First name (Kazakh)": {"kk": "Аты (қазақ тілінде)", "ru": "Имя (на казахском языке)"},
    "Patronymic (Kazakh)": {"kk": "Әкесінің аты (қазақ тілінде)", "ru": "Отчество (на казахском языке)"},
    "Last name (Russian)": {"kk": "Тегі (орыс тілінде)", "ru": "Фамилия (на русском языке)"},
    "First name (Russian)": {"kk": "Аты (орыс тілінде)", "ru": "Имя (на русском языке)"},
    "Patronymic (Russian)": {"kk": "Әкесінің аты (орыс тілінде)", "ru": "Отчество (на русском языке)"},
    "Sex (empty: read from the IIN)": {
        "kk": "Жынысы (бос қалдырылса, ЖСН бойынша анықталады)",
        "ru": "Пол (если не заполнен, определяется по ИИН)",
    },
    "Birth date (empty: read from the IIN)": {
        "kk": "Туған күні (бос қалдырылса, ЖСН бойынша анықталады)",
        "ru": "Дата рождения (если не заполнена, определяется по ИИН)",
    },
    "Birth date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "Phone": {"kk": "Телефон", "ru": "Телефон"},
    "E-mail": {"kk": "Электрондық пошта", "ru": "Электронная почта"},
    "Employer": {"kk": "Жұмыс беруші", "ru": "Работодатель"},
    "Institution": {"kk": "Оқу орны", "ru": "Учебное заведение"},
    "Graduated on": {"kk": "Оқу орнын бітірген күні", "ru": "Дата окончания учебного заведения"},
    "Position title as in the order of appointment": {
        "kk": "Тағайындау туралы бұйрықтағы лауазым атауы",
        "ru": "Наименование должности согласно приказу о назначении",
    },
    "Qualification requirement": {"kk": "Біліктілік талабы", "ru": "Квалификационное требование"},
    "none of the points of order-2017-360": {
        "kk": "2017 жылғы № 360 бұйрықтың бірде-бір тармағы емес",
        "ru": "ни один из пунктов приказа № 360 от 2017 года",
    },
    "Course": {"kk": "Курс", "ru": "Курс"},
    "Hours": {"kk": "Сағат саны", "ru": "Количество часов"},
    "Profile": {"kk": "Бейіні", "ru": "Профиль"},
    "Completed on": {"kk": "Аяқталған күні", "ru": "Дата окончания"},
    "Assigned on": {"kk": "Берілген күні", "ru": "Дата присвоения"},
    "Decision that assigned it": {"kk": "Санат беру туралы шешім", "ru": "Решение о присвоении"},
    "Valid until (only when the law of that date is not in our sources)": {
        "kk": "Қолданылу мерзімі (тек сол күнгі құқық нормасы біздің дереккөздерде болмаған жағдайда)",
        "ru": "Действует до (только если норма права на эту дату отсутствует в наших источниках)",
    },
    "Register entry": {"kk": "Тізілім позициясы", "ru": "Позиция реестра"},
    "male": {"kk": "ер", "ru": "мужской"},
    "female": {"kk": "әйел", "ru": "женский"},
    "The birth date does not match the IIN.": {
        "kk": "Туған күні ЖСН-ға сәйкес келмейді.",
        "ru": "Дата рождения не совпадает с ИИН.",
    },
    "There is no position with this id in the register of positions.": {
        "kk": "Лауазымдар тізілімінде мұндай сәйкестендіргіші бар лауазым жоқ.",
        "ru": "В реестре должностей нет должности с таким идентификатором.",
    },
    "%(gap)s Give the valid-until date written in the decision.": {
        "kk": "%(gap)s Шешімде көрсетілген қолданылу мерзімінің соңғы күнін енгізіңіз.",
        "ru": "%(gap)s Укажите дату окончания срока действия, указанную в решении.",
    },
    "The law sets this category's term: it is valid until %(date)s.": {
        "kk": "Бұл санаттың қолданылу мерзімін заң белгілейді: ол %(date)s дейін жарамды.",
        "ru": "Срок действия этой категории установлен законом: она действует до %(date)s.",
    },
    "The valid-until date must be after the assignment date.": {
        "kk": "Қолданылу мерзімінің соңғы күні санат берілген күннен кейін болуы керек.",
        "ru": "Дата окончания срока действия должна быть позже даты присвоения.",
    },
    # --- staff registry: organizations ---
    "ministry": {"kk": "министрлік", "ru": "министерство"},
    "labour mobility centre": {"kk": "еңбек ұтқырлығы орталығы", "ru": "центр трудовой мобильности"},
    "career centre": {"kk": "мансап орталығы", "ru": "карьерный центр"},
    "sector or department": {"kk": "сектор немесе бөлім", "ru": "сектор или отдел"},
    "social-service institution": {"kk": "әлеуметтік қызмет көрсету мекемесі", "ru": "учреждение социального обслуживания"},
    "pension-payment centre branch": {"kk": "зейнетақы төлеу орталығының филиалы", "ru": "филиал центра по выплате пенсий"},
    "republican significance": {"kk": "республикалық маңызы бар", "ru": "республиканского значения"},
    "oblast, capital or city of republican significance": {
        "kk": "облыс, астана немесе республикалық маңызы бар қала",
        "ru": "область, столица или город республиканского значения",
    },
    "district or city of oblast significance": {
        "kk": "аудан немесе облыстық маңызы бар қала",
        "ru": "район или город областного значения",
    },
    "This organization still has sub-organizations, employees, positions or accounts; move or remove them first.": {
        "kk": "Бұл ұйымда әлі де бағынысты ұйымдар, қызметкерлер, лауазымдар немесе тіркелгілер бар; алдымен оларды басқа ұйымға ауыстырыңыз немесе жойыңыз.",
        "ru": "У этой организации ещё есть подчинённые организации, сотрудники, должности или учётные записи; сначала перенесите или удалите их.",
    },
    "An organization cannot be placed under itself or one of its own sub-organizations.": {
        "kk": "Ұйымды өзіне немесе өзінің бағынысты ұйымдарының біріне бағындыруға болмайды.",
        "ru": "Организацию нельзя подчинить ей самой или одной из её подчинённых организаций.",
    },
    "No organization you may see.": {"kk": "Сізге қолжетімді ұйым жоқ.", "ru": "Нет доступных вам организаций."},
    "Name in Kazakh": {"kk": "Атауы қазақ тілінде", "ru": "Наименование на казахском языке"},
    "Name in Russian": {"kk": "Атауы орыс тілінде", "ru": "Наименование на русском языке"},
    "Name (Kazakh)": {"kk": "Атауы (қазақ тілінде)", "ru": "Наименование (на казахском языке)"},
    "Name (Russian)": {"kk": "Атауы (орыс тілінде)", "ru": "Наименование (на русском языке)"},
    # --- staff registry: import and export ---
    "What the file holds": {"kk": "Файлдың мазмұны", "ru": "Содержимое файла"},
    "XLSX or CSV file": {"kk": "XLSX немесе CSV файлы", "ru": "Файл XLSX или CSV"},
    "The file is larger than %(limit)s MB.": {
        "kk": "Файлдың көлемі %(limit)s МБ-тан асады.",
        "ru": "Размер файла превышает %(limit)s МБ.",
    },
    "The date %(value)s is outside the years %(first)s–%(last)s.": {
        "kk": "%(value)s күні %(first)s–%(last)s жылдар шегінен тыс.",
        "ru": "Дата %(value)s выходит за пределы %(first)s–%(last)s годов.",
    },
    "There is no such date in the calendar: %(value)s.": {
        "kk": "Күнтізбеде мұндай күн жоқ: %(value)s.",
        "ru": "Такой даты нет в календаре: %(value)s.",
    },
    "“%(value)s” is not a date; write it as DD.MM.YYYY or YYYY-MM-DD, or enter an Excel date.": {
        "kk": "«%(value)s» күн емес; оны КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде жазыңыз не Excel күнін енгізіңіз.",
        "ru": "«%(value)s» не является датой; укажите её в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД либо введите дату Excel.",
    },
    "This column must be filled in.": {"kk": "Бұл баған толтырылуы тиіс.", "ru": "Этот столбец должен быть заполнен."},
    "The text is %(length)s characters long; at most %(limit)s are allowed.": {
        "kk": "Мәтіннің ұзындығы — %(length)s таңба; ең көбі %(limit)s таңбаға рұқсат етіледі.",
        "ru": "Длина текста (символов): %(length)s; допускается не более %(limit)s.",
    },
    "“%(value)s” is not one of the allowed values: %(allowed)s.": {
        "kk": "«%(value)s» рұқсат етілген мәндердің қатарына кірмейді: %(allowed)s.",
        "ru": "«%(value)s» не входит в число допустимых значений: %(allowed)s.",
    },
    "“%(value)s” is not an e-mail address.": {
        "kk": "«%(value)s» электрондық пошта мекенжайы емес.",
        "ru": "«%(value)s» не является адресом электронной почты.",
    },
    "“%(value)s” is not an id: write the whole number shown in the list.": {
        "kk": "«%(value)s» сәйкестендіргіш емес: тізімде көрсетілген бүтін санды толық жазыңыз.",
        "ru": "«%(value)s» не является идентификатором: укажите целое число, приведённое в списке.",
    },
    "Row %(row)s, column «%(column)s»: %(message)s": {
        "kk": "%(row)s-жол, «%(column)s» бағаны: %(message)s",
        "ru": "Строка %(row)s, столбец «%(column)s»: %(message)s",
    },
    "The file: %(message)s": {"kk": "Файл: %(message)s", "ru": "Файл: %(message)s"},
    "The file has a header row but no data rows.": {
        "kk": "Файлда тақырып жолы бар, бірақ деректер жолдары жоқ.",
        "ru": "В файле есть строка заголовков, но нет строк с данными.",
    },
    "This column is not known; the columns of this file are: %(known)s.": {
        "kk": "Бұл баған белгісіз; осы файлдың бағандары: %(known)s.",
        "ru": "Этот столбец неизвестен; столбцы этого файла: %(known)s.",
    },
    "This column appears more than once.": {
        "kk": "Бұл баған бір реттен артық кездеседі.",
        "ru": "Этот столбец встречается более одного раза.",
    },
    "The file has no such column, and it is required.": {
        "kk": "Файлда бұл баған жоқ, ал ол міндетті.",
        "ru": "В файле нет этого столбца, а он обязателен.",
    },
    "There is no organization with id %(value)s that you may add employees to.": {
        "kk": "Сіз қызметкер қоса алатын ұйымдардың арасында сәйкестендіргіші %(value)s болатын ұйым жоқ.",
        "ru": "Среди организаций, в которые вы можете добавлять сотрудников, нет организации с идентификатором %(value)s.",
    },
    "The same IIN is already in row %(row)s of this file.": {
        "kk": "Дәл осы ЖСН осы файлдың %(row)s-жолында бұрыннан бар.",
        "ru": "Этот же ИИН уже указан в строке %(row)s этого файла.",
    },
    "An employee with this IIN is already registered.": {
        "kk": "Осы ЖСН-мен қызметкер бұрыннан тіркелген.",
        "ru": "Сотрудник с таким ИИН уже зарегистрирован.",
    },
    "The birth date does not match the IIN, which gives %(expected)s.": {
        "kk": "Туған күні ЖСН-ға сәйкес келмейді: ЖСН бойынша ол — %(expected)s.",
        "ru": "Дата рождения не совпадает с ИИН: по ИИН она — %(expected)s.",
    },
    "The sex does not match the IIN, which gives %(expected)s.": {
        "kk": "Жынысы ЖСН-ға сәйкес келмейді: ЖСН бойынша — %(expected)s.",
        "ru": "Пол не совпадает с ИИН: по ИИН — %(expected)s.",
    },
    "There is no employee with this IIN that you may change; import the employees first.": {
        "kk": "Сіз өзгерте алатын қызметкерлердің арасында осы ЖСН-мен қызметкер жоқ; алдымен қызметкерлерді импорттаңыз.",
        "ru": "Среди сотрудников, которых вы можете изменять, нет сотрудника с таким ИИН; сначала импортируйте сотрудников.",
    },
    "Only an administrator may add a top-level organization; fill in the parent.": {
        "kk": "Жоғарғы деңгейдегі ұйымды тек әкімші қоса алады; жоғары тұрған ұйымды көрсетіңіз.",
        "ru": "Добавить организацию верхнего уровня может только администратор; укажите вышестоящую организацию.",
    },
    "“%(value)s” is neither the id of an organization you may change nor the code of a row above.": {
        "kk": "«%(value)s» сіз өзгерте алатын ұйымның сәйкестендіргіші де, жоғарыдағы жолдың коды да емес.",
        "ru": "«%(value)s» не является ни идентификатором организации, которую вы можете изменять, ни кодом строки выше.",
    },
    "A code must contain a letter, so that it is not taken for an id.": {
        "kk": "Код сәйкестендіргіш деп қабылданбауы үшін оның құрамында кемінде бір әріп болуы керек.",
        "ru": "Код должен содержать хотя бы одну букву, чтобы его не приняли за идентификатор.",
    },
    "The code “%(value)s” is already used in row %(row)s.": {
        "kk": "«%(value)s» коды %(row)s-жолда бұрыннан қолданылған.",
        "ru": "Код «%(value)s» уже использован в строке %(row)s.",
    },
    "queued": {"kk": "кезекте", "ru": "в очереди"},
    "running": {"kk": "орындалуда", "ru": "выполняется"},
    "imported": {"kk": "импортталды", "ru": "импортировано"},
    "rejected: the file has errors": {"kk": "қабылданбады: файлда қателер бар", "ru": "отклонено: в файле есть ошибки"},
    "failed": {"kk": "сәтсіз аяқталды", "ru": "завершилось сбоем"},
    "organizations": {"kk": "ұйымдар", "ru": "организации"},
    "employees": {"kk": "қызметкерлер", "ru": "сотрудники"},
    "work history": {"kk": "еңбек жолы", "ru": "трудовая деятельность"},
    "The CSV file is not in UTF-8; save it as “CSV UTF-8” and upload it again.": {
        "kk": "CSV файлы UTF-8 кодтауында емес; оны «CSV UTF-8» форматында сақтап, қайта жүктеңіз.",
        "ru": "CSV-файл не в кодировке UTF-8; сохраните его в формате «CSV UTF-8» и загрузите снова.",
    },
    "The CSV file is damaged: a quoted value is never closed.": {
        "kk": "CSV файлы бүлінген: тырнақшаға алынған мән жабылмаған.",
        "ru": "CSV-файл повреждён: значение в кавычках не закрыто.",
    },
    "The file is neither an XLSX workbook nor a CSV text file.": {
        "kk": "Файл XLSX жұмыс кітабы да, CSV мәтіндік файлы да емес.",
        "ru": "Файл не является ни книгой XLSX, ни текстовым файлом CSV.",
    },
    "The file is empty: it has no header row.": {
        "kk": "Файл бос: онда тақырып жолы жоқ.",
        "ru": "Файл пуст: в нём нет строки заголовков.",
    },
    "While the file was being checked, someone registered one of its IINs or changed an organization it names; nothing was imported. Upload the file again to see which rows.": {
        "kk": "Файл тексеріліп жатқанда біреу ондағы ЖСН-дардың бірін тіркеді немесе онда аталған ұйымды өзгертті; ештеңе импортталмады. Қай жолдар екенін көру үшін файлды қайта жүктеңіз.",
        "ru": "Пока файл проверялся, кто-то зарегистрировал один из указанных в нём ИИН или изменил упомянутую в нём организацию; ничего не импортировано. Загрузите файл снова, чтобы увидеть, о каких строках идёт речь.",
    },
    # --- staff registry: employee card ---
    "What the law says on %(date)s": {"kk": "%(date)s күнгі құқық нормалары", "ru": "Нормы права на %(date)s"},
    "suggested, not confirmed": {"kk": "ұсынылған, расталмаған", "ru": "предложено, не подтверждено"},
    "No position is recorded on this date.": {
        "kk": "Осы күнге лауазым тіркелмеген.",
        "ru": "На эту дату должность не указана.",
    },
    "The wording of the requirement in force on this date is not in our sources.": {
        "kk": "Осы күні қолданыста болған талап редакциясы біздің дереккөздерде жоқ.",
        "ru": "Редакция требования, действовавшая на эту дату, в наших источниках отсутствует.",
    },
    "Qualification": {"kk": "Біліктілік", "ru": "Квалификация"},
    "meets the requirements": {"kk": "талаптарға сәйкес келеді", "ru": "соответствует требованиям"},
    "does not meet the requirements": {"kk": "талаптарға сәйкес келмейді", "ru": "не соответствует требованиям"},
    "Why": {"kk": "Негіздеме", "ru": "Обоснование"},
    "Categories held": {"kk": "Бар санаттар", "ru": "Имеющиеся категории"},
    "from %(start)s to %(end)s": {"kk": "%(start)s бастап %(end)s дейін", "ru": "с %(start)s по %(end)s"},
    "expires within 90 days": {"kk": "мерзімі 90 күн ішінде аяқталады", "ru": "истекает в течение 90 дней"},
    "None on this date.": {"kk": "Осы күнге жоқ.", "ru": "На эту дату нет."},
    "To": {"kk": "Кезеңнің соңы", "ru": "Конец периода"},
    "Add an education entry": {"kk": "Білімі туралы жазба қосу", "ru": "Добавить запись об образовании"},
    "Positions held": {"kk": "Атқарған лауазымдары", "ru": "Занимаемые должности"},
    "no register entry yet": {"kk": "тізілім позициясы әлі көрсетілмеген", "ru": "позиция реестра ещё не указана"},
    "Register entry (type an id or words of the title)": {
        "kk": "Тізілім позициясы (сәйкестендіргішін немесе атауындағы сөздерді теріңіз)",
        "ru": "Позиция реестра (введите идентификатор или слова из наименования)",
    },
    "Confirm": {"kk": "Растау", "ru": "Подтвердить"},
    "Add a position held": {"kk": "Атқарған лауазымын қосу", "ru": "Добавить занимаемую должность"},
    "Training": {"kk": "Біліктілікті арттыру", "ru": "Повышение квалификации"},
    "h": {"kk": "сағ.", "ru": "ч"},
    "Add a training record": {
        "kk": "Біліктілікті арттыру туралы жазба қосу",
        "ru": "Добавить запись о повышении квалификации",
    },
    "Categories assigned": {"kk": "Берілген санаттар", "ru": "Присвоенные категории"},
    "Assign a category": {"kk": "Санат беру", "ru": "Присвоить категорию"},
    "%(counter)s employee": {
        "kk": ["%(counter)s қызметкер", "%(counter)s қызметкер"],
        "ru": ["%(counter)s сотрудник", "%(counter)s сотрудника", "%(counter)s сотрудников", "%(counter)s сотрудника"],
    },
    "No employee matches, or none you may see.": {
        "kk": "Сәйкес қызметкер табылмады немесе олар сізге қолжетімсіз.",
        "ru": "Подходящих сотрудников не найдено либо они вам недоступны.",
    },
    # --- staff registry: import pages ---
    "All rows are correct; saving them…": {"kk": "Барлық жолдар дұрыс; сақталуда…", "ru": "Все строки корректны; идёт сохранение…"},
    "Checked %(done)s of %(total)s rows": {
        "kk": "%(total)s жолдың %(done)s тексерілді",
        "ru": "Проверено строк: %(done)s из %(total)s",
    },
    "The file was imported.": {"kk": "Файл импортталды.", "ru": "Файл импортирован."},
    "Records": {"kk": "Жазбалар", "ru": "Записи"},
    "Imported": {"kk": "Импортталғаны", "ru": "Импортировано"},
    "Nothing was imported: the file has %(counter)s error. Correct it and upload it again.": {
        "kk": [
            "Ештеңе импортталмады: файлда %(counter)s қате бар. Оны түзетіп, файлды қайта жүктеңіз.",
            "Ештеңе импортталмады: файлда %(counter)s қате бар. Қателерді түзетіп, файлды қайта жүктеңіз.",
        ],
        "ru": [
            "Ничего не импортировано: в файле %(counter)s ошибка. Исправьте её и загрузите файл снова.",
            "Ничего не импортировано: в файле %(counter)s ошибки. Исправьте их и загрузите файл снова.",
            "Ничего не импортировано: в файле %(counter)s ошибок. Исправьте их и загрузите файл снова.",
            "Ничего не импортировано: в файле %(counter)s ошибки. Исправьте их и загрузите файл снова.",
        ],
    },
    "Row": {"kk": "Жол", "ru": "Строка"},
    "Column": {"kk": "Баған", "ru": "Столбец"},
    "Error": {"kk": "Қате", "ru": "Ошибка"},
    "%(counter)s more error is not shown.": {
        "kk": ["Тағы %(counter)s қате көрсетілмеген.", "Тағы %(counter)s қате көрсетілмеген."],
        "ru": [
            "Ещё %(counter)s ошибка не показана.",
            "Ещё %(counter)s ошибки не показаны.",
            "Ещё %(counter)s ошибок не показано.",
            "Ещё %(counter)s ошибки не показано.",
        ],
    },
    "The import failed because of an internal error and nothing was imported; the error has been logged.": {
        "kk": "Ішкі қатеге байланысты импорттау сәтсіз аяқталды, ештеңе импортталмады; қате журналға жазылды.",
        "ru": "Импорт не выполнен из-за внутренней ошибки, ничего не импортировано; ошибка записана в журнал.",
    },
    "Employees": {"kk": "Қызметкерлер", "ru": "Сотрудники"},
    "Edit": {"kk": "Өзгерту", "ru": "Изменить"},
    "Delete employee": {"kk": "Қызметкерді жою", "ru": "Удалить сотрудника"},
    "Delete %(last)s %(first)s (IIN %(iin)s) and all their records: positions, education, work history, training and categories? The audit trail keeps what was deleted.": {
        "kk": "%(last)s %(first)s (ЖСН %(iin)s) және оның барлық жазбалары — лауазымдары, білімі, еңбек жолы, біліктілікті арттыруы және санаттары жойылсын ба? Жойылған деректер аудит журналында сақталады.",
        "ru": "Удалить сотрудника %(last)s %(first)s (ИИН %(iin)s) и все связанные с ним записи: должности, образование, трудовую деятельность, повышение квалификации и категории? Удалённые данные сохранятся в журнале аудита.",
    },
    "Yes, delete this employee": {"kk": "Иә, бұл қызметкерді жою", "ru": "Да, удалить этого сотрудника"},
    "Cancel": {"kk": "Бас тарту", "ru": "Отмена"},
    "Edit employee": {"kk": "Қызметкер деректерін өзгерту", "ru": "Изменение данных сотрудника"},
    "New employee": {"kk": "Жаңа қызметкер", "ru": "Новый сотрудник"},
    "The IIN is checked as typed: its birth date, century and sex digit, and its check digit. The birth date and sex are read from it when left empty.": {
        "kk": "ЖСН енгізілген күйінде тексеріледі: ондағы туған күні, ғасыр мен жынысты білдіретін цифр және бақылау цифры. Туған күні мен жынысы бос қалдырылса, ЖСН бойынша анықталады.",
        "ru": "ИИН проверяется в том виде, в каком он введён: дата рождения, цифра века и пола и контрольная цифра. Если дата рождения и пол не заполнены, они определяются по ИИН.",
    },
    "Save": {"kk": "Сақтау", "ru": "Сохранить"},
    "Export to Excel": {"kk": "Excel-ге экспорттау", "ru": "Экспорт в Excel"},
    "Import": {"kk": "Импорттау", "ru": "Импорт"},
    "Import of %(name)s": {"kk": "%(name)s файлын импорттау", "ru": "Импорт файла %(name)s"},
    "Back to imports": {"kk": "Импорттау тізіміне оралу", "ru": "Вернуться к списку импорта"},
    "Import from Excel or CSV": {"kk": "Excel немесе CSV файлынан импорттау", "ru": "Импорт из Excel или CSV"},
    "Fill in a template and upload it. Every row is checked first; if any row has an error, nothing is imported and the report names the row and the column.": {
        "kk": "Үлгіні (шаблонды) толтырып, жүктеңіз. Алдымен әр жол тексеріледі; егер кез келген жолда қате болса, ештеңе импортталмайды, ал есепте қате бар жол мен баған көрсетіледі.",
        "ru": "Заполните шаблон и загрузите его. Сначала проверяется каждая строка; если хотя бы в одной строке есть ошибка, ничего не импортируется, а в отчёте указываются строка и столбец с ошибкой.",
    },
    "Templates": {"kk": "Үлгілер (шаблондар)", "ru": "Шаблоны"},
    "Upload a file": {"kk": "Файлды жүктеу", "ru": "Загрузить файл"},
    "My recent imports": {"kk": "Менің соңғы импорттауларым", "ru": "Мои последние импорты"},
    "Started": {"kk": "Басталған уақыты", "ru": "Время запуска"},
    "File": {"kk": "Файл", "ru": "Файл"},
    "You have not imported any file yet.": {
        "kk": "Сіз әлі бірде-бір файл импорттаған жоқсыз.",
        "ru": "Вы ещё не импортировали ни одного файла.",
    },
    "%(name)s was removed from the registry.": {
        "kk": "«%(name)s» жазбасы тізілімнен жойылды.",
        "ru": "Запись «%(name)s» удалена из реестра.",
    },
    # --- staff registry: Excel templates ---
    "The 12 digits of the individual identification number.": {
        "kk": "Жеке сәйкестендіру нөмірінің 12 цифры.",
        "ru": "12 цифр индивидуального идентификационного номера.",
    },
    "A date: DD.MM.YYYY, YYYY-MM-DD or an Excel date.": {
        "kk": "Күн: КК.АА.ЖЖЖЖ, ЖЖЖЖ-АА-КК немесе Excel күні.",
        "ru": "Дата: ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или дата Excel.",
    },
    "One of the allowed values listed on this sheet, or its code.": {
        "kk": "Осы парақта келтірілген рұқсат етілген мәндердің бірі немесе оның коды.",
        "ru": "Одно из допустимых значений, перечисленных на этом листе, или его код.",
    },
    "Yes or no.": {"kk": "Иә немесе жоқ.", "ru": "Да или нет."},
    "An e-mail address.": {"kk": "Электрондық пошта мекенжайы.", "ru": "Адрес электронной почты."},
    "The id of an organization you may change (see the sheet of organizations).": {
        "kk": "Сіз өзгерте алатын ұйымның сәйкестендіргіші (ұйымдар парағын қараңыз).",
        "ru": "Идентификатор организации, которую вы можете изменять (см. лист организаций).",
    },
    "The id of an organization you may change, or the code of a row above; empty for a top-level organization.": {
        "kk": "Сіз өзгерте алатын ұйымның сәйкестендіргіші немесе жоғарыдағы жолдың коды; жоғарғы деңгейдегі ұйым үшін бос қалдырылады.",
        "ru": "Идентификатор организации, которую вы можете изменять, или код строки выше; для организации верхнего уровня не заполняется.",
    },
    "Text of at most %(limit)s characters.": {
        "kk": "Ең көбі %(limit)s таңбадан тұратын мәтін.",
        "ru": "Текст длиной не более %(limit)s симв.",
    },
    "Reference": {"kk": "Анықтамалық", "ru": "Справочник"},
    "Required": {"kk": "Міндетті", "ru": "Обязательный"},
    "What to write": {"kk": "Не жазу керек", "ru": "Что указать"},
    "Example": {"kk": "Мысал", "ru": "Пример"},
    "Allowed value": {"kk": "Рұқсат етілген мән", "ru": "Допустимое значение"},
    "ID": {"kk": "ID", "ru": "ID"},
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
