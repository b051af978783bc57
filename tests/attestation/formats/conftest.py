from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_bytes():
    """The bytes of one of Moodle's example files (see fixtures/README.md)."""

    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read
