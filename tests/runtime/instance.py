"""A running Biliktilik as `make run` starts it — gunicorn and job workers over a database of
its own (an SQLite file, or a fresh PostgreSQL database) — for tests and benchmarks that need
real processes, real connections and real concurrency. Loopback only."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

POSTGRES = os.environ.get("BILIKTILIK_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432")
# Every instance serves the same static files: collected (and compressed) once, not per instance.
STATIC_ROOT = Path(__file__).resolve().parents[2] / "var" / "static-runtime"

# Run by `biliktilik shell` in the new database: one organization, one employee, one
# administrator with an API token, through the same services the app uses.
SEED = """
import datetime as dt, json
from biliktilik.accounts import services as accounts
from biliktilik.staff import services as staff
from biliktilik.staff.iin import make_iin
user = accounts.user_create(actor=None, username="admin", role="administrator",
    password="runtime-password-2026")
organization = staff.organization_create(actor=user, parent=None, name_kk="Орталық", name_ru="Центр",
    kind="lmc", significance="oblast", region="")
employee = staff.employee_create(actor=user, organization=organization, today=dt.date(2026, 12, 1),
    iin=make_iin(dt.date(1985, 3, 14), "female", 4242), last_name_kk="Сейітова", first_name_kk="Айгүл",
    last_name_ru="Сейтова", first_name_ru="Айгуль")
token = accounts.api_token_create(actor=None, user=user, name="runtime")
print(json.dumps({"organization": organization.pk, "employee": employee.pk, "token": token}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Instance:
    root: Path
    database: str = "sqlite"  # or "postgresql"
    web_workers: int = 3
    job_workers: int = 1
    extra_env: dict = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    seed: dict = field(default_factory=dict)
    process: subprocess.Popen | None = None

    def __post_init__(self):
        self.var = self.root / "var"
        self.name = f"biliktilik_rt_{secrets.token_hex(4)}"
        if self.database == "sqlite":
            self.database_url = f"sqlite:///{self.var / 'biliktilik.sqlite3'}"
        else:
            self.database_url = f"{POSTGRES}/{self.name}"

    @property
    def env(self) -> dict:
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "BILIKTILIK_VAR_DIR": str(self.var),
            "BILIKTILIK_DEBUG": "0",
            "BILIKTILIK_TASKS": "database",
            "BILIKTILIK_WEB_WORKERS": str(self.web_workers),
            "BILIKTILIK_STATIC_ROOT": str(STATIC_ROOT),
            "PORT": str(self.port),
            **self.extra_env,
        }

    def command(self, *args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603
            [sys.executable, "-m", "biliktilik.cli", *args],
            env=self.env,
            check=check,
            capture_output=True,
            text=True,
            **kwargs,
        )

    def create(self) -> Instance:
        self.var.mkdir(parents=True, exist_ok=True)
        if self.database == "postgresql":
            _postgres(f'CREATE DATABASE "{self.name}"')
        self.command("migrate", "--noinput", "-v", "0")
        self.seed = json.loads(self.command("shell", "-c", SEED).stdout.strip().splitlines()[-1])
        return self

    def start(self, *, timeout: float = 60) -> Instance:
        self.log = open(self.root / "serve.log", "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "biliktilik.cli", "serve", "--job-workers", str(self.job_workers)],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped: see {self.root / 'serve.log'}")
            try:
                urllib.request.urlopen(self.url("/api/v1/acts"), timeout=2).read()  # noqa: S310
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError("the server did not start in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        if getattr(self, "log", None):
            self.log.close()

    def drop(self) -> None:
        if self.database == "postgresql":
            _postgres(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def query(self, sql: str) -> list[tuple]:
        """Read the instance's database directly, from outside the app."""
        if self.database == "sqlite":
            import sqlite3

            with sqlite3.connect(self.var / "biliktilik.sqlite3", timeout=30) as connection:
                return connection.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(self.database_url, autocommit=True) as connection:
            return connection.execute(sql).fetchall()

    def worker(self) -> subprocess.Popen:
        """A job worker of its own, outside `serve` (a test can kill it)."""
        return subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "biliktilik.cli", "worker"],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def bearer(self) -> dict:
        return {"Authorization": f"Bearer {self.seed['token']}"}


def _postgres(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(statement)
