import pytest

from biliktilik.lawbook import loader

from .openapi_contract import ContractClient


@pytest.fixture(scope="session")
def lawbook():
    return loader.default()


@pytest.fixture
def client():
    """Django's test client, with every API answer checked against the published OpenAPI document."""
    return ContractClient()


@pytest.fixture(autouse=True)
def jobs_run_where_they_are_queued(settings):
    """Background jobs run inside the request that queues them, unless a test asks for the real
    queue (``settings.TASKS`` set back to the database backend) and runs a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
