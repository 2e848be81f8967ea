"""CPU per request inside one process, without a server: Vigil's cached country page
against the reference's ``cache_page``, each WSGI application called in a loop.

    python bench/inprocess.py [--requests 3000] [--posts 300]
    python bench/inprocess.py --cache-off [--requests 200] [--runs 5] [--tree DIR ...]

``--cache-off`` times the country page instead with Vigil's caches off
(``VIGIL_BENCH_CACHE=off``), so every request renders it from the database: the CPU
of a render (the best and the median of a run's requests, and their mean), the queries
of one render and the size of the body, ``--runs`` times. Each ``--tree`` is another
checkout of Vigil (a ``git worktree`` of an older commit, say) timed on the same
database, its runs alternating with this checkout's so that the machine's load falls on
both; ``--save-body DIR`` writes the page each checkout rendered there, to compare bytes.

``--posts N`` also times N prayer posts through Vigil's JSON API in one process, with
every model left to the task worker (``VIGIL_MODERATION_IN_WORKER``), so the figure is
the request's own work: screening, the save, the limits.

What an app server adds (accepting and closing connections, writing the body) is left
out, so this shows the applications' own work per hit. Uses the databases of
``bench/run.py`` (built here when missing).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import PY, ROOT, bench_env, prepare_database

BENCH = Path(__file__).resolve().parent

LOOP = """
import importlib, io, statistics, sys, time
app = importlib.import_module(sys.argv[3]).application
from django.db import connection
from django.test.utils import CaptureQueriesContext
path, _, query = sys.argv[1].partition("?")
def call():
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query,
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1",
               "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
               "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1"}
    status = []
    body = b"".join(app(environ, lambda s, h, e=None: status.append(s)))
    assert status[0].startswith("200"), status
    return body
for _ in range(50):
    call()
n, each = int(sys.argv[2]), []
started = time.process_time()
for _ in range(n):
    before = time.process_time()
    call()
    each.append(time.process_time() - before)
cpu = time.process_time() - started
with CaptureQueriesContext(connection) as queries:
    body = call()
if len(sys.argv) > 4:
    with open(sys.argv[4], "wb") as out:
        out.write(body)
print(f"{cpu / n * 1e6:.0f} {len(body)} {min(each) * 1e6:.0f} "
      f"{statistics.median(each) * 1e6:.0f} {len(queries.captured_queries)}")
"""

POSTS = """
import importlib, io, json, sys, time
import django
django.setup()
from vigil.prayers.formtoken import make_form_token
from vigil.prayers.models import Wall
app = importlib.import_module("vigil.wsgi").application
walls = list(Wall.objects.filter(is_open=True, moderation_mode="post").values_list("pk", flat=True))
run, shown = f"inprocess-{time.time_ns()}", time.time() - 60
def post(n):
    wall = walls[n % len(walls)]
    text = f"Lord, keep the believers of this land steady ({run}-{n})."
    token = make_form_token(wall, issued_at=shown)
    body = json.dumps({"name": f"Bench {n}", "token": token, "text": text}).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": f"/api/walls/{wall}/prayers",
               "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000",
               "HTTP_HOST": "127.0.0.1", "CONTENT_TYPE": "application/json",
               "CONTENT_LENGTH": str(len(body)), "HTTP_X_FORWARDED_FOR": f"10.{n >> 16 & 255}."
               f"{n >> 8 & 255}.{n & 255}", "HTTP_USER_AGENT": f"bench client {n}",
               "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
               "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1"}
    status = []
    b"".join(app(environ, lambda s, h, e=None: status.append(s)))
    assert status[0][:3] in ("201", "202"), status
for n in range(20):
    post(n)
count = int(sys.argv[1])
started = time.process_time()
for n in range(20, 20 + count):
    post(n)
