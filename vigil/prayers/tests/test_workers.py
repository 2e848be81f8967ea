"""Promises that must hold across worker processes and app servers: two real gunicorn
servers of three workers each, on one SQLite database and the configured shared cache
(the disk cache under their var/, or Redis with REDIS_URL). After the response that
confirms a delete or an edit, no worker of either server serves the old text; a limit
counts once for all of them."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

WORKERS = 3
SERVERS = 2
VIEWS = 30
OLD = "Lord, shelter the family in Almaty who asked us not to name them."
NEW = "Lord, keep every believer in Almaty safe and strong in faith."

_SETUP = """
import django
django.setup()
from vigil.prayers.services import submission
from vigil.prayers.tests.factories import CountryWallFactory
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory
entry = EntryFactory(edition=EditionFactory(year=2025), rank=1)
wall = CountryWallFactory(country=entry.country)
result = submission.prayer_submit(
    wall=wall, name="Anna", text={text!r}, client_hash="setup", seconds_to_submit=30.0
)
assert result.prayer.status == "published", result.verdict
print(wall.pk, result.prayer.pk, result.edit_token, entry.country.get_absolute_url())
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(var: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "PYTEST_XDIST_WORKER"}}
    env.update(
        DJANGO_SETTINGS_MODULE="vigil.settings", VIGIL_VAR_DIR=str(var), DEBUG="false",
        SECRET_KEY="workers-test-" + uuid.uuid4().hex, TASKS_BACKEND="immediate",
        CACHE_KEY_PREFIX="workers-" + uuid.uuid4().hex, VIGIL_SITE_URL="http://127.0.0.1",
        WHITENOISE_USE_FINDERS="true",
    )  # fmt: skip
    return env


class Browser:
    """A cookie-keeping HTTP client for one visitor of the test server."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            return str(response.read().decode())

    def post(self, path: str, data: dict[str, str], referer: str = "") -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base + path, data=body, method="POST")  # noqa: S310
        request.add_header("Referer", referer or self.base + path)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post_json(self, path: str, payload: dict[str, str]) -> int:
        request = urllib.request.Request(  # noqa: S310
            self.base + path, data=json.dumps(payload).encode(), method="POST",
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    def csrf(self, html: str) -> str:
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert found, "no CSRF token on the page"
        return found.group(1)


def _start(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "vigil.wsgi", "--workers", str(WORKERS),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=settings.BASE_DIR, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/ping", timeout=1).close()  # noqa: S310
            break
        except OSError:
            time.sleep(0.1)
    return process, base


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[list[str], int, int, str, str]]:
    var = tmp_path_factory.mktemp("workers-var")
    env = _env(var)
    run = {"cwd": settings.BASE_DIR, "env": env, "check": True, "timeout": 300}
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], **run)  # type: ignore[call-overload]
    setup = subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-c", _SETUP.format(text=OLD)], capture_output=True, text=True, **run
    )
    wall_id, prayer_id, token, country_page = setup.stdout.split()
    started = [_start(env) for _ in range(SERVERS)]
    try:
        bases = [base for _, base in started]
        yield bases, int(wall_id), int(prayer_id), token, country_page
    finally:
        for process, _ in started:
            process.terminate()
            process.wait(timeout=30)


def _every_view(bases: list[str], wall_id: int, country_page: str) -> list[str]:
    """The country page carrying the wall, the wall's own page, its feed and its API
    answer, each asked ``VIEWS`` times of every server (so every worker answers, and
    every cache a worker keeps is used)."""
    paths = [
        country_page, f"/walls/{wall_id}/", f"/walls/{wall_id}/feed/",
        f"/api/walls/{wall_id}/prayers",
    ]  # fmt: skip
    visitors = [Browser(base) for base in bases]
    return [visitor.get(path) for visitor in visitors for _ in range(VIEWS) for path in paths]


def test_an_edit_and_a_delete_are_seen_by_every_worker_at_once(server):
    bases, wall_id, prayer_id, token, country_page = server
    assert all(OLD in page for page in _every_view(bases, wall_id, country_page))

    author = Browser(bases[0])
    manage = f"/prayers/{prayer_id}/manage/{token}/"
    form = author.get(manage)
    status, _ = author.post(manage, {"csrfmiddlewaretoken": author.csrf(form), "name": "Anna",
                                     "text": NEW})  # fmt: skip
    assert status == 200
    pages = _every_view(bases, wall_id, country_page)
    assert not [page for page in pages if OLD in page], "an old text was served after the edit"
    assert all(NEW in page for page in pages)

    delete = manage + "delete/"
    status, body = author.post(delete, {"csrfmiddlewaretoken": author.csrf(author.get(delete))})
    assert status == 200 and "deleted" in body
    pages = _every_view(bases, wall_id, country_page)
    assert not [page for page in pages if NEW in page], "a deleted prayer was served"


def _in_one_window(window: int = 60, needed: float = 30.0) -> None:
    """The limits count in fixed windows: wait until a burst of posts that takes up to
    ``needed`` seconds cannot start in one window and end in the next."""
    left = window - time.time() % window
    if left < needed:
        time.sleep(left + 0.5)


def test_a_rate_limit_counts_once_for_all_workers(server):
    bases, wall_id, *_ = server
    clients = [Browser(base) for base in bases]
    _in_one_window()
    statuses = [
        clients[n % SERVERS].post_json(
            f"/api/walls/{wall_id}/prayers", {"name": "Ben", "text": f"{NEW} {n}"}
        )
        for n in range(3 * WORKERS)
    ]
    assert statuses.count(429) == 3 * WORKERS - 3, statuses
