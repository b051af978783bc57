"""The columns of each kind of import file, defined once: the field, its header in Kazakh,
Russian and English, whether it is required, and how a cell is read.

Templates, the import and the export all read these tables, so a header or an allowed value
is changed in one place. Allowed values and their words come from the vocabulary
(``biliktilik.vocabulary``); a value is accepted as its code, its label in any language or a
short word people write.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biliktilik import vocabulary as v
from biliktilik.vocabulary import N_, Domain, translate

# kind: "text", "iin", "date", "enum", "bool", "email", "id", "ref" (organization id or file code)
TEXT, IIN, DATE, ENUM, BOOL, EMAIL, ID, REF = "text", "iin", "date", "enum", "bool", "email", "id", "ref"


@dataclass(frozen=True)
class Choice:
    """An allowed value: its code, its label (a vocabulary msgid) and other accepted spellings."""

    code: str
    label: str
    aliases: tuple[str, ...] = ()

    def word(self, language: str) -> str:
        return translate(self.label, language)

    def words(self) -> tuple[str, ...]:
        return (self.code, *(self.word(language) for language in ("kk", "ru", "en")), *self.aliases)


def _choices(domain: Domain, aliases: dict[str, tuple[str, ...]]) -> tuple[Choice, ...]:
    return tuple(Choice(t.code, t.label, aliases.get(t.code, ())) for t in domain.terms)


@dataclass(frozen=True)
class Column:
    field: str
    kk: str
    ru: str
    en: str
    type: str = TEXT
    required: bool = False
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    example: str = ""
    # Shown in exports for reading; ignored on import so an export can be imported back.
    informational: bool = False

    def header(self, language: str) -> str:
        return getattr(self, language, None) or self.en

    def headers(self) -> tuple[str, ...]:
        return (self.field, self.kk, self.ru, self.en)


@dataclass(frozen=True)
class Kind:
    name: str
    columns: tuple[Column, ...]
    title: dict[str, str] = field(default_factory=dict)


def normal(text: str) -> str:
    """How headers and enum words are compared: case, ё/е, spaces and a trailing * do not matter."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").strip().rstrip("*").split()).casefold()


# Besides the code and its label in each language, the short words people write (and that
# earlier templates used) are accepted.
SEX = _choices(
    v.SEX,
    {
        "male": ("ер", "мужской", "ер адам", "м", "муж", "е", "m"),
        "female": ("әйел", "женский", "ж", "жен", "ә", "f"),
    },
)
YES_NO = (
    Choice("yes", N_("yes"), ("1", "true", "+", "ия")),
    Choice("no", N_("no"), ("0", "false", "-")),
)
SECTORS = _choices(
    v.SECTOR,
    {
        "employment": ("жұмыспен қамту", "занятость", "сфера занятости"),
        "business": ("бизнес",),
        "other": ("басқа", "иное", "other", "другое", "прочее"),
    },
)
QUALIFICATION_LEVELS = _choices(
    v.QUALIFICATION_LEVEL, {"high": ("жоғары", "высокий", "high"), "medium": ("орташа", "средний", "medium")}
)
WORK_CATEGORIES = _choices(
    v.CATEGORY,
    {
        "higher": ("жоғары", "высшая", "higher"),
        "first": ("бірінші", "первая", "first"),
        "second": ("екінші", "вторая", "second"),
        "none": ("жоқ", "нет", "санатсыз"),
    },
)
EDUCATION_LEVELS = _choices(
    v.EDUCATION_LEVEL,
    {
        "tvet": (
            "ТжКБ",
            "ТиПО",
            "техникалық және кәсіптік",
            "техническое и профессиональное",
            "technical and vocational",
        ),
        "applied_bachelor": ("applied bachelor",),
        "higher": ("жоғары", "высшее", "higher"),
        "postgraduate": ("жоғары оқу орнынан кейінгі", "послевузовское", "postgraduate"),
    },
)
EDUCATION_FIELDS = _choices(
    v.EDUCATION_FIELD,
    {
        "social": ("әлеуметтік", "социальное", "social"),
        "economic": ("экономикалық", "экономическое", "economic"),
        "legal": ("заңгерлік", "юридическое", "legal", "құқықтық"),
        "pedagogical": ("педагогикалық", "педагогическое", "pedagogical"),
        "other": ("басқа", "иное", "other", "другое"),
    },
)
ORGANIZATION_KINDS = _choices(
    v.ORGANIZATION_KIND,
    {
        "ministry": ("министрлік", "министерство"),
        "lmc": (
            "еңбек мобильділігі орталығы",
            "центр трудовой мобильности",
            "ЕМО",
            "ЦТМ",
            "еңбек ұтқырлығы орталығы",
            "ЕҰО",
        ),
        "career_centre": ("мансап орталығы", "центр карьеры"),
        "department": ("сектор немесе бөлім", "сектор или отдел", "бөлім", "сектор", "отдел"),
        "social_service": ("әлеуметтік қызмет көрсету мекемесі", "учреждение социального обслуживания"),
        "pension_branch": ("зейнетақы төлеу орталығының филиалы", "филиал центра по выплате пенсий"),
    },
)
SIGNIFICANCE = _choices(
    v.SIGNIFICANCE,
    {
        "republican": ("республикалық", "республиканское", "republican"),
        "oblast": ("облыстық", "областное", "oblast"),
        "district": ("аудандық", "районное", "district"),
    },
)