print(f"{(time.process_time() - started) / count * 1e3:.2f}")
"""


@dataclass
class Timed:
    """One run of the loop: CPU µs per request (mean, best, median), the body's size
    and the queries of one request."""

    mean: float
    size: int
    best: float
    median: float
    queries: int


def timed(
    env: dict[str, str], cwd: Path, wsgi: str, path: str, requests: int, body: str = ""
) -> Timed:
    """``requests`` calls of ``path`` on ``wsgi``'s application (the module the app
    server loads), after a warm-up; ``body`` names a file for the last answer's bytes."""
    done = subprocess.run(
        [PY, "-c", LOOP, path, str(requests), wsgi, *([body] if body else [])], cwd=cwd,
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        where = env.get("VIGIL_VAR_DIR") or env.get("REFAPP_VAR_DIR")
        raise SystemExit(
            f"{path} from {cwd} failed: {last}\n(the database in {where} must hold the "
            "benchmark's data: `python bench/run.py` builds it)"
        )
    mean, size, best, median, queries = done.stdout.split()
    return Timed(float(mean), int(size), float(best), float(median), int(queries))


def run(env: dict[str, str], cwd: Path, wsgi: str, path: str, requests: int) -> tuple[float, int]:
    """CPU µs per request and body size of ``path`` from ``wsgi``'s application."""
    result = timed(env, cwd, wsgi, path, requests)
    return result.mean, result.size


def cache_off(requests: int, runs: int, trees: list[Path], save_body: str) -> None:
    """The country page rendered on every request, this checkout and each of ``trees``
    in turn, ``runs`` rounds; a line per run and the range of each checkout's runs."""
    var = bench_env("run")["VIGIL_VAR_DIR"]
    if not (Path(var) / "vigil.sqlite3").exists():
        prepare_database(bench_env("run"))
    checkouts = [ROOT, *(tree.resolve() for tree in trees)]
    if save_body:
        Path(save_body).mkdir(parents=True, exist_ok=True)
    results: dict[Path, list[Timed]] = {tree: [] for tree in checkouts}
    print(f"{'checkout':40s} {'mean µs':>8s} {'best µs':>8s} {'median µs':>9s} queries  bytes")
    for round_ in range(runs):
        for number, tree in enumerate(checkouts):
            env = {**bench_env("run"), "DJANGO_SETTINGS_MODULE": "bench.bench_settings"}
            env.update({"PYTHONPATH": str(tree), "VIGIL_BENCH_CACHE": "off"})
            body = f"{save_body}/country-{number}.html" if save_body and not round_ else ""
            result = timed(env, tree, "vigil.wsgi", COUNTRY, requests, body)
            results[tree].append(result)
            print(
                f"{tree!s:40s} {result.mean:8.0f} {result.best:8.0f} {result.median:9.0f} "
                f"{result.queries:7d} {result.size:6d}"
            )
    for tree, done in results.items():
        medians = sorted(result.median for result in done)
        bests = sorted(result.best for result in done)
        print(
            f"{tree}: median per run {medians[0]:.0f}–{medians[-1]:.0f} µs, best per run "
            f"{bests[0]:.0f}–{bests[-1]:.0f} µs, {done[0].queries} queries"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--posts", type=int, default=0, help="also time this many posts")
    parser.add_argument("--cache-off", action="store_true", help="the country page, uncached")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    parser.add_argument("--save-body", default="")
    args = parser.parse_args()
    if args.cache_off:
        cache_off(args.requests, args.runs, args.tree, args.save_body)
        return
    vigil = {**bench_env("run"), "DJANGO_SETTINGS_MODULE": "bench.bench_settings"}
    vigil["PYTHONPATH"] = str(ROOT)
    reference = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "refapp.settings",
        "REFAPP_VAR_DIR": str(ROOT / "var" / "bench-refapp"),
    }
    if not (Path(vigil["VIGIL_VAR_DIR"]) / "vigil.sqlite3").exists():
        prepare_database(vigil)
    if not (Path(reference["REFAPP_VAR_DIR"]) / "refapp.sqlite3").exists():
        from run import prepare_reference

        prepare_reference({**reference, "PYTHONPATH": str(BENCH)})
    rows = [
        ("Vigil country page, cached", run(vigil, ROOT, "vigil.wsgi", COUNTRY, args.requests)),
        (
            "Django cache_page (reference)",
            run(reference, BENCH, "refapp.wsgi", "/cached/", args.requests),
        ),
    ]
    print(f"{'target':34s} {'CPU µs per request':>20s} {'body bytes':>12s}")
    for name, (micros, size) in rows:
        print(f"{name:34s} {micros:20.0f} {size:12,d}")
    print(f"ratio (reference / Vigil): {rows[1][1][0] / rows[0][1][0]:.2f}")
    if args.posts:
        env = {**vigil, "VIGIL_MODERATION_IN_WORKER": "true"}
        env["VIGIL_CLIENT_IP_HEADER"] = "HTTP_X_FORWARDED_FOR"
        done = subprocess.run(
            [PY, "-c", POSTS, str(args.posts)], cwd=ROOT, env=env, capture_output=True,
            text=True, check=True,
        )  # fmt: skip
        print(
            f"Vigil prayer POST (API, models left to the task worker): {done.stdout.strip()} "
            "ms of CPU per post"
        )


COUNTRY = "/countries/kazakhstan/?edition=2014"

if __name__ == "__main__":
    main()
