"""``manage.py export_watchlist DIR``: write the watch list in the importer's CSV formats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.watchlist.exporter import export_directory


class Command(BaseCommand):
    help = "Export the watch list to a directory in the same formats import_watchlist reads."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path)

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        try:
            paths = export_directory(directory)
        except OSError as error:
            where, reason = error.filename or directory, error.strerror or error
            raise CommandError(f"{where}: {reason}; the export did not finish.") from None
        self.stdout.write(self.style.SUCCESS(f"Wrote {len(paths)} files to {directory}."))
