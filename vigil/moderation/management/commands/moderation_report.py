"""Measure the moderation policy on the validation suite and the held-out splits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.moderation.engine import evaluate as engine_evaluate
from vigil.moderation.engine.normalize import normalize
from vigil.moderation.engine.policy import Verdict, assess_text
from vigil.moderation.services import Author, Context, assess

DEFAULT_DATA = Path(settings.BASE_DIR).parent / "shared" / "data" / "moderation"


def full_assess(text: str) -> Verdict:
    """What a visitor's second post on a wall with the default policy gets: ``assess``
    with the database word lists, bans and the configured classifier."""
    return assess(text, Author(name=""), Context(is_first_post=False))


def fast_stage(text: str) -> Verdict:
    """The same rules (``engine.policy.decide``) on inputs gathered without Django:
    shipped word lists and model, no language detection."""
    return assess_text(text, detect=None)


STAGES: dict[str, tuple[str, Callable[[str], Verdict]]] = {
    "full": ("full assess()", full_assess),
    "fast": ("engine fast stage", fast_stage),
}


class Command(BaseCommand):
    help = (
        "Print, per category: hateful caught (held or rejected), benign published and benign "
        "rejected, with throughput and memory, for the validation suite and (when the public "
        "datasets are present) their held-out splits."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--suite", type=Path, default=engine_evaluate.SUITE)
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
        parser.add_argument("--stage", choices=["full", "fast", "both"], default="full")
        parser.add_argument("--suite-only", action="store_true", help="Skip the held-out splits.")
        parser.add_argument("--limit", type=int, default=0, help="At most N cases per split.")
        parser.add_argument("--failures", type=int, default=0, help="List up to N misses.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["suite"].exists():
            raise CommandError(f"{options['suite']}: no such suite file.")
        stages = ["full", "fast"] if options["stage"] == "both" else [options["stage"]]
        sets = {"suite": engine_evaluate.read_suite(options["suite"])}
        if not options["suite_only"]:
            sets.update(self._held_out(options["data"]))
        for stage in stages:
            title, run = STAGES[stage]
            for name, cases in sets.items():
                if options["limit"]:
                    cases = cases[: options["limit"]]
                normalize.cache_clear()
                report = engine_evaluate.evaluate(cases, run, f"{name}, {title}")
                self.stdout.write(engine_evaluate.format_report(report, options["failures"]))

    def _held_out(self, data: Path) -> dict[str, list[engine_evaluate.Case]]:
        if not data.exists():
            self.stderr.write(f"{data}: not found, so only the suite is measured (see --data).")
            return {}
        held = engine_evaluate._held_out_cases(data)
        return {f"held-out {name}": cases for name, cases in held.items()}
