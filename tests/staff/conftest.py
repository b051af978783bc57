"""A small registry shared by the API and scoping tests.

ministry ─┬─ A (career centre) ── A-sub (department)
          └─ B (career centre)
with one employee in A, one in A-sub, one in B, and an account for every role.
"""

from types import SimpleNamespace

import pytest

from biliktilik.accounts.models import Role
from biliktilik.accounts.services import api_token_create

from .factories import EmployeeFactory, OrganizationFactory, UserFactory


@pytest.fixture
def world(db):
    ministry = OrganizationFactory(kind="ministry", significance="republican", name_kk="Министрлік")
    org_a = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    org_a_sub = OrganizationFactory(parent=org_a, kind="department", significance="")
    org_b = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    emp_a = EmployeeFactory(organization=org_a)
    emp_a_sub = EmployeeFactory(organization=org_a_sub)
    emp_b = EmployeeFactory(organization=org_b)
    users = {
        "administrator": UserFactory(role=Role.ADMINISTRATOR),
        "methodologist": UserFactory(role=Role.METHODOLOGIST, role__organization=ministry),
        "hr_a": UserFactory(role=Role.HR_OFFICER, role__organization=org_a),
        "hr_b": UserFactory(role=Role.HR_OFFICER, role__organization=org_b),
        "commission_a": UserFactory(role=Role.COMMISSION_MEMBER, role__organization=org_a),
        "employee": UserFactory(role=Role.EMPLOYEE, role__employee=emp_a),
        "auditor": UserFactory(role=Role.AUDITOR),
    }
    return SimpleNamespace(
        ministry=ministry,
        org_a=org_a,
        org_a_sub=org_a_sub,
        org_b=org_b,
        emp_a=emp_a,
        emp_a_sub=emp_a_sub,
        emp_b=emp_b,
        users=users,
    )


@pytest.fixture
def bearer():
    """Authorization headers of a fresh API token for a user (None: anonymous)."""

    def headers(user, **extra):
        if user is None:
            return dict(extra)
        return {"Authorization": f"Bearer {api_token_create(actor=None, user=user, name='test')}", **extra}

    return headers
