"""The small registry (tests/staff/conftest.py) with categories ending at known dates."""

import datetime as dt

import pytest
from django.utils import timezone

from biliktilik.staff.models import CategoryAward, PositionHeld
from tests.staff.conftest import world as registry  # noqa: F401


@pytest.fixture
def today():
    return timezone.localdate()


def award(employee, category: str, *, ends: dt.date, today: dt.date) -> CategoryAward:
    return CategoryAward.objects.create(
        employee=employee,
        category=category,
        assigned_on=today - dt.timedelta(days=365 * 4),
        valid_until=ends,
        decision="attestation commission decision",
    )


@pytest.fixture
def world(registry, today):  # noqa: F811
    """A's employee's category ends in 30 days, B's in 60, A-sub's in 400 (not yet due);
    A's employee holds a position with no confirmed register entry, B's a confirmed one."""
    registry.award_a = award(registry.emp_a, "higher", ends=today + dt.timedelta(days=30), today=today)
    registry.award_b = award(registry.emp_b, "first", ends=today + dt.timedelta(days=60), today=today)
    registry.award_a_sub = award(
        registry.emp_a_sub, "second", ends=today + dt.timedelta(days=400), today=today
    )
    start = today - dt.timedelta(days=100)
    PositionHeld.objects.create(
        employee=registry.emp_a, organization=registry.org_a, title="маман", start=start
    )
    PositionHeld.objects.create(
        employee=registry.emp_b,
        organization=registry.org_b,
        title="маман",
        register_position="B2.other.2.05",
        register_confirmed=True,
        start=start,
    )
    return registry