_IIN = Column("iin", "ЖСН", "ИИН", "IIN", IIN, required=True, example="850314300122")

ORGANIZATIONS = Kind(
    "organizations",
    (
        Column("code", "Код", "Код", "Code", max_length=40, example="ko-1"),
        Column(
            "parent", "Жоғары тұрған ұйым", "Вышестоящая организация", "Parent organization", REF, example="1"
        ),
        Column(
            "name_kk",
            "Атауы (қазақша)",
            "Наименование (на казахском)",
            "Name (Kazakh)",
            required=True,
            max_length=300,
            example="Алматы ауданының мансап орталығы",
        ),
        Column(
            "name_ru",
            "Атауы (орысша)",
            "Наименование (на русском)",
            "Name (Russian)",
            required=True,
            max_length=300,
            example="Центр карьеры Алматинского района",
        ),
        Column(
            "kind",
            "Түрі",
            "Вид",
            "Kind",
            ENUM,
            required=True,
            choices=ORGANIZATION_KINDS,
            example="career_centre",
        ),
        Column(
            "significance",
            "Маңызы",
            "Значение",
            "Significance",
            ENUM,
            choices=SIGNIFICANCE,
            example="district",
        ),
        Column("region", "Өңір", "Регион", "Region", max_length=40, example="Астана"),
    ),
    {"kk": "Ұйымдар", "ru": "Организации", "en": "Organizations"},
)

