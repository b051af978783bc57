"""A realistic demo data set: the ministry, every oblast and city of republican significance
with its labour mobility centre, career centres, a social-service institution and a
pension-payment branch, and employees with plausible histories.

Built in bulk (one transaction, one audit entry naming what was loaded); the people come from
``demo_people`` (seeded), so the same command gives the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction

from biliktilik.audit.services import audit_record
from biliktilik.lawbook import loader
from biliktilik.rules import attestation as attestation_rule
from biliktilik.rules.calendar import add_months

from .demo_people import DISTRICTS, REGIONS, people
from .models import (
    CategoryAward,
    Education,
    Employee,
    Organization,
    PositionHeld,
    Training,
    WorkPeriod,
    with_sort_keys,
)


@dataclass(frozen=True)
class Post:
    title: str
    register_position: str
    requirement: str
    qualification_level: str
    sector: str
    weight: int


LMC_POSTS = (
    Post("Еңбек мобильділігі орталығының директоры", "A1.2.01", "order-2017-360/9", "", "employment", 1),
    Post(
        "Еңбек мобильділігі орталығы директорының орынбасары",
        "A1.2-1.01",
        "order-2017-360/12-3",
        "",
        "employment",
        2,
    ),
    Post("Бас бухгалтер", "A2.2.04", "", "", "employment", 1),
    Post("Еңбек мобильділігі орталығының маманы", "", "order-2017-360/54", "high", "employment", 12),
)
CC_POSTS = (
    Post("Мансап орталығының басшысы", "A1.3.01", "order-2017-360/12", "", "employment", 1),
    Post(
        "Мансап орталығының әлеуметтік жұмыс жөніндегі консультанты",
        "B2.other.1.04",
        "order-2017-360/57",
        "high",
        "employment",
        8,
    ),
    Post("Мансап орталығының маманы (орта деңгей)", "", "order-2017-360/57", "medium", "employment", 3),
    Post("Мансап орталығының ассистенті", "D1.0.38", "", "", "employment", 2),
)
SOCIAL_POSTS = (
    Post("Әлеуметтік жұмыс жөніндегі маман", "", "order-2017-360/54", "high", "social_protection", 6),
    Post("Күтім жөніндегі әлеуметтік қызметкер", "", "order-2017-360/69", "medium", "social_protection", 6),
)
PENSION_POSTS = (
    Post("Зейнетақымен қамсыздандыру жөніндегі маман", "", "order-2017-360/60", "high", "employment", 5),
)
EDUCATION_FIELDS = ("social", "economic", "legal", "pedagogical", "other")
LADDER = ("none", "second", "first", "higher")


@dataclass(frozen=True)
class Size:
    regions: int
    career_centres_per_region: int
    employees: int


FULL = Size(regions=len(REGIONS), career_centres_per_region=4, employees=5_000)
SMALL = Size(regions=2, career_centres_per_region=2, employees=120)


def _org(parent: Organization | None, kind: str, significance: str, name_kk: str, name_ru: str, region: str):
    organization = Organization(
        parent=parent,
        kind=kind,
        significance=significance,
        name_kk=name_kk,
        name_ru=name_ru,
        region=region,
        path="",
    )
    with_sort_keys(organization).save()
    organization.path = organization.tree_path()
    organization.save(update_fields=["path"])
    return organization


def _organizations(size: Size) -> list[tuple[Organization, tuple[Post, ...]]]:
    ministry = _org(
        None,
        "ministry",
        "republican",
        "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
        "Министерство труда и социальной защиты населения Республики Казахстан",
        "",
    )
    units: list[tuple[Organization, tuple[Post, ...]]] = []
    for region in REGIONS[: size.regions]:
        lmc = _org(
            ministry,
            "lmc",
            "oblast",
            f"{region.kk} Еңбек мобильділігі орталығы",
            f"Центр трудовой мобильности ({region.ru})",
            region.kk,
        )
        units.append((lmc, LMC_POSTS))
        for district_kk, district_ru in DISTRICTS[region.id][: size.career_centres_per_region]:
            centre = _org(
                lmc,
                "career_centre",
                "district",
                f"{district_kk} мансап орталығы",
                f"Центр карьеры ({district_ru})",
                region.kk,
            )
            units.append((centre, CC_POSTS))
        social = _org(
            ministry,
            "social_service",
            "oblast",
            f"{region.kk} арнаулы әлеуметтік қызметтер орталығы",
            f"Центр оказания специальных социальных услуг ({region.ru})",
            region.kk,
        )
        units.append((social, SOCIAL_POSTS))
        pension = _org(
            ministry,
            "pension_branch",
            "oblast",
            f"ЗТМО {region.kk} филиалы",
            f"Филиал ГЦВП ({region.ru})",
            region.kk,
        )
        units.append((pension, PENSION_POSTS))
    return units


def _history(rng: random.Random, employee: Employee, post: Post, today: dt.date):
    """Education, a career of one to three periods ending in the current post, and a category."""
    adult = add_months(employee.birth_date, 12 * 22)
    level = (
        "tvet"
        if post.qualification_level == "medium"
        else rng.choice(("applied_bachelor", "higher", "higher"))
    )
    education = [Education(employee=employee, level=level, field=rng.choice(EDUCATION_FIELDS))]
    start = adult + dt.timedelta(days=rng.randrange(0, 900))
    periods, rank = [], 0
    while True:
        length = rng.randrange(300, 2200)
        end = start + dt.timedelta(days=length)
        current = end >= today - dt.timedelta(days=200)
        periods.append(
            WorkPeriod(
                employee=employee,
                start=start,
                end=None if current else end,
                sector=post.sector
                if current
                else rng.choice((post.sector, "social_protection", "education", "business")),
                qualification_level=post.qualification_level,
                category=LADDER[rank],
                management=post.register_position.startswith("A"),
                employer=employee.organization.name_kk if current else "",
            )
        )
        if current:
            break
        rank = min(rank + rng.choice((0, 1)), 3)
        start = end + dt.timedelta(days=rng.randrange(1, 60))
    position = PositionHeld(
        employee=employee,
        organization=employee.organization,
        title=post.title,
        register_position=post.register_position,
        register_confirmed=bool(post.register_position),
        requirement=post.requirement,
        qualification_level=post.qualification_level,
        start=periods[-1].start,
    )
    return education, periods, position


@transaction.atomic
def build(*, actor, size: Size, today: dt.date, seed: int = 2026) -> dict:
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
    validity_years = attestation_rule.parameters_in_force(
        loader.default(), today
    ).category_validity_years.value
    units = _organizations(size)
    weighted = [(unit, post) for unit, posts in units for post in posts for _ in range(post.weight)]
    employees, assignments = [], []
    for person in people(size.employees, seed=seed, today=today):
        unit, post = rng.choice(weighted)
        employees.append(
            with_sort_keys(
                Employee(
                    organization=unit,
                    iin=person.iin,
                    last_name_kk=person.last_name_kk,
                    first_name_kk=person.first_name_kk,
                    patronymic_kk=person.patronymic_kk,
                    last_name_ru=person.last_name_ru,
                    first_name_ru=person.first_name_ru,
                    patronymic_ru=person.patronymic_ru,
                    sex=person.sex,
                    birth_date=person.birth_date,
                    phone=person.phone,
                    email=person.email,
                )
            )
        )
        assignments.append(post)
    Employee.objects.bulk_create(employees, batch_size=1000)
    education, work, positions, categories, training = [], [], [], [], []
    for employee, post in zip(employees, assignments, strict=True):
        e, w, p = _history(rng, employee, post, today)
        education += e
        work += w
        positions.append(p)
        if post.sector == "employment" and rng.random() < 0.3:
            assigned = today - dt.timedelta(days=rng.randrange(30, 1090))
            categories.append(
                CategoryAward(
                    employee=employee,
                    category=rng.choice(("career_consultant", "case_manager", "mentor")),
                    assigned_on=assigned,
                    valid_until=add_months(assigned, 12 * validity_years),
                    decision="Аттестаттау комиссиясының шешімі (демо)",
                )
            )
        if rng.random() < 0.6:
            training.append(
                Training(
                    employee=employee,
                    course="Біліктілікті арттыру курсы",
                    hours=rng.choice((36, 72)),
                    profile=post.sector,
                    completed_on=today - dt.timedelta(days=rng.randrange(10, 700)),
                )
            )
    for model, rows in (
        (Education, education),
        (WorkPeriod, work),
        (PositionHeld, positions),
        (CategoryAward, categories),
        (Training, training),
    ):
        model.objects.bulk_create(rows, batch_size=2000)
    counts = {
        "organizations": Organization.objects.count(),
        "employees": len(employees),
        "work": len(work),
        "education": len(education),
        "categories": len(categories),
        "training": len(training),
    }
    audit_record(
        actor=actor, action="demo.load", object_type="dataset", object_id=f"demo-{seed}", after=counts
    )
    return counts
