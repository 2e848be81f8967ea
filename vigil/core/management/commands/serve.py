"""Serve Vigil with granian over ASGI: the server ``make run`` starts.

Django's ASGI handler reads a request's whole body before a view runs, and granian
reads headers in its own event loop with a time limit, so idle connections, headers
sent byte by byte and bodies that never finish cost a socket each, never a worker:
three idle connections no longer stop the site as they stopped three sync workers.
Behind nginx (docs) the proxy buffers anyway; this keeps the one-command site safe.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

HEADER_READ_TIMEOUT_MS = 10_000


def granian_args(host: str, port: int, workers: int) -> list[str]:
    """The granian command line (also used by the test that holds idle connections)."""
    return [
        "granian", "--interface", "asginl", "vigil.asgi:application",
        "--host", host, "--port", str(port), "--workers", str(workers),
        "--http", "1", "--no-ws", "--log-level", "warning",
        "--http1-header-read-timeout", str(HEADER_READ_TIMEOUT_MS),
        "--respawn-failed-workers", "--workers-kill-timeout", "5",
    ]  # fmt: skip


class Command(BaseCommand):
    help = "Serve the site with granian (ASGI), immune to idle and slow connections."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=3)

    def handle(self, *args: Any, **options: Any) -> None:
        argv = granian_args(options["host"], options["port"], options["workers"])
        executable = shutil.which("granian", path=os.path.dirname(sys.executable)) or "granian"
        os.execv(executable, [executable, *argv[1:]])  # noqa: S606 - replaces this process
