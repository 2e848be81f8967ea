"""``manage.py load_demo``: the sourced watch list plus the demo content, idempotently."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

# Each app that ships demo content has a ``demo.load(demo_dir) -> str`` function, and
# may set ``ORDER`` (default 50; lower loads first) when it builds on another app's demo.
DEMO_MODULE = "demo"


def demo_modules() -> list[Any]:
    """The ``demo`` module of every installed app that has one, in load order."""
    modules = []
    for config in apps.get_app_configs():
        name = f"{config.name}.{DEMO_MODULE}"
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return sorted(modules, key=lambda module: getattr(module, "ORDER", 50))


class Command(BaseCommand):
    help = "Import data/watchlist and load data/demo. Running it twice changes nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", type=Path, default=settings.BASE_DIR / "data")

    def handle(self, *args: Any, data: Path, **options: Any) -> None:
        call_command("import_watchlist", str(data / "watchlist"), stdout=self.stdout)
        for module in demo_modules():
            summary = module.load(data / "demo")
            self.stdout.write(f"Loaded {summary} ({module.__name__}).")
