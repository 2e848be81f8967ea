"""The server ``make run`` starts keeps answering while connections sit idle or trickle."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from django.conf import settings

from vigil.core.management.commands.serve import granian_args

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
        deadline = time.monotonic() + 120  # a busy machine starts granian slowly
        while True:
            try:
                _ping(port, timeout=1)
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start in two minutes"
                time.sleep(0.1)
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
