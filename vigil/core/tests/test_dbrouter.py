"""The read-replica router: public pages read from the replica, everything else (writes,
transactions, reads after a write, staff, commands) from the primary."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from vigil.core.dbrouter import (
    PRIMARY,
    RECENT_WRITE_KEY,
    REPLICA,
    PrimaryReplicaRouter,
    ReplicaReadsMiddleware,
)
from vigil.core.models import EdgeCopy
from vigil.prayers.models import Prayer

router = PrimaryReplicaRouter()


def _serve(request: HttpRequest, *, write: bool = False) -> list[str]:
    """Run ``request`` through the middleware; the view reads, maybe writes, reads again."""
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(router.db_for_read(Prayer))
        if write:
            seen.append(router.db_for_write(Prayer))
        seen.append(router.db_for_read(Prayer))
        return HttpResponse("ok")

    response = ReplicaReadsMiddleware(view)(request)
    assert not response.cookies  # public pages stay cookie-free
    return seen


def test_an_anonymous_get_reads_from_the_replica():
    assert _serve(RequestFactory().get("/countries/kz/")) == [REPLICA, REPLICA]


def test_a_write_sends_the_rest_of_the_request_to_the_primary():
    assert _serve(RequestFactory().get("/"), write=True) == [REPLICA, PRIMARY, PRIMARY]


def test_posts_read_from_the_primary():
    assert _serve(RequestFactory().post("/walls/1/pray/"), write=True) == [PRIMARY] * 3


def test_after_a_write_anywhere_public_pages_read_from_the_primary_for_a_while():
    _serve(RequestFactory().post("/walls/1/prayers/"), write=True)
    # Until the replica has surely replayed the write, a page read from it could put
    # the old rows into the page caches: another visitor's page comes from the primary.
    assert _serve(RequestFactory().get("/countries/kz/")) == [PRIMARY, PRIMARY]
    cache.delete(RECENT_WRITE_KEY)  # the window has passed
    assert _serve(RequestFactory().get("/countries/kz/")) == [REPLICA, REPLICA]

    router.db_for_write(Prayer)  # a task worker or a command writes, outside requests
    assert _serve(RequestFactory().get("/countries/kz/")) == [PRIMARY, PRIMARY]
    assert cache.get(RECENT_WRITE_KEY) is not None


def test_recording_a_page_nginx_keeps_pins_nothing_to_the_primary():
    """Serving a page to nginx records it (``EdgeCopy``, which no page reads): the rest
    of the request and other visitors' pages still read from the replica."""
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(router.db_for_write(EdgeCopy))
        seen.append(router.db_for_read(Prayer))
        return HttpResponse("ok")

    ReplicaReadsMiddleware(view)(RequestFactory().get("/countries/kz/"))
    assert seen == [PRIMARY, REPLICA]
    assert cache.get(RECENT_WRITE_KEY) is None
    assert _serve(RequestFactory().get("/countries/kz/")) == [REPLICA, REPLICA]


def test_a_signed_in_visitor_reads_from_the_primary():
    request = RequestFactory().get("/review/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "session"
    assert _serve(request) == [PRIMARY, PRIMARY]


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


_TWO_DATABASES = """
from pathlib import Path
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.test import Client
from vigil.core import backups
from vigil.core.dbrouter import mark_write
from vigil.prayers.tests.factories import CountryWallFactory, PrayerFactory
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory

entry = EntryFactory(edition=EditionFactory(year=2025), rank=1)
wall = CountryWallFactory(country=entry.country)
PrayerFactory(wall=wall, text="Lord, this prayer is on both databases.")
connections.close_all()
backups.backup("default", Path(settings.DATABASES["replica"]["NAME"]))
PrayerFactory(wall=wall, text="Lord, this prayer is only on the primary.")
only_on_replica = PrayerFactory.build(wall=wall, text="Lord, this prayer is only on the replica.")
only_on_replica.save(using="replica")

ROWS = {"both": "on both databases", "primary": "only on the primary",
        "replica": "only on the replica"}

def page(cookies={}, write=False):
    cache.clear()  # no cached answer: the page is read from a database
    if write:
        mark_write()
    client = Client()
    client.cookies.load(cookies)
    body = client.get(f"/api/walls/{wall.pk}/prayers").content.decode()
    return "+".join(name for name, text in ROWS.items() if text in body)

print("anonymous", page())
print("signed-in", page({settings.SESSION_COOKIE_NAME: "x"}))
print("after-a-write", page(write=True))
"""


def test_public_pages_read_the_replica_and_the_rest_the_primary(tmp_path):
    """Two SQLite files stand for a primary and its replica, each with a row of its own."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigil.settings", VIGIL_VAR_DIR=str(tmp_path),
        DATABASE_REPLICA_URL=f"sqlite:///{tmp_path / 'replica.sqlite3'}",
        TASKS_BACKEND="immediate",
    )  # fmt: skip
    run = {"cwd": settings.BASE_DIR, "env": env, "timeout": 300, "check": True}
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], **run)  # type: ignore[call-overload]
    shown = subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-c", _TWO_DATABASES], capture_output=True, text=True, **run
    )
    assert shown.stdout.split() == [
        "anonymous", "both+replica", "signed-in", "both+primary", "after-a-write", "both+primary",
    ]  # fmt: skip
