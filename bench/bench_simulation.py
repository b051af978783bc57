"""Benchmark: a draft amendment simulated over the whole national workforce — 100,000 employees
with their histories, every one under the law in force and under the draft.

Run: .venv/bin/python bench/bench_simulation.py [--employees N] [--repeat N] [--keep] [--profile]

DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names the server; the script
creates a database ``biliktilik_bench_sim`` next to it, migrates it, fills it by COPY (seeded):
221 organizations in 20 regions, N employees with 1-2 education rows, 1-5 work periods and one
current position each, and finished attestation tests of 5 % of them (5,000). ``--keep`` keeps
the database for the next run (which then skips the filling when it holds N employees); without it
the database is dropped at the end.

This process is pinned to one core (``os.sched_setaffinity``); PostgreSQL answers from its own
processes, which the pin does not reach. Each figure is the median of ``--repeat`` runs:

- parse: ``lawbook.drafts.parse`` of the draft against the law in force (the check included);
- load: ``simulations.loading.people`` — the registry read as the rules' facts;
- engine: ``simulations.engine.simulate`` of the p.54 draft (higher category after 4 years as
  first instead of 3), of the p.17 draft (managers' threshold 80 % instead of 85 %), of a draft
  changing every ladder requirement and the threshold, and of a lawbook loaded anew (every law
  object differs, so every person is evaluated under both: full double evaluation);
- whole run: ``simulations.services.simulation_start`` with the jobs run in this process
  (``BILIKTILIK_TASKS=immediate``): the check, the job row, the registry read, the simulation,
  the change rows and the summary written — what a user's run costs, judged against 10 s.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import functools
import gc
import io
import json
import logging
import os
import pstats
import random
import statistics
import time
from collections.abc import Callable, Iterable

import yaml
from bench_import import CATEGORIES as WORK_CATEGORIES
from bench_import import LEVELS as WORK_LEVELS
from bench_import import NAMES, SECTORS, SURNAMES, admin_execute, server_urls, setup_django

BENCH_DB = "biliktilik_bench_sim"
AS_OF = dt.date(2027, 3, 1)  # the drafts' assumed entry into force, and the day simulated
TITLE = {"kk": "Жоба", "ru": "Проект", "en": "Draft"}
TARGET_SECONDS = 10.0
TESTED_SHARE = 0.05  # 5,000 finished tests among 100,000 employees
TESTS_FROM = dt.datetime(2027, 2, 1, 9, tzinfo=dt.UTC)  # the campaigns' testing window opens

EDUCATION_LEVELS = ("tvet", "applied_bachelor", "higher", "postgraduate")
EDUCATION_FIELDS = ("social", "economic", "legal", "pedagogical", "other")
# The position's requirement (order-2017-360) and its weight: p.54 (social work) is the mass one.
REQUIREMENTS = (("9", 2), ("12", 3), ("12-3", 3), ("15", 6), ("18", 6), ("54", 40), ("57", 20), ("60", 10),
                ("69", 10))  # fmt: skip
LADDERS = ("54", "57", "60", "69")
ATTESTEES = ("new_employee", "category_applicant", "manager", "lmc_specialist", "cc_assistant")


def database_exists(admin_url: str) -> bool:
    import psycopg

    with psycopg.connect(admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (BENCH_DB,)).fetchone()
    return found is not None


# --- filling ----------------------------------------------------------------------------------


def copy_into(model, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
    """COPY ``rows`` (values of ``columns``, attnames) into ``model``'s table; every other column
    gets the field's default (timestamps: now), as ``bulk_create`` would give it."""
    from django.db import connection
    from django.db.models import JSONField

    now = dt.datetime.now(dt.UTC)
    rest = [f for f in model._meta.concrete_fields if f.attname not in columns and not f.primary_key]
    defaults = []
    for f in rest:
        value = now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default()
        defaults.append(json.dumps(value) if isinstance(f, JSONField) else value)
    names = [model._meta.get_field(c).column for c in columns] + [f.column for f in rest]
    statement = f"COPY {model._meta.db_table} ({', '.join(map(connection.ops.quote_name, names))}) FROM STDIN"
    connection.ensure_connection()
    count = 0
    with connection.connection.cursor() as cursor, cursor.copy(statement) as copy:
        tail = tuple(defaults)
        for row in rows:
            copy.write_row(row + tail)
            count += 1
    return count


