"""Benchmark: 50 officers at once on a running server — card reads, edits and lists against a
bare endpoint of the same server, on SQLite and on PostgreSQL, with locust.

Run: .venv/bin/python bench/bench_load.py [--database sqlite|postgresql|both] [--run-time S]
     [--quick] [--users N] [--spawn-rate N] [--employees N] [--web-workers N] [--keep]

Needs the ``bench`` extra (``.venv/bin/pip install -e '.[bench]'``). For each database the
script makes a fresh instance (tests/runtime/instance.py: an SQLite file in a temporary
directory, or a new PostgreSQL database on 127.0.0.1:5432, dropped at the end), starts
``biliktilik serve`` on a free loopback port with the web workers ``make run`` would start,
creates the employees through the API, and runs locust headless against it (bench/locustfile.py)
for a fixed time. Then it stops the server, verifies the audit chain and counts the card-read
entries in it against the card reads that succeeded.

The exit status is non-zero when any request failed (a 412 to a stale If-Match is expected and
not a failure), the server logged an error, the chain does not verify, or the card-read entries
and the successful card reads differ.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import urllib.request

import common
from common import ROOT, ms, percentile, read_serve_log

LOCUSTFILE = ROOT / "bench" / "locustfile.py"
PASSWORD = "runtime-password-2026"  # noqa: S105 - the seeded administrator's (tests/runtime/instance.py)
CARD, PAGE, BARE = "card read (API)", "card page (HTML)", "bare endpoint (/healthz)"
STALE = "edit with If-Match: 412"
ORDER = [CARD, PAGE, "edit", "edit with If-Match", STALE, "employee list", BARE]
COUNT_VIEWS = (
    "from biliktilik.audit.models import AuditEntry; "
    "print(AuditEntry.objects.filter(action='employee.view').count())"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--run-time", type=int, default=60, help="seconds of load per database (default 60)")
    parser.add_argument("--quick", action="store_true", help="15 seconds per database")
    parser.add_argument("--users", type=int, default=50, help="concurrent users (default 50)")
    parser.add_argument("--spawn-rate", type=float, default=25, help="users started per second (default 25)")
    parser.add_argument("--employees", type=int, default=50, help="employees created besides the seeded one")
    web_workers = min(2 * (os.cpu_count() or 1) + 1, 5)
    parser.add_argument("--web-workers", type=int, default=web_workers, help="default as make run's")
    parser.add_argument("--keep", action="store_true", help="keep the logs (serve.log, locust.log)")
    args = parser.parse_args()
    seconds = 15 if args.quick else args.run_time
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]

    threads = os.environ.get("BILIKTILIK_WEB_THREADS", "4")
    print(f"{dt.date.today()}: {args.users} users (spawn rate {args.spawn_rate}/s), {seconds} s per "
          f"database, {args.web_workers} web workers × {threads} threads, {os.cpu_count()} cores shared "
          "with the load generator")  # fmt: skip
    results, ok = [], True
    for database in databases:
        with common.instance_for(
            database, prefix="bench-load", database=database, web_workers=args.web_workers, keep=args.keep
        ) as current:
            instance = current.instance
            # A fresh instance collects and compresses its static files first: a minute when busy.
            instance.create().start(timeout=300)
            employees = [instance.seed["employee"], *create_employees(instance, args.employees)]
            outcome = run_locust(instance, employees, args.users, args.spawn_rate, seconds)
            instance.stop()
            outcome.update(check(instance, outcome))
            outcome["database"] = database
            results.append(outcome)
            current.good = outcome["ok"]
        ok &= current.good
    print()
    print(markdown(results))
    return 0 if ok else 1


def create_employees(instance, count: int) -> list[int]:
    """``count`` employees of the seeded organization, created through the API."""
    from biliktilik.staff.iin import make_iin

    ids = []
    for n in range(count):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=293 * n + 17)
        body = {
            "organization": instance.seed["organization"],
            "iin": make_iin(birth, "male" if n % 2 else "female", 1000 + n),
            "last_name_kk": f"Қызметкер-{n}",
            "first_name_kk": "Ерлан" if n % 2 else "Сәуле",
            "last_name_ru": f"Сотрудник-{n}",
            "first_name_ru": "Ерлан" if n % 2 else "Сауле",
        }
        request = urllib.request.Request(  # noqa: S310 - our own server on the loopback address
            instance.url("/api/v1/employees"),
            data=json.dumps(body).encode(),
            headers={**instance.bearer, "Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
            ids.append(json.load(answer)["id"])
    return ids


def run_locust(instance, employees: list[int], users: int, spawn_rate: float, seconds: int) -> dict:
    env = {
        "BENCH_TOKEN": instance.seed["token"],
        "BENCH_EMPLOYEES": ",".join(map(str, employees)),
        "BENCH_USERNAME": "admin",
        "BENCH_PASSWORD": PASSWORD,
    }
    return common.run_locust(
        instance, LOCUSTFILE, users=users, spawn_rate=spawn_rate, seconds=seconds, env=env
    )


def check(instance, outcome: dict) -> dict:
    """The audit chain, the card-read entries against the successful card reads, the server log."""
    verified = instance.command("audit", "verify", check=False)
    views = int(instance.command("shell", "-c", COUNT_VIEWS).stdout.split()[-1])
    reads = len(outcome["times"].get(CARD, [])) + len(outcome["times"].get(PAGE, []))
    server_errors, server_times = read_serve_log(instance.root / "serve.log", SERVER_KINDS)
    failures = sum(len(f) for f in outcome["failures"].values())
    for name, messages in outcome["failures"].items():
        print(f"  {instance.database}: {len(messages)} failed {name!r}, e.g. {messages[:3]}")
    for line in server_errors[:10]:
        print(f"  {instance.database}: serve.log: {line[:400]}")
    ok = (
        outcome["locust_exit"] == 0
        and failures == 0
        and not server_errors
        and verified.returncode == 0
        and views == reads
    )
    return {
        "audit": (verified.stdout or verified.stderr).strip().splitlines()[-1],
        "audit_ok": verified.returncode == 0,
        "views": views,
        "reads": reads,
        "failed": failures,
        "server_errors": len(server_errors),
        "server_times": server_times,
        "ok": ok,
    }


# The server's own request log (JSON, one line a request): its time for each kind of request.
SERVER_KINDS = [
    (CARD, "GET", re.compile(r"/api/v1/employees/\d+"), None),
    (PAGE, "GET", re.compile(r"/staff/employees/\d+/"), None),
    ("edit (both kinds)", "PATCH", re.compile(r"/api/v1/employees/\d+"), 200),
    (STALE, "PATCH", re.compile(r"/api/v1/employees/\d+"), 412),
    ("employee list", "GET", re.compile(r"/api/v1/employees"), None),
    (BARE, "GET", re.compile(r"/healthz"), None),
]


def markdown(results: list[dict]) -> str:
    """The figures as a Markdown table (client-side times, and the server's own from its log)."""
    lines = [
        "| database | request | requests | req/s | p50 ms | p99 ms | server p50 / p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    for r in results:
        seconds = r["seconds"]
        names = [n for n in ORDER if n in r["times"] or n in r["failures"]]
        names += sorted(n for n in {*r["times"], *r["failures"]} if n not in names)
        for name in names:
            values = r["times"].get(name, [])
            errors = len(r["failures"].get(name, []))
            count = len(values) + errors
            edit = name in ("edit", "edit with If-Match")
            server = r["server_times"].get("edit (both kinds)" if edit else name, [])
            mark = " ¹" if edit else ""
            lines.append(
                f"| {r['database']} | {name} | {count:,} | {count / seconds:.1f} | {ms(values, 50)} "
                f"| {ms(values, 99)} | {ms(server, 50)} / {ms(server, 99)}{mark} | {errors} |"
            )
        total = sum(len(v) for v in r["times"].values()) + r["failed"]
        lines.append(
            f"| {r['database']} | **all** | {total:,} | **{total / seconds:.1f}** | | | | **{r['failed']}** |"
        )
        ratio = _ratio(r["times"]) + " (the server's own times: " + _ratio(r["server_times"]) + ")"
        notes.append(
            f"- {r['database']}: {seconds:.0f} s, load average {r['load']:.1f} at the end; "
            f"card read / bare endpoint: {ratio}; "
            f"412 to a stale If-Match: {len(r['times'].get(STALE, []))}; server errors logged: "
            f"{r['server_errors']}; audit: {r['audit']}; card-read entries {r['views']:,} for "
            f"{r['reads']:,} successful card reads (API and page)"
            + ("" if r["views"] == r["reads"] else " — MISMATCH")
            + ("; locust warned that its CPU was saturated" if r["locust_cpu_warning"] else "")
        )
    notes.append(
        "- ¹ both kinds of edit that saved (200) together: the server's log does not tell them apart"
    )
    return "\n".join(lines + [""] + notes)


def _ratio(times: dict[str, list[float]]) -> str:
    card, bare = times.get(CARD), times.get(BARE)
    if not card or not bare:
        return "—"
    return ", ".join(f"p{p} {percentile(card, p) / percentile(bare, p):.1f}×" for p in (50, 99))


if __name__ == "__main__":
    sys.exit(main())
