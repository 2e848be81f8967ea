"""Start and stop Vigil's production stack on one machine (``make stack``, ``make stack-stop``).

nginx (buffering reverse proxy and proxy cache, static files) in front of two app
servers (``manage.py serve``, granian) and one process holding the moderation models for
both (``manage.py moderation_models``), on PostgreSQL (``DATABASE_URL``, the database
is created when missing) and Redis (``REDIS_URL``: cache, rate limits, sessions and
the RQ task queue), with RQ task workers. Every runtime file (rendered nginx config,
pid files, logs, proxy cache, collected static files) lives under one folder,
``var/stack/`` by default. docs/deploy.md describes the same topology over several
machines; ``render`` writes the nginx config for one of them.

    python deploy/stack.py start [--dir var/stack] [--port 8080] [--app-ports 8001,8002]
    python deploy/stack.py stop [--dir var/stack]
    python deploy/stack.py status [--dir var/stack]
    python deploy/stack.py render --out /etc/nginx --listen 80 --app-servers 10.0.0.11:8000,...
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
NGINX_TEMPLATES = ROOT / "deploy" / "nginx"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/vigil_stack"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/1"
START_TIMEOUT = 60.0
MAX_SOCKET_PATH = 100  # bytes; the kernel's limit for a Unix socket's path is 107
STOP_TIMEOUT = 15.0
COMMAND_TIMEOUT = 600.0
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


class StackError(Exception):
    """A problem the operator can fix; printed without a traceback."""


@dataclass(frozen=True)
class Layout:
    """Where the stack keeps its runtime files."""

    base: Path

    @property
    def run(self) -> Path:
        return self.base / "run"

    @property
    def logs(self) -> Path:
        return self.base / "logs"

    @property
    def nginx(self) -> Path:
        return self.base / "nginx"

    @property
    def state(self) -> Path:
        return self.base / "nginx-state"

    @property
    def cache(self) -> Path:
        return self.base / "proxy-cache"

    @property
    def app_var(self) -> Path:
        """VIGIL_VAR_DIR of the app processes (collected static files, media)."""
        return self.base / "app"

    def pid_file(self, name: str) -> Path:
        return self.run / f"{name}.pid"

    def make(self) -> None:
        for folder in (self.run, self.logs, self.nginx, self.state, self.cache, self.app_var):
            folder.mkdir(parents=True, exist_ok=True)


# ---------------------------------------------------------------- nginx config


def render_nginx(out: Path, values: dict[str, str]) -> Path:
    """Write every deploy/nginx/*.conf into ``out`` with its {{NAME}}s replaced."""
    out.mkdir(parents=True, exist_ok=True)
    for template in sorted(NGINX_TEMPLATES.glob("*.conf")):
        text = template.read_text()
        missing = sorted(set(PLACEHOLDER.findall(text)) - set(values))
        if missing:
            raise StackError(f"{template}: no value for {', '.join(missing)}")
        rendered = PLACEHOLDER.sub(lambda match: values[match.group(1)], text)
        (out / template.name).write_text(rendered)
    return out / "nginx.conf"


def nginx_values(
    *, listen: str, app_servers: list[str], static_root: Path, log_dir: Path, run_dir: Path,
    state_dir: Path, cache_dir: Path, user: str, refresh_listen: str, server_name: str = "_",
) -> dict[str, str]:  # fmt: skip
    upstream = "\n".join(
        f"        server {server} max_fails=3 fail_timeout=5s;" for server in app_servers
    )
    return {
        "USER": user, "LISTEN": listen, "SERVER_NAME": server_name, "APP_SERVERS": upstream,
        "STATIC_ROOT": str(static_root), "LOG_DIR": str(log_dir), "RUN_DIR": str(run_dir),
        "STATE_DIR": str(state_dir), "CACHE_DIR": str(cache_dir),
        "REFRESH_LISTEN": refresh_listen,
    }  # fmt: skip


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None
    )
    if not found:
        raise StackError("nginx is not installed: `make stack-deps` installs Debian's nginx.")
    return found


# ---------------------------------------------------------------- services


def check_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3).ping()
    except redis.RedisError as error:
        raise StackError(f"Redis at {url} does not answer ({error}); set REDIS_URL.") from None


def ensure_database(url: str) -> bool:
    """Create the PostgreSQL database named in ``url`` when missing; True if created."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise StackError(f"DATABASE_URL must be a PostgreSQL URL, not {parts.scheme}://")
    name = parts.path.lstrip("/")
    maintenance = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(maintenance, connect_timeout=5, autocommit=True) as conn:
            query = "SELECT 1 FROM pg_database WHERE datname = %s"
            if conn.execute(query, (name,)).fetchone():
                return False
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    except psycopg.Error as error:
        raise StackError(f"PostgreSQL at {maintenance} refused: {error}".strip()) from None


def drop_database(url: str) -> None:
    """Drop the PostgreSQL database named in ``url`` (the smoke test's own database)."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, connect_timeout=5, autocommit=True) as conn:
        name = sql.Identifier(parts.path.lstrip("/"))
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def app_environment(layout: Layout, *, site_url: str, host: str) -> dict[str, str]:
    """The environment every app server, worker and command of the stack runs with."""
    key_file = layout.base / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    env.setdefault("REDIS_URL", DEFAULT_REDIS_URL)
    env.setdefault("SECRET_KEY", key_file.read_text().strip())
    env.setdefault("ALLOWED_HOSTS", f"{host},127.0.0.1,localhost")
    env.update(
        VIGIL_VAR_DIR=str(layout.app_var), VIGIL_SITE_URL=site_url, DEBUG="false",
        TASKS_BACKEND="rq", VIGIL_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
        DJANGO_SETTINGS_MODULE="vigil.settings",
    )  # fmt: skip
    env.pop("PYTEST_XDIST_WORKER", None)
    return env


def manage(env: dict[str, str], log: Path, *args: str) -> None:
    """Run one management command to completion, its output appended to ``log``."""
    with log.open("a") as out:
        out.write(f"$ manage.py {' '.join(args)}\n")
        out.flush()
        try:
            done = subprocess.run(  # noqa: S603 - this interpreter, fixed commands
                [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=out,
                stderr=subprocess.STDOUT, timeout=COMMAND_TIMEOUT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise StackError(f"manage.py {args[0]} took over {COMMAND_TIMEOUT:.0f}s") from None
    if done.returncode != 0:
        raise StackError(f"manage.py {args[0]} failed; see {log}\n{tail(log)}")


def worker_command() -> list[str]:
    """The task worker: ``tasks_worker`` runs the configured backend's (RQ's here)."""
    return [sys.executable, "manage.py", "tasks_worker"]


def spawn(layout: Layout, name: str, argv: list[str], env: dict[str, str]) -> int:
    """Start a long-running process in its own process group, recording its pid."""
    log = (layout.logs / f"{name}.log").open("a")
    process = subprocess.Popen(  # noqa: S603 - commands built here
        argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    log.close()
    layout.pid_file(name).write_text(str(process.pid))
    return process.pid


def wait_for(url: str, timeout: float, expect: bytes = b"pong") -> None:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:  # noqa: S310 - loopback
                if answer.read() == expect:
                    return
        except (OSError, urllib.error.URLError) as error:
            last = str(error)
        time.sleep(0.2)
    raise StackError(f"{url} did not answer within {timeout:.0f}s ({last})")


def tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# ---------------------------------------------------------------- pid files


def running(layout: Layout) -> dict[str, int]:
    """The stack's processes still alive, by name."""
    alive = {}
    for pid_file in sorted(layout.run.glob("*.pid")) if layout.run.exists() else []:
        try:
            pid = int(pid_file.read_text().strip())
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError, PermissionError):
            continue
        alive[pid_file.stem] = pid
    return alive


def stop(layout: Layout) -> list[str]:
    """Stop every process the stack started (nginx first), by the pids it recorded."""
    alive = running(layout)
    # nginx first, the model process last (the workers may still be asking it).
    order = sorted(alive, key=lambda name: (name != "nginx", name == "models", name))
    for name in order:
        _signal_group(alive[name], signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        if not _wait_gone(alive[name], STOP_TIMEOUT):
            _signal_group(alive[name], signal.SIGKILL)
            _wait_gone(alive[name], 5)
    for pid_file in layout.run.glob("*.pid") if layout.run.exists() else []:
        pid_file.unlink(missing_ok=True)
    return order


def _signal_group(pid: int, sig: signal.Signals) -> None:
    """Signal the process group the stack started ``pid`` as the leader of."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            _reap(pid)
            return True
        _reap(pid)
        time.sleep(0.1)
    return False


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


# ---------------------------------------------------------------- start


def start(args: argparse.Namespace) -> None:
    layout = Layout(Path(args.dir).resolve())
    if running(layout):
        raise StackError(f"The stack in {layout.base} is running: stop it first (make stack-stop).")
    layout.make()
    nginx = nginx_binary()
    host = args.host
    env = app_environment(layout, site_url=f"http://{host}:{args.port}", host=host)
    env["VIGIL_EDGE_REFRESH_URLS"] = f"http://127.0.0.1:{args.refresh_port}"
    conf = render_nginx(layout.nginx, _stack_nginx_values(layout, args))
    check_redis(env["REDIS_URL"])
    created = ensure_database(env["DATABASE_URL"])
    setup_log = layout.logs / "setup.log"
    manage(env, setup_log, "migrate", "--noinput", "-v0")
    manage(env, setup_log, "collectstatic", "--noinput", "-v0")
    if args.demo:
        manage(env, setup_log, "load_demo")
    if created:
        for command in ("prayers_purge", "prayers_digest", "moderation_digest"):
            manage(env, setup_log, command, "--schedule")
    try:
        _start_processes(layout, args, env, nginx, conf)
    except BaseException:
        stop(layout)
        raise
    print(f"Vigil's stack is running at http://{host}:{args.port}/ ({layout.base}).")
    print("Stop it with `make stack-stop`.")


def _stack_nginx_values(layout: Layout, args: argparse.Namespace) -> dict[str, str]:
    return nginx_values(
        listen=f"{args.host}:{args.port}",
        app_servers=[f"127.0.0.1:{port}" for port in args.app_ports.split(",")],
        static_root=layout.app_var / "static", log_dir=layout.logs, run_dir=layout.run,
        state_dir=layout.state, cache_dir=layout.cache, user=getpass.getuser(),
        refresh_listen=f"127.0.0.1:{args.refresh_port}",
    )  # fmt: skip


def _start_processes(
    layout: Layout, args: argparse.Namespace, env: dict[str, str], nginx: str, conf: Path
) -> None:
    app_ports = [int(port) for port in args.app_ports.split(",")]
    # One process holds the moderation models for both app servers and the RQ workers.
    models = layout.run / "models.sock"
    if len(str(models)) > MAX_SOCKET_PATH:
        raise StackError(f"{models} is too long a path for a socket: give a shorter --dir")
    env["VIGIL_MODERATION_MODELS_SOCKET"] = str(models)
    spawn(layout, "models", [sys.executable, "manage.py", "moderation_models"], env)
    deadline = time.monotonic() + START_TIMEOUT
    while not models.exists():
        if time.monotonic() > deadline or "models" not in running(layout):
            log = tail(layout.logs / "models.log")
            raise StackError(f"the moderation model process did not start\n{log}")
        time.sleep(0.1)
    for port in app_ports:
        spawn(layout, f"app-{port}", [sys.executable, "manage.py", "serve", "--host",
              "127.0.0.1", "--port", str(port), "--workers", str(args.workers)], env)  # fmt: skip
    for n in range(1, args.rq_workers + 1):
        spawn(layout, f"worker-{n}", worker_command(), env)
    checked = subprocess.run(  # noqa: S603 - nginx, config rendered here
        [nginx, "-t", "-q", "-c", str(conf), "-p", str(layout.base), "-e", "stderr"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    if checked.returncode != 0:
        raise StackError(f"nginx refused {conf}:\n{checked.stderr}")
    spawn(layout, "nginx", [nginx, "-c", str(conf), "-p", str(layout.base), "-e", "stderr",
                            "-g", "daemon off;"], env)  # fmt: skip
    # nginx writes its own pid file too (the same pid, as it does not daemonise).
    try:
        for port in app_ports:
            wait_for(f"http://127.0.0.1:{port}/ping", START_TIMEOUT)
        wait_for(f"http://{args.host}:{args.port}/ping", START_TIMEOUT)
    except StackError as error:
        logs = "\n".join(f"--- {log.name}\n{tail(log)}" for log in layout.logs.glob("*.log"))
        raise StackError(f"{error}\n{logs}") from None


def status(args: argparse.Namespace) -> None:
    alive = running(Layout(Path(args.dir).resolve()))
    if not alive:
        print("The stack is not running.")
        raise SystemExit(3)
    for name, pid in alive.items():
        print(f"{name:<12} pid {pid}")


def render(args: argparse.Namespace) -> None:
    values = nginx_values(
        listen=args.listen, app_servers=args.app_servers.split(","),
        static_root=Path(args.static_root), log_dir=Path(args.log_dir),
        run_dir=Path(args.run_dir), state_dir=Path(args.state_dir),
        cache_dir=Path(args.cache_dir), user=args.user, server_name=args.server_name,
        refresh_listen=args.refresh_listen,
    )  # fmt: skip
    print(render_nginx(Path(args.out), values))


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("start", help="Start nginx, two app servers and RQ workers.")
    up.add_argument("--dir", default=str(ROOT / "var" / "stack"))
    up.add_argument("--host", default="127.0.0.1", help="Where nginx listens.")
    up.add_argument("--port", type=int, default=8080, help="nginx's port.")
    up.add_argument("--app-ports", default="8001,8002", help="One app server per port.")
    up.add_argument(
        "--refresh-port",
        type=int,
        default=8079,
        help="nginx's refresh listener, on 127.0.0.1 (vigil-refresh.conf).",
    )
    up.add_argument("--workers", type=int, default=2, help="Worker processes per app server.")
    up.add_argument("--rq-workers", type=int, default=1)
    up.add_argument("--no-demo", dest="demo", action="store_false", help="Skip the demo data.")
    for name in ("stop", "status"):
        commands.add_parser(name).add_argument("--dir", default=str(ROOT / "var" / "stack"))
    out = commands.add_parser("render", help="Write the nginx config for a server.")
    out.add_argument("--out", required=True, help="The folder, e.g. /etc/nginx.")
    out.add_argument("--listen", default="80")
    out.add_argument("--server-name", default="_")
    out.add_argument(
        "--refresh-listen",
        required=True,
        help="Where Vigil asks for a page again: a private address:port.",
    )
    out.add_argument("--app-servers", required=True, help="host:port,host:port")
    out.add_argument("--static-root", required=True)
    out.add_argument("--user", default="www-data")
    out.add_argument("--log-dir", default="/var/log/nginx")
    out.add_argument("--run-dir", default="/run")
    out.add_argument("--state-dir", default="/var/lib/nginx")
    out.add_argument("--cache-dir", default="/var/cache/nginx/vigil")
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    args = parse(argv)
    try:
        if args.command == "start":
            start(args)
        elif args.command == "stop":
            stopped = stop(Layout(Path(args.dir).resolve()))
            print(f"Stopped: {', '.join(stopped)}." if stopped else "Nothing was running.")
        elif args.command == "status":
            status(args)
        else:
            render(args)
    except StackError as error:
        print(f"stack: {error}", file=sys.stderr)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main(sys.argv[1:])
