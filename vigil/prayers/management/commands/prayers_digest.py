"""Send each confirmed follower of a wall the prayers published since their last digest."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from vigil.prayers.models import Subscription
from vigil.prayers.services import subscriptions


class Command(BaseCommand):
    help = (
        "Send the daily digest of every followed wall now. With --schedule, enqueue the "
        "daily digest task instead (it re-schedules itself)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--schedule", action="store_true", help="Enqueue the daily task.")

    def handle(self, *args: Any, schedule: bool = False, **options: Any) -> None:
        if schedule:
            result = subscriptions.digest_daily.enqueue()
            self.stdout.write(f"Daily digest enqueued ({result.id}).")
            return
        ids = Subscription.objects.confirmed().wall_digests().values_list("pk", flat=True)
        sent = sum(bool(subscriptions.wall_digest_send(subscription_id=pk)) for pk in ids)
        self.stdout.write(f"Digests sent: {sent}.")
