"""Two app servers and a worker, as on separate machines, sharing one PostgreSQL: a session made
on one is valid on the other, a write on one is read on the other, an import uploaded to one is
run by the worker and followed on the other."""

import secrets
import time

import pytest

from tests.staff.test_import import csv_file, fifty

from .conftest import suite_database
from .http import Client, signed_in
from .instance import Instance

pytestmark = pytest.mark.skipif(
    suite_database() != "postgresql", reason="several machines share PostgreSQL (the suite's PostgreSQL run)"
)


@pytest.fixture(scope="module")
def machines(tmp_path_factory):
    shared = {"BILIKTILIK_SECRET_KEY": secrets.token_urlsafe(50)}  # one key for the whole deployment
    first = Instance(tmp_path_factory.mktemp("a"), database="postgresql", job_workers=0, extra_env=shared)
    second = Instance(tmp_path_factory.mktemp("b"), database="postgresql", job_workers=0, extra_env=shared)
    second.name, second.database_url = first.name, first.database_url
    first.create().start()
    second.seed = first.seed
    second.start()
    worker = first.worker()
    yield first, second
    worker.terminate()
    worker.wait(timeout=60)
    second.stop()
    first.stop()
    first.drop()


def test_a_session_made_on_one_server_is_valid_on_the_other(machines):
    first, second = machines
    on_first = signed_in(first.port, "admin", "runtime-password-2026")
    on_second = Client(second.port, {"Cookie": on_first.headers["Cookie"]})
    answer = on_second.get("/staff/employees/")
    assert answer.status == 200, "not sent back to the sign-in page"
    assert "Сейітова" in answer.body.decode()


def test_a_write_on_one_server_is_what_the_other_reads(machines):
    first, second = machines
    card = f"/api/v1/employees/{first.seed['employee']}"
    written = Client(first.port, first.bearer).patch(card, {"phone": "+7 702 555 0101"})
    assert written.status == 200
    read = Client(second.port, second.bearer).get(card)
    assert read.json()["phone"] == "+7 702 555 0101"
    assert read.headers["etag"] == written.headers["etag"], "both servers name the same version"


def test_an_import_uploaded_to_one_server_is_followed_on_the_other(machines):
    first, second = machines
    officer = signed_in(second.port, "admin", "runtime-password-2026")
    organization = type("Organization", (), {"pk": second.seed["organization"]})
    answer = officer.upload(
        "/staff/imports/",
        fields={"kind": "employees"},
        file_field="file",
        file_name="fifty.csv",
        content=csv_file("employees", "kk", fifty(organization)),
        csrf=officer.csrf("/staff/imports/"),
    )
    assert answer.status == 302
    on_first = Client(first.port, {"Cookie": officer.headers["Cookie"]})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page = on_first.get(answer.headers["location"]).body.decode()
        if 'data-status="imported"' in page:
            break
        time.sleep(0.5)
    assert 'data-created="employees">50<' in page
