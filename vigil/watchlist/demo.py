"""Demo profiles: narratives, who is most affected and prayer points, from data/demo/,
with their translations from data/demo/translations/<language>.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction
from django_countries import countries

from vigil.core.translations import read_translation_files, translations_of
from vigil.watchlist.models import Entry, PrayerPoint, Source

PROFILE_FIELDS = ("narrative", "most_affected")


def point_translations(
    files: dict[str, dict[str, Any]], profile: dict[str, Any]
) -> list[dict[str, dict[str, str]]]:
    """Each prayer point's translations, in the English order: ``[{"ru": {"text": …}}]``.

    A language must translate every point or none, so the points stay aligned."""
    match = {"iso3": profile["iso3"], "year": profile["year"]}
    points: list[dict[str, dict[str, str]]] = [{} for _ in profile["prayer_points"]]
    for code, texts in translations_of(files, "profiles", match, ["prayer_points"]).items():
        translated: list[str] = list(texts.get("prayer_points", []))
        if len(translated) != len(points):
            raise ValueError(
                f"translations/{code}.json, profile {match['iso3']} {match['year']}: "
                f"prayer_points has {len(translated)} points; the English has {len(points)}."
            )
        for point, text in zip(points, translated, strict=True):
            point[code] = {"text": text}
    return points


def load_profile(profile: dict[str, Any], files: dict[str, dict[str, Any]]) -> Entry:
    entry = Entry.objects.get(
        edition__year=profile["year"], country__code=countries.alpha2(profile["iso3"])
    )
    entry.narrative = profile["narrative"]
    entry.most_affected = profile["most_affected"]
    match = {"iso3": profile["iso3"], "year": profile["year"]}
    entry.translations = translations_of(files, "profiles", match, PROFILE_FIELDS)
    entry.full_clean()
    entry.save()
    entry.prayer_points.all().delete()
    PrayerPoint.objects.bulk_create(
        PrayerPoint(entry=entry, order=order, text=text, translations=translations)
        for order, (text, translations) in enumerate(
            zip(profile["prayer_points"], point_translations(files, profile), strict=True)
        )
    )
    entry.sources.add(*Source.objects.filter(code__in=profile.get("source_ids", [])))
    return entry


@transaction.atomic
def load(demo_dir: Path) -> str:
    """Write each profile onto its entry (created unranked if the list lacks it); idempotent."""
    profiles = json.loads((demo_dir / "profiles.json").read_text(encoding="utf-8"))
    files = read_translation_files(demo_dir / "translations")
    for profile in profiles:
        load_profile(profile, files)
    languages = f" in English and {', '.join(sorted(files))}" if files else ""
    return f"{len(profiles)} profiles{languages}"
