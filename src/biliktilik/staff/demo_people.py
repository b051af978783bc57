"""Realistic, reproducible people and places of Kazakhstan for demo data.

Everything comes from a seeded ``random.Random`` and a ``today`` argument, so the same seed gives
the same people on every machine. Names are spelled both ways: Kazakh spelling (ә ғ қ ң ө ұ ү һ і,
patronymic ``-ұлы``/``-қызы``) and Russian spelling (``-ович``/``-овна``); Russian-named residents
keep their Russian name in both. IINs are built by ``iin.make_iin`` so they pass the real check.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .iin import Sex, make_iin

MIN_AGE, MAX_AGE = 22, 63
# Most of the social-protection sector's staff are women; most residents carry Kazakh names.
FEMALE_SHARE = 0.7
KAZAKH_NAMED_SHARE = 0.75
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")


def _pairs(table: str) -> tuple[tuple[str, str], ...]:
    """``"Айгүл/Айгуль Әсел/Асель"`` -> ``(("Айгүл", "Айгуль"), ("Әсел", "Асель"))``."""
    return tuple((kk, ru) for kk, ru in (entry.split("/") for entry in table.split()))


# Kazakh names: (Kazakh spelling, Russian spelling).
KAZAKH_FEMALE = _pairs(
    """Айгүл/Айгуль Әсел/Асель Гүлнар/Гульнар Динара/Динара Жанар/Жанар Жұлдыз/Жулдыз Салтанат/Салтанат
    Сәуле/Сауле Ақмарал/Акмарал Айжан/Айжан Аида/Аида Айнұр/Айнур Ботагөз/Ботагоз Гүлмира/Гульмира
    Дана/Дана Дариға/Дарига Жансая/Жансая Жібек/Жибек Замира/Замира Индира/Индира Камила/Камила
    Қарлығаш/Карлыгаш Ләззат/Ляззат Мадина/Мадина Меруерт/Меруерт Назерке/Назерке Нұргүл/Нургуль
    Перизат/Перизат Раушан/Раушан Самал/Самал Сандуғаш/Сандугаш Толқын/Толкын Томирис/Томирис
    Ұлжан/Улжан Фариза/Фариза Шолпан/Шолпан Әйгерім/Айгерим Арайлым/Арайлым Гаухар/Гаухар
    Күләш/Куляш Мөлдір/Молдир Анар/Анар Зуһра/Зухра"""
)
KAZAKH_MALE = _pairs(
    """Нұрлан/Нурлан Серік/Серик Ерлан/Ерлан Бауыржан/Бауыржан Асқар/Аскар Қайрат/Кайрат Марат/Марат
    Дәурен/Даурен Ержан/Ержан Айдос/Айдос Арман/Арман Ардақ/Ардак Бекзат/Бекзат Болат/Болат
    Дархан/Дархан Дәулет/Даулет Ерболат/Ерболат Жандос/Жандос Жасұлан/Жасулан Қанат/Канат Мұрат/Мурат
    Мұхтар/Мухтар Нұржан/Нуржан Олжас/Олжас Руслан/Руслан Саят/Саят Талғат/Талгат Темірлан/Темирлан
    Төлеген/Тулеген Әділет/Адилет Ғалым/Галым Азамат/Азамат Бағдат/Багдат Ербол/Ербол Есен/Есен
    Мақсат/Максат Нұрбол/Нурбол Самат/Самат Тимур/Тимур Алмас/Алмас Абай/Абай Сәкен/Сакен"""
)
KAZAKH_SURNAMES = _pairs(
    """Серікбаев/Серикбаев Нұрланов/Нурланов Жұмабаев/Жумабаев Қасымов/Касымов Әбенов/Абенов
    Оспанов/Оспанов Ахметов/Ахметов Бекмағамбетов/Бекмагамбетов Төлеуов/Толеуов Сәрсенбаев/Сарсенбаев
    Ермеков/Ермеков Исабаев/Исабаев Құрманов/Курманов Мұқанов/Муканов Байжанов/Байжанов
    Жақсылықов/Жаксылыков Әлімжанов/Алимжанов Тоқтаров/Токтаров Омаров/Омаров Сұлтанов/Султанов
    Нұрғалиев/Нургалиев Ибраев/Ибраев Қалиев/Калиев Смағұлов/Смагулов Бейсенов/Бейсенов Есенов/Есенов
    Жанұзақов/Жанузаков Мұхамедиев/Мухамедиев Тұрсынов/Турсынов Әубәкіров/Аубакиров Шәкенов/Шакенов
    Қожахметов/Кожахметов Дүйсенов/Дуйсенов Сейітов/Сеитов Байтұрсынов/Байтурсынов Үсенов/Усенов
    Ғабдуллин/Габдуллин Нұрпейісов/Нурпеисов Хамитов/Хамитов Тәжібаев/Тажибаев Кенжебаев/Кенжебаев
    Әміров/Амиров Жүнісов/Жунусов Молдабеков/Молдабеков Орынбасаров/Орынбасаров Мамыров/Мамыров
    Ержанов/Ержанов Асанов/Асанов Тілеубаев/Тлеубаев Жаңабаев/Жанабаев Жексенбаев/Жексенбаев"""
)
# Russian-named residents are written the same way in Kazakh documents.
RUSSIAN_FEMALE = tuple(
    (n, n)
    for n in """Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Людмила Галина
    Оксана Марина Надежда Валентина Виктория Алина""".split()
)
# (name, patronymic stem): Сергей -> Сергеевич/Сергеевна, Юрий -> Юрьевич/Юрьевна.
RUSSIAN_MALE = _pairs(
    """Сергей/Сергеев Александр/Александров Андрей/Андреев Дмитрий/Дмитриев Алексей/Алексеев
    Владимир/Владимиров Николай/Николаев Игорь/Игорев Евгений/Евгеньев Виктор/Викторов Юрий/Юрьев
    Михаил/Михайлов Павел/Павлов Олег/Олегов Иван/Иванов Анатолий/Анатольев Василий/Васильев
    Максим/Максимов"""
)
RUSSIAN_SURNAMES = tuple(
    (n, n)
    for n in """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров Морозов
    Волков Алексеев Лебедев Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров
    Никитин Захаров Зайцев Борисов Яковлев Ковалевский Шевченко Бондаренко Ким""".split()
)

_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщыэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya".split(),
        strict=True,
    ),
    ъ="",
    ь="",
)
_VOWELS = set("аеёиоуыэюяъь")


@dataclass(frozen=True)
class DemoPerson:
    last_name_kk: str
    first_name_kk: str
    patronymic_kk: str
    last_name_ru: str
    first_name_ru: str
    patronymic_ru: str
    sex: Sex
    birth_date: dt.date
    iin: str
    phone: str
    email: str

    @property
    def full_name_kk(self) -> str:
        return f"{self.last_name_kk} {self.first_name_kk} {self.patronymic_kk}"

    @property
    def full_name_ru(self) -> str:
        return f"{self.last_name_ru} {self.first_name_ru} {self.patronymic_ru}"


def people(count: int, *, seed: int, today: dt.date) -> Iterator[DemoPerson]:
    """``count`` different people aged 22-63 on ``today``; the same seed gives the same people."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    iins: set[str] = set()
    emails: set[str] = set()
    phones: set[str] = set()
    for _ in range(count):
        sex: Sex = "female" if rng.random() < FEMALE_SHARE else "male"
        names = _kazakh_names(rng, sex) if rng.random() < KAZAKH_NAMED_SHARE else _russian_names(rng, sex)
        birth_date = _birth_date(rng, today)
        yield DemoPerson(
            *names,
            sex=sex,
            birth_date=birth_date,
            iin=_iin(rng, iins, birth_date=birth_date, sex=sex),
            phone=_phone(rng, phones),
            email=_email(emails, first_name_ru=names[4], last_name_ru=names[3]),
        )


