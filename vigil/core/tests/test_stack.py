"""The production stack (``make stack``: nginx, two granian app servers, RQ workers,
PostgreSQL, Redis) on free ports and a database of its own: a prayer posted through
nginx is published on its country page, then deleted by its author and gone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from django.conf import settings

from vigil.core.tests.stackutil import (
    Client,
    create_walls,
    csrf_token,
    drop_postgres_database,
    free_port,
    is_postgres,
    new_postgres_database_url,
    tail,
)

pytestmark = pytest.mark.stack
STACK = settings.BASE_DIR / "deploy" / "stack.py"
START_TIMEOUT = 900  # migrations and static files on a busy two-core machine
REFRESH_TIMEOUT = 30  # a task on a busy two-core machine; usually well under a second
FAST_POST_SECONDS = 3.5  # a post sooner after its form token is held for review
TEXT = "Lord, keep the believers of this country safe and strong in their faith."


def _requirements() -> str:
    """The Redis URL the stack may use, or a skip naming what is missing."""
    if not is_postgres():
        pytest.skip("needs DATABASE_URL pointing at PostgreSQL (`make test-postgres` runs this)")
    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        pytest.skip("nginx is not installed: `make stack-deps` installs Debian's nginx")
    location = str(settings.CACHES["default"].get("LOCATION", ""))
    if not location.startswith("redis://"):
        pytest.skip("needs REDIS_URL (`make test-postgres` sets it)")
    try:
        redis.Redis.from_url(location, socket_connect_timeout=3, socket_timeout=3).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis at {location} does not answer: {error}")
    return location


@pytest.fixture
def stack(tmp_path) -> Iterator[tuple[str, dict[str, str], list[int]]]:
    redis_url = _requirements()
    database_url = new_postgres_database_url("stack")  # the stack creates it
    port, app_ports = free_port(), [free_port(), free_port()]
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_XDIST_WORKER"}
    env.update(
        DATABASE_URL=database_url, REDIS_URL=redis_url, DJANGO_SETTINGS_MODULE="vigil.settings",
        CACHE_KEY_PREFIX=f"stack-{uuid.uuid4().hex}",
        # The router and its middleware run as they would with a replica (here the
        # primary itself, so the test can see its own writes through either alias).
        DATABASE_REPLICA_URL=database_url,
    )  # fmt: skip
    run = {"cwd": settings.BASE_DIR, "env": env, "capture_output": True, "text": True}
    ports = ["--port", str(port), "--app-ports", ",".join(map(str, app_ports)),
             "--refresh-port", str(free_port())]  # fmt: skip
    start = [sys.executable, str(STACK), "start", "--dir", str(tmp_path), *ports,
             "--workers", "1", "--no-demo"]  # fmt: skip
    try:
        started = subprocess.run(start, timeout=START_TIMEOUT, **run)  # type: ignore[call-overload]
        assert started.returncode == 0, started.stdout + started.stderr
        app_env = {**env, "VIGIL_VAR_DIR": str(tmp_path / "app"), "TASKS_BACKEND": "immediate"}
        yield f"http://127.0.0.1:{port}", app_env, app_ports
    finally:
        stop = [sys.executable, str(STACK), "stop", "--dir", str(tmp_path)]
        stopped = subprocess.run(stop, timeout=120, **run)  # type: ignore[call-overload]
        drop_postgres_database(database_url)
        assert stopped.returncode == 0, stopped.stderr
    assert not list((tmp_path / "run").glob("*.pid")), "a pid file outlived make stack-stop"


def test_a_prayer_posted_through_nginx_is_published_then_deleted(stack, tmp_path):
    base, env, app_ports = stack
    [(wall_id, country_page)] = create_walls(env, 1)
    visitor = Client(base)

    status, headers, _ = visitor.get("/ping")
    assert (status, headers.get("Server")) == (200, "nginx")
    tokens = [visitor.get(f"/api/walls/{wall_id}/form-token") for _ in range(2)]
    # Never cached (private, no-store): each visitor gets a token of their own.
    assert [headers.get("X-Cache-Status") for _, headers, _ in tokens] == ["MISS", "MISS"]
    token = json.loads(tokens[0][2])["token"]
    time.sleep(FAST_POST_SECONDS)
    status, accepted = visitor.post_json(
        f"/api/walls/{wall_id}/prayers", {"name": "Anna", "text": TEXT, "token": token}
    )
    assert status == 201 and accepted["status"] == "published", (accepted, _logs(tmp_path))

    status, headers, page = visitor.get(country_page)
    assert status == 200 and headers.get("Server") == "nginx"
    assert TEXT in page, _logs(tmp_path)
    status, headers, page = Client(base).get(country_page)
    assert headers.get("X-Cache-Status") == "HIT" and TEXT in page  # kept by nginx

    author = Client(base)
    delete = accepted["manage_url"] + "delete/"
    _, _, form = author.get(delete)
    status, body = author.post_form(delete, {"csrfmiddlewaretoken": csrf_token(form)})
    assert status == 200 and "deleted" in body

    # nginx keeps the whole country page; the RQ worker has it fetched again (the
    # refresh listener) as soon as it runs the task the deletion queued.
    deadline = time.monotonic() + REFRESH_TIMEOUT
    for path in (country_page, f"/walls/{wall_id}/", f"/api/walls/{wall_id}/prayers"):
        while True:
            status, headers, page = Client(base).get(path)
            if TEXT not in page or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert status == 200 and TEXT not in page, f"{path} still shows the deleted prayer"
    status, headers, _ = Client(base).get(country_page)
    assert headers.get("X-Cache-Status") == "HIT"  # the new copy, from nginx

    status, headers, _ = visitor.get("/static/css/vigil.css")  # served by nginx itself
    assert status == 200 and "immutable" in headers.get("Cache-Control", "")

    shown = subprocess.run(
        [sys.executable, str(STACK), "status", "--dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    names = sorted(line.split()[0] for line in shown.stdout.splitlines())
    expected = ["nginx", "models", *(f"app-{port}" for port in app_ports), "worker-1"]
    assert names == sorted(expected)
    # One model process holds the moderation models for both app servers and the worker.
    assert "answering on" in (tmp_path / "logs" / "models.log").read_text()
    _wait_for_a_task(tmp_path / "logs" / "worker-1.log")


def _wait_for_a_task(log: Path) -> None:
    """The RQ worker runs the daily tasks the stack scheduled on creating its database."""
    deadline = time.monotonic() + 120
    while "Successfully completed" not in log.read_text(errors="replace"):
        assert time.monotonic() < deadline, f"the RQ worker ran no task:\n{tail(log)}"
        time.sleep(0.5)


def _logs(stack_dir: Path) -> str:
    return "\n".join(f"--- {log.name}\n{tail(log)}" for log in sorted(stack_dir.glob("logs/*")))