def make_organizations() -> tuple[list[int], dict[int, str]]:
    """A ministry; in each of the 20 regions a labour mobility centre with 10 career centres
    (221 in all). Returns the ids of the units employees work in and each one's region."""
    from biliktilik.staff.demo_people import REGIONS
    from biliktilik.staff.models import Organization, with_sort_keys

    def create(parent, kind, name, region):
        org = with_sort_keys(
            Organization(parent=parent, kind=kind, name_kk=name, name_ru=name, region=region, path="")
        )
        org.save()
        org.path = org.tree_path()
        org.save(update_fields=["path"])
        return org

    ministry = create(None, "ministry", "Министрлік", "")
    units: dict[int, str] = {}
    for region in REGIONS:
        lmc = create(ministry, "lmc", f"{region.kk} ЕМО", region.kk)
        units[lmc.pk] = region.kk
        for j in range(10):
            centre = create(lmc, "career_centre", f"{region.kk} мансап орталығы {j + 1}", region.kk)
            units[centre.pk] = region.kk
    return list(units), units


def synthetic_registry(employees: int, organizations: list[int], seed: int):
    """The rows of each table, seeded: (employees, education, work, positions), ids from 1."""
    from biliktilik.staff.iin import make_iin
    from biliktilik.staff.models import employee_sort_keys

    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not security
    points = [p for p, _ in REQUIREMENTS]
    weights = [w for _, w in REQUIREMENTS]
    keys: dict[tuple[str, str], dict] = {}
    seen: set[str] = set()
    people, education, work, positions = [], [], [], []
    while len(people) < employees:
        birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(14_000))
        sex = rng.choice(("male", "female"))
        iin = make_iin(birth, sex, rng.randrange(10_000))
        if iin in seen:
            continue
        seen.add(iin)
        pk = len(people) + 1
        surname, name = rng.choice(SURNAMES), rng.choice(NAMES)
        key = keys.get((surname, name))
        if key is None:
            key = keys[surname, name] = employee_sort_keys({"last_name_kk": surname, "first_name_kk": name})
        organization = rng.choice(organizations)
        people.append((pk, organization, iin, surname, name, surname, name, sex, birth, key["sort_kk"],
                       key["sort_ru"]))  # fmt: skip
        for _ in range(rng.randint(1, 2)):
            education.append((pk, rng.choice(EDUCATION_LEVELS), rng.choice(EDUCATION_FIELDS)))
        start = AS_OF - dt.timedelta(days=rng.randrange(400, 8000))
        for _ in range(rng.randint(1, 5)):
            end = start + dt.timedelta(days=rng.randrange(90, 2500))
            level, category = rng.choice(WORK_LEVELS), rng.choice(WORK_CATEGORIES)
            ended = None if end >= AS_OF else end
            work.append((pk, start, ended, rng.choice(SECTORS), level, category, rng.random() < 0.2))
            start = end - dt.timedelta(days=rng.randrange(0, 60))  # sometimes overlapping
            if start >= AS_OF:
                break
        point = rng.choices(points, weights)[0]
        level = rng.choice(("high", "medium")) if point in LADDERS else ""
        began = AS_OF - dt.timedelta(days=rng.randrange(30, 3000))
        positions.append((pk, organization, f"p.{point} лауазымы", f"order-2017-360/{point}", level, began))
    return people, education, work, positions


