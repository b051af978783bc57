"""What the load benchmarks share (bench_load.py, bench_takers.py): a fresh instance per run,
running locust headless against it, reading the server's JSON request log, nearest-rank
percentiles."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported at run time once ROOT is on the path (instance_for)
    from tests.runtime.instance import Instance

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    """One run's instance, and whether the run has been checked and held: until it has, its logs
    are kept for a look at what went wrong."""

    instance: Instance
    good: bool = False


@contextlib.contextmanager
def instance_for(
    label: str | int, *, prefix: str, database: str, web_workers: int, keep: bool
) -> Iterator[Run]:
    """A fresh instance (tests/runtime/instance.py) in a temporary directory for one run: on the way
    out it is stopped and its database dropped, and its directory (serve.log, locust-*.log) removed
    unless ``keep`` or the run was not marked good."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.runtime.instance import Instance

    root = Path(tempfile.mkdtemp(prefix=f"{prefix}-{label}-"))
    run = Run(Instance(root, database=database, web_workers=web_workers))
    try:
        yield run
    finally:
        run.instance.stop()
        run.instance.drop()
        if keep or not run.good:
            print(f"  {label}: logs kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run_locust(
    instance,
    locustfile: Path,
    *,
    users: int,
    spawn_rate: float,
    seconds: int,
    env: dict,
    label: str = "",
    classes: tuple[str, ...] = (),
) -> dict:
    """Run locust headless at ``instance`` (loopback only) for ``seconds``; what the locustfile
    wrote to ``BENCH_OUT`` (its requests' times and failures), with locust's exit status, the
    machine's 1-minute load average as the run ends, and whether locust warned of its own CPU."""
    name = label or instance.database
    out = instance.root / f"requests-{name}.json"
    log_path = instance.root / f"locust-{name}.log"
    command = [
        sys.executable, "-m", "locust", "-f", str(locustfile), "--headless", "--only-summary",
        "--host", instance.url(""), "--users", str(users), "--spawn-rate", str(spawn_rate),
        "--run-time", f"{seconds}s", "--stop-timeout", "30", "--exit-code-on-error", "1",
        "--csv", str(instance.root / f"locust-{name}"), *classes,
    ]  # fmt: skip
    print(f"  {name}: locust against {instance.url('')} for {seconds} s ...", flush=True)
    with open(log_path, "wb") as log:
        started = time.monotonic()
        finished = subprocess.run(  # noqa: S603
            command,
            env={**os.environ, **env, "BENCH_OUT": str(out)},
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=seconds + 120,
        )
    took = time.monotonic() - started
    print(f"  {name}: locust exited {finished.returncode} after {took:.0f} s")
    outcome = json.loads(out.read_text())
    outcome["locust_exit"] = finished.returncode
    outcome["load"] = os.getloadavg()[0]
    outcome["locust_cpu_warning"] = "CPU usage above" in log_path.read_text(errors="replace")
    return outcome


def read_serve_log(
    path: Path,
    kinds: list[tuple[str, str, re.Pattern, int | None]],
    *,
    since: int = 0,
    until: int | None = None,
) -> tuple[list[str], dict[str, list[float]]]:
    """(the lines that tell of a server error, the server's times of each kind of request):
    ``kinds`` are (name, method, path pattern, status or None), the first that matches counts;
    ``since`` and ``until`` are byte offsets in the log (one phase of a run)."""
    errors, times = [], {}
    for line in path.read_bytes()[since:until].decode(errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict):  # the job worker's and Python's own lines
            if "Traceback" in line:
                errors.append(line)
            continue
        if record.get("level") in ("ERROR", "CRITICAL") or record.get("status", 0) >= 500:
            errors.append(line)
        if "duration_ms" not in record:
            continue
        for name, method, pattern, status in kinds:
            if (
                record["method"] == method
                and pattern.fullmatch(record["path"])
                and status in (None, record["status"])
            ):
                times.setdefault(name, []).append(record["duration_ms"])
                break
    return errors, times


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile (the smallest value with at least p % of values at or below)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)]


def ms(values: list[float], p: float) -> str:
    return f"{percentile(values, p):.1f}" if values else "—"
