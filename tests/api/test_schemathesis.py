"""schemathesis over the whole API, in-process (WSGI), anonymous and with an administrator's
bearer token, valid and invalid requests alike: no answer is a server error; every answer
matches the published document (status, content type, headers, body); a request the document
calls invalid is refused; a method an address does not answer gets 405 with Allow. A bounded
number of examples per operation, derandomized, keeps it fast and repeatable.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from biliktilik.accounts.models import Role
from biliktilik.accounts.services import api_token_create
from tests.staff.factories import EmployeeFactory, OrganizationFactory, UserFactory

EXAMPLES = 15

CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {"max-examples": EXAMPLES, "mode": "all"},
        "checks": {
            # Valid by the schema is not valid by the law: a date whose wording is not in our
            # sources, an IIN whose check digit is wrong, an unknown id are refused with 4xx.
            "positive_data_acceptance": {"enabled": False},
        },
    }
)


# Loaded when the module is collected (schemathesis' lazy fixture loader does not run on pytest 9);
# the document is built without the database.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application(), config=CONFIG)


@pytest.fixture
def one_connection(db):
    """The requests share the test's transaction, as under Django's test client: the app must not
    close the connection at the end of each request (that is what ends a real request)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def registry(one_connection):
    """A small registry for the generated ids to find now and then."""
    ministry = OrganizationFactory(kind="ministry", significance="republican")
    centre = OrganizationFactory(parent=ministry, kind="lmc", significance="oblast")
    for _ in range(3):
        EmployeeFactory(organization=centre)
    administrator = UserFactory(role=Role.ADMINISTRATOR)
    token = api_token_create(actor=None, user=administrator, name="schemathesis")
    return {"Authorization": f"Bearer {token}"}


SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)


@schema.parametrize()
@SETTINGS
def test_no_anonymous_request_breaks_the_api_or_its_document(case, registry):
    case.call_and_validate()


@schema.parametrize()
@SETTINGS
def test_no_request_with_a_token_breaks_the_api_or_its_document(case, registry):
    case.call_and_validate(headers=registry)
