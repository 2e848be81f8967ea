"""Every target of the launch-day table beside its reference, in one bounded run.

    python bench/run.py [--seconds 10] [--connections 32] [--workers 2] [--no-write]

References, on the same machine in the same run: nginx serving a static copy of the
country page; a minimal Django page of 50 comments (``bench/refapp``) uncached and
under Django's stock ``cache_page``; that site's form POST inserting a comment.
Vigil: the country page (its page cache on, the app server alone), the same page
with the cache off, the list page, home, a prayer POSTed through the API with the
full moderation (rows counted afterwards), and the country page behind nginx.

Both sites are served by gunicorn with the same settings (sync workers, ``--workers``),
each target on a freshly started server so its peak memory is its own. The cached
country page is measured once more as ``make run`` serves it (granian, the command
line of ``manage.py serve``), beside the reference on granian's WSGI interface with
as many threads. Load comes
from wrk (Debian's package; ``make bench`` installs it when missing) over loopback,
``--connections`` connections for ``--seconds`` each. The server's CPU time (master
and workers, from /proc) gives requests per CPU-second; the peak RSS is the largest
VmHWM among the workers. Last, the cached country page and the reference's
``cache_page`` are loaded in turn, both servers up, for a few rounds of half the time
each, and the median of the rounds' ratios is set against the goal as well: the machine's
speed drifts during a run, and the table's targets are measured minutes apart. So are the
country page behind nginx and nginx's static copy, from the same nginx. The table
goes to stdout and to docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import (
    PY,
    ROOT,
    Measured,
    app_server,
    bench_env,
    cpu_seconds,
    free_port,
    granian_server,
    load_average,
    machine,
    measure,
    peak_rss_mb,
    prepare_database,
    replace_block,
)

BENCH = Path(__file__).resolve().parent
COUNTRY = "/countries/kazakhstan/?edition=2014"
CSRF = "benchmarkbenchmarkbenchmarkbench"  # 32 characters: an unmasked CSRF secret
GOALS = {
    # Vigil target: (reference target, goal ratio or None)
    "Vigil country page, cached (app server alone)": ("Django cache_page (reference)", 1.2),
    "Vigil country page, behind nginx": ("nginx static copy", 0.7),
    "Vigil country page, cached, as `make run` serves it (granian)": (
        "Django cache_page on granian's WSGI (reference)",
        None,
    ),
    "Vigil country page, cache off": ("Django uncached (reference)", 1.0),
    "Vigil list page 2014": ("Django cache_page (reference)", None),
    "Vigil home": ("Django cache_page (reference)", None),
    "Vigil POST prayer (API, full moderation)": ("Django form POST insert (reference)", 0.5),
    "Vigil POST prayer (API), contextual stage in the task worker": (
        "Django form POST insert (reference)",
        0.5,
    ),
    "Vigil POST prayer (API), every model in the task worker": (
        "Django form POST insert (reference)",
        None,
    ),
    "Vigil POST prayer (API), every model in one model process": (
        "Django form POST insert (reference)",
        0.5,
    ),
}
# The contextual model checks, in the task worker, what the fast stage (word lists,
# language, the linear model) would publish; the prayer is pending until then.
DEEP_IN_WORKER = {
    "VIGIL_CLASSIFIER": "vigil.moderation.engine.classifier.load_default",
    "VIGIL_MODERATION_DEEP_CLASSIFIER": "vigil.moderation.engine.contextual.load_contextual",
}

# Every model (language detection, both classifiers) in the task worker: the request
# applies the word lists and the author's rules, and the prayer waits as "pending". No
# task worker runs during the benchmark, so this measures the app server's side only.
MODELS_IN_WORKER = {"VIGIL_MODERATION_IN_WORKER": "true"}

# Every model in one process beside the app server, as ``manage.py serve`` runs them: the
# workers ask it over a Unix socket and the author learns the outcome in the request.
MODEL_PROCESS = "model process"

POST_PRAYER = """
counter = 0
acked = 0
init = function(args)
  tokens = {}
  local n = 0
  for line in io.lines("%(tokens)s") do
    if n %% %(threads)d == tid - 1 then table.insert(tokens, line) end
    n = n + 1
  end
end
request = function()
  counter = counter + 1
  local n = tid * 10000000 + counter
  local wall, token = string.match(tokens[(counter - 1) %% #tokens + 1], "(%%d+) (.+)")
  local body = string.format(
    '{"name": "Bench %%d", "text": "Lord, keep the believers of this land steady '
    .. 'and full of hope (%(run)s-%%d).", "token": "%%s"}', n, n, token)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%%d.%%d.%%d",
      math.floor(n / 65536) %% 256, math.floor(n / 256) %% 256, n %% 256),
    ["User-Agent"] = "Mozilla/5.0 (bench client " .. n .. ")",
  }
  return wrk.format("POST", "/api/walls/" .. wall .. "/prayers", headers, body)
