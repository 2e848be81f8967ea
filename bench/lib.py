"""Benchmark helpers: app servers on loopback, a bounded HTTP load loop in Python, wrk
runs with the server's CPU time and peak memory read from /proc, and result blocks
written into docs/performance.md."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
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
    env.setdefault("VIGIL_SITE_URL", "http://127.0.0.1:8000")
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


# Load with wrk, server processes measured through /proc, results as a table.

WRK_REPORT = """
threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
done = function(summary, latency, requests)
  local acked = 0
  for _, thread in ipairs(threads) do acked = acked + (thread:get("acked") or 0) end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, '
    .. '"status_errors": %d, "socket_errors": %d, "acked": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout, acked))
end
"""


@dataclass
class Measured:
    """One target under wrk, with what the server spent on it."""

    name: str
    rps: float = 0.0
    p50_ms: float = float("nan")
    p99_ms: float = float("nan")
    requests: int = 0
    errors: int = 0
    acked: int = 0
    cpu_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    note: str = ""

    @property
    def per_cpu_second(self) -> float:
        return self.requests / self.cpu_seconds if self.cpu_seconds else float("nan")


def run_wrk(
    url: str,
    *,
    seconds: float,
    connections: int,
    threads: int = 2,
    script: str = "",
) -> dict[str, float]:
    """Run wrk against ``url``; ``script`` is Lua run before the reporting hooks."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + "\n" + WRK_REPORT)
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s",
        "--timeout", "10s", "-s", lua.name, url,
    ]  # fmt: skip
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(lua.name)
    line = next(line for line in out.splitlines() if line.startswith("BENCH "))
    return json.loads(line.removeprefix("BENCH "))


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the server's master and workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time of the live processes ``pids``."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def peak_rss_mb(pids: list[int]) -> float:
    """The largest peak resident size (VmHWM) among ``pids``, in MB."""
    peak = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    return peak / 1024


@contextlib.contextmanager
def _serving(
    command: list[str], port: int, env: dict[str, str], *, name: str, ready: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start ``command`` (a server on ``port``), wait until ``ready`` answers, and stop
    it when the block ends."""
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(base + ready, timeout=2).read()
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"{name} did not start")
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def app_server(
    env: dict[str, str], *, wsgi: str, workers: int = 2, ready: str = "/ping"
) -> contextlib.AbstractContextManager[tuple[str, subprocess.Popen[bytes]]]:
    """gunicorn (sync workers, as the issue's table) on a free loopback port."""
    port = free_port()
    command = [
        PY, "-m", "gunicorn", wsgi, "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--log-level", "warning", "--backlog", "2048",
    ]  # fmt: skip
    return _serving(command, port, env, name=wsgi, ready=ready)


def granian_server(
    env: dict[str, str], *, target: str, workers: int = 2, ready: str = "/ping"
) -> contextlib.AbstractContextManager[tuple[str, subprocess.Popen[bytes]]]:
    """``target`` ("module", its ``application`` over ASGI) on the command line of
    ``manage.py serve`` (granian), on a free loopback port. A WSGI ``target``
    (``refapp.wsgi``) runs on granian's WSGI interface with as many threads."""
    sys.path.insert(0, str(ROOT))
    from vigil.core.management.commands.serve import THREADS, granian_args

    port = free_port()
    argv = granian_args("127.0.0.1", port, workers, target=target)
    if target.endswith(".wsgi"):
        argv[argv.index("--interface") + 1] = "wsgi"
        argv += ["--blocking-threads", str(THREADS)]
    return _serving([PY, "-m", *argv], port, env, name=target, ready=ready)


def measure(
    name: str,
    base: str,
    path: str,
    server: subprocess.Popen[bytes] | None,
    *,
    seconds: float,
    connections: int,
    script: str = "",
    warm: int = 20,
) -> Measured:
    """Warm ``path`` up, then load it with wrk while counting the server's CPU time;
    the peak RSS is the largest of the workers' since they started."""
    for _ in range(warm if not script else 0):
        with contextlib.suppress(OSError):
            urllib.request.urlopen(base + path, timeout=10).read()
    pids = process_tree(server.pid) if server else []
    before = cpu_seconds(pids)
    out = run_wrk(base + path, seconds=seconds, connections=connections, script=script)
    pids = process_tree(server.pid) if server else []
    result = Measured(name)
    result.requests = int(out["requests"])
    result.rps = out["requests"] / (out["duration_us"] / 1e6)
    result.p50_ms, result.p99_ms = out["p50_us"] / 1000, out["p99_us"] / 1000
    result.errors = int(out["status_errors"] + out["socket_errors"])
    result.acked = int(out["acked"])
    if server:
        result.cpu_seconds = cpu_seconds(pids) - before
        workers = [pid for pid in pids if pid != server.pid]
        result.peak_rss_mb = peak_rss_mb(workers or pids)
    return result


def machine() -> str:
    """CPU model, cores and memory of this machine, in one line."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory = next(
        line.split()[1]
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {int(memory) // 1024 // 1024} GB, {system}"


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def replace_block(path: Path, name: str, text: str) -> None:
    """Put ``text`` between ``<!-- name -->`` and ``<!-- /name -->`` in ``path``
    (appended when the markers are missing)."""
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    current = path.read_text() if path.exists() else ""
    block = f"{start}\n{text.rstrip()}\n{end}"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        current = head + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current)
