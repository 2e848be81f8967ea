"""Helpers for the tests that start real servers: free ports, a cookie-keeping HTTP
client with timeouts, and a PostgreSQL database of their own."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

TIMEOUT = 30
# Set in the test servers' database by ``WALL_SETUP`` (factories, like the other tests).
WALL_SETUP = """
import django
django.setup()
from vigil.prayers.tests.factories import CountryWallFactory
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory
edition = EditionFactory(year=2025)
for rank in range(1, {walls} + 1):
    entry = EntryFactory(edition=edition, rank=rank)
    wall = CountryWallFactory(country=entry.country)
    print(wall.pk, entry.country.get_absolute_url())
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def create_walls(env: dict[str, str], walls: int) -> list[tuple[int, str]]:
    """Create ``walls`` country walls in the database ``env`` points at: (id, page)."""
    done = subprocess.run(
        [sys.executable, "-c", WALL_SETUP.format(walls=walls)], cwd=settings.BASE_DIR,
        env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()]
    return [(int(wall), page) for wall, page in rows]


def new_postgres_database_url(suffix: str) -> str:
    """The URL of a database that does not exist yet, beside the suite's PostgreSQL one."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    name = f"{parts.path.lstrip('/')}_{suffix}_{uuid.uuid4().hex[:8]}"
    return parts._replace(path=f"/{name}").geturl()


def own_postgres_database(suffix: str) -> str:
    """A fresh database's URL beside the suite's PostgreSQL database (created here)."""
    import psycopg
    from psycopg import sql

    url = new_postgres_database_url(suffix)
    name = sql.Identifier(urlsplit(url).path.lstrip("/"))
    with psycopg.connect(_maintenance(url), connect_timeout=5, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(name))
    return url


def drop_postgres_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    name = sql.Identifier(urlsplit(url).path.lstrip("/"))
    with psycopg.connect(_maintenance(url), connect_timeout=5, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def _maintenance(url: str) -> str:
    return urlsplit(url)._replace(path="/postgres").geturl()


def is_postgres() -> bool:
    return "postgresql" in settings.DATABASES["default"]["ENGINE"]


class Client:
    """One visitor: keeps cookies, never waits longer than ``TIMEOUT`` for an answer."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(
        self, path: str, *, data: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        url = path if path.startswith("http") else self.base + path
        request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
        try:
            with self.opener.open(request, timeout=TIMEOUT) as answer:
                return answer.status, dict(answer.headers), answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        return self.request(path)

    def post_json(
        self, path: str, payload: dict[str, str], headers: dict[str, str] | None = None
    ) -> tuple[int, dict]:
        status, _, body = self.request(
            path, data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json", **(headers or {})},
        )  # fmt: skip
        return status, json.loads(body) if body.startswith("{") else {}

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        url = path if path.startswith("http") else self.base + path
        status, _, body = self.request(
            url, data=urllib.parse.urlencode(fields).encode(), headers={"Referer": url}
        )
        return status, body


def csrf_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"({path} is missing)"
