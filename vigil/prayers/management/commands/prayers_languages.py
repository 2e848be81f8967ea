"""Detect the language of every prayer again and store it (see ``services.languages``)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from vigil.prayers.services import languages


class Command(BaseCommand):
    help = (
        "Store the language moderation detects in each prayer (for prayers posted before "
        "it was stored). Running it twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=languages.BATCH_SIZE)

    def handle(self, *args: Any, batch_size: int, **options: Any) -> None:
        done = languages.prayers_detect_languages(batch_size=batch_size)
        self.stdout.write(f"Prayers checked: {done.checked}; language changed: {done.changed}.")