EMPLOYEES = Kind(
    "employees",
    (
        _IIN,
        Column(
            "last_name_kk",
            "Тегі (қазақша)",
            "Фамилия (на казахском)",
            "Surname (Kazakh)",
            required=True,
            max_length=100,
            example="Сейтқали",
        ),
        Column(
            "first_name_kk",
            "Аты (қазақша)",
            "Имя (на казахском)",
            "Name (Kazakh)",
            required=True,
            max_length=100,
            example="Нұрлан",
        ),
        Column(
            "patronymic_kk",
            "Әкесінің аты (қазақша)",
            "Отчество (на казахском)",
            "Patronymic (Kazakh)",
            max_length=100,
            example="Бекұлы",
        ),
        Column(
            "last_name_ru",
            "Тегі (орысша)",
            "Фамилия (на русском)",
            "Surname (Russian)",
            max_length=100,
            example="Сейткали",
        ),
        Column(
            "first_name_ru",
            "Аты (орысша)",
            "Имя (на русском)",
            "Name (Russian)",
            max_length=100,
            example="Нурлан",
        ),
        Column(
            "patronymic_ru",
            "Әкесінің аты (орысша)",
            "Отчество (на русском)",
            "Patronymic (Russian)",
            max_length=100,
            example="Бекович",
        ),
        Column("sex", "Жынысы", "Пол", "Sex", ENUM, choices=SEX, example="male"),
        Column("birth_date", "Туған күні", "Дата рождения", "Birth date", DATE, example="14.03.1985"),
        Column("phone", "Телефон", "Телефон", "Phone", max_length=32, example="+7 701 123 45 67"),
        Column(
            "email",
            "Электрондық пошта",
            "Электронная почта",
            "E-mail",
            EMAIL,
            max_length=254,
            example="n.seitkali@example.kz",
        ),
        Column(
            "organization",
            "Ұйым (ID)",
            "Организация (ID)",
            "Organization (ID)",
            ID,
            required=True,
            example="1",
        ),
        Column(
            "organization_name",
            "Ұйымның атауы",
            "Наименование организации",
            "Organization name",
            informational=True,
        ),
    ),
    {"kk": "Қызметкерлер", "ru": "Работники", "en": "Employees"},
)

WORK = Kind(
    "work",
    (
        _IIN,
        Column(
            "start",
            "Жұмыс басталған күн",
            "Дата начала работы",
            "From",
            DATE,
            required=True,
            example="01.09.2015",
        ),
        Column("end", "Жұмыс аяқталған күн", "Дата окончания работы", "To", DATE, example="31.12.2019"),
        Column(
            "sector",
            "Қызмет саласы",
            "Сфера деятельности",
            "Sector",
            ENUM,
            required=True,
            choices=SECTORS,
            example="employment",
        ),
        Column(
            "qualification_level",
            "Біліктілік деңгейі",
            "Уровень квалификации",
            "Qualification level",
            ENUM,
            choices=QUALIFICATION_LEVELS,
            example="medium",
        ),
        Column(
            "category", "Санаты", "Категория", "Category", ENUM, choices=WORK_CATEGORIES, example="second"
        ),
        Column(
            "management",
            "Басшылық лауазым",
            "Руководящая должность",
            "Management",
            BOOL,
            choices=YES_NO,
            example="no",
        ),
        Column(
            "employer",
            "Жұмыс беруші",
            "Работодатель",
            "Employer",
            max_length=300,
            example="Астана қаласының еңбек мобильділігі орталығы",
        ),
    ),
    {"kk": "Еңбек жолы", "ru": "Трудовая деятельность", "en": "Work history"},
)

EDUCATION = Kind(
    "education",
    (
        _IIN,
        Column(
            "level",
            "Білім деңгейі",
            "Уровень образования",
            "Level",
            ENUM,
            required=True,
            choices=EDUCATION_LEVELS,
            example="higher",
        ),
        Column(
            "field",
            "Білім бағыты",
            "Направление подготовки",
            "Field",
            ENUM,
            required=True,
            choices=EDUCATION_FIELDS,
            example="social",
        ),
        Column(
            "institution",
            "Оқу орны",
            "Учебное заведение",
            "Institution",
            max_length=300,
            example="Л.Н. Гумилев атындағы ЕҰУ",
        ),
        Column("graduated_on", "Бітірген күні", "Дата окончания", "Graduated on", DATE, example="30.06.2007"),
    ),
    {"kk": "Білімі", "ru": "Образование", "en": "Education"},
)

KINDS: dict[str, Kind] = {k.name: k for k in (ORGANIZATIONS, EMPLOYEES, WORK, EDUCATION)}


def choice_lookup(choices: tuple[Choice, ...]) -> dict[str, str]:
    """Every accepted spelling of a value, normalised, to its code."""
    table: dict[str, str] = {}
    for choice in choices:
        for word in choice.words():
            table.setdefault(normal(word), choice.code)
    return table
