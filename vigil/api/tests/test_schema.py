"""Property-based tests of the API against its own OpenAPI schema (schemathesis, in
process through the WSGI app): no 5xx, only documented status codes, and every answer,
errors included, conforms to the schema. Bounded and seeded, so every run is the same."""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, seed, settings
from schemathesis import checks

from vigil.prayers.tests.factories import PrayerFactory, WallFactory

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture(autouse=True)
def _one_connection():
    """Requests run inside the test's transaction: the app must not close the database
    connection after each one (Django's test client does the same)."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def wall():
    wall = WallFactory()
    PrayerFactory.create_batch(3, wall=wall)
    return wall


@pytest.mark.django_db
@schema.parametrize()
@seed(20260901)
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_schema(case, wall):
    # Half the cases address a wall that exists, so successes are checked as well as 404s.
    wall_id = (case.path_parameters or {}).get("wall_id")
    if isinstance(wall_id, int) and wall_id % 2:
        case.path_parameters["wall_id"] = wall.pk
    case.call_and_validate(checks=CHECKS)
