"""``biliktilik serve``: the whole application on one machine — the web server (gunicorn) and
the job workers, each its own process, restarted if one dies; Ctrl+C or SIGTERM stops them all.

On several machines run ``biliktilik serve --job-workers 0`` on the web machines and
``biliktilik worker`` on the others (docs/deploy.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

RESTART_WINDOW = 30.0  # seconds: a child that dies this often this soon is not restarted again
RESTARTS_IN_WINDOW = 5


@dataclass
class Child:
    name: str
    command: list[str]
    process: subprocess.Popen | None = None
    deaths: list[float] = field(default_factory=list)

    def start(self) -> None:
        self.process = subprocess.Popen(self.command)  # noqa: S603 - our own interpreter and module

    def dead(self) -> bool:
        return self.process is not None and self.process.poll() is not None


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="biliktilik serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bind", help="address:port to listen on (default 127.0.0.1:$PORT or 8000)")
    parser.add_argument(
        "--workers", type=int, help="web server processes (default: 2 × cores + 1, at most 5)"
    )
    parser.add_argument(
        "--job-workers",
        type=int,
        default=int(os.environ.get("BILIKTILIK_JOB_WORKERS", "1")),
        help="job worker processes beside the web server (default 1; 0: none here)",
    )
    return parser.parse_args(argv)


def _prepare(environment: dict[str, str]) -> None:
    """Collect the static files, bring the search index up to date, and give the web processes a
    fresh directory for their metrics."""
    environment.setdefault("DJANGO_SETTINGS_MODULE", "biliktilik.config.settings")
    from django.conf import settings

    from biliktilik.ops.metrics import prepare_multiprocess_dir

    # The settings say where var/ is (BILIKTILIK_VAR_DIR, else the project's own), not the cwd.
    metrics = environment.setdefault("PROMETHEUS_MULTIPROC_DIR", str(settings.VAR_DIR / "metrics"))
    prepare_multiprocess_dir(metrics)
    subprocess.run(  # noqa: S603
        [sys.executable, "-m", "biliktilik.cli", "preparestatic"],
        check=True,
        env=environment,
    )
    # The acts' search index follows law/ (rebuilt here when law/ changed since it was built).
    subprocess.run(  # noqa: S603
        [sys.executable, "-m", "biliktilik.cli", "searchindex"],
        check=True,
        env=environment,
    )


def main(argv: list[str]) -> int:
    options = _arguments(argv)
    if options.bind:
        os.environ["BILIKTILIK_BIND"] = options.bind
    if options.workers:
        os.environ["BILIKTILIK_WEB_WORKERS"] = str(options.workers)
    _prepare(os.environ)
    children = [Child("web", [sys.executable, "-m", "gunicorn", "-c", "python:biliktilik.config.gunicorn"])]
    children += [
        Child(f"jobs-{n}", [sys.executable, "-m", "biliktilik.cli", "worker"])
        for n in range(1, options.job_workers + 1)
    ]
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    for child in children:
        child.start()
    try:
        return _supervise(children, stopping)
    finally:
        _stop(children)


def _supervise(children: list[Child], stopping: list) -> int:
    while not stopping:
        time.sleep(0.5)
        for child in children:
            if not child.dead() or stopping:
                continue
            now = time.monotonic()
            child.deaths = [t for t in child.deaths if now - t < RESTART_WINDOW] + [now]
            if len(child.deaths) > RESTARTS_IN_WINDOW:
                print(f"biliktilik serve: {child.name} keeps stopping; giving up", file=sys.stderr)
                return 1
            print(
                f"biliktilik serve: {child.name} stopped ({child.process.returncode}); restarting",
                file=sys.stderr,
            )
            child.start()
    return 0


def _stop(children: list[Child]) -> None:
    running = [c.process for c in children if c.process is not None and c.process.poll() is None]
    for process in running:
        process.terminate()
    deadline = time.monotonic() + 35
    for process in running:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
