"""Page times on the demo data against the same pages on launch-day volumes, in one run.

    python bench/scale.py [--prayers 1M] [--marks 5M] [--repeat 25] [--reuse] [--no-write]
    python bench/scale.py --database-url postgres://postgres@127.0.0.1:5432/vigil_scale

Two databases: a small one (the demo plus ``--baseline-prayers`` generated prayers
over the same generated countries and editions, so pages show as many rows on both
sides), and the demo plus ``manage.py generate_scale_data``
(200 countries, 20 editions, a million prayers and five million "I prayed" marks by
default; the generation is timed). Each page is requested in-process through Django's
test client with the cache off, so every request renders from the database; the best
of ``--repeat`` requests after a warm-up (on a shared machine the median moves with
everyone else's load) and the number of queries are compared page by page.
``--reuse`` keeps a scaled database generated earlier with the
same sizes. With ``--database-url`` (PostgreSQL) the two databases are ``<name>_demo``
and ``<name>`` on that server; otherwise SQLite files under var/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import PY, ROOT, bench_env, load_average, machine, replace_block

BENCH = Path(__file__).resolve().parent
LIMIT = 1.5


def _count(value: str) -> int:
    text = value.lower().replace("_", "")
    return int(text.rstrip("km")) * {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)


def pages(wall: int, cursor: str) -> list[tuple[str, str, bool]]:
    """(name, URL, as a moderator) of every page the scale goal names."""
    return [
        ("country page (KAZ 2014)", "/countries/kazakhstan/?edition=2014", False),
        ("country page (KAZ latest)", "/countries/kazakhstan/", False),
        ("list page 2014", "/watchlist/2014/", False),
        ("list page 2013 (50 rows)", "/watchlist/2013/", False),
        ("home", "/", False),
        ("countries", "/countries/", False),
        ("feed, every wall", "/prayers/feed/", False),
        ("feed, Kazakhstan's wall", f"/walls/{wall}/feed/", False),
        ("wall page, deep cursor", f"/walls/{wall}/?after={cursor}", False),
        ("API prayers, first page", f"/api/walls/{wall}/prayers", False),
        ("API prayers, deep cursor", f"/api/walls/{wall}/prayers?after={cursor}", False),
        ("moderation queue, held", "/moderation/?tab=held", True),
        ("moderation queue, reported", "/moderation/?tab=reported", True),
        ("moderation queue, recently published", "/moderation/?tab=published", True),
        ("moderation audit trail", "/moderation/events/", True),
    ]


def measure(repeat: int) -> dict[str, Any]:
    """In a child process with Django set up on one database: time every page."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from vigil.prayers.models import Cursor, Prayer, Wall

    wall = Wall.objects.get(key="country:KZ")
    visible = Prayer.objects.visible().for_wall(wall).newest_first()
    middle = visible[max(0, wall.published_count // 2)]
    assert middle.published_at is not None
    cursor = Cursor(middle.published_at, middle.pk).encode()
    user, _ = get_user_model().objects.get_or_create(
        username="bench-moderator", defaults={"is_staff": True}
    )
    user.groups.add(*Group.objects.all())
    anonymous, staff = Client(), Client()
    staff.force_login(user)
    results: dict[str, Any] = {"prayers": Prayer.objects.count()}
    for name, url, as_staff in pages(wall.pk, cursor):
        client = staff if as_staff else anonymous
        for _ in range(2):
            status = client.get(url).status_code
        times, cpu = [], []
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        results[name] = {
            "ms": min(times) * 1000,
            "cpu_ms": min(cpu) * 1000,
            "queries": len(queries.captured_queries),
            "status": status,
        }
    return results


def child_env(database_url: str, var: str) -> dict[str, str]:
    env = bench_env(var)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": f"{BENCH}{os.pathsep}{ROOT}",
            "VIGIL_BENCH_CACHE": "off",
        }
    )
    if database_url:
        env.update({"DATABASE_URL": database_url, "SECRET_KEY": "bench-only-key"})
    return env


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def fresh_database(env: dict[str, str]) -> None:
    """An empty database: SQLite files removed, or the PostgreSQL database recreated."""
    url = env.get("DATABASE_URL", "")
    if url:
        server, name = url.rsplit("/", 1)
        admin = {**env, "DATABASE_URL": f"{server}/postgres"}
        code = (
            "import django; django.setup(); from django.db import connection\n"
            f"connection.cursor().execute('DROP DATABASE IF EXISTS \"{name}\"')\n"
            f"connection.cursor().execute('CREATE DATABASE \"{name}\"')"
        )
        subprocess.run([PY, "-c", code], cwd=ROOT, env=admin, check=True)
    else:
        Path(env["VIGIL_VAR_DIR"]).mkdir(parents=True, exist_ok=True)
        for old in Path(env["VIGIL_VAR_DIR"]).glob("vigil.sqlite3*"):
            old.unlink()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")


