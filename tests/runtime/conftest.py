import os

import pytest

from .instance import Instance


def suite_database() -> str:
    """The runtime tests run on the database the rest of the suite runs on (CI runs both)."""
    return "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    running = Instance(tmp_path_factory.mktemp("instance"), database=suite_database()).create().start()
    yield running
    running.stop()
    running.drop()
