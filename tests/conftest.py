import pytest

from biliktilik.lawbook import loader


@pytest.fixture(scope="session")
def lawbook():
    return loader.default()
