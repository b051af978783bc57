"""What a draft does to the registry, in scenarios a lawyer can check by hand.

Counting (docs/reading/requirements.md): a period counts from its start to its end inclusive, an
open one to the evaluation date; "N years" is N × 365 counted days; time at a higher category
counts as time at a lower one. Every simulation here reads the registry on 01.03.2027, the
drafts' assumed entry into force."""

import datetime as dt

import pytest

from biliktilik.attestation.models import Attempt, Attestee, Campaign
from biliktilik.simulations import services
from biliktilik.simulations.models import Simulation
from biliktilik.staff.models import Education, PositionHeld, WorkPeriod

from .conftest import ENTRY, p17_threshold, p54_years

pytestmark = pytest.mark.django_db


def p54_specialist(employee, first_since: dt.date) -> None:
    """A high-level p.54 specialist in social protection at the first category since ``first_since``."""
    Education.objects.create(employee=employee, level="higher", field="social")
    WorkPeriod.objects.create(
        employee=employee,
        start=first_since,
        sector="social_protection",
        qualification_level="high",
        category="first",
    )
    PositionHeld.objects.create(
        employee=employee,
        organization=employee.organization,
        title="маман",
        requirement="order-2017-360/54",
        qualification_level="high",
        start=first_since,
    )


def run(world, amendment: str) -> Simulation:
    simulation = services.simulation_start(
        actor=world.users["methodologist"], as_of=ENTRY, title="test", amendment=amendment
    )
    simulation.refresh_from_db()
    assert simulation.status == "done", simulation.error
    return simulation


@pytest.fixture
def three_specialists(world):
    """On 01.03.2027, time at the first category (2027: 31 + 28 + 1 = 60 days):
    - emp_a since 01.01.2024: 366 + 365 + 365 + 60 = 1,156 days — at least 3 × 365 = 1,095 (higher
      in force) but short of 4 × 365 = 1,460: under the draft, first (2 × 365 = 730 as second;
      time at first counts);
    - emp_a_sub since 01.01.2022: 365 + 365 + 366 + 365 + 365 + 60 = 1,886 days ≥ 1,460: higher
      under both;
    - emp_b since 01.06.2025: 214 + 365 + 60 = 639 days: not 730 → not first; ≥ 365 as none
      (first counts) → second under both."""
    p54_specialist(world.emp_a, dt.date(2024, 1, 1))
    p54_specialist(world.emp_a_sub, dt.date(2022, 1, 1))
    p54_specialist(world.emp_b, dt.date(2025, 6, 1))
    return world


def test_four_years_for_the_higher_category_moves_exactly_the_one_between_three_and_four(three_specialists):
    world = three_specialists
    simulation = run(world, p54_years(4))
    assert (simulation.people, simulation.changed) == (3, 1)
    (change,) = simulation.changes.all()
    assert change.employee_id == world.emp_a.pk
    assert change.requirement == "order-2017-360/54"
    assert change.kind == "down"
    assert change.before == {"eligible": True, "categories": {"high": "higher", "medium": None}}
    assert change.after == {"eligible": True, "categories": {"high": "first", "medium": None}}
    assert simulation.summary["kinds"] == {"down": 1}
    assert simulation.summary["organization"] == {str(world.org_a.pk): {"down": 1}}


def test_a_draft_that_changes_nothing_changes_nobody(three_specialists):
    simulation = run(three_specialists, p54_years(3))
    # All three are evaluated under both (the draft restates p.54), and nobody moves.
    assert (simulation.people, simulation.evaluated, simulation.changed) == (3, 3, 0)
    assert simulation.changes.count() == 0


def test_two_years_lets_the_first_category_specialists_move_up(three_specialists):
    """With 2 years (730 days) as first for the higher category: emp_a (1,156) and emp_a_sub
    (1,886) are higher under both; emp_b's 639 days are short of 730 under both (second). A
    lower figure that reaches nobody changes nobody."""
    simulation = run(three_specialists, p54_years(2))
    assert simulation.changed == 0


def test_an_hr_officer_simulates_only_the_people_they_may_see(three_specialists):
    world = three_specialists
    simulation = services.simulation_start(
        actor=world.users["hr_b"], as_of=ENTRY, title="B only", amendment=p54_years(4)
    )
    simulation.refresh_from_db()
    # Centre B holds only emp_b (second under both).
    assert (simulation.people, simulation.changed) == (1, 0)


def test_the_draft_never_changes_anyones_record(three_specialists):
    world = three_specialists
    before = list(WorkPeriod.objects.values_list("id", "start", "end", "category").order_by("id"))
    run(world, p54_years(4))
    assert list(WorkPeriod.objects.values_list("id", "start", "end", "category").order_by("id")) == before
    assert world.emp_a.categories.count() == 0


def manager_tested(world, employee, percent: float) -> None:
    campaign = Campaign.objects.create(
        organization=employee.organization,
        title="2027",
        testing_from=dt.date(2027, 2, 1),
        testing_to=dt.date(2027, 2, 26),
        questions=10,
        time_limit_minutes=60,
    )
    entry = Attestee.objects.create(
        campaign=campaign,
        employee=employee,
        attestee="manager",
        current_category="none",
        learning_plan_hours=0,
        admitted=True,
        status="tested",
    )
    finished = dt.datetime(2027, 2, 10, 10, tzinfo=dt.UTC)
    Attempt.objects.create(
        attestee=entry,
        started_at=finished,
        deadline=finished,
        finished_at=finished,
        status="submitted",
        percent=percent,
    )


@pytest.mark.parametrize(
    ("percent", "moves"),
    [
        (79.9, False),  # below both thresholds: fails under both
        (80.0, True),  # the new threshold reached: fails at 85, passes at 80
        (84.9, True),  # between: passes only under the draft
        (85.0, False),  # the threshold in force reached: passes under both
        (92.5, False),
    ],
)
def test_a_lower_p17_threshold_moves_exactly_the_results_between_the_two(world, percent, moves):
    """P.17(3): a manager passes at 85 % in force; the draft says 80 %."""
    manager_tested(world, world.emp_a, percent)
    simulation = run(world, p17_threshold("manager", 80))
    changes = list(simulation.changes.all())
    if moves:
        (change,) = changes
        assert (change.employee_id, change.requirement, change.kind) == (
            world.emp_a.pk,
            "attestation",
            "gain",
        )
        assert (change.before["test_passed"], change.after["test_passed"]) == (False, True)
    else:
        assert changes == []
