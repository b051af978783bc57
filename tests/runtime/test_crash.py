"""kill -9 in the middle of a 100,000-row import: of the web server and of the worker running it.
Nothing is half-written, the job is retried by another worker and completes, its page says so,
and the audit chain verifies."""

import datetime as dt
import os
import signal
import subprocess
import time

import pytest

from biliktilik.staff.iin import make_iin
from tests.staff.test_import import csv_file

from .conftest import suite_database
from .http import signed_in
from .instance import Instance

ROWS = 100_000
ENDED = ("imported", "rejected", "failed")
FAST_RECOVERY = {
    "BILIKTILIK_JOB_HEARTBEAT_SECONDS": "1",
    "BILIKTILIK_JOB_STALE_SECONDS": "6",
    "BILIKTILIK_JOB_REAP_SECONDS": "1",
}


def hundred_thousand(organization_id: int) -> bytes:
    rows = []
    for i in range(ROWS):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=i % 14_000)
        sex = "female" if i % 2 else "male"
        rows.append(
            {
                # Serials ten apart: make_iin moves to the next serial when one has no check digit.
                "iin": make_iin(birth, sex, 1000 + 10 * (i // 14_000)),
                "last_name_kk": f"Тестов-{i}",
                "first_name_kk": "Айгүл" if i % 2 else "Нұрлан",
                "sex": sex,
                "birth_date": birth,
                "organization": organization_id,
            }
        )
    return csv_file("employees", "kk", rows)


@pytest.fixture
def crashable(tmp_path):
    """A server with no job worker of its own: the test starts and kills workers itself."""
    instance = Instance(tmp_path, database=suite_database(), job_workers=0, extra_env=FAST_RECOVERY)
    instance.create().start()
    yield instance
    instance.stop()
    instance.drop()


def wait_for(condition, *, timeout: float, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s")


def job_state(instance):
    return instance.query("SELECT status, rows_done, rows_total, attempts FROM staff_importjob")[0]


def employees(instance) -> int:
    return instance.query("SELECT count(*) FROM staff_employee")[0][0]


def test_killing_the_web_server_and_the_worker_mid_import_loses_and_half_writes_nothing(crashable):
    instance = crashable
    content = hundred_thousand(instance.seed["organization"])
    officer = signed_in(instance.port, "admin", "runtime-password-2026")
    answer = officer.upload(
        "/staff/imports/",
        fields={"kind": "employees"},
        file_field="file",
        file_name="100000.csv",
        content=content,
        csrf=officer.csrf("/staff/imports/"),
    )
    assert answer.status == 302, answer.body[:300]
    job_page = answer.headers["location"]
    assert job_state(instance)[0] == "queued"

    worker = instance.worker()
    # Every row checked: the worker is saving them, in one transaction. Kill everything now.
    wait_for(lambda: (s := job_state(instance))[0] == "running" and s[1] == s[2] == ROWS, timeout=240)
    worker.send_signal(signal.SIGKILL)
    web = instance.query("SELECT 1")  # the database is untouched by the kill
    assert web == [(1,)]
    for pid in _children(instance.process.pid):  # gunicorn's master, under the supervisor
        os.kill(pid, signal.SIGKILL)
    worker.wait()

    assert employees(instance) in (1, 1 + ROWS), "all of the file or none of it"
    assert job_state(instance)[0] == "running", "until its heartbeat is found stopped"

    replacement = instance.worker()
    try:
        status, done, total, attempts = wait_for(
            lambda: (s := job_state(instance))[0] in ("imported", "rejected", "failed") and s,
            timeout=120,
            step=0.5,
        )
    finally:
        replacement.send_signal(signal.SIGTERM)
        replacement.wait(timeout=60)
    assert (status, attempts) == ("imported", 2)
    assert employees(instance) == 1 + ROWS
    assert instance.command("audit", "verify").returncode == 0

    # The supervisor restarted the web server; the officer's page tells the outcome.
    page = wait_for(lambda: _page(instance, job_page), timeout=60, step=0.5)
    assert f'data-created="employees">{ROWS}<' in page


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)  # noqa: S607
    return [int(p) for p in found.stdout.split()]


def _page(instance, path):
    try:
        answer = signed_in(instance.port, "admin", "runtime-password-2026").get(path)
    except OSError:
        return None
    return answer.body.decode() if answer.status == 200 else None
