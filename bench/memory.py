"""What an app worker's memory is made of: resident size after each stage of its life.

    python bench/memory.py

One process goes through the stages a worker does, in order, and prints its resident
set (RSS) and peak (VmHWM) after each: the interpreter, Django set up with Vigil's
apps, a country page rendered, then each piece the first prayer POST loads (language
detection, the linear model, onnxruntime, the contextual model) and a POST through the
API. tracemalloc adds the Python-level allocations of ``django.setup()`` by package
(native libraries, like lingua's models and onnxruntime's, are not Python objects
and show only in RSS). The demo database of ``bench/run.py`` is used (var/bench-run;
run that first, or ``manage.py migrate && manage.py load_demo`` with that var dir).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import ROOT, bench_env

rows: list[tuple[str, int, int]] = []


def memory(stage: str) -> None:
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    rss, peak = (int(status[key].split()[0]) // 1024 for key in ("VmRSS", "VmHWM"))
    rows.append((stage, rss, peak))


def main() -> None:
    memory("Python interpreter")
    env = bench_env("run")
    env.update({"DJANGO_SETTINGS_MODULE": "vigil.settings", "VIGIL_CLIENT_IP_HEADER": ""})
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    memory("+ django.setup() (every app)")
    from django.test import Client

    import vigil.urls  # noqa: F401

    memory("+ URLs (every view module)")
    client = Client()
    client.get("/countries/kazakhstan/?edition=2014")
    memory("+ a country page rendered")
    heavy = {"weasyprint", "onnxruntime", "lingua", "tokenizers", "numpy", "PIL", "psycopg"}
    loaded = sorted(name for name in heavy if name in sys.modules)
    from vigil.moderation.engine import language

    language._detector().detect_language_of("Lord, keep the believers of this land steady.")
    memory("+ language detection (lingua, its models)")
    from vigil.moderation.engine.classifier import load_default

    load_default()
    memory("+ the linear model (numpy)")
    import onnxruntime  # noqa: F401

    memory("+ import onnxruntime")
    from vigil.moderation.engine.contextual import load_contextual

    load_contextual().predict(["Lord, keep the believers of this land steady."])
    memory("+ the contextual model (session, one prediction)")
    from vigil.prayers.models import Wall

    wall = Wall.objects.get(key="country:KZ")
    body = {"name": "Ann", "text": "Lord, keep the believers of Kazakhstan steady today."}
    client.post(f"/api/walls/{wall.pk}/prayers", json.dumps(body), content_type="application/json")
    memory("+ a prayer POSTed through the API")
    print(f"{'stage':<50}{'RSS MB':>8}{'peak MB':>9}{'step MB':>9}")
    previous = 0
    for stage, rss, peak in rows:
        print(f"{stage:<50}{rss:>8}{peak:>9}{rss - previous:>9}")
        previous = rss
    print(f"\nloaded by startup and a page: {', '.join(loaded) or 'none of ' + ', '.join(heavy)}")
    subprocess.run([sys.executable, __file__, "--trace"], env=os.environ, check=True)


def trace_setup() -> None:
    """Python allocations of ``django.setup()`` by package (in its own process, since
    tracing doubles the memory it watches)."""
    os.environ.update(bench_env("run"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vigil.settings"
    sys.path.insert(0, str(ROOT))
    tracemalloc.start()
    import django

    django.setup()
    snapshot = tracemalloc.take_snapshot()
    by_package: Counter[str] = Counter()
    for stat in snapshot.statistics("filename"):
        path = stat.traceback[0].filename
        if "site-packages/" in path:
            package = path.split("site-packages/")[1].split("/")[0]
        else:
            package = "vigil" if "/vigil/" in path else "standard library"
        by_package[package] += stat.size
    total = sum(by_package.values()) / 2**20
    print(f"Python allocations during django.setup(): {total:.1f} MB, by package:")
    for package, size in by_package.most_common(8):
        print(f"  {package:<30}{size / 2**20:>6.1f} MB")


if __name__ == "__main__":
    trace_setup() if "--trace" in sys.argv else main()
