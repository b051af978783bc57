"""Benchmark: importing 100,000 employees and 500,000 work-history rows from CSV into PostgreSQL,
against PostgreSQL's own COPY of the same rows into the same tables.

Run: .venv/bin/python bench/bench_import.py [--employees N] [--work N] [--repeat N]

DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names the server; the script
creates a database ``biliktilik_bench`` next to it, migrates it, and drops it at the end.
Seeded CSV files (Russian headers, semicolons, a byte-order mark, as Excel saves them) are
written to a temporary directory. Each round times, on empty tables:

- ours: ``services_import.import_file`` for the employees file, then the work file: reading,
  validating every row (IIN check digits, dates, enums, permissions, registered IINs), the
  insert and the audit entry, each file in its own transaction;
- COPY: psycopg's ``cursor.copy`` of the same CSV rows mapped to the table columns (IIN to
  employee id through one SELECT, timestamps added), no validation.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test"
BENCH_DB = "biliktilik_bench"
SECTORS = ("employment", "social_protection", "education", "healthcare", "business", "quasi_public", "other")
LEVELS = ("high", "medium", "")
CATEGORIES = ("higher", "first", "second", "none", "")
SURNAMES = ("Сейтқали", "Жұмабаев", "Әбенова", "Ахметова", "Иванова", "Нұрланұлы", "Ким", "Оспанов")
NAMES = ("Айгүл", "Нұрлан", "Дәурен", "Сәуле", "Мария", "Ерлан", "Гүлнар", "Асхат")


def server_urls(database: str = BENCH_DB) -> tuple[str, str]:
    """(a URL to administer the server with, the URL of the benchmark's own ``database``)."""
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    base, _, _ = url.rpartition("/")
    return url, f"{base}/{database}"


def admin_execute(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(statement)


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "biliktilik.config.settings")
    os.environ.setdefault("BILIKTILIK_DEBUG", "0")  # no query log in the timed path
    os.environ.setdefault("BILIKTILIK_SECRET_KEY", "benchmark-only-not-a-secret")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def make_world():
    """A ministry, 20 labour mobility centres, 10 career centres under each; an administrator."""
    from django.contrib.auth import get_user_model

    from biliktilik.staff.models import Organization

    def create(parent, kind, name):
        org = Organization.objects.create(parent=parent, kind=kind, name_kk=name, name_ru=name, path="")
        org.path = f"{parent.path if parent else '/'}{org.pk}/"
        org.save(update_fields=["path"])
        return org

    ministry = create(None, "ministry", "Министрлік")
    centres = []
    for i in range(20):
        lmc = create(ministry, "lmc", f"ЕҰО {i}")
        centres += [create(lmc, "career_centre", f"Мансап орталығы {i}-{j}") for j in range(10)]
    admin = get_user_model().objects.create_superuser("bench", password=None)
    return admin, [c.pk for c in centres]


def write_files(folder: Path, employees: int, work: int, organizations: list[int], seed: int):
    from biliktilik.staff.iin import make_iin
    from biliktilik.staff.imports import KINDS

    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not security
    iins: list[str] = []
    seen: set[str] = set()
    people = folder / "employees.csv"
    with people.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow([c.ru for c in KINDS["employees"].columns if not c.informational])
        while len(iins) < employees:
            birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(15000))
            sex = rng.choice(("male", "female"))
            iin = make_iin(birth, sex, rng.randrange(10_000))
            if iin in seen:
                continue
            seen.add(iin)
            iins.append(iin)
            surname, name = rng.choice(SURNAMES), rng.choice(NAMES)
            out.writerow([
                iin, surname, name, "", surname, name, "", sex, birth.isoformat(),
                f"+7 701 {rng.randrange(10**7):07d}", f"p{len(iins)}@example.kz", rng.choice(organizations),
            ])  # fmt: skip
    history = folder / "work.csv"
    with history.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow([c.ru for c in KINDS["work"].columns])
        for _ in range(work):
            start = dt.date(1985, 1, 1) + dt.timedelta(days=rng.randrange(14000))
            end = start + dt.timedelta(days=rng.randrange(30, 3000))
            end = "" if rng.random() < 0.2 else end.isoformat()
            out.writerow([
                rng.choice(iins), start.isoformat(), end, rng.choice(SECTORS), rng.choice(LEVELS),
                rng.choice(CATEGORIES), rng.choice(("yes", "no")), "Жұмыс беруші",
            ])  # fmt: skip
    return people, history