def synthetic_attestations(people: list[tuple], count: int, seed: int):
    """``count`` finished tests of distinct employees, one campaign per organization: (campaigns,
    attestees, attempts, assessments)."""
    rng = random.Random(seed + 1)  # noqa: S311
    tested = rng.sample(people, min(count, len(people)))
    campaigns: dict[int, int] = {}
    attestees, attempts, assessments = [], [], []
    for pk, (employee, organization, *_) in enumerate(tested, start=1):
        campaign = campaigns.setdefault(organization, len(campaigns) + 1)
        kind = rng.choice(ATTESTEES)
        applicant = kind == "category_applicant"
        current = rng.choice(("none", "career_consultant")) if applicant else "none"
        declared = rng.choice(("case_manager", "mentor")) if applicant else ""
        again = rng.random() < 0.1
        attestees.append((pk, campaign, employee, kind, again, current, declared, 0, True, "tested"))
        finished = TESTS_FROM + dt.timedelta(minutes=rng.randrange(25 * 24 * 60))
        percent = round(rng.uniform(50, 100), 1)
        attempts.append((pk, pk, finished - dt.timedelta(minutes=40), finished + dt.timedelta(minutes=20),
                         "submitted", finished, percent))  # fmt: skip
        if applicant and percent >= 70:
            rating, violations = round(rng.uniform(3, 5), 1), rng.choice((0, 0, 0, 1, 2))
            assessments.append((pk, pk, rating, violations, "file", finished))
    window = (TESTS_FROM.date(), TESTS_FROM.date() + dt.timedelta(days=25))
    rows = [(pk, organization, f"Аттестация 2027 ({organization})", *window, 20, 60)
            for organization, pk in campaigns.items()]  # fmt: skip
    return rows, attestees, attempts, assessments


def fill(employees: int, seed: int) -> None:
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from biliktilik.attestation.models import Assessment, Attempt, Attestee, Campaign
    from biliktilik.staff.models import Education, Employee, PositionHeld, WorkPeriod

    started = time.perf_counter()
    organizations, _ = make_organizations()
    people, education, work, positions = synthetic_registry(employees, organizations, seed)
    tests = max(1, round(employees * TESTED_SHARE))
    campaigns, attestees, attempts, assessments = synthetic_attestations(people, tests, seed)
    generated = time.perf_counter() - started
    tables = (
        (Employee, ("id", "organization_id", "iin", "last_name_kk", "first_name_kk", "last_name_ru",
                    "first_name_ru", "sex", "birth_date", "sort_kk", "sort_ru"), people),
        (Education, ("employee_id", "level", "field"), education),
        (WorkPeriod, ("employee_id", "start", "end", "sector", "qualification_level", "category",
                      "management"), work),
        (PositionHeld, ("employee_id", "organization_id", "title", "requirement", "qualification_level",
                        "start"), positions),
        (Campaign, ("id", "organization_id", "title", "testing_from", "testing_to", "questions",
                    "time_limit_minutes"), campaigns),
        (Attestee, ("id", "campaign_id", "employee_id", "attestee", "reattestation", "current_category",
                    "declared_category", "learning_plan_hours", "admitted", "status"), attestees),
        (Attempt, ("id", "attestee_id", "started_at", "deadline", "status", "finished_at", "percent"),
         attempts),
        (Assessment, ("id", "attestee_id", "rating", "violations", "source", "assessed_at"), assessments),
    )  # fmt: skip
    with transaction.atomic():
        for model, columns, rows in tables:
            copy_into(model, columns, rows)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), [t[0] for t in tables]):
                cursor.execute(statement)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum would have done to a registry this size
    print(f"filled: {len(people):,} employees, {len(education):,} education rows, "
          f"{len(work):,} work periods, {len(positions):,} positions, {len(attempts):,} finished tests "
          f"in {len(campaigns)} campaigns, {len(assessments):,} assessments; generated in {generated:.1f} s, "
          f"all in {time.perf_counter() - started:.1f} s")  # fmt: skip


def registry_size() -> int:
    from biliktilik.staff.models import Employee

    return Employee.objects.count()


# --- the drafts -------------------------------------------------------------------------------


