# The registry of tests/staff (every role, a small organization tree) and its bearer headers.
from tests.staff.conftest import bearer, world  # noqa: F401
