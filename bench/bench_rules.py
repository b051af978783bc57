"""Benchmark: 100,000 synthetic people evaluated against all nine qualification requirements.

Run: .venv/bin/python bench/bench_rules.py [--people N] [--explain]
Reports people per second on one core (one process, one thread). Explanations are off unless
--explain is given: bulk evaluation builds no steps (see rules/explain.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from biliktilik.lawbook import loader
from biliktilik.rules import qualification as q
from biliktilik.rules.experience import Period
from biliktilik.rules.explain import SILENT, Trace

AS_OF = dt.date(2025, 6, 1)
LEVELS = ("tvet", "applied_bachelor", "higher", "postgraduate")
FIELDS = ("social", "economic", "legal", "pedagogical", "other")
SECTORS = ("employment", "social_protection", "education", "healthcare", "business", "quasi_public", "other")
CATEGORIES = ("none", "second", "first", "higher", None)


def synthetic_people(count: int, seed: int = 42) -> list[tuple[tuple[q.Education, ...], tuple[Period, ...]]]:
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not security
    people = []
    for _ in range(count):
        education = tuple(
            q.Education(rng.choice(LEVELS), rng.choice(FIELDS)) for _ in range(rng.randint(1, 2))
        )
        periods = []
        start = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(6000))
        for _ in range(rng.randint(1, 5)):
            length = rng.randrange(90, 2500)
            end = start + dt.timedelta(days=length)
            periods.append(
                Period(
                    start,
                    None if end > AS_OF else end,
                    rng.choice(SECTORS),
                    rng.choice(("high", "medium", None)),
                    rng.choice(CATEGORIES),
                    rng.random() < 0.2,
                )
            )
            start = end - dt.timedelta(days=rng.randrange(0, 60))  # sometimes overlapping
        people.append((education, tuple(periods)))
    return people


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    law = loader.load()
    requirements = [q.requirement_in_force(law, rid, AS_OF) for rid in q.REQUIREMENT_IDS]
    people = synthetic_people(args.people)
    eligible = 0
    started = time.perf_counter()
    for education, periods in people:
        experience = q.Experience(periods, AS_OF)
        for requirement in requirements:
            trace = Trace() if args.explain else SILENT
            eligible += q.evaluate(
                requirement, education=education, experience=experience, trace=trace
            ).eligible
    elapsed = time.perf_counter() - started
    print(
        f"{args.people} people × {len(requirements)} requirements in {elapsed:.2f} s: "
        f"{args.people / elapsed:,.0f} people/s ({eligible} eligible results; explain={args.explain})"
    )


if __name__ == "__main__":
    main()
