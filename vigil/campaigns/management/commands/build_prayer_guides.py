"""Build the prayer guides' PDFs now, in this process (a deploy or a cron can run it)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.campaigns import guide_files
from vigil.watchlist.models import Edition


class Command(BaseCommand):
    help = (
        "Typeset and store the PDF prayer guide of each published edition (or of the "
        "given years) whose content changed since it was last built."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("years", nargs="*", type=int, help="Editions' years (default: all).")

    def handle(self, *args: Any, **options: Any) -> None:
        editions = Edition.objects.filter(publish_at__isnull=False).order_by("year")
        if options["years"]:
            editions = editions.filter(year__in=options["years"])
            missing = sorted(set(options["years"]) - {e.year for e in editions})
            if missing:
                raise CommandError(f"No published or scheduled edition for {missing}.")
        for edition in editions:
            stored, built = guide_files.prayer_guide_build(edition=edition)
            state = "built" if built else "up to date"
            self.stdout.write(f"{edition.year}: {state}, {stored.name}")
