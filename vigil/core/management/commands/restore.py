"""Put a backup made by ``manage.py backup`` back into the database, replacing its data.

Stop the task workers first. The cache is cleared afterwards (cached pages, counters and,
where the cache holds them, sessions), so no page shows data the restore took away.
Run ``manage.py migrate`` after restoring a backup made by an older release.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.core import backups


class Command(BaseCommand):
    help = "Replace the database's data with a backup made by `manage.py backup`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="The backup file to restore.")
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive",
            help="Do not ask for confirmation.",
        )  # fmt: skip

    def handle(self, *args: Any, path: Path, database: str, **options: Any) -> None:
        target = backups.describe(database)
        backups.check(database, path)  # a wrong file is named before anyone is asked
        if options["interactive"]:
            try:
                answer = input(f"This replaces every row of {target} with {path}. Type 'yes': ")
            except EOFError:
                raise CommandError(
                    "No answer to the question (no input); nothing changed. "
                    "Give --noinput to restore without being asked."
                ) from None
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing changed.")
        backups.restore(database, path, checked=True)
        cache.clear()
        self.stdout.write(self.style.SUCCESS(f"Restored {target} from {path}; cache cleared."))