def p54_draft(book) -> str:
    from biliktilik.simulations import draft_writer

    return draft_writer.ladder_years(
        book, draft_id="draft-2027-54", title=TITLE, entry=AS_OF, requirement="54", category="higher", years=4
    )


def p17_draft(book) -> str:
    from biliktilik.simulations import draft_writer

    return draft_writer.threshold(
        book, draft_id="draft-2027-17", title=TITLE, entry=AS_OF, attestee="manager", percent=80
    )


def everything_draft(book) -> str:
    """Every ladder requirement's higher category one year later, and the managers' threshold
    at 80 %: one draft, two changes (order-2017-360, order-2024-422)."""
    from biliktilik.simulations import draft_writer

    draft_id = "draft-2027-all"
    documents = [
        yaml.safe_load(
            draft_writer.ladder_years(
                book, draft_id=draft_id, title=TITLE, entry=AS_OF, requirement=point, category="higher",
                years=4 if point != "69" else 3,
            )
        )
        for point in LADDERS
    ]  # fmt: skip
    document = documents[0]
    change = document["changes"][0]
    for other in documents[1:]:
        change["points"] += other["changes"][0]["points"]
        change["requirements"] += other["changes"][0]["requirements"]
    document["changes"] += yaml.safe_load(
        draft_writer.threshold(
            book, draft_id=draft_id, title=TITLE, entry=AS_OF, attestee="manager", percent=80
        )
    )["changes"]
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=10_000)


# --- timing -----------------------------------------------------------------------------------


def timed(repeat: int, work: Callable[[], object]) -> tuple[float, list[float], object]:
    """(median seconds, every run's seconds, the last run's result). The run before is let go
    first: a worker holds one registry read at a time, and the collector walks what is held."""
    times, result = [], None
    for _ in range(repeat):
        result = None
        gc.collect()
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


def changed(outcome) -> int:
    return len({c.employee for c in outcome.changes})


@contextlib.contextmanager
def timing_parts(parts: dict[str, list[float]]):
    """While inside, the job's registry read and its simulation add their durations to
    ``parts`` (the modules' functions wrapped, then put back): where a whole run's time went."""
    from biliktilik.simulations import engine, loading

    originals = {"read": (loading, "people"), "engine": (engine, "simulate")}

    def wrapped(name, function):
        def timed_part(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                parts.setdefault(name, []).append(time.perf_counter() - started)

        return timed_part

    saved = {name: getattr(module, attr) for name, (module, attr) in originals.items()}
    for name, (module, attr) in originals.items():
        setattr(module, attr, wrapped(name, saved[name]))
    try:
        yield parts
    finally:
        for name, (module, attr) in originals.items():
            setattr(module, attr, saved[name])


def whole_run(admin, amendment: str):
    """A user's run: started, performed in this process, written; the Simulation read back."""
    from biliktilik.simulations import services
    from biliktilik.simulations.models import Simulation

    services._parsed.cache_clear()  # each run parses its draft afresh, as a new process would
    simulation = services.simulation_start(actor=admin, as_of=AS_OF, title="bench", amendment=amendment)
    simulation = Simulation.objects.get(pk=simulation.pk)
    if simulation.status != "done":
        raise SystemExit(f"simulation {simulation.pk} ended {simulation.status}: {simulation.error}")
    return simulation


def measure(args, admin) -> list[tuple[str, float, list[float], str]]:
    from biliktilik.calendar_app.selectors import calendar
    from biliktilik.lawbook import drafts, loader
    from biliktilik.simulations import engine, loading
    from biliktilik.simulations.models import Simulation

    Simulation.objects.all().delete()  # a kept database starts each run with no earlier results
    base = loader.default()
    kz = calendar()
    texts = {"p.54 3 → 4 years": p54_draft(base), "p.17 manager 85 → 80 %": p17_draft(base),
             "every ladder + p.17": everything_draft(base)}  # fmt: skip
    rows = []

    def row(name, median, times, note=""):
        rows.append((name, median, times, note))
        runs = ", ".join(f"{t:.3f}" for t in times)
        print(f"  {name:48} {median:7.3f} s  (runs: {runs})  {note}", flush=True)

    books = {}
    for label, text in texts.items():
        median, times, found = timed(args.repeat, lambda text=text: drafts.parse(text, base))
        books[label] = found.book
        row(f"parse + check: {label}", median, times)
    median, times, (people, where) = timed(args.repeat, lambda: loading.people(viewer=admin, as_of=AS_OF))
    row("load: loading.people", median, times, f"{len(people):,} people")
    books["full double evaluation (law loaded anew)"] = loader.load()
    for label, book in books.items():
        simulate = functools.partial(engine.simulate, people, base=base, draft=book, as_of=AS_OF, calendar=kz)
        median, times, outcome = timed(args.repeat, simulate)
        note = (f"people {outcome.people:,}, evaluated {outcome.evaluated:,}, changed {changed(outcome):,}; "
                f"{outcome.people / median:,.0f} people/s, "
                f"{outcome.evaluated / median:,.0f} evaluated under both/s")
        row(f"engine: {label}", median, times, note)  # fmt: skip
    del people, where, books, outcome  # the whole runs read the registry themselves
    for label, text in texts.items():
        with timing_parts({}) as parts:
            median, times, simulation = timed(args.repeat, lambda text=text: whole_run(admin, text))
        read, simulated = statistics.median(parts["read"]), statistics.median(parts["engine"])
        verdict = "OK" if median <= TARGET_SECONDS else "MISSED"
        note = (f"people {simulation.people:,}, evaluated {simulation.evaluated:,}, changed "
                f"{simulation.changed:,}; inside it (medians) read {read:.2f} s, engine {simulated:.2f} s; "
                f"target ≤ {TARGET_SECONDS:.0f} s: {verdict}")
        row(f"whole run: {label}", median, times, note)  # fmt: skip
    if args.profile:
        profile(admin, texts["p.54 3 → 4 years"])
    return rows


def profile(admin, amendment: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    whole_run(admin, amendment)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(30)
        print(f"\n--- profile of the whole p.54 run, by {order} ---")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:12_000])


