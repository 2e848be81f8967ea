"""The printable prayer guide of an edition: one section per country, as HTML or PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.db.models import Prefetch, prefetch_related_objects

from vigil.campaigns.focus import fallback_points
from vigil.campaigns.models import Prisoner
from vigil.watchlist.models import Edition, Entry, FactSheet, PrayerPoint

PRINT_CSS = "css/print.css"


@dataclass(frozen=True)
class GuideSection:
    """One country's page in the guide."""

    entry: Entry
    facts: FactSheet | None
    points: list[PrayerPoint] = field(default_factory=list)
    points_year: int | None = None


def guide_entries(edition: Edition) -> list[Entry]:
    """The edition's entries with countries, bands and prayer points (three queries)."""
    prefetch_related_objects([edition], "bands")
    entries = list(
        Entry.objects.filter(edition=edition)
        .select_related("country")
        .prefetch_related(Prefetch("prayer_points", queryset=PrayerPoint.objects.order_by("order")))
        .ranked()
    )
    for entry in entries:
        entry.edition = edition
    return entries


def facts_by_country(edition: Edition, entries: list[Entry]) -> dict[int, FactSheet]:
    """Per country, the newest fact sheet not later than the edition, else the oldest one."""
    sheets = FactSheet.objects.filter(country__in=[e.country_id for e in entries])
    chosen: dict[int, FactSheet] = {}
    for sheet in sheets.order_by("year", "position"):
        current = chosen.get(sheet.country_id)
        fits = sheet.year is None or sheet.year <= edition.year
        if current is None or fits:
            chosen[sheet.country_id] = sheet
    return chosen


def guide_sections(edition: Edition) -> list[GuideSection]:
    """Every entry of the edition in rank order, in a constant number of queries."""
    entries = guide_entries(edition)
    facts = facts_by_country(edition, entries)
    fallback = fallback_points(entries)
    sections = []
    for entry in entries:
        own = list(entry.prayer_points.all())
        points = own or fallback.get(entry.country_id, [])
        year = edition.year if own else (points[0].entry.edition.year if points else None)
        sections.append(GuideSection(entry, facts.get(entry.country_id), points, year))
    prefetch_related_objects(
        [p for s in sections for p in s.points],
        Prefetch("prisoners", queryset=Prisoner.objects.publishable()),
    )
    return sections


def render_document(html: str, base_url: str) -> Any:
    """Lay the guide out with WeasyPrint (a ``weasyprint.Document``); nothing is fetched
    from the network: the print stylesheet is read from disk, other URLs are refused."""
    from weasyprint import CSS, HTML, URLFetcher  # imported here: it loads Pango

    stylesheet = finders.find(PRINT_CSS)
    css = [CSS(string=Path(stylesheet).read_text(encoding="utf-8"))] if stylesheet else []
    fetcher = URLFetcher(allowed_protocols=["data"])
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(stylesheets=css)


def render_pdf(html: str, base_url: str) -> bytes:
    return render_document(html, base_url).write_pdf()
