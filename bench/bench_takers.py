"""Benchmark: N attestees taking the online test at once on PostgreSQL with the production
server — each starts an attempt and saves answers with think time — against a bare endpoint of
the same server, with locust (issue 8, the last "Done when").

Run: .venv/bin/python bench/bench_takers.py [--users 100,500,1000,2000] [--seconds 180]
     [--spike 60] [--think 30,90] [--bare-users 2] [--capacity-users 20] [--capacity-seconds 20]
     [--web-workers N] [--keep]

Needs the ``bench`` extra (``.venv/bin/pip install -e '.[bench]'``). For each N the script makes
a fresh PostgreSQL database on 127.0.0.1:5432 (tests/runtime/instance.py, dropped at the end),
seeds it in one ``biliktilik shell`` script (60 ready questions on card 2 of the professional
standard through the bank's service, a campaign through the campaigns' service whose window
holds today — 20 questions, 60 minutes — and N employees with their training, user, profile,
token and admitted list entry in bulk, admission decided by the rules for each), starts
``biliktilik serve`` on a loopback port as ``make run`` does (gunicorn gthread, the pool of
``config/settings.py``), and runs locust headless (bench/locustfile_takers.py):

1. takers: N users started within ``--spike`` seconds (the start spike), each starting the test,
   then answering every drawn question after a think time, then submitting; ``--bare-users``
   light users ask /healthz all along. ``--seconds`` in all.
2. capacity: ``--capacity-users`` takers of their own saving answers back to back (no think
   time), then as many users asking /healthz back to back, ``--capacity-seconds`` each: what the
   same server sustains of each.

Then it stops the server, verifies the audit chain, and checks the database against what the
takers were told: an attempt and an ``attempt.start`` entry per start, an ``attempt.submit``
per submit, a saved answer per (attempt, question) saved. The exit status is non-zero when a
request failed, the server logged an error, or a check does not hold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys

import common
from common import ROOT, ms, percentile, read_serve_log

LOCUSTFILE = ROOT / "bench" / "locustfile_takers.py"
START, SAVE, SUBMIT, BARE = "start (the paper)", "answer save", "submit", "bare endpoint (/healthz)"
ORDER = [START, SAVE, SUBMIT, BARE]
SERVER_KINDS = [
    (START, "POST", re.compile(r"/api/v1/attestation/attestees/\d+/attempt"), None),
    (SAVE, "PUT", re.compile(r"/api/v1/attestation/attempts/\d+/answers/\d+"), None),
    (SUBMIT, "POST", re.compile(r"/api/v1/attestation/attempts/\d+/submit"), None),
    (BARE, "GET", re.compile(r"/healthz"), None),
]

# Run by `biliktilik shell` in the new database (after tests/runtime/instance.py's SEED):
# {count} takers, written to {out} as JSON.
SEED = """
import datetime as dt, json, secrets
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from biliktilik.accounts.models import ApiToken, Profile
from biliktilik.accounts.services import TOKEN_PREFIX_LENGTH, token_digest
from biliktilik.attestation import services_bank, services_campaigns
from biliktilik.attestation.models import Attestee
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee, Organization, Training, with_sort_keys

admin = get_user_model().objects.get(username="admin")
organization = Organization.objects.get(pk={organization})
today = timezone.localdate()
KIND = ("single", "multiple", "true_false")
for n in range(60):
    kind = KIND[n % 3]
    if kind == "true_false":
        options = [{{"text": {{"kk": "Дұрыс", "ru": "Верно"}}, "correct": n % 2 == 0}},
                   {{"text": {{"kk": "Бұрыс", "ru": "Неверно"}}, "correct": n % 2 == 1}}]
    else:
        options = [{{"text": {{"kk": f"{{n}}-жауап {{i}}", "ru": f"Ответ {{i}} к {{n}}"}},
                    "correct": i == 0 or (kind == "multiple" and i == 2)}} for i in range(4)]
    services_bank.question_create(actor=admin, kind=kind, status="ready", tags=["standard:card-2"],
        text={{"kk": f"Кәсіптік стандарттың 2-карточкасы бойынша {{n}}-сұрақ",
              "ru": f"Вопрос {{n}} по карточке 2 профессионального стандарта"}}, options=options)
