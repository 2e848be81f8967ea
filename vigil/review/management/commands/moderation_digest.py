"""Email moderators a digest of the prayers held since the last digest."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from vigil.review.digest import held_digest, held_digest_daily


class Command(BaseCommand):
    help = (
        "Email the Moderators group and superusers the prayers held since the last digest. "
        "With --schedule, enqueue the daily digest task instead (it re-schedules itself)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--schedule", action="store_true", help="Enqueue the daily task.")

    def handle(self, *args: Any, schedule: bool = False, **options: Any) -> None:
        if schedule:
            result = held_digest_daily.enqueue()
            self.stdout.write(f"Daily digest enqueued ({result.id}).")
            return
        result = held_digest.enqueue()
        self.stdout.write(f"Digest enqueued ({result.id}).")
