"""Delete old rejected and spam prayers and forget client hashes past 30 days."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from vigil.prayers.services import retention


class Command(BaseCommand):
    help = (
        "Purge rejected and spam prayers, reports and client hashes older than 30 days, "
        "and subscriptions never confirmed within a week. "
        "With --schedule, enqueue the daily purge task instead (it re-schedules itself)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--schedule", action="store_true", help="Enqueue the daily task.")

    def handle(self, *args: Any, schedule: bool = False, **options: Any) -> None:
        if schedule:
            result = retention.purge_daily.enqueue()
            self.stdout.write(f"Daily purge enqueued ({result.id}).")
            return
        counts = {**retention.prayers_purge(), **retention.subscriptions_purge()}
        summary = ", ".join(f"{value} {name}" for name, value in counts.items())
        self.stdout.write(f"Purged: {summary}.")
