"""Durability: the real app server (``manage.py serve``, granian) is killed with SIGKILL
in the middle of a burst of prayer posts; every post it acknowledged (a 2xx with an id)
is in the database afterwards, with its text. On SQLite (``make test``) and on
PostgreSQL (``make test-postgres``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings

from vigil.core.tests.stackutil import (
    Client,
    create_walls,
    drop_postgres_database,
    free_port,
    is_postgres,
    own_postgres_database,
)

THREADS = 6
WALLS = 4
KILL_AFTER = 12  # acknowledged posts before the kill: the burst is well under way
BURST_TIMEOUT = 300.0


class Burst:
    """Threads posting prayers as fast as the server answers, each as its own client."""

    def __init__(self, base: str, walls: list[int]) -> None:
        self.base, self.walls = base, walls
        self.acknowledged: dict[int, str] = {}
        self.failures = 0
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._post, args=(n,)) for n in range(THREADS)]

    def _post(self, thread: int) -> None:
        client = Client(self.base)
        for n in range(10_000):
            text = f"Lord, strengthen the church that suffers for your name. Prayer {thread}-{n}."
            wall = self.walls[(thread + n) % len(self.walls)]
            try:
                status, body = client.post_json(
                    f"/api/walls/{wall}/prayers", {"name": "Burst", "text": text},
                    {"X-Forwarded-For": f"10.{thread}.{n // 250}.{n % 250 + 1}"},
                )  # fmt: skip
            except OSError:  # the server is gone (refused, reset, or cut mid-answer)
                with self.lock:
                    self.failures += 1
                return
            if 200 <= status < 300 and body.get("id"):
                with self.lock:
                    self.acknowledged[int(body["id"])] = text

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + BURST_TIMEOUT
        while len(self.acknowledged) < count:
            assert time.monotonic() < deadline, f"only {len(self.acknowledged)} posts answered"
            assert any(t.is_alive() for t in self.threads), "every poster stopped early"
            time.sleep(0.05)


def _server_env(var: Path, database_url: str) -> dict[str, str]:
    drop = {"DATABASE_URL", "REDIS_URL", "PYTEST_XDIST_WORKER"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        DJANGO_SETTINGS_MODULE="vigil.settings", VIGIL_VAR_DIR=str(var), DEBUG="false",
        SECRET_KEY="durability-" + uuid.uuid4().hex, TASKS_BACKEND="immediate",
        VIGIL_SITE_URL="http://127.0.0.1", VIGIL_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
    )  # fmt: skip
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _stored(var: Path, database_url: str, ids: list[int]) -> dict[int, str]:
    """The prayers with these ids, read straight from the database after the crash."""
    query = "SELECT id, text FROM prayers_prayer WHERE id = ANY(%s)"
    if database_url:
        import psycopg

        with psycopg.connect(database_url, connect_timeout=5) as conn:
            return dict(conn.execute(query, (ids,)).fetchall())
    marks = ",".join("?" * len(ids))
    with closing(sqlite3.connect(var / "vigil.sqlite3", timeout=20)) as conn:
        rows = conn.execute(f"SELECT id, text FROM prayers_prayer WHERE id IN ({marks})", ids)  # noqa: S608
        return dict(rows.fetchall())


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_every_acknowledged_prayer_survives_a_sigkill(engine, tmp_path):
    if engine == "postgresql" and not is_postgres():
        pytest.skip("needs DATABASE_URL pointing at PostgreSQL (`make test-postgres` runs this)")
    if engine == "sqlite" and is_postgres():
        pytest.skip("the suite runs on PostgreSQL; `make test` runs the SQLite case")
    database_url = own_postgres_database("durability") if engine == "postgresql" else ""
    env = _server_env(tmp_path, database_url)
    port = free_port()
    server = None
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=settings.BASE_DIR,
            env=env, check=True, timeout=600,
        )  # fmt: skip
        walls = [wall for wall, _ in create_walls(env, WALLS)]
        server = subprocess.Popen(
            [sys.executable, "manage.py", "serve", "--port", str(port), "--workers", "2"],
            cwd=settings.BASE_DIR, env=env, start_new_session=True,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base)

        burst = Burst(base, walls)
        for thread in burst.threads:
            thread.start()
        burst.wait_for(KILL_AFTER)
        os.killpg(server.pid, signal.SIGKILL)  # the server and its workers, mid-burst
        server.wait(timeout=30)
        for thread in burst.threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in burst.threads)
        assert burst.failures == THREADS, "every poster was cut off by the kill"

        acknowledged = dict(burst.acknowledged)
        stored = _stored(tmp_path, database_url, sorted(acknowledged))
        lost = sorted(set(acknowledged) - set(stored))
        assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged prayers were lost"
        assert stored == acknowledged
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)
        if database_url:
            drop_postgres_database(database_url)


def _wait_until_up(base: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            if Client(base).get("/ping")[0] == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, "the server did not start within two minutes"
        time.sleep(0.2)
