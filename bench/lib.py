"""Benchmark helpers: a gunicorn server on loopback and a bounded HTTP load loop."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare_database(env: dict[str, str]) -> None:
    """A fresh database with the demo data in the benchmark's own var/ directory."""
    for old in Path(env["VIGIL_VAR_DIR"]).glob("vigil.sqlite3*"):
        old.unlink()
    for args in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run(
            [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )


@contextlib.contextmanager
def server(env: dict[str, str], workers: int = 2) -> Iterator[str]:
    """Run gunicorn on a free loopback port for the duration of the block."""
    port = free_port()
    proc = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "vigil.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(base + "/ping", timeout=1).read()
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def p99_ms(self) -> float:
        if len(self.latencies) < 2:
            return float("nan")
        return statistics.quantiles(self.latencies, n=100)[98] * 1000

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")


Request = Callable[[http.client.HTTPConnection], int]


def get(path: str) -> Request:
    def request(conn: http.client.HTTPConnection) -> int:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status

    return request


def load(
    base: str,
    name: str,
    request: Request,
    *,
    seconds: float = 5.0,
    concurrency: int = 8,
    max_requests: int = 200_000,
) -> Result:
    """Send requests from ``concurrency`` keep-alive connections for a bounded time."""
    host, port = base.removeprefix("http://").split(":")
    result = Result(name)
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        local: list[float] = []
        errors = 0
        while time.perf_counter() < deadline and len(local) < max_requests // concurrency:
            start = time.perf_counter()
            try:
                status = request(conn)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=10)
                errors += 1
                continue
            if status >= 400:
                errors += 1
            local.append(time.perf_counter() - start)
        conn.close()
        with lock:
            result.latencies.extend(local)
            result.errors += errors

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


def bench_env(name: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"VIGIL_VAR_DIR": str(ROOT / "var" / f"bench-{name}"), "LOG_LEVEL": "ERROR"})
    return env


def report(reference: Result, results: list[Result]) -> None:
    print(
        f"{'target':<28}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}"
        f"{'rps ratio':>11}{'p99 ratio':>11}"
    )
    for item in [reference, *results]:
        print(
            f"{item.name:<28}{item.rps:>10.0f}{item.p50_ms:>10.1f}{item.p99_ms:>10.1f}"
            f"{item.errors:>8}{item.rps / reference.rps:>11.2f}"
            f"{item.p99_ms / reference.p99_ms:>11.2f}"
        )
