"""CPU per request inside one process, without a server: Vigil's cached country page
against the reference's ``cache_page``, each WSGI application called in a loop.

    python bench/inprocess.py [--requests 3000]

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


COUNTRY = "/countries/kazakhstan/?edition=2014"

if __name__ == "__main__":
    main()