opens = today - dt.timedelta(days=1)
campaign = services_campaigns.campaign_create(actor=admin, organization=organization,
    title="Жүктеме сынағы", testing_from=opens, testing_to=today + dt.timedelta(days=6),
    questions=20, time_limit_minutes=60, tags=["standard:card-2"])
with transaction.atomic():
    employees = Employee.objects.bulk_create([with_sort_keys(Employee(organization=organization,
        iin=make_iin(dt.date(1960, 1, 1) + dt.timedelta(days=n), "female" if n % 2 else "male", 5000),
        last_name_kk=f"Тыңдаушы-{{n}}", first_name_kk="Айгүл", last_name_ru=f"Слушатель-{{n}}",
        first_name_ru="Айгуль", sex="female" if n % 2 else "male",
        birth_date=dt.date(1960, 1, 1) + dt.timedelta(days=n))) for n in range({count})])
    Training.objects.bulk_create([Training(employee=e, course="Біліктілікті арттыру курсы",
        hours=80, profile="employment", completed_on=opens - dt.timedelta(days=20)) for e in employees])
    users = get_user_model().objects.bulk_create([get_user_model()(username=f"taker-{{e.pk}}",
        password=make_password(None)) for e in employees])
    Profile.objects.bulk_create([Profile(user=u, role="employee", employee=e)
        for u, e in zip(users, employees)])
    raws = [secrets.token_urlsafe(32) for _ in users]
    ApiToken.objects.bulk_create([ApiToken(user=u, name="bench", prefix=raw[:TOKEN_PREFIX_LENGTH],
        digest=token_digest(raw)) for u, raw in zip(users, raws)])
    entries = []
    for e in Employee.objects.filter(pk__in=[e.pk for e in employees]).prefetch_related("training"):
        ok, explanation = services_campaigns.evaluate_admission(employee=e, attestee="lmc_specialist",
            declared="", plan_hours=72, opens=opens)
        assert ok, explanation
        entries.append(Attestee(campaign=campaign, employee=e, attestee="lmc_specialist",
            current_category=services_campaigns.current_category(e, opens), declared_category="",
            learning_plan_hours=72, admitted=ok, admission=explanation, status="admitted"))
    entries = Attestee.objects.bulk_create(entries)
