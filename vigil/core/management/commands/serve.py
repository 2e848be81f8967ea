"""Serve Vigil with granian: the server ``make run`` starts.

granian reads headers in its own Rust event loop with a time limit, and
``vigil.asgi`` reads each body on the Python event loop before a thread sees the
request (``vigil.core.bridge``), so idle connections, headers sent byte by byte and
bodies that never finish cost a socket each, never a thread: three idle connections
no longer stop the site as they stopped three sync workers. Behind nginx (docs) the
proxy buffers anyway; this keeps the one-command site safe.

Django's views then run on a few threads per worker process that live as long as it
does. (granian's own WSGI interface hands a request to a thread before its body has
arrived, so a few unfinished bodies hold every thread; Django's ASGI handler starts a
thread per request, and served 191 requests a second of ``/ping`` on this machine.)

The moderation models (about 120 MB) are loaded once, in a model process this command
starts beside the workers (``manage.py moderation_models``), not in every worker; it
stops when the server does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.core import conf
from vigil.core.cli import ip_address, whole_number
from vigil.core.sockets import wait_for_unix_socket
from vigil.startup import require_site_url

HEADER_READ_TIMEOUT_MS = 10_000
MODELS_START_SECONDS = 120.0
"""How long the model process may take to load its models (a few seconds when idle)."""
THREADS = 2
"""Python threads per worker process: enough to overlap a request's database waits,
few enough that each keeps its own database connection."""


def granian_args(host: str, port: int, workers: int, target: str = "vigil.asgi") -> list[str]:
    """The granian command line (also used by the test that holds idle connections, and
    by the benchmark for the reference site: ``target``)."""
    return [
        "granian", "--interface", "asginl", f"{target}:application",
        "--host", host, "--port", str(port), "--workers", str(workers),
        "--http", "1", "--no-ws", "--log-level", "warning",
        "--http1-header-read-timeout", str(HEADER_READ_TIMEOUT_MS),
        "--respawn-failed-workers", "--workers-kill-timeout", "5",
    ]  # fmt: skip


class Command(BaseCommand):
    help = "Serve the site with granian, immune to idle and slow connections."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", type=ip_address, default="127.0.0.1")
        parser.add_argument("--port", type=whole_number(1, 65535), default=8000)
        parser.add_argument(
            "--workers", type=whole_number(1, 256), default=os.cpu_count() or 2,
            help="one per core by default",
        )  # fmt: skip
        parser.add_argument(
            "--threads", type=whole_number(1, 64), default=THREADS, help="per worker"
        )
        parser.add_argument(
            "--no-model-process", action="store_true",
            help="each worker loads the moderation models itself",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        try:  # the workers would stop at it one by one, each with a traceback
            require_site_url()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        argv = granian_args(options["host"], options["port"], options["workers"])
        os.environ["VIGIL_SERVER_THREADS"] = str(options["threads"])
        if not options["no_model_process"]:
            self.start_model_process()
        executable = shutil.which("granian", path=os.path.dirname(sys.executable)) or "granian"
        os.execv(executable, [executable, *argv[1:]])  # noqa: S606 - replaces this process

    def start_model_process(self) -> None:
        """Start ``moderation_models`` on a private socket and point the workers at it,
        unless one is configured already or the models run in the task worker. It stops
        when this process (granian, after ``execv``) is gone."""
        if conf.models_socket() or conf.moderation_in_worker():
            return
        # A private directory (0700) with a short path: a socket's path is limited to
        # 107 bytes, which a deep VIGIL_VAR_DIR could pass.
        path = os.path.join(tempfile.mkdtemp(prefix="vigil-models-"), "models.sock")
        # The same interpreter and settings; DJANGO_SETTINGS_MODULE is in the environment.
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "moderation_models"]
        command += ["--socket", path, "--parent-pid", str(os.getpid())]
        subprocess.Popen(command, cwd=settings.BASE_DIR, stdin=subprocess.DEVNULL)  # noqa: S603
        if wait_for_unix_socket(path, MODELS_START_SECONDS):
            os.environ["VIGIL_MODERATION_MODELS_SOCKET"] = path
        else:
            self.stderr.write(
                "The moderation model process did not start; each worker loads the models."
            )
