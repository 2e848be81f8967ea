"""The read-replica router: public pages read from the replica, everything else (writes,
transactions, reads after a write, staff, commands) from the primary."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from vigil.core.dbrouter import (
    PIN_COOKIE,
    PRIMARY,
    REPLICA,
    PrimaryReplicaRouter,
    ReplicaReadsMiddleware,
)
from vigil.prayers.models import Prayer

router = PrimaryReplicaRouter()


def _serve(request: HttpRequest, *, write: bool = False) -> tuple[list[str], HttpResponse]:
    """Run ``request`` through the middleware; the view reads, maybe writes, reads again."""
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(router.db_for_read(Prayer))
        if write:
            seen.append(router.db_for_write(Prayer))
        seen.append(router.db_for_read(Prayer))
        return HttpResponse("ok")

    response = ReplicaReadsMiddleware(view)(request)
    return seen, response


def test_an_anonymous_get_reads_from_the_replica():
    seen, response = _serve(RequestFactory().get("/countries/kz/"))
    assert seen == [REPLICA, REPLICA]
    assert PIN_COOKIE not in response.cookies


def test_a_write_sends_the_rest_of_the_request_to_the_primary():
    seen, response = _serve(RequestFactory().get("/"), write=True)
    assert seen == [REPLICA, PRIMARY, PRIMARY]
    assert PIN_COOKIE not in response.cookies  # a GET never gets a cookie from here


def test_a_post_reads_from_the_primary_and_pins_the_visitor_who_wrote():
    seen, response = _serve(RequestFactory().post("/walls/1/pray/"), write=True)
    assert seen == [PRIMARY, PRIMARY, PRIMARY]
    cookie = response.cookies[PIN_COOKIE]
    assert cookie["max-age"] == 10 and cookie["httponly"]

    request = RequestFactory().get("/walls/1/")
    request.COOKIES[PIN_COOKIE] = "1"
    seen, _ = _serve(request)
    assert seen == [PRIMARY, PRIMARY]  # the page after the post shows the new prayer


def test_a_post_that_wrote_nothing_pins_no_one():
    _, response = _serve(RequestFactory().post("/walls/1/pray/"))
    assert PIN_COOKIE not in response.cookies


def test_a_signed_in_visitor_reads_from_the_primary():
    request = RequestFactory().get("/review/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "session"
    seen, _ = _serve(request)
    assert seen == [PRIMARY, PRIMARY]


def test_commands_and_workers_outside_requests_use_the_primary():
    assert router.db_for_read(Prayer) == PRIMARY
    assert router.db_for_write(Prayer) == PRIMARY


@pytest.mark.django_db(transaction=True)
def test_reads_in_a_transaction_stay_on_the_primary():
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        with transaction.atomic():
            seen.append(router.db_for_read(Prayer))
        seen.append(router.db_for_read(Prayer))
        return HttpResponse("ok")

    ReplicaReadsMiddleware(view)(RequestFactory().get("/"))
    assert seen == [PRIMARY, REPLICA]


def test_migrations_run_on_the_primary_only():
    assert router.allow_migrate(PRIMARY, "prayers")
    assert not router.allow_migrate(REPLICA, "prayers")


_SHOW_SETTINGS = """
import django
django.setup()
from django.conf import settings
print(sorted(settings.DATABASES), settings.DATABASE_ROUTERS[0], settings.MIDDLEWARE[0])
"""


def test_the_replica_url_switches_the_router_on(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="vigil.settings", VIGIL_VAR_DIR=str(tmp_path),
        DATABASE_REPLICA_URL=f"sqlite:///{tmp_path / 'replica.sqlite3'}",
    )  # fmt: skip
    shown = subprocess.run(
        [sys.executable, "-c", _SHOW_SETTINGS], cwd=settings.BASE_DIR, env=env,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert shown.stdout.split() == [
        "['default',", "'replica']", "vigil.core.dbrouter.PrimaryReplicaRouter",
        "vigil.core.dbrouter.ReplicaReadsMiddleware",
    ]  # fmt: skip
