"""Prayers and "I prayed" under load, checked against the database, on one gunicorn.

    python bench/prayers.py [--seconds 5] [--concurrency 8]

(a) Many distinct simulated clients post prayers through the JSON API; every
    acknowledged prayer (201 published / 202 held) must then be in the database,
    on its wall, with its text and status.
(b) Distinct visitors say "I prayed" (each twice, possibly at the same moment);
    the wall's count must grow by exactly the number of visitors acknowledged as
    counted, and no visitor may be counted twice.

Clients are told apart by ``X-Forwarded-For`` (the server runs with
``VIGIL_CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR``) and their user agent, as the client
hash reads both. The per-wall rate limit (30 a minute per process) still applies: it
has no environment switch, so posts are spread over every demo wall and refusals
(429) are counted apart. Prints requests/s and p99 beside the minimal view
(``/ping``) measured in the same run. Loopback only; every loop is bounded in time
and count.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lib import Result, bench_env, get, load, prepare_database, report, server

MAX_POSTS = 20_000
MAX_PRAYED = 40_000


def client_headers(number: int) -> dict[str, str]:
    """A distinct simulated client: its own address (TEST-NET-derived) and browser."""
    address = f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"
    return {
        "X-Forwarded-For": address,
        "User-Agent": f"Mozilla/5.0 (bench client {number})",
        "Content-Type": "application/json",
    }


def post_json(
    conn: http.client.HTTPConnection, path: str, body: dict[str, str], number: int
) -> tuple[int, dict[str, object]]:
    conn.request("POST", path, json.dumps(body).encode(), client_headers(number))
    response = conn.getresponse()
    raw = response.read()
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        data = {}
    return response.status, data if isinstance(data, dict) else {}


@dataclass
class PostLog:
    lock: threading.Lock = field(default_factory=threading.Lock)
    acknowledged: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    def note(self, status: int) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1


def posting(wall_ids: list[int], run: str, log: PostLog):
    numbers = itertools.count(1)

    def request(conn: http.client.HTTPConnection) -> int:
        number = next(numbers)
        wall_id = wall_ids[number % len(wall_ids)]
        name = f"Bench {number}"
        text = f"Lord, keep the believers of this land steady and full of hope ({run}-{number})."
        status, data = post_json(
            conn, f"/api/walls/{wall_id}/prayers", {"name": name, "text": text}, number
        )
        log.note(status)
        if status in (201, 202) and data.get("status") in ("published", "held"):
            with log.lock:
                log.acknowledged.append(
                    (int(str(data["id"])), wall_id, name, text, str(data["status"]))
                )
        return 200 if status == 429 else status  # a refusal is an answer, not an error

    return request


@dataclass
class PrayedLog:
    lock: threading.Lock = field(default_factory=threading.Lock)
    counted: dict[int, int] = field(default_factory=dict)  # visitor -> times counted
    seen: set[int] = field(default_factory=set)
    last_count: int = 0


def praying(wall_id: int, log: PrayedLog):
    numbers = itertools.count(0)

    def request(conn: http.client.HTTPConnection) -> int:
        visitor = 1_000_000 + next(numbers) // 2  # every visitor asks twice
        status, data = post_json(conn, f"/api/walls/{wall_id}/prayed", {}, visitor)
        if status == 200:
            with log.lock:
                log.seen.add(visitor)
                if data.get("counted") is True:
                    log.counted[visitor] = log.counted.get(visitor, 0) + 1
        return status

    return request


def django_setup(env: dict[str, str]) -> None:
    """Read the benchmark's database directly (after the load) with the same settings."""
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigil.settings")
    import django

    django.setup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    env = bench_env("prayers")
    env["VIGIL_CLIENT_IP_HEADER"] = "HTTP_X_FORWARDED_FOR"
    prepare_database(env)
    django_setup(env)
    from vigil.prayers.models import PrayedMark, Prayer, Wall

    wall_ids = list(Wall.objects.filter(is_open=True).order_by("pk").values_list("pk", flat=True))
    pray_wall = Wall.objects.get(key="country:KZ")
    prayed_before = pray_wall.prayed_count
    run = f"{time.time():.0f}"
    posts, prayed = PostLog(), PrayedLog()

    with server(env) as base:
        for path in ("/ping", "/countries/kazakhstan/"):
            load(base, "warm-up", get(path), seconds=0.5, concurrency=2)
        reference = load(
            base,
            "minimal view (/ping)",
            get("/ping"),
            seconds=args.seconds,
            concurrency=args.concurrency,
        )
        results: list[Result] = [
            load(
                base,
                "POST prayer (API)",
                posting(wall_ids, run, posts),
                seconds=args.seconds,
                concurrency=args.concurrency,
                max_requests=MAX_POSTS,
            ),
            load(
                base,
                'POST "I prayed" (API)',
                praying(pray_wall.pk, prayed),
                seconds=args.seconds,
                concurrency=args.concurrency,
                max_requests=MAX_PRAYED,
            ),
        ]
    report(reference, results)

    # (a) every acknowledged prayer is stored, as acknowledged.
    stored = {
        pk: (wall_id, name, text, status)
        for pk, wall_id, name, text, status in Prayer.objects.filter(
            pk__in=[row[0] for row in posts.acknowledged]
        ).values_list("pk", "wall_id", "name", "text", "status")
    }
    missing = [row for row in posts.acknowledged if stored.get(row[0]) != row[1:]]
    by_status = {code: n for code, n in sorted(posts.statuses.items())}
    print()
    print(f"prayers posted: {sum(posts.statuses.values())} responses by status {by_status}")
    print(
        f"prayers acknowledged (201/202, published or held): {len(posts.acknowledged)}; "
        f"stored in the database as acknowledged: {len(posts.acknowledged) - len(missing)}; "
        f"missing or different: {len(missing)}"
    )
    in_db = Prayer.objects.filter(name__startswith="Bench ", text__contains=f"({run}-").count()
    print(f"bench prayers in the database (acknowledged or not): {in_db}")

    # (b) "I prayed": exact count, nobody counted twice.
    pray_wall.refresh_from_db()
    counted_visitors = len(prayed.counted)
    twice = sum(1 for times in prayed.counted.values() if times > 1)
    delta = pray_wall.prayed_count - prayed_before
    marks = PrayedMark.objects.filter(
        target_type=PrayedMark.Target.WALL, target_id=pray_wall.pk, visitor__startswith="c:"
    ).count()
    print(
        f'"I prayed": {len(prayed.seen)} distinct visitors answered, '
        f"{counted_visitors} acknowledged as counted, {twice} counted twice; "
        f"wall count grew by {delta}; client marks stored: {marks}"
    )
    ok = not missing and delta == counted_visitors and twice == 0
    print("consistent: " + ("yes" if ok else "NO"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
