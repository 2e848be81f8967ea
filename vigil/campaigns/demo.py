"""Demo campaigns (data/demo/campaigns.json) and the prisoner in
data/watchlist/prisoner_cases.csv, with their translations from
data/demo/translations/<language>.json, loaded idempotently by ``manage.py load_demo``."""

from __future__ import annotations

import csv
import datetime
import json
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from django_countries import countries

from vigil.campaigns.models import Campaign, CampaignStatus, Prisoner, PrisonerStatus
from vigil.core.translations import read_translation_files, translations_of
from vigil.watchlist.models import Confidence, Country, PrayerPoint, Source

PRISONER_SUMMARY = (
    "Pastor {first} {last} led {church}. He was arrested on {arrested:%-d %B %Y}, "
    "charged with {charge}, and held for {days} days before his release on "
    "{released:%-d %B %Y}. The court's outcome: {outcome}."
)


def country_for(iso3: str) -> Country:
    return Country.objects.get(code=countries.alpha2(iso3))


def load_campaign(row: dict[str, Any], files: dict[str, dict[str, Any]] | None = None) -> Campaign:
    translations = translations_of(
        files or {}, "campaigns", {"slug": row["slug"]}, Campaign.translatable_fields
    )
    campaign, _created = Campaign.objects.update_or_create(
        slug=row["slug"],
        defaults={
            "title": row["title"],
            "summary": row["summary"],
            "body": row["body"],
            "giving_label": row.get("giving_label", ""),
            "starts": datetime.date.fromisoformat(row["starts"]),
            "ends": datetime.date.fromisoformat(row["ends"]) if row.get("ends") else None,
            "status": CampaignStatus.PUBLISHED,
            "translations": translations,
        },
    )
    campaign.full_clean()
    campaign.countries.set([country_for(code) for code in row["countries"]])
    return campaign


def prisoner_fields(row: dict[str, str]) -> dict[str, Any]:
    """The CSV's facts, copied as published, with the source ids kept."""
    arrested = datetime.date.fromisoformat(row["arrested"])
    released = datetime.date.fromisoformat(row["released"]) if row["released"] else None
    name = row["name"].split(" (")[0]
    first, last = name.split(" ", 1)
    summary = PRISONER_SUMMARY.format(
        first=first,
        last=last,
        church=row["church"],
        arrested=arrested,
        charge=row["charge"],
        days=row["days_held"],
        released=released,
        outcome=row["outcome"],
    )
    return {
        "name": f"Pastor {name}",
        "country": country_for(row["iso3"]),
        "church": row["church"],
        "arrested": arrested,
        "released": released,
        "status": PrisonerStatus.RELEASED if released else PrisonerStatus.DETAINED,
        "charges": row["charge"],
        "outcome": row["outcome"],
        "summary": summary if released else "",
        "confidence": Confidence.CROSS_REFERENCED,
        "note": f"Also spelled {row['name'].split('also spelled ')[-1].rstrip(')')}. "
        f"Age: {row['age_note']}",
    }


def load_prisoner(row: dict[str, str], files: dict[str, dict[str, Any]] | None = None) -> Prisoner:
    fields = prisoner_fields(row)
    slug = slugify(fields["name"].removeprefix("Pastor "))
    fields["translations"] = translations_of(
        files or {}, "prisoners", {"slug": slug}, Prisoner.translatable_fields
    )
    prisoner, _created = Prisoner.objects.update_or_create(slug=slug, defaults=fields)
    # The demo stands for a case whose family agreed to publication; a real site records it.
    prisoner.consent_recorded = True
    prisoner.consent_note = "Demo data: public case, reported by the sources listed."
    prisoner.published = True
    prisoner.full_clean()
    prisoner.save()
    prisoner.sources.set(Source.objects.filter(code__in=row["source_ids"].split(";")))
    surname = fields["name"].split()[-1]
    prisoner.prayer_points.set(PrayerPoint.objects.filter(text__icontains=surname))
    return prisoner


@transaction.atomic
def load(demo_dir: Path) -> str:
    """Load the demo campaigns and prisoners; running it twice changes nothing."""
    rows = json.loads((demo_dir / "campaigns.json").read_text(encoding="utf-8"))
    files = read_translation_files(demo_dir / "translations")
    campaigns = [load_campaign(row, files) for row in rows]
    cases = demo_dir.parent / "watchlist" / "prisoner_cases.csv"
    with cases.open(encoding="utf-8", newline="") as handle:
        prisoners = [load_prisoner(row, files) for row in csv.DictReader(handle)]
    return f"{len(campaigns)} campaigns, {len(prisoners)} prisoners"
