"""Demo campaigns (data/demo/campaigns.json, with their goals, dates and a drawn image)
and the prisoner in data/watchlist/prisoner_cases.csv, with their translations from
data/demo/translations/<language>.json, loaded idempotently by ``manage.py load_demo``.

The one demo prisoner was released in 2014, so his page allows no letters: a
letter-writing guide is for someone still held, with an address the organisation has
checked, and the demo invents neither."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import slugify
from django_countries import countries
from PIL import Image, ImageColor, ImageDraw

from vigil.campaigns.models import Campaign, CampaignStatus, Prisoner, PrisonerStatus
from vigil.core.translations import read_translation_files, translations_of
from vigil.watchlist.models import Confidence, Country, PrayerPoint, Source

IMAGE_SIZE = (1200, 630)
PRISONER_SUMMARY = (
    "Pastor {first} {last} led {church}. He was arrested on {arrested:%-d %B %Y}, "
    "charged with {charge}, and held for {days} days before his release on "
    "{released:%-d %B %Y}. The court's outcome: {outcome}."
)


def country_for(iso3: str) -> Country:
    return Country.objects.get(code=countries.alpha2(iso3))


def candle_png(background: str, glow: str) -> bytes:
    """A lit candle on a plain background, drawn here (no download, no font): the demo
    campaigns' image, 1200×630 like a share card."""
    image = Image.new("RGB", IMAGE_SIZE, background)
    draw = ImageDraw.Draw(image)
    for radius, colour in ((260, glow), (170, _mix(glow, "#f0a868", 0.35)), (95, "#f4c27a")):
        draw.ellipse((600 - radius, 230 - radius, 600 + radius, 230 + radius), fill=colour)
    draw.rectangle((545, 300, 655, 630), fill="#f3ead8")
    draw.rectangle((635, 300, 655, 630), fill="#ddd2bd")
    draw.line((600, 300, 600, 268), fill="#2b2118", width=6)
    draw.polygon([(600, 140), (632, 228), (600, 276), (568, 228)], fill="#f08a24")
    draw.polygon([(600, 190), (616, 236), (600, 266), (584, 236)], fill="#ffe08a")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _mix(first: str, second: str, amount: float) -> str:
    a, b = ImageColor.getrgb(first), ImageColor.getrgb(second)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=False))


def attach_image(campaign: Campaign, spec: dict[str, str]) -> None:
    """Give ``campaign`` its demo image, drawn once and kept under the media folder."""
    name = f"campaigns/demo-{campaign.slug}.png"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(candle_png(spec["background"], spec["glow"])))
    if campaign.image.name != name or not campaign.image_width:
        campaign.image = name  # the dimension fields are read from the file
    campaign.image_alt = spec["alt"]


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
            "prayer_goal": row.get("prayer_goal"),
            "status": CampaignStatus.PUBLISHED,
            "translations": translations,
        },
    )
    if row.get("image"):
        attach_image(campaign, row["image"])
    campaign.full_clean()
    campaign.save()
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