def scaled_database(env: dict[str, str], sizes: list[str], reuse: bool) -> str:
    """The demo plus generated data; the generator's own report (or the reused one)."""
    marker = Path(env["VIGIL_VAR_DIR"]) / "generated.json"
    wanted = {"sizes": sizes, "database": env.get("DATABASE_URL", "sqlite")}
    if reuse and marker.exists():
        saved = json.loads(marker.read_text())
        if saved["wanted"] == wanted:
            manage(env, "migrate", "--noinput", "-v0")  # indexes added since
            analyze = "from django.db import connection; connection.cursor().execute('ANALYZE')"
            subprocess.run(
                [PY, "-c", f"import django; django.setup(); {analyze}"],
                env=env,
                cwd=ROOT,
                check=True,
            )
            return saved["report"] + " (generated earlier, reused)"
    fresh_database(env)
    report = manage(env, "generate_scale_data", *sizes).strip()
    marker.write_text(json.dumps({"wanted": wanted, "report": report}))
    return report


def run_child(env: dict[str, str], repeat: int) -> dict[str, Any]:
    done = subprocess.run(
        [PY, __file__, "--child", "--repeat", str(repeat)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def table(demo: dict[str, Any], scaled: dict[str, Any], key: str) -> tuple[list[str], list[str]]:
    """Rows per page; the ratio is on ``key`` ("cpu_ms" on SQLite, whose queries run in
    this process, "ms" on PostgreSQL, whose queries run in the server)."""
    lines = [
        f"| page | small: ms (CPU ms) ({demo['prayers']:,} prayers) | scaled: ms (CPU ms) "
        f"({scaled['prayers']:,} prayers) | ratio | queries small / scaled |",
        "|---|---:|---:|---:|---|",
    ]
    misses = []
    for name in demo:
        if name == "prayers":
            continue
        small, large = demo[name], scaled[name]
        ratio = large[key] / small[key] if small[key] else float("nan")
        flag = "" if ratio <= LIMIT else " ✗"
        if flag or small["queries"] != large["queries"]:
            misses.append(name)
        lines.append(
            f"| {name} | {small['ms']:.1f} ({small.get('cpu_ms', 0):.1f}) "
            f"| {large['ms']:.1f} ({large.get('cpu_ms', 0):.1f}) | {ratio:.2f}{flag} "
            f"| {small['queries']} / {large['queries']} |"
        )
    return lines, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--countries", default="200")
    parser.add_argument("--editions", default="20")
    parser.add_argument("--prayers", default="1M")
    parser.add_argument("--marks", default="5M")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument(
        "--baseline-prayers",
        default="10k",
        help="generate this many prayers (and the same countries and editions) on the demo "
        "too, so both sides show pages of the same size; 0 for the demo alone",
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.repeat)))
        return
    url = args.database_url
    vendor = "postgresql" if url else "sqlite"
    demo_env = child_env(f"{url}_demo" if url else "", f"scale-demo-{vendor}")
    scaled_env = child_env(url, f"scale-big-{vendor}")
    sizes = [f"--{name}={getattr(args, name)}" for name in ("countries", "editions")]
    sizes += [f"--prayers={args.prayers}", f"--marks={args.marks}"]
    load_before = load_average()
    fresh_database(demo_env)
    if args.baseline_prayers:
        small = [*sizes[:2], f"--prayers={args.baseline_prayers}"]
        small.append(f"--marks={5 * _count(args.baseline_prayers)}")
        manage(demo_env, "generate_scale_data", *small)
    generated = scaled_database(scaled_env, sizes, args.reuse)
    demo = run_child(demo_env, args.repeat)
    scaled = run_child(scaled_env, args.repeat)
    key = "ms" if url else "cpu_ms"
    lines, misses = table(demo, scaled, key)
    verdict = (
        f"every page within {LIMIT}× with the same queries"
        if not misses
        else f"over {LIMIT}× or with different queries: {', '.join(misses)}"
    )
    text = "\n".join(
        [
            f"{vendor}, run of {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on "
            f"{machine()}; load average before {load_before}, after {load_average()}.",
            f"Generation: {generated}",
            f"Small: the demo plus {args.baseline_prayers} generated prayers and "
            f"{sizes[0][2:]}, {sizes[1][2:]} (so both sides show pages of the same size). "
            f"Best of {args.repeat} in-process requests per page (the least disturbed by the "
            "other processes on the machine), cache off; the ratio compares "
            + (
                "wall time (the queries run in the PostgreSQL server)."
                if url
                else "CPU time "
                "of the process, which runs SQLite's queries too (wall time moves with the "
                "machine's load)."
            ),
            "",
            *lines,
            "",
            f"Result: {verdict}.",
        ]
    )
    print(text)
    if not args.no_write:
        replace_block(ROOT / "docs" / "performance.md", f"bench:scale-{vendor}", text)


if __name__ == "__main__":
    main()
