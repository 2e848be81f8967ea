"""Country page and list page against a minimal Django view, on one gunicorn, in one run.

    python bench/pages.py [--seconds 5] [--concurrency 8]

Prints requests/s and p99 for each target and their ratio to the minimal view
(``/ping``). Loopback only; every load loop is bounded in time and count.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import bench_env, get, load, prepare_database, report, server

TARGETS = {
    "country page (KAZ 2014)": "/countries/kazakhstan/?edition=2014",
    "country page (latest)": "/countries/kazakhstan/",
    "list page (2013, 50 rows)": "/watchlist/2013/",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    env = bench_env("pages")
    prepare_database(env)
    with server(env) as base:
        for path in ("/ping", *TARGETS.values()):
            load(base, "warm-up", get(path), seconds=0.5, concurrency=2)
        reference = load(
            base,
            "minimal view (/ping)",
            get("/ping"),
            seconds=args.seconds,
            concurrency=args.concurrency,
        )
        results = [
            load(base, name, get(path), seconds=args.seconds, concurrency=args.concurrency)
            for name, path in TARGETS.items()
        ]
    report(reference, results)


if __name__ == "__main__":
    main()
