"""The server ``make run`` starts keeps answering while connections sit idle or trickle."""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from vigil.core.management.commands.serve import granian_args
from vigil.core.tests.stackutil import Client, create_walls, is_postgres

WORKERS = 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int, timeout: float) -> None:
    """Ask /ping; a socket timeout (``OSError``) if no answer comes within ``timeout``."""
    url = f"http://127.0.0.1:{port}/ping"
    with urllib.request.urlopen(url, timeout=timeout) as answer:
        assert answer.read() == b"pong"


def _wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 120  # a busy machine starts granian slowly
    while True:
        try:
            _ping(port, timeout=1)
            return
        except OSError:
            assert time.monotonic() < deadline, "the server did not start in two minutes"
            time.sleep(0.1)


def test_idle_half_sent_and_trickling_connections_do_not_stop_the_site(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(VIGIL_VAR_DIR=str(tmp_path), VIGIL_SITE_URL=f"http://127.0.0.1:{port}",
               SECRET_KEY="serve-test-key-" + "x" * 40, DEBUG="false")  # fmt: skip
    command = [sys.executable, "manage.py", "serve", "--port", str(port)]
    command += ["--workers", str(WORKERS), "--threads", "1"]
    server = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env)
    held: list[socket.socket] = []
    try:
        _wait_until_up(port)
        for n in range(12 * WORKERS):  # more than every worker and thread could hold
            sock = socket.create_connection(("127.0.0.1", port))
            if n % 3 == 1:
                sock.send(b"GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # headers never end
            elif n % 3 == 2:  # a prayer of an acceptable size whose body never finishes
                sock.send(
                    b"POST /api/walls/1/prayers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/json\r\nContent-Length: 900\r\n\r\n{"
                )
            held.append(sock)
        # A sync worker per held connection would leave none for this request until
        # its 30-second timeout killed it; here the answer comes at once.
        _ping(port, timeout=20)
    finally:
        for sock in held:
            sock.close()
        server.terminate()
        server.wait(timeout=20)


def test_the_server_reads_headers_with_a_time_limit():
    args = granian_args("127.0.0.1", 8000, 3)
    assert args[args.index("--interface") + 1] == "asginl"  # ASGI, no lifespan protocol
    assert int(args[args.index("--http1-header-read-timeout") + 1]) <= 30_000


def _children(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    children.append(int(entry.name))
    return children


def _maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.skipif(is_postgres(), reason="SQLite's case; the model process is the same")
def test_the_workers_ask_one_model_process_and_load_no_model(tmp_path):
    """``manage.py serve`` starts one process that holds the moderation models; its
    workers moderate through it (an attack is held on the classifier's scores) without
    loading onnxruntime or lingua, and it stops with the server."""
    port = _free_port()
    drop = {"DATABASE_URL", "REDIS_URL", "PYTEST_XDIST_WORKER", "VIGIL_MODERATION_MODELS_SOCKET"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        DJANGO_SETTINGS_MODULE="vigil.settings", VIGIL_VAR_DIR=str(tmp_path), DEBUG="false",
        SECRET_KEY="serve-test-key-" + "x" * 40, TASKS_BACKEND="immediate",
        VIGIL_SITE_URL=f"http://127.0.0.1:{port}", VIGIL_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=settings.BASE_DIR,
        env=env, check=True, timeout=600,
    )  # fmt: skip
    [(wall, _)] = create_walls(env, 1)
    command = [sys.executable, "manage.py", "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, start_new_session=True)
    try:
        _wait_until_up(port)
        client = Client(f"http://127.0.0.1:{port}")
        posted = {}
        for n, text in enumerate([
            "Pray that the Muslims of Kazakhstan stop being such backward idiots.",
            "Lord, keep the believers of Kazakhstan steady and full of hope.",
        ]):  # fmt: skip
            status, body = client.post_json(
                f"/api/walls/{wall}/prayers", {"name": "Anna", "text": text},
                {"X-Forwarded-For": f"10.9.9.{n + 1}"},
            )  # fmt: skip
            assert status in (201, 202), body
            posted[text] = int(body["id"])
        with closing(sqlite3.connect(tmp_path / "vigil.sqlite3", timeout=20)) as db:
            query = "SELECT object_id, data FROM core_logentry WHERE object_id IN (?, ?)"
            reasons = dict(db.execute(query, list(posted.values())).fetchall())
        attack = posted["Pray that the Muslims of Kazakhstan stop being such backward idiots."]
        assert "classifier.identity_attack" in reasons[attack]

        children = _children(server.pid)
        models = [pid for pid in children if b"moderation_models" in _cmdline(pid)]
        workers = [pid for pid in children if pid not in models]
        assert len(models) == 1 and len(workers) == 2
        assert "onnxruntime" in _maps(models[0]) and "lingua" in _maps(models[0])
        for worker in workers:  # nor numpy, Pillow or psycopg (on SQLite): see bench/memory.py
            loaded = _maps(worker)
            for library in ("onnxruntime", "lingua", "/numpy", "/PIL/", "psycopg_binary"):
                assert library not in loaded, f"a worker loaded {library}"
        socket_dir = Path(_cmdline(models[0]).split(b"\0")[4].decode()).parent
        assert socket_dir.is_dir()
    finally:
        server.terminate()
        server.wait(timeout=30)
    deadline = time.monotonic() + 20
    while Path(f"/proc/{models[0]}").exists() and b"moderation_models" in _cmdline(models[0]):
        assert time.monotonic() < deadline, "the model process outlived the server"
        time.sleep(0.2)
    assert not socket_dir.exists()


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--port", "99999"], "'99999' is not a whole number from 1 to 65535"),
        (["--port", "http"], "'http' is not a whole number from 1 to 65535"),
        (["--workers", "0"], "'0' is not a whole number from 1 to 256"),
        (["--threads", "-1"], "'-1' is not a whole number from 1 to 64"),
        (["--host", "localhost"], "'localhost' is not an IP address"),
    ],
)
def test_serve_names_a_wrong_argument_before_starting_anything(argv, message):
    with pytest.raises(CommandError, match=message):
        call_command("serve", *argv)


def test_serve_without_the_site_address_stops_with_one_clear_line(settings, monkeypatch):
    settings.DEBUG, settings.VIGIL_SITE_URL = False, ""
    started: list[str] = []
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kwargs: started.append("Popen"))
    monkeypatch.setattr(os, "execv", lambda *args: started.append("execv"))
    with pytest.raises(CommandError, match="VIGIL_SITE_URL is not set"):
        call_command("serve", "--port", "8001")
    assert started == []  # neither the model process nor granian
