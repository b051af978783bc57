"""A run whose worker died is never left "running": the reaper hands it on (run again, from the
start, its rows written once) or, its attempts spent, marks it failed and the page says so."""

import datetime as dt

import pytest
from django.utils import timezone

from biliktilik.jobs import runner
from biliktilik.simulations.models import Simulation

from .conftest import ENTRY, p54_years
from .test_scenarios import p54_specialist

pytestmark = pytest.mark.django_db


def stuck(world, *, attempts: int) -> Simulation:
    """A run as a dead worker leaves it: running, its heartbeat an hour old."""
    an_hour_ago = timezone.now() - dt.timedelta(hours=1)
    return Simulation.objects.create(
        title="54",
        as_of=ENTRY,
        amendment=p54_years(4),
        act_id="draft-2027-54",
        created_by=world.users["methodologist"],
        status="running",
        attempts=attempts,
        started_at=an_hour_ago,
        heartbeat_at=an_hour_ago,
        people=1,
        progress=0.3,
    )


def test_a_run_whose_worker_died_is_run_again_once(world):
    p54_specialist(world.emp_a, dt.date(2024, 1, 1))  # higher in force, first under the draft
    simulation = stuck(world, attempts=1)
    assert runner.reap() == 1
    simulation.refresh_from_db()
    assert (simulation.status, simulation.attempts, simulation.progress) == ("done", 2, 1)
    assert list(simulation.changes.values_list("employee_id", "kind")) == [(world.emp_a.pk, "down")]


def test_a_run_that_died_on_every_attempt_is_failed_and_says_so(client, world):
    simulation = stuck(world, attempts=Simulation.max_attempts)
    assert runner.reap() == 1
    simulation.refresh_from_db()
    assert (simulation.status, simulation.error) == ("failed", "worker_lost")
    assert simulation.changes.count() == 0
    client.force_login(world.users["methodologist"])
    client.cookies["django_language"] = "ru"
    page = client.get(f"/simulations/{simulation.pk}/").content.decode()
    assert "Моделирование не выполнено: выполнявший его процесс останавливался при каждой попытке." in page