end
response = function(status, headers, body)
  if status == 201 or status == 202 then acked = acked + 1 end
end
"""
TOKENS = 40_000  # one form token per post, minted as if the form was shown a minute ago

POST_COMMENT = """
counter = 0
acked = 0
request = function()
  counter = counter + 1
  local body = string.format(
    "csrfmiddlewaretoken=%(csrf)s&name=Bench+%%d&text=Lord%%%%2C+keep+the+believers+of+"
    .. "this+land+steady+and+full+of+hope+%%%%28%(run)s-%%d-%%d%%%%29.", tid, tid, counter)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrftoken=%(csrf)s",
  }
  return wrk.format("POST", "/comments/new", headers, body)
end
response = function(status, headers, body)
  if status == 201 then acked = acked + 1 end
end
"""


def django(env: dict[str, str], code: str) -> str:
    """Run ``code`` with Django set up in ``env``; its stdout."""
    prelude = "import django; django.setup()\n"
    done = subprocess.run(
        [PY, "-c", prelude + code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def vigil_env(**extra: str) -> dict[str, str]:
    env = bench_env("run")
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": f"{BENCH}{os.pathsep}{ROOT}",
            "VIGIL_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
            **extra,
        }
    )
    return env


def reference_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "refapp.settings",
            "PYTHONPATH": str(BENCH),
            "REFAPP_VAR_DIR": str(ROOT / "var" / "bench-refapp"),
        }
    )
    return env


def prepare_reference(env: dict[str, str]) -> None:
    var = Path(env["REFAPP_VAR_DIR"])
    var.mkdir(parents=True, exist_ok=True)
    for old in var.glob("refapp.sqlite3*"):
        old.unlink()
    subprocess.run(
        [PY, "-m", "django", "migrate", "--run-syncdb", "-v0"], cwd=BENCH, env=env, check=True
    )
    django(
        env,
        "from refapp.models import Comment\n"
        "Comment.objects.bulk_create(Comment(name=f'Visitor {n}', text='Lord, hold the "
        "believers of this land close tonight, and give them courage and hope. ' * 2) "
        "for n in range(50))",
    )


@contextlib.contextmanager
def nginx(app_port: int) -> Iterator[tuple[str, str, Path]]:
    """nginx with ``bench/nginx.conf.template``: (static base URL, proxy base URL, dir)."""
    with tempfile.TemporaryDirectory(prefix="vigil-bench-nginx-") as tmp:
        folder = Path(tmp)
        (folder / "static").mkdir()
        (folder / "cache").mkdir()
        for path in (folder, folder / "static", folder / "cache"):
            path.chmod(0o777)
        static_port, proxy_port = free_port(), free_port()
        conf = (BENCH / "nginx.conf.template").read_text()
        for key, value in {
            "dir": str(folder),
            "static_port": str(static_port),
            "proxy_port": str(proxy_port),
            "app_port": str(app_port),
        }.items():
            conf = conf.replace("{" + key + "}", value)
        (folder / "nginx.conf").write_text(conf)
        for name in ("vigil-locations.conf", "vigil-proxy.conf"):
            shutil.copy(ROOT / "deploy" / "nginx" / name, folder / name)
        proc = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)])
        try:
            time.sleep(0.5)
            if proc.poll() is not None:
                raise RuntimeError((folder / "error.log").read_text())
            yield f"http://127.0.0.1:{static_port}", f"http://127.0.0.1:{proxy_port}", folder
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def port_of(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def count_rows(env: dict[str, str], code: str) -> dict[str, int]:
    return dict(json.loads(django(env, code)))


def run_references(args: argparse.Namespace, run: str) -> list[Measured]:
    env = reference_env()
    prepare_reference(env)
    load = {"seconds": args.seconds, "connections": args.connections}
    results = []
    with app_server(env, wsgi="refapp.wsgi", workers=args.workers, ready="/comments/") as (
        base,
        proc,
    ):
        results.append(measure("Django cache_page (reference)", base, "/cached/", proc, **load))
    with granian_server(env, target="refapp.wsgi", workers=args.workers, ready="/comments/") as (
        base,
        proc,
    ):
        name = "Django cache_page on granian's WSGI (reference)"
        results.append(measure(name, base, "/cached/", proc, **load))
    with app_server(env, wsgi="refapp.wsgi", workers=args.workers, ready="/comments/") as (
        base,
        proc,
    ):
        results.append(measure("Django uncached (reference)", base, "/comments/", proc, **load))
    script = POST_COMMENT % {"csrf": CSRF, "run": run}
    with app_server(env, wsgi="refapp.wsgi", workers=args.workers, ready="/comments/") as (
        base,
        proc,
    ):
        name = "Django form POST insert (reference)"
        post = measure(name, base, "/comments/new", proc, script=script, **load)
    stored = count_rows(
        env,
        "import json; from refapp.models import Comment\n"
        f"rows = Comment.objects.filter(text__contains='({run}-')\n"
        "print(json.dumps({'stored': rows.count()}))",
    )
    post.note = f"{post.acked} acknowledged (201), {stored['stored']} rows stored"
    results.append(post)
    return results


def run_vigil(args: argparse.Namespace, run: str) -> tuple[list[Measured], Measured]:
    env = vigil_env()
    prepare_database(env)
    load = {"seconds": args.seconds, "connections": args.connections}
    results: list[Measured] = []
    wsgi = "vigil.wsgi"
    for name, path in (
        ("Vigil country page, cached (app server alone)", COUNTRY),
        ("Vigil list page 2014", "/watchlist/2014/"),
        ("Vigil home", "/"),
    ):
        with app_server(env, wsgi=wsgi, workers=args.workers) as (base, proc):
            results.append(measure(name, base, path, proc, **load))
            if path == COUNTRY:
                page = urllib.request.urlopen(base + COUNTRY, timeout=10)
                country_html = page.read()
    with granian_server(env, target="vigil.asgi", workers=args.workers) as (base, proc):
        name = "Vigil country page, cached, as `make run` serves it (granian)"
        results.append(measure(name, base, COUNTRY, proc, **load))
    with app_server(vigil_env(VIGIL_BENCH_CACHE="off"), wsgi=wsgi, workers=args.workers) as (
        base,
        proc,
    ):
        results.append(measure("Vigil country page, cache off", base, COUNTRY, proc, **load))
    for name, extra in (
        ("Vigil POST prayer (API, full moderation)", {}),
        ("Vigil POST prayer (API), contextual stage in the task worker", DEEP_IN_WORKER),
        ("Vigil POST prayer (API), every model in the task worker", MODELS_IN_WORKER),
        ("Vigil POST prayer (API), every model in one model process", MODEL_PROCESS),
    ):
        if extra == MODEL_PROCESS:
            with model_process(vigil_env()) as (env, models):
                results.append(post_prayers(args, name, env, f"{run}{len(results)}", models))
            continue
        assert isinstance(extra, dict)
        results.append(post_prayers(args, name, vigil_env(**extra), f"{run}{len(results)}"))
    with (
        app_server(vigil_env(), wsgi=wsgi, workers=args.workers) as (base, proc),
        nginx(port_of(base)) as (static, proxy, folder),
    ):
        (folder / "static" / "country.html").write_bytes(country_html)
        static_result = measure("nginx static copy", static, "/country.html", None, **load)
        static_result.note = f"{len(country_html) // 1024} KB copy of {COUNTRY}"
        name = "Vigil country page, behind nginx"
        behind = measure(name, proxy, COUNTRY, proc, **load)
        answer = urllib.request.urlopen(proxy + COUNTRY, timeout=10).headers
        behind.note = (
            f"X-Cache-Status {answer.get('X-Cache-Status')}; the page says Cache-Control: "
            f"{answer.get('Cache-Control')} (whole page kept, fetched again on a change)"
        )
        results.append(behind)
    assert static_result is not None
    return results, static_result


@contextlib.contextmanager
def model_process(env: dict[str, str]) -> Iterator[tuple[dict[str, str], subprocess.Popen[bytes]]]:
    """``manage.py moderation_models`` on a socket of its own; the environment of app
    servers that ask it."""
    with tempfile.TemporaryDirectory(prefix="vigil-bench-") as folder:
        path = os.path.join(folder, "models.sock")
        command = [PY, "manage.py", "moderation_models", "--socket", path]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while not os.path.exists(path):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the model process did not start")
                time.sleep(0.1)
            yield {**env, "VIGIL_MODERATION_MODELS_SOCKET": path}, process
        finally:
            process.terminate()
            process.wait(timeout=30)


def post_prayers(
    args: argparse.Namespace,
    name: str,
    env: dict[str, str],
    run: str,
    models: subprocess.Popen[bytes] | None = None,
) -> Measured:
    """Prayers POSTed by distinct simulated clients; afterwards every acknowledged prayer
    must be stored (wrk may stop before reading the answers of the last requests, so the
    rows may outnumber the acknowledgements, never the reverse). With ``models`` (the model
    process the app server asks) its CPU time counts as the server's."""
    walls = json.loads(
        django(
            env,
            "import json; from vigil.prayers.models import Wall\n"
            "print(json.dumps(list(Wall.objects.filter(is_open=True, moderation_mode='post')"
            ".values_list('pk', flat=True))))",
        )
    )
    tokens = Path(env["VIGIL_VAR_DIR"]) / "form-tokens.txt"
    django(
        env,
        "import time; from vigil.prayers.formtoken import make_form_token\n"
        f"walls = {walls!r}; shown = time.time() - 60\n"
        f"with open({str(tokens)!r}, 'w') as out:\n"
        f"    for n in range({TOKENS}):\n"
        "        wall = walls[n % len(walls)]\n"
        "        out.write(f'{wall} {make_form_token(wall, issued_at=shown)}\\n')",
    )
    script = POST_PRAYER % {"tokens": tokens, "threads": 2, "run": run}
    load = {"seconds": args.seconds, "connections": args.connections}
    with app_server(env, wsgi="vigil.wsgi", workers=args.workers) as (base, proc):
        warm_posts(base, walls[0], count=4 * args.workers)
        models_note = ""
        models_cpu = cpu_seconds([models.pid]) if models else 0.0
        post = measure(name, base, "/", proc, script=script, **load)
        if models:
            models_cpu = cpu_seconds([models.pid]) - models_cpu
            post.cpu_seconds += models_cpu
            models_note = (
                f"; the model process: {models_cpu:.1f} CPU-s (counted in the server's), "
                f"peak RSS {peak_rss_mb([models.pid]):.0f} MB, one for every app worker"
            )
    stored = count_rows(
        env,
        "import json; from django.db.models import Count; from vigil.prayers.models import Prayer\n"
        f"rows = Prayer.objects.filter(text__contains='({run}-')\n"
        "print(json.dumps(dict(rows.values_list('status').annotate(n=Count('pk')))))",
    )
    kept = sum(n for status, n in stored.items() if status != "rejected")
    lost = max(0, post.acked - kept)
    post.note = (
        f"{post.acked} acknowledged (201/202), {kept} stored (by status "
        f"{dict(sorted(stored.items()))}): {lost or 'none'} lost"
    ) + models_note
    return post