def empty_tables() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE staff_workperiod, staff_employee, audit_auditentry, audit_audithead "
            "RESTART IDENTITY CASCADE"
        )


def run_ours(admin, people: Path, history: Path) -> dict[str, float]:
    from biliktilik.staff.services_import import import_file

    times = {}
    for kind, path in (("employees", people), ("work", history)):
        start = time.perf_counter()
        report = import_file(actor=admin, kind=kind, file=path, language="ru")
        times[kind] = time.perf_counter() - start
        if not report.ok:
            raise SystemExit(f"{kind}: {report.error_count} errors, e.g. {report.errors[:3]}")
    return times


def run_copy(url: str, people: Path, history: Path) -> dict[str, float]:
    import psycopg

    now = dt.datetime.now(dt.UTC)
    times = {}
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn, conn.cursor() as cur:
        start = time.perf_counter()
        columns = (
            "iin, last_name_kk, first_name_kk, patronymic_kk, last_name_ru, first_name_ru, patronymic_ru, "
            "sex, birth_date, phone, email, organization_id, created_at, updated_at"
        )
        with people.open(encoding="utf-8-sig", newline="") as f, cur.copy(
            f"COPY staff_employee ({columns}) FROM STDIN"
        ) as copy:
            rows = csv.reader(f, delimiter=";")
            next(rows)
            for row in rows:
                copy.write_row((*row, now, now))
        conn.commit()
        times["employees"] = time.perf_counter() - start

        start = time.perf_counter()
        ids = dict(cur.execute("SELECT iin, id FROM staff_employee").fetchall())
        columns = "employee_id, start, \"end\", sector, qualification_level, category, management, employer"
        with history.open(encoding="utf-8-sig", newline="") as f, cur.copy(
            f"COPY staff_workperiod ({columns}) FROM STDIN"
        ) as copy:
            rows = csv.reader(f, delimiter=";")
            next(rows)
            for iin, begin, end, *rest in rows:
                copy.write_row((ids[iin], begin, end or None, *rest))
        conn.commit()
        times["work"] = time.perf_counter() - start
    return times


def counts() -> tuple[int, int]:
    from biliktilik.staff.models import Employee, WorkPeriod

    return Employee.objects.count(), WorkPeriod.objects.count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--work", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of (COPY, ours)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    admin_url, bench_url = server_urls()
    admin_execute(admin_url, f"DROP DATABASE IF EXISTS {BENCH_DB}")
    admin_execute(admin_url, f"CREATE DATABASE {BENCH_DB}")
    try:
        setup_django(bench_url)
        admin, organizations = make_world()
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            people, history = write_files(Path(folder), args.employees, args.work, organizations, args.seed)
            print(f"generated {args.employees:,} employees and {args.work:,} work rows "
                  f"in {time.perf_counter() - start:.1f} s")  # fmt: skip
            for round_ in range(1, args.repeat + 1):
                empty_tables()
                copy = run_copy(bench_url, people, history)
                assert counts() == (args.employees, args.work)
                empty_tables()
                ours = run_ours(admin, people, history)
                assert counts() == (args.employees, args.work)
                report(round_, ours, copy)
    finally:
        from django.db import connections

        connections.close_all()
        admin_execute(admin_url, f"DROP DATABASE IF EXISTS {BENCH_DB}")


def report(round_: int, ours: dict[str, float], copy: dict[str, float]) -> None:
    print(f"round {round_}")
    lines = [(kind, ours[kind], copy[kind]) for kind in ("employees", "work")]
    lines.append(("total", sum(ours.values()), sum(copy.values())))
    for name, mine, theirs in lines:
        print(f"  {name:9}  ours {mine:6.1f} s   COPY {theirs:6.1f} s   ratio {mine / theirs:.2f}")
    total_ours, total_copy = lines[-1][1:]
    verdict = "OK" if total_ours < 60 and total_ours <= 3 * total_copy else "MISSED"
    print(f"  targets: under 60 s and within 3x COPY: {verdict}")


if __name__ == "__main__":
    main()