def age_on(birth_date: dt.date, today: dt.date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def _birth_date(rng: random.Random, today: dt.date) -> dt.date:
    # Rejection sampling keeps the 29 February edge cases right without date arithmetic.
    earliest = today - dt.timedelta(days=366 * (MAX_AGE + 1))
    span = (today - earliest).days
    while True:
        candidate = earliest + dt.timedelta(days=rng.randrange(span))
        if MIN_AGE <= age_on(candidate, today) <= MAX_AGE:
            return candidate


def _kazakh_names(rng: random.Random, sex: Sex) -> tuple[str, str, str, str, str, str]:
    last_kk, last_ru = rng.choice(KAZAKH_SURNAMES)
    first_kk, first_ru = rng.choice(KAZAKH_FEMALE if sex == "female" else KAZAKH_MALE)
    father_kk, father_ru = rng.choice(KAZAKH_MALE)
    stem_ru = father_ru[:-1] + "ев" if father_ru.endswith("й") else father_ru + "ов"
    if sex == "female":
        return _female(last_kk), first_kk, father_kk + "қызы", _female(last_ru), first_ru, stem_ru + "на"
    return last_kk, first_kk, father_kk + "ұлы", last_ru, first_ru, stem_ru + "ич"


def _russian_names(rng: random.Random, sex: Sex) -> tuple[str, str, str, str, str, str]:
    last, _ = rng.choice(RUSSIAN_SURNAMES)
    first, _ = rng.choice(RUSSIAN_FEMALE) if sex == "female" else rng.choice(RUSSIAN_MALE)
    _, stem = rng.choice(RUSSIAN_MALE)
    if sex == "female":
        last = _female(last)
    patronymic = stem + ("на" if sex == "female" else "ич")
    return last, first, patronymic, last, first, patronymic


def _female(surname: str) -> str:
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ев", "ин", "ын")):
        return surname + "а"
    return surname  # Шевченко, Ким: the same for women


def _iin(rng: random.Random, seen: set[str], *, birth_date: dt.date, sex: Sex) -> str:
    while (iin := make_iin(birth_date, sex, rng.randint(1, 9999))) in seen:
        pass
    seen.add(iin)
    return iin


def _phone(rng: random.Random, seen: set[str]) -> str:
    while True:
        number = f"{rng.randrange(10_000_000):07d}"
        phone = f"+7 {rng.choice(MOBILE_CODES)} {number[:3]} {number[3:5]} {number[5:]}"
        if phone not in seen:
            seen.add(phone)
            return phone


def latin(text: str) -> str:
    """Russian Cyrillic to plain latin for addresses: Серикбаева -> serikbayeva, Юрьев -> yuryev."""
    out: list[str] = []
    previous = ""
    for letter in text.lower():
        if letter == "е" and (not previous or previous in _VOWELS):
            out.append("ye")
        else:
            out.append(_LATIN.get(letter, letter))
        previous = letter
    return "".join(out)


def _email(seen: set[str], *, first_name_ru: str, last_name_ru: str) -> str:
    local = f"{latin(first_name_ru)[0]}.{latin(last_name_ru)}"
    number = 1
    while (email := f"{local}{number if number > 1 else ''}@example.kz") in seen:
        number += 1
    seen.add(email)
    return email


@dataclass(frozen=True)
class Region:
    id: str
    kk: str
    ru: str
    kind: Literal["oblast", "city"]


# The 17 oblasts after the 2022 reform (Abai, Zhetisu and Ulytau created on 8 June 2022) and the
# 3 cities of republican significance. The Russian names of the three new oblasts keep their
# Kazakh letters, as in the decree.
REGIONS: tuple[Region, ...] = (
    Region("abai", "Абай облысы", "Область Абай", "oblast"),
    Region("akmola", "Ақмола облысы", "Акмолинская область", "oblast"),
    Region("aktobe", "Ақтөбе облысы", "Актюбинская область", "oblast"),
    Region("almaty-oblast", "Алматы облысы", "Алматинская область", "oblast"),
    Region("atyrau", "Атырау облысы", "Атырауская область", "oblast"),
    Region("west-kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "oblast"),
    Region("zhambyl", "Жамбыл облысы", "Жамбылская область", "oblast"),
    Region("zhetisu", "Жетісу облысы", "Область Жетісу", "oblast"),
    Region("karaganda", "Қарағанды облысы", "Карагандинская область", "oblast"),
    Region("kostanay", "Қостанай облысы", "Костанайская область", "oblast"),
    Region("kyzylorda", "Қызылорда облысы", "Кызылординская область", "oblast"),
    Region("mangystau", "Маңғыстау облысы", "Мангистауская область", "oblast"),
    Region("pavlodar", "Павлодар облысы", "Павлодарская область", "oblast"),
    Region("north-kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "oblast"),
    Region("turkistan", "Түркістан облысы", "Туркестанская область", "oblast"),
    Region("ulytau", "Ұлытау облысы", "Область Ұлытау", "oblast"),
    Region("east-kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "oblast"),
    Region("astana", "Астана қаласы", "город Астана", "city"),
    Region("almaty", "Алматы қаласы", "город Алматы", "city"),
    Region("shymkent", "Шымкент қаласы", "город Шымкент", "city"),
)

# A few districts and cities of each region (kk, ru); for cities, their city districts.
DISTRICTS: dict[str, tuple[tuple[str, str], ...]] = {
    "abai": (
        ("Семей қаласы", "город Семей"),
        ("Курчатов қаласы", "город Курчатов"),
        ("Аягөз ауданы", "Аягозский район"),
        ("Жарма ауданы", "Жарминский район"),
        ("Үржар ауданы", "Урджарский район"),
    ),
    "akmola": (
        ("Көкшетау қаласы", "город Кокшетау"),
        ("Степногорск қаласы", "город Степногорск"),
        ("Бурабай ауданы", "Бурабайский район"),
        ("Целиноград ауданы", "Целиноградский район"),
        ("Ақкөл ауданы", "Аккольский район"),
    ),
    "aktobe": (
        ("Ақтөбе қаласы", "город Актобе"),
        ("Алға ауданы", "Алгинский район"),
        ("Мұғалжар ауданы", "Мугалжарский район"),
        ("Хромтау ауданы", "Хромтауский район"),
        ("Шалқар ауданы", "Шалкарский район"),
    ),
    "almaty-oblast": (
        ("Қонаев қаласы", "город Конаев"),
        ("Іле ауданы", "Илийский район"),
        ("Қарасай ауданы", "Карасайский район"),
        ("Талғар ауданы", "Талгарский район"),
        ("Еңбекшіқазақ ауданы", "Енбекшиказахский район"),
    ),
    "atyrau": (
        ("Атырау қаласы", "город Атырау"),
        ("Жылыой ауданы", "Жылыойский район"),
        ("Құрманғазы ауданы", "Курмангазинский район"),
        ("Индер ауданы", "Индерский район"),
        ("Мақат ауданы", "Макатский район"),
    ),
    "west-kazakhstan": (
        ("Орал қаласы", "город Уральск"),
        ("Бөрлі ауданы", "Бурлинский район"),
        ("Бәйтерек ауданы", "Байтерекский район"),
        ("Теректі ауданы", "Теректинский район"),
        ("Жәнібек ауданы", "Жанибекский район"),
    ),
    "zhambyl": (
        ("Тараз қаласы", "город Тараз"),
        ("Жамбыл ауданы", "Жамбылский район"),
        ("Қордай ауданы", "Кордайский район"),
        ("Меркі ауданы", "Меркенский район"),
        ("Шу ауданы", "Шуский район"),
    ),
    "zhetisu": (
        ("Талдықорған қаласы", "город Талдыкорган"),
        ("Текелі қаласы", "город Текели"),
        ("Алакөл ауданы", "Алакольский район"),
        ("Ескелді ауданы", "Ескельдинский район"),
        ("Сарқан ауданы", "Саркандский район"),
    ),
    "karaganda": (
        ("Қарағанды қаласы", "город Караганда"),
        ("Теміртау қаласы", "город Темиртау"),
        ("Балқаш қаласы", "город Балхаш"),
        ("Шахтинск қаласы", "город Шахтинск"),
        ("Абай ауданы", "Абайский район"),
        ("Бұқар жырау ауданы", "район Бухар-Жырау"),
    ),
    "kostanay": (
        ("Қостанай қаласы", "город Костанай"),
        ("Рудный қаласы", "город Рудный"),
        ("Лисаков қаласы", "город Лисаковск"),
        ("Қостанай ауданы", "Костанайский район"),
        ("Қарабалық ауданы", "Карабалыкский район"),
    ),
    "kyzylorda": (
        ("Қызылорда қаласы", "город Кызылорда"),
        ("Арал ауданы", "Аральский район"),
        ("Қазалы ауданы", "Казалинский район"),
        ("Шиелі ауданы", "Шиелийский район"),
        ("Жалағаш ауданы", "Жалагашский район"),
    ),
    "mangystau": (
        ("Ақтау қаласы", "город Актау"),
        ("Жаңаөзен қаласы", "город Жанаозен"),
        ("Бейнеу ауданы", "Бейнеуский район"),
        ("Қарақия ауданы", "Каракиянский район"),
        ("Мұнайлы ауданы", "Мунайлинский район"),
    ),
    "pavlodar": (
        ("Павлодар қаласы", "город Павлодар"),
        ("Екібастұз қаласы", "город Экибастуз"),
        ("Ақсу қаласы", "город Аксу"),
        ("Баянауыл ауданы", "Баянаульский район"),
        ("Ертіс ауданы", "Иртышский район"),
    ),
    "north-kazakhstan": (
        ("Петропавл қаласы", "город Петропавловск"),
        ("Айыртау ауданы", "Айыртауский район"),
        ("Есіл ауданы", "Есильский район"),
        ("Қызылжар ауданы", "Кызылжарский район"),
        ("Мағжан Жұмабаев ауданы", "район Магжана Жумабаева"),
    ),
    "turkistan": (
        ("Түркістан қаласы", "город Туркестан"),
        ("Кентау қаласы", "город Кентау"),
        ("Сарыағаш ауданы", "Сарыагашский район"),
        ("Мақтаарал ауданы", "Мактааральский район"),
        ("Сайрам ауданы", "Сайрамский район"),
        ("Отырар ауданы", "Отрарский район"),
    ),
    "ulytau": (
        ("Жезқазған қаласы", "город Жезказган"),
        ("Сәтбаев қаласы", "город Сатпаев"),
        ("Қаражал қаласы", "город Каражал"),
        ("Ұлытау ауданы", "Улытауский район"),
        ("Жаңаарқа ауданы", "Жанааркинский район"),
    ),
    "east-kazakhstan": (
        ("Өскемен қаласы", "город Усть-Каменогорск"),
        ("Риддер қаласы", "город Риддер"),
        ("Алтай ауданы", "район Алтай"),
        ("Глубокое ауданы", "Глубоковский район"),
        ("Зайсан ауданы", "Зайсанский район"),
        ("Ұлан ауданы", "Уланский район"),
    ),
    "astana": (
        ("Алматы ауданы", "район Алматы"),
        ("Байқоңыр ауданы", "район Байконур"),
        ("Есіл ауданы", "район Есиль"),
        ("Сарыарқа ауданы", "район Сарыарка"),
        ("Нұра ауданы", "район Нура"),
    ),
    "almaty": (
        ("Алмалы ауданы", "Алмалинский район"),
        ("Әуезов ауданы", "Ауэзовский район"),
        ("Бостандық ауданы", "Бостандыкский район"),
        ("Медеу ауданы", "Медеуский район"),
        ("Алатау ауданы", "Алатауский район"),
        ("Наурызбай ауданы", "Наурызбайский район"),
    ),
    "shymkent": (
        ("Абай ауданы", "Абайский район"),
        ("Әл-Фараби ауданы", "Аль-Фарабийский район"),
        ("Еңбекші ауданы", "Енбекшинский район"),
        ("Қаратау ауданы", "Каратауский район"),
        ("Тұран ауданы", "район Туран"),
    ),
}
