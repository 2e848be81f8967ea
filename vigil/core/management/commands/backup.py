"""Back up the database to one file, while the site runs.

SQLite: SQLite's online backup (``sqlite3.Connection.backup``), a consistent copy even
while workers write (WAL). PostgreSQL: ``pg_dump`` in its custom format, which
``pg_restore`` reads. ``manage.py restore FILE`` puts a backup back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from vigil.core import backups


class Command(BaseCommand):
    help = "Back up the database to a file (SQLite online backup, or pg_dump custom format)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "path", nargs="?", type=Path,
            help="The backup file (default: var/backups/vigil-<time>.sqlite3 or .pgdump).",
        )  # fmt: skip
        parser.add_argument("--database", default="default")

    def handle(self, *args: Any, path: Path | None, database: str, **options: Any) -> None:
        engine = backups.engine_of(database)
        if path is None:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            path = Path(settings.VAR_DIR) / "backups" / f"vigil-{stamp}{backups.SUFFIX[engine]}"
        backups.backup(database, path)
        size = path.stat().st_size
        self.stdout.write(self.style.SUCCESS(f"Backed up to {path} ({size:,} bytes)."))