def warm_posts(base: str, wall: int, *, count: int) -> None:
    """Let every worker load its moderation models before the clock starts (each text
    new, so that no warm-up is refused as a duplicate of the last target's)."""
    run = time.time_ns()

    def post(number: int) -> None:
        text = f"Lord, bless this land, day {number} ({run})."
        body = json.dumps({"name": "Warm", "text": text})
        request = urllib.request.Request(
            f"{base}/api/walls/{wall}/prayers",
            data=body.encode(),
            headers={
                "Content-Type": "application/json",
                "X-Forwarded-For": f"10.255.0.{number}",
                "User-Agent": f"warm-up {number}",
            },
        )
        with contextlib.suppress(OSError):
            urllib.request.urlopen(request, timeout=60).read()

    with ThreadPoolExecutor(max_workers=count) as pool:
        list(pool.map(post, range(count)))


def table(rows: list[Measured]) -> list[str]:
    by_name = {row.name: row for row in rows}
    lines = [
        "| target | req/s | p50 ms | p99 ms | errors | req per server CPU-s "
        "| peak RSS per worker MB | ratio to reference | goal |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        ratio, goal = "—", ""
        if row.name in GOALS:
            reference_name, target = GOALS[row.name]
            reference = by_name[reference_name]
            value = row.rps / reference.rps if reference.rps else float("nan")
            ratio = f"{value:.2f} of {reference_name}"
            if target is not None:
                goal = f"≥ {target:.2f}: {'met' if value >= target else 'missed'}"
        # Behind nginx the app server is barely asked (the proxy serves its copy): no
        # meaningful requests per app CPU-second.
        cpu = f"{row.per_cpu_second:.0f}" if row.cpu_seconds >= 0.05 else "—"
        rss = f"{row.peak_rss_mb:.0f}" if row.peak_rss_mb else "—"
        lines.append(
            f"| {row.name} | {row.rps:,.0f} | {row.p50_ms:.1f} | {row.p99_ms:.1f} | {row.errors} "
            f"| {cpu} | {rss} | {ratio} | {goal} |"
        )
    return lines


PAIRED_ROUNDS = 5


def paired_line(what: str, ratios: list[float], target_name: str) -> str:
    """A note of paired rounds: what was paired, each round's ratio, and their median
    against the goal of the table's ``target_name``."""
    median = statistics.median(ratios)
    target = GOALS[target_name][1] or 0.0
    verdict = "met" if median >= target else "missed"
    return (
        f"- {what}; ratios {', '.join(f'{ratio:.2f}' for ratio in ratios)}; median "
        f"{median:.2f} (goal ≥ {target:.2f}: {verdict})"
    )


def run_paired(args: argparse.Namespace) -> str:
    """The cached country page against the reference's ``cache_page`` once more, with both
    servers up and the two loaded in turn, round after round, so that a change in the
    machine's speed during the run falls on both alike: each round's ratio, and their
    median against the goal."""
    load = {"seconds": args.seconds / 2, "connections": args.connections}
    ratios = []
    with (
        app_server(
            reference_env(), wsgi="refapp.wsgi", workers=args.workers, ready="/comments/"
        ) as (reference_base, reference_proc),
        app_server(vigil_env(), wsgi="vigil.wsgi", workers=args.workers) as (base, proc),
    ):
        for _ in range(PAIRED_ROUNDS):
            name = "Django cache_page (reference)"
            reference = measure(name, reference_base, "/cached/", reference_proc, **load)
            vigil = measure("Vigil country page", base, COUNTRY, proc, **load)
            ratios.append(vigil.rps / reference.rps if reference.rps else float("nan"))
    return paired_line(
        "Vigil country page, cached, paired with Django cache_page (reference): both servers "
        f"up, {PAIRED_ROUNDS} rounds of {load['seconds']:.0f} s each in turn",
        ratios,
        "Vigil country page, cached (app server alone)",
    )


def run_paired_nginx(args: argparse.Namespace) -> str:
    """The country page behind nginx against nginx's static copy of it once more, the two
    loaded in turn, round after round, from the same nginx: a static copy served at 100,000
    requests a second or more leaves wrk and nginx sharing two cores, and a single
    measurement of each moved the ratio between 0.5 and 0.97 from one pair to the next on a
    loaded machine. Each round's ratio, and their median against the goal."""
    load = {"seconds": args.seconds / 2, "connections": args.connections}
    ratios = []
    with (
        app_server(vigil_env(), wsgi="vigil.wsgi", workers=args.workers) as (base, proc),
        nginx(port_of(base)) as (static, proxy, folder),
    ):
        page = urllib.request.urlopen(base + COUNTRY, timeout=10).read()
        (folder / "static" / "country.html").write_bytes(page)
        urllib.request.urlopen(proxy + COUNTRY, timeout=10).read()  # (the proxy keeps it)
        for _ in range(PAIRED_ROUNDS):
            copy = measure("nginx static copy", static, "/country.html", None, **load)
            behind = measure("Vigil country page, behind nginx", proxy, COUNTRY, proc, **load)
            ratios.append(behind.rps / copy.rps if copy.rps else float("nan"))
        cache_status = urllib.request.urlopen(proxy + COUNTRY, timeout=10).headers.get(
            "X-Cache-Status"
        )
    return paired_line(
        "Vigil country page behind nginx, paired with nginx's static copy: the same nginx, "
        f"{PAIRED_ROUNDS} rounds of {load['seconds']:.0f} s each in turn (X-Cache-Status "
        f"{cache_status})",
        ratios,
        "Vigil country page, behind nginx",
    )


def wrk_version() -> str:
    done = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).splitlines()[0].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: `make bench` installs Debian's package.")
    started = datetime.datetime.now(datetime.UTC)
    load_before = load_average()
    run = f"{time.time():.0f}"
    references = run_references(args, run)
    vigil, static = run_vigil(args, run)
    paired = [run_paired(args), run_paired_nginx(args)]
    rows = [static, *references, *vigil]
    lines = table(rows)
    notes = [f"- {row.name}: {row.note}" for row in rows if row.note] + paired
    header = [
        f"Run of {started:%Y-%m-%d %H:%M} UTC on {machine()}.",
        f"Load average (1, 5, 15 min) before: {load_before}; after: {load_average()}.",
        f"gunicorn {args.workers} sync workers for both sites; {wrk_version()}, "
        f"{args.connections} connections, {args.seconds:.0f} s per target, loopback.",
    ]
    text = "\n".join([*header, "", *lines, "", *notes])
    print(text)
    if not args.no_write:
        replace_block(ROOT / "docs" / "performance.md", "bench:run", text)


if __name__ == "__main__":
    main()
