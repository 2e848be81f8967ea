"""Hold the moderation models for every worker of this machine, on a Unix socket.

    manage.py moderation_models [--socket PATH]

Loads language detection and the classifiers once, then answers workers that set
``VIGIL_MODERATION_MODELS_SOCKET`` to the same path (``vigil.moderation.modelserver``).
``manage.py serve`` starts one by itself; on several machines run one per machine
(``deploy/systemd/vigil-models.service``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.core import conf
from vigil.moderation import modelserver, services


class Command(BaseCommand):
    help = "Hold the moderation models for every worker of this machine, on a Unix socket."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--socket", default="", help="its path (default: VIGIL_MODERATION_MODELS_SOCKET)"
        )
        parser.add_argument(
            "--parent-pid", type=int, default=None,
            help="stop when this process (the server that started this one) is gone",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["socket"] or conf.models_socket()
        if not path:
            raise CommandError("Give --socket PATH or set VIGIL_MODERATION_MODELS_SOCKET.")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise CommandError(f"{path}: the folder {folder} does not exist.")
        started = time.monotonic()
        services.load_models()
        # SIGTERM (systemd, the stack) stops the server the way Ctrl-C does.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        self.stdout.write(
            f"Moderation models loaded in {time.monotonic() - started:.1f} s; answering on {path}"
        )
        self.stdout.flush()
        try:
            modelserver.serve(path, services.scored_json, parent=options["parent_pid"])
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror or error}") from None
        except KeyboardInterrupt:
            pass
        finally:
            if options["parent_pid"] is not None:
                # The private folder ``manage.py serve`` made for the socket, now empty.
                with contextlib.suppress(OSError):
                    os.rmdir(os.path.dirname(path))
