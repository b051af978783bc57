from tests.staff.conftest import world  # noqa: F401  (the small registry with an account per role)
