"""``manage.py load_demo``: the sourced watch list plus the demo content, idempotently."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

# Each app that ships demo content has a ``demo.load(demo_dir) -> str`` function.
DEMO_MODULES = ("vigil.watchlist.demo", "vigil.campaigns.demo", "vigil.prayers.demo")


class Command(BaseCommand):
    help = "Import data/watchlist and load data/demo. Running it twice changes nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", type=Path, default=settings.BASE_DIR / "data")

    def handle(self, *args: Any, data: Path, **options: Any) -> None:
        call_command("import_watchlist", str(data / "watchlist"), stdout=self.stdout)
        for name in DEMO_MODULES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                continue
            summary = module.load(data / "demo")
            self.stdout.write(f"Loaded {summary} ({name}).")
