"""Benchmarks of the foundation: loading the law, searching positions, counting working days.

Run: .venv/bin/python bench/bench_foundation.py
Prints one line per measurement; the latest figures are recorded in bench/README.md.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

from biliktilik.lawbook import checks, loader
from biliktilik.rules import calendar as kzcal
from biliktilik.rules.search import Entry, Index

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "бас бухгалтр",
    "замдиректора",
    "кассир",
    "алеуметтик кызметкер",
    "главный бухгалтер",
    "директор",
    "методист",
    "ЗТМО филиал",
    "программист",
    "соцработник",
]


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    load = timed(lambda: checks.check(loader.load(ROOT / "law")), 5)
    print(f"law load + check: median {statistics.median(load) * 1000:.0f} ms")

    book = loader.load(ROOT / "law")
    positions = [
        p
        for v in book.acts.values()
        if v.act.register_of_positions
        for p in v.act.register_of_positions.positions
    ]
    index = Index(
        Entry(p.id, (p.title.kk, p.title.ru or "", p.title.en or "", *p.aliases)) for p in positions
    )
    rounds = 50
    search = timed(lambda: [index.search(q) for q in QUERIES], rounds)
    per_query = statistics.median(search) / len(QUERIES)
    print(
        f"position search over {len(positions)} positions: median {per_query * 1000:.2f} ms/query "
        f"({1 / per_query:.0f} queries/s)"
    )

    cal = kzcal.KzCalendar(kzcal.load_data(ROOT / "law" / "calendar" / "kz.yaml"))
    rng = random.Random(7)  # noqa: S311 - reproducible synthetic dates, not security
    starts = [dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650)) for _ in range(10_000)]
    cal.add_working_days(dt.date(2016, 1, 1), 3000)  # warm the year tables
    spans = timed(lambda: [cal.add_working_days(s, 10) for s in starts], 3)
    print(f"add 10 working days: median {statistics.median(spans) / len(starts) * 1e6:.1f} µs per call")


if __name__ == "__main__":
    main()
