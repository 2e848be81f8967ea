"""Try the moderation policy: one verdict per line of standard input."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.moderation.services import Author, Context, assess
from vigil.prayers.models import Wall
from vigil.prayers.services import screening


class Command(BaseCommand):
    help = (
        "Read texts from standard input, one per line, and write one line per text: "
        "publish, hold or reject, a tab, and the reasons (separated by '; ')."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--wall", type=int, help="Use this wall's thresholds and ban rule.")
        parser.add_argument("--name", default="", help="The author's name to check too.")
        parser.add_argument("--language", default="en", help="The language the author chose.")
        parser.add_argument(
            "--published",
            type=int,
            default=0,
            help="How many prayers the author already has published (trust).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        wall_id = options["wall"]
        if wall_id is not None:
            self._check_wall(wall_id)
        author = Author(
            name=options["name"], prior_published_count=options["published"], recent_rejections=0
        )
        context = Context(is_first_post=options["published"] == 0, language=options["language"])
        if wall_id is not None:
            wall = Wall.objects.get(pk=wall_id)
            context = screening.context(
                wall, prior=options["published"], language=options["language"]
            )
            context = replace(context, pre_moderation=False)  # the wall's rules, not its mode
        for line in sys.stdin:
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            verdict = assess(text, author, context)
            self.stdout.write(f"{verdict.action}\t{'; '.join(verdict.reasons)}")

    def _check_wall(self, wall_id: int) -> None:
        if not Wall.objects.filter(pk=wall_id).exists():
            raise CommandError(f"--wall {wall_id}: no wall has this id.")