token = {{t.user_id: raw for t, raw in zip(ApiToken.objects.filter(name="bench").order_by("pk"), raws)}}
by_employee = {{p.employee_id: p.user_id for p in Profile.objects.filter(role="employee")}}
takers = [{{"attestee": a.pk, "token": token[by_employee[a.employee_id]]}} for a in entries]
open({out!r}, "w").write(json.dumps(takers))
print(len(takers))
"""

CHECKS = """
import json
from biliktilik.attestation.models import Attempt, DrawnQuestion
from biliktilik.audit.models import AuditEntry
print(json.dumps({
    "attempts": Attempt.objects.count(),
    "submitted": Attempt.objects.filter(status="submitted").count(),
    "answered": DrawnQuestion.objects.filter(chosen__isnull=False).count(),
    "start_entries": AuditEntry.objects.filter(action="attempt.start").count(),
    "submit_entries": AuditEntry.objects.filter(action="attempt.submit").count(),
}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default="100", help="takers, comma-separated levels (default 100)")
    parser.add_argument("--seconds", type=int, default=180, help="seconds of the takers' phase (default 180)")
    parser.add_argument("--spike", type=float, default=60, help="all takers started within (default 60 s)")
    parser.add_argument("--think", default="30,90", help="think time before each answer, min,max s")
    parser.add_argument("--bare-users", type=int, default=2, help="light /healthz users (default 2)")
    parser.add_argument("--bare-pacing", type=float, default=0.2, help="s between their requests")
    parser.add_argument("--capacity-users", type=int, default=20, help="closed-loop users (default 20)")
    parser.add_argument("--capacity-seconds", type=int, default=20, help="0: no capacity phase")
    web_workers = min(2 * (os.cpu_count() or 1) + 1, 5)
    parser.add_argument("--web-workers", type=int, default=web_workers, help="default as make run's")
    parser.add_argument("--keep", action="store_true", help="keep the logs (serve.log, locust-*.log)")
    args = parser.parse_args()
    levels = [int(n) for n in args.users.split(",")]

    threads = os.environ.get("BILIKTILIK_WEB_THREADS", "4")
    pool = os.environ.get("BILIKTILIK_DB_POOL_MAX", "8")
    print(f"{dt.date.today()}: takers {levels}, {args.seconds} s each (all started within "
          f"{args.spike:.0f} s), "
          f"think {args.think} s; {args.web_workers} web workers × {threads} threads, pool of {pool} "
          f"connections each; {os.cpu_count()} cores shared with the load generator")  # fmt: skip
    results, ok = [], True
    for n in levels:
        with common.instance_for(
            n, prefix="bench-takers", database="postgresql", web_workers=args.web_workers, keep=args.keep
        ) as current:
            instance = current.instance
            instance.create()
            takers = seed(instance, n + args.capacity_users)
            instance.start(timeout=300)
            outcome = run(instance, takers, n, args)
            instance.stop()
            outcome.update(check(instance, outcome))
            results.append(outcome)
            current.good = outcome["ok"]
            print(markdown([outcome]), flush=True)
        ok &= current.good
    print()
    print(markdown(results))
    return 0 if ok else 1


def seed(instance, count: int) -> list[dict]:
    out = instance.root / "takers.json"
    script = SEED.format(organization=instance.seed["organization"], count=count, out=str(out))
    instance.command("shell", "-c", script)
    return json.loads(out.read_text())


def run(instance, takers: list[dict], n: int, args) -> dict:
    """The takers' phase, then (if asked) the capacity phase, on the same server."""
    main_takers = instance.root / "takers-main.json"
    main_takers.write_text(json.dumps(takers[:n]))
    env = {
        "BENCH_TAKERS": str(main_takers),
        "BENCH_THINK": args.think,
        "BENCH_SUBMIT": "1",
        "BENCH_BARE_USERS": str(args.bare_users),
        "BENCH_BARE_PACING": str(args.bare_pacing),
    }
    users = n + args.bare_users
    outcome = common.run_locust(
        instance, LOCUSTFILE, users=users, spawn_rate=users / args.spike, seconds=args.seconds,
        env=env, label=f"takers-{n}",
    )  # fmt: skip
    # The server's log of this phase ends here (it writes each request's line as it answers).
    outcome.update(n=n, capacity={}, capacity_users=args.capacity_users, log_until=serve_log_size(instance))
    if args.capacity_seconds:
        k = args.capacity_users
        own = instance.root / "takers-capacity.json"
        own.write_text(json.dumps(takers[n : n + k]))
        phases = [
            ("saves", ("Taker",), {"BENCH_TAKERS": str(own), "BENCH_THINK": "0,0", "BENCH_SUBMIT": "0"}),
            ("bare", ("Bare",), {"BENCH_BARE_USERS": str(k), "BENCH_BARE_PACING": "0"}),
        ]
        for label, classes, phase_env in phases:
            result = common.run_locust(
                instance, LOCUSTFILE, users=k, spawn_rate=k, seconds=args.capacity_seconds,
                env=phase_env, label=f"capacity-{label}-{n}", classes=classes,
            )  # fmt: skip
            outcome["capacity"][label] = result
    return outcome


def serve_log_size(instance) -> int:
    instance.log.flush()
    return (instance.root / "serve.log").stat().st_size


def check(instance, outcome: dict) -> dict:
    """The audit chain, the database against what the takers were told, the server's log."""
    verified = instance.command("audit", "verify", check=False)
    found = json.loads(instance.command("shell", "-c", CHECKS).stdout.strip().splitlines()[-1])
    server_errors, server_times = read_serve_log(instance.root / "serve.log", SERVER_KINDS)
    _, server_times = read_serve_log(instance.root / "serve.log", SERVER_KINDS, until=outcome["log_until"])
    runs = [outcome, *outcome["capacity"].values()]
    failures = sum(len(f) for r in runs for f in r["failures"].values())
    for r in runs:
        for name, messages in r["failures"].items():
            print(f"  {outcome['n']}: {len(messages)} failed {name!r}, e.g. {messages[:3]}")
    for line in server_errors[:10]:
        print(f"  {outcome['n']}: serve.log: {line[:400]}")
    started = sum(len(r["times"].get(START, [])) for r in runs)
    submitted = len(outcome["times"].get(SUBMIT, []))
    saved = sum(r["saved"] for r in runs)
    mismatches = [
        f"{what}: {found[key]} in the database for {told} told"
        for what, key, told in [
            ("attempts", "attempts", started),
            ("attempt.start entries", "start_entries", started),
            ("submitted attempts", "submitted", submitted),
            ("attempt.submit entries", "submit_entries", submitted),
            ("answered questions", "answered", saved),
        ]
        if found[key] != told
    ]
    for m in mismatches:
        print(f"  {outcome['n']}: MISMATCH {m}")
    ok = (
        all(r["locust_exit"] == 0 for r in runs)
        and failures == 0
        and not server_errors
        and verified.returncode == 0
        and not mismatches
    )
    return {
        "audit": (verified.stdout or verified.stderr).strip().splitlines()[-1],
        "found": found,
        "mismatches": mismatches,
        "failed": failures,
        "server_errors": len(server_errors),
        "server_times": server_times,
        "ok": ok,
    }


def markdown(results: list[dict]) -> str:
    """The figures per N as a Markdown table (client-side times, and the server's own)."""
    lines = [
        "| takers | request | requests | req/s | p50 ms | p99 ms | server p50 / p99 ms | errors |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    for r in results:
        seconds, n = r["seconds"], r["n"]
        for name in [x for x in ORDER if x in r["times"] or x in r["failures"]]:
            values, errors = r["times"].get(name, []), len(r["failures"].get(name, []))
            count, server = len(values) + errors, r["server_times"].get(name, [])
            lines.append(
                f"| {n:,} | {name} | {count:,} | {count / seconds:.1f} | {ms(values, 50)} "
                f"| {ms(values, 99)} | {ms(server, 50)} / {ms(server, 99)} | {errors} |"
            )
        starts = r["starts"]
        spike = (max(a for _, a in starts) - min(s for s, _ in starts)) if starts else 0.0
        saves = r["times"].get(SAVE, [])
        held = bool(saves) and r["ok"] and percentile(saves, 99) <= 100
        capacity = ""
        if r["capacity"]:
            sat = {k: (sum(map(len, c["times"].values())), c["seconds"]) for k, c in r["capacity"].items()}
            save_rate, bare_rate = (sat[k][0] / sat[k][1] for k in ("saves", "bare"))
            save_p50 = ms(r["capacity"]["saves"]["times"].get(SAVE, []), 50)
            bare_p50 = ms(r["capacity"]["bare"]["times"].get(BARE, []), 50)
            capacity = (
                f"; capacity (closed loop, {r['capacity_users']} users): answer saves "
                f"{save_rate:.1f}/s (p50 {save_p50} ms), /healthz {bare_rate:.1f}/s (p50 {bare_p50} ms): "
                f"**{100 * save_rate / bare_rate:.0f} %**"
            )
        cpu = any(c["locust_cpu_warning"] for c in [r, *r["capacity"].values()])
        notes.append(
            f"- {n:,} takers: {seconds:.0f} s, load average {r['load']:.1f} at the end; "
            f"{len(starts):,} started in **{spike:.1f} s** (first sent to last answered); "
            f"answer-save p99 {ms(saves, 99)} ms: {'held' if held else 'NOT held'}; "
            f"in the run answer saves {len(saves) / seconds:.1f}/s beside /healthz "
            f"{len(r['times'].get(BARE, [])) / seconds:.1f}/s{capacity}; server errors logged: "
            f"{r['server_errors']}; audit: {r['audit']}; database: {r['found']}"
            + (f"; MISMATCH {r['mismatches']}" if r["mismatches"] else "")
            + ("; locust warned that its CPU was saturated" if cpu else "")
        )
    return "\n".join(lines + [""] + notes)


if __name__ == "__main__":
    sys.exit(main())
