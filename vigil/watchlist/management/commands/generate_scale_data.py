"""``manage.py generate_scale_data``: launch-day volumes on top of the demo, timed."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from vigil.watchlist import scale


def _count(value: str) -> int:
    """A count such as ``1000000``, ``1_000_000``, ``250k`` or ``5M``."""
    text = value.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if factor > 1 else text
    if not number.isdigit():
        raise ValueError(value)
    return int(number) * factor


class Command(BaseCommand):
    help = (
        "Add generated countries (up to --countries in all), editions, prayers and "
        '"I prayed" marks to the database, for scale tests and benchmarks.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--countries", type=_count, default=200)
        parser.add_argument("--editions", type=_count, default=20)
        parser.add_argument("--prayers", type=_count, default=1_000_000)
        parser.add_argument("--marks", type=_count, default=5_000_000)
        parser.add_argument("--batch-size", type=_count, default=20_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        plan = scale.Plan(
            countries=options["countries"],
            editions=options["editions"],
            prayers=options["prayers"],
            marks=options["marks"],
            batch_size=options["batch_size"],
            seed=options["seed"],
        )
        started = time.perf_counter()
        verbose = options["verbosity"] > 1
        outcome = scale.generate(plan, progress=self.stdout.write if verbose else lambda _: None)
        seconds = time.perf_counter() - started
        if options["verbosity"] < 1:
            return
        counts = ", ".join(f"{n} {name}" for name, n in outcome.counts.items())
        self.stdout.write(f"Added {counts} on {connection.vendor} in {seconds:.1f} s.")
        for name, spent in outcome.seconds.items():
            self.stdout.write(f"  {name}: {spent:.1f} s")