def table(rows) -> None:
    print("\n| measurement | median | runs | notes |\n|---|---:|---|---|")
    for name, median, times, note in rows:
        print(f"| {name} | {median:.2f} s | {' / '.join(f'{t:.2f}' for t in times)} | {note} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="keep the filled database for the next run")
    parser.add_argument("--profile", action="store_true", help="cProfile one whole p.54 run at the end")
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})  # this process on one core; PostgreSQL runs in its own processes
    os.environ["BILIKTILIK_TASKS"] = "immediate"  # the job runs inside simulation_start, here

    admin_url, bench_url = server_urls(BENCH_DB)
    existed = args.keep and database_exists(admin_url)
    if not existed:
        admin_execute(admin_url, f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        admin_execute(admin_url, f"CREATE DATABASE {BENCH_DB}")
    try:
        setup_django(bench_url)
        logging.getLogger("django_tasks").setLevel(logging.WARNING)  # a line per job run otherwise
        from django.contrib.auth import get_user_model

        if existed and registry_size() != args.employees:
            raise SystemExit(f"{BENCH_DB} holds {registry_size():,} employees, not {args.employees:,}: "
                             "drop it or run without --keep once")  # fmt: skip
        if not existed:
            fill(args.employees, args.seed)
            get_user_model().objects.create_superuser("bench", password=None)
        else:
            print(f"{BENCH_DB} kept from an earlier run: {args.employees:,} employees")
        admin = get_user_model().objects.get(username="bench")
        print(f"as of {AS_OF}, median of {args.repeat}, pinned to CPU {sorted(os.sched_getaffinity(0))}, "
              f"load average {os.getloadavg()[0]:.2f}")  # fmt: skip
        rows = measure(args, admin)
        print(f"load average at the end {os.getloadavg()[0]:.2f}")
        table(rows)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            admin_execute(admin_url, f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
