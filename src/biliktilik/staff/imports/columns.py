"""The columns of each kind of import file, defined once: the field, its header in Kazakh,
Russian and English, whether it is required, and how a cell is read.

Templates, the import and the export all read these tables, so a header or an allowed value
is changed in one place. Enum values are accepted as the code or any of its kk/ru/en words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# kind: "text", "iin", "date", "enum", "bool", "email", "id", "ref" (organization id or file code)
TEXT, IIN, DATE, ENUM, BOOL, EMAIL, ID, REF = "text", "iin", "date", "enum", "bool", "email", "id", "ref"


@dataclass(frozen=True)
class Choice:
    code: str
    kk: str
    ru: str
    en: str
    aliases: tuple[str, ...] = ()

    def word(self, language: str) -> str:
        return getattr(self, language, None) or self.en


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


SEX = (
    Choice("male", "ер", "мужской", "male", ("ер адам", "м", "муж", "е", "m")),
    Choice("female", "әйел", "женский", "female", ("ж", "жен", "ә", "f")),
)
YES_NO = (
    Choice("yes", "иә", "да", "yes", ("1", "true", "+", "ия")),
    Choice("no", "жоқ", "нет", "no", ("0", "false", "-")),
)
SECTORS = (
    Choice("employment", "жұмыспен қамту", "занятость", "employment", ("сфера занятости",)),
    Choice("social_protection", "әлеуметтік қорғау", "социальная защита", "social protection"),
    Choice("education", "білім беру", "образование", "education"),
    Choice("healthcare", "денсаулық сақтау", "здравоохранение", "healthcare"),
    Choice("business", "кәсіпкерлік", "предпринимательство", "business", ("бизнес",)),
    Choice("quasi_public", "квазимемлекеттік сектор", "квазигосударственный сектор", "quasi-public sector"),
    Choice("other", "басқа", "иное", "other", ("другое", "прочее")),
)
QUALIFICATION_LEVELS = (
    Choice("high", "жоғары", "высокий", "high"),
    Choice("medium", "орташа", "средний", "medium"),
)
WORK_CATEGORIES = (
    Choice("higher", "жоғары", "высшая", "higher"),
    Choice("first", "бірінші", "первая", "first"),
    Choice("second", "екінші", "вторая", "second"),
    Choice("none", "санатсыз", "без категории", "no category", ("жоқ", "нет")),
)
EDUCATION_LEVELS = (
    Choice(
        "tvet",
        "техникалық және кәсіптік",
        "техническое и профессиональное",
        "technical and vocational",
        ("ТжКБ", "ТиПО"),
    ),
    Choice("applied_bachelor", "қолданбалы бакалавриат", "прикладной бакалавриат", "applied bachelor"),
    Choice("higher", "жоғары", "высшее", "higher"),
    Choice("postgraduate", "жоғары оқу орнынан кейінгі", "послевузовское", "postgraduate"),
)
EDUCATION_FIELDS = (
    Choice("social", "әлеуметтік", "социальное", "social"),
    Choice("economic", "экономикалық", "экономическое", "economic"),
    Choice("legal", "заңгерлік", "юридическое", "legal", ("құқықтық",)),
    Choice("pedagogical", "педагогикалық", "педагогическое", "pedagogical"),
    Choice("other", "басқа", "иное", "other", ("другое",)),
)
ORGANIZATION_KINDS = (
    Choice("ministry", "министрлік", "министерство", "ministry"),
    Choice(
        "lmc",
        "еңбек мобильділігі орталығы",
        "центр трудовой мобильности",
        "labour mobility centre",
        ("ЕМО", "ЦТМ", "еңбек ұтқырлығы орталығы", "ЕҰО"),
    ),
    Choice("career_centre", "мансап орталығы", "центр карьеры", "career centre"),
    Choice(
        "department",
        "сектор немесе бөлім",
        "сектор или отдел",
        "sector or department",
        ("бөлім", "сектор", "отдел"),
    ),
    Choice(
        "social_service",
        "әлеуметтік қызмет көрсету мекемесі",
        "учреждение социального обслуживания",
        "social-service institution",
    ),
    Choice(
        "pension_branch",
        "зейнетақы төлеу орталығының филиалы",
        "филиал центра по выплате пенсий",
        "pension-payment centre branch",
    ),
)
SIGNIFICANCE = (
    Choice("republican", "республикалық", "республиканское", "republican"),
    Choice("oblast", "облыстық", "областное", "oblast"),
    Choice("district", "аудандық", "районное", "district"),
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
        for word in (choice.code, choice.kk, choice.ru, choice.en, *choice.aliases):
            table.setdefault(normal(word), choice.code)
    return table
