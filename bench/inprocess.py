"""CPU per request inside one process, without a server: Vigil's cached country page
against the reference's ``cache_page``, each WSGI application called in a loop.

    python bench/inprocess.py [--requests 3000] [--posts 300]

``--posts N`` also times N prayer posts through Vigil's JSON API in one process, with
every model left to the task worker (``VIGIL_MODERATION_IN_WORKER``), so the figure is
the request's own work: screening, the save, the limits.

What an app server adds (accepting and closing connections, writing the body) is left
out, so this shows the applications' own work per hit. Uses the databases of
``bench/run.py`` (run that first).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import PY, ROOT, bench_env

BENCH = Path(__file__).resolve().parent

LOOP = """
import importlib, io, os, sys, time
app = importlib.import_module(sys.argv[3]).application
path, _, query = sys.argv[1].partition("?")
def call():
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query,
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1",
               "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
               "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1"}
    status = []
    body = b"".join(app(environ, lambda s, h, e=None: status.append(s)))
    assert status[0].startswith("200"), status
    return len(body)
size = 0
for _ in range(50):
    size = call()
n = int(sys.argv[2])
started = time.process_time()
for _ in range(n):
    call()
cpu = time.process_time() - started
print(f"{cpu / n * 1e6:.0f} {size}")
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


def run(env: dict[str, str], cwd: Path, wsgi: str, path: str, requests: int) -> tuple[float, int]:
    """CPU µs per request and body size of ``path`` from ``wsgi``'s application (the
    module the app server loads)."""
    done = subprocess.run(
        [PY, "-c", LOOP, path, str(requests), wsgi], cwd=cwd, env=env, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    micros, size = done.stdout.split()
    return float(micros), int(size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--posts", type=int, default=0, help="also time this many posts")
    args = parser.parse_args()
    vigil = {**bench_env("run"), "DJANGO_SETTINGS_MODULE": "bench.bench_settings"}
    vigil["PYTHONPATH"] = str(ROOT)
    reference = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "refapp.settings",
        "REFAPP_VAR_DIR": str(ROOT / "var" / "bench-refapp"),
    }
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
