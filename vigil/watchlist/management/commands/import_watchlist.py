"""``manage.py import_watchlist DIR``: import the watch-list CSV files, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.watchlist.csvio import ImportFailed
from vigil.watchlist.importer import import_directory


class Command(BaseCommand):
    help = "Import watch-list CSV files from a directory. A bad file imports nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", nargs="?", default="data/watchlist", type=Path)

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        try:
            report = import_directory(directory)
        except ImportFailed as failed:
            for error in failed.errors:
                self.stderr.write(
                    f"{directory / error.file if error.file else directory}"
                    f"{str(error)[len(error.file) :]}"
                )
            raise CommandError(
                f"{len(failed.errors)} problem(s) found; nothing was imported."
            ) from None
        self.stdout.write(self.style.SUCCESS(f"Imported {directory}: {report}."))
