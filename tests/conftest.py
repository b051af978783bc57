import os

import pytest

from biliktilik.lawbook import loader

from .openapi_contract import ContractClient


@pytest.fixture(scope="session")
def lawbook():
    return loader.default()


@pytest.fixture(scope="session")
def empty_lawbook():
    """A lawbook holding no act, for what a rule says when the act it rests on is missing."""
    return loader.build([], loader.LAW_DIR)


@pytest.fixture
def client():
    """Django's test client, with every API answer checked against the published OpenAPI document."""
    return ContractClient()


@pytest.fixture(autouse=True)
def jobs_run_where_they_are_queued(settings):
    """Background jobs run inside the request that queues them, unless a test asks for the real
    queue (``settings.TASKS`` set back to the database backend) and runs a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


# Under `make mutation` (docs/testing.md) a mutant of the rules, the lawbook or the IIN check must be
# caught by the tests that call them directly — the scenarios and the lawbook's checks — not by a
# registry page that happens to pass through them: for such a mutant the tests that need the
# database are set aside (a mutant only they would catch is then reported as having no tests), and a
# survivor reruns seconds of tests, not minutes.
PURE_MODULES = ("biliktilik.rules.", "biliktilik.lawbook.", "biliktilik.staff.iin.")
DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_reset_sequences", "live_server"})


def _uses_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or not DATABASE_FIXTURES.isdisjoint(
        getattr(item, "fixturenames", ())
    )


@pytest.fixture(autouse=True)
def rules_caches_empty_under_mutation():
    """Under `make mutation` each test starts with the rules' caches empty (the requirement sets and
    the register's search index are otherwise built once, for the first test that asks, and a
    mutation of their building would be held to that one test alone)."""
    if "MUTANT_UNDER_TEST" in os.environ:
        from biliktilik.rules import qualification, register

        qualification._SETS.clear()
        register._INDEXES.clear()


def pytest_collection_modifyitems(config, items):
    if not os.environ.get("MUTANT_UNDER_TEST", "").startswith(PURE_MODULES):
        return
    kept = [item for item in items if not _uses_database(item)]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if _uses_database(item)])
        items[:] = kept
