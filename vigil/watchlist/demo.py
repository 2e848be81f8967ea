"""Demo profiles: narratives, who is most affected and prayer points, from data/demo/."""

from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction
from django_countries import countries

from vigil.watchlist.models import Entry, PrayerPoint, Source


@transaction.atomic
def load(demo_dir: Path) -> str:
    """Write each profile onto its entry (created unranked if the list lacks it); idempotent."""
    profiles = json.loads((demo_dir / "profiles.json").read_text(encoding="utf-8"))
    for profile in profiles:
        entry = Entry.objects.get(
            edition__year=profile["year"], country__code=countries.alpha2(profile["iso3"])
        )
        entry.narrative = profile["narrative"]
        entry.most_affected = profile["most_affected"]
        entry.full_clean()
        entry.save()
        entry.prayer_points.all().delete()
        PrayerPoint.objects.bulk_create(
            PrayerPoint(entry=entry, order=order, text=text)
            for order, text in enumerate(profile["prayer_points"])
        )
        entry.sources.add(*Source.objects.filter(code__in=profile.get("source_ids", [])))
    return f"{len(profiles)} profiles"
