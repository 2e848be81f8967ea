"""The printable prayer guide of an edition: a cover, then each country's rank, score,
facts and prayer points, as HTML or as a tagged (PDF/UA) PDF.

The facts are the ones the country's profile of that edition shows (the same fact
sheets, chosen the same way), so the guide and the web never disagree; a fact the
profile calls "not published" is not published here either.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from vigil.campaigns.focus import fallback_points
from vigil.campaigns.models import Prisoner
from vigil.core import conf
from vigil.watchlist.models import Edition, Entry, FactSheet, PrayerPoint
from vigil.watchlist.selectors import Fact, facts_from

if TYPE_CHECKING:
    from django.utils.functional import Promise

PRINT_CSS = "css/print.css"
TEMPLATE = "campaigns/prayer_guide.html"
PDF_VARIANT = "pdf/ua-1"
"""Tagged for screen readers, with the document's language and title (PDF/UA-1)."""


@dataclass(frozen=True)
class GuideSection:
    """One country's part of the guide."""

    entry: Entry
    facts: list[Fact] = field(default_factory=list)
    points: list[PrayerPoint] = field(default_factory=list)
    points_year: int | None = None

    @property
    def fact_rows(self) -> list[tuple[str | Promise, str]]:
        """(label, value) for print, "" for a fact the profile calls not published; the
        numbers are in the profile's one style already (``vigil.core.numbers``)."""
        return [(fact.label, fact.value) for fact in self.facts]

    @property
    def has_facts(self) -> bool:
        return any(fact.value for fact in self.facts)

    @property
    def fact_publishers(self) -> list[str]:
        """Who published the facts and for when ("Open Doors, 2023"), once each."""
        sheets = dict.fromkeys(sheet for fact in self.facts for sheet in fact.sheets)
        return list(dict.fromkeys(_published_by(sheet) for sheet in sheets))


def _published_by(sheet: FactSheet) -> str:
    publisher = sheet.publisher or gettext("Published sources")
    if not sheet.year:
        return publisher
    return gettext("%(publisher)s, %(year)s") % {"publisher": publisher, "year": sheet.year}


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


def facts_by_country(edition: Edition, entries: list[Entry]) -> dict[int, list[Fact]]:
    """Per country, the facts its profile of this edition shows (one query): each the
    newest published for the edition's year or before (``selectors.facts_from``)."""
    sheets = FactSheet.objects.filter(country__in=[e.country_id for e in entries])
    grouped: dict[int, list[FactSheet]] = defaultdict(list)
    for sheet in sheets.as_of(edition.year):
        grouped[sheet.country_id].append(sheet)
    return {country_id: facts_from(found) for country_id, found in grouped.items()}


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
        sections.append(GuideSection(entry, facts.get(entry.country_id, []), points, year))
    prefetch_related_objects(
        [p for s in sections for p in s.points],
        Prefetch("prisoners", queryset=Prisoner.objects.publishable()),
    )
    return sections


def guide_context(edition: Edition, *, for_pdf: bool = False) -> dict[str, object]:
    """What the guide template shows; the same without a request (the PDF is built by a task)."""
    return {
        "edition": edition,
        "sections": guide_sections(edition),
        "for_pdf": for_pdf,
        "SITE_NAME": settings.VIGIL_SITE_NAME,
        "site_url": conf.site_url(),
    }


def guide_html(edition: Edition) -> str:
    """The HTML the PDF is typeset from (the same for every request: the one stored PDF
    is written in the site's default language, whichever page asked for it)."""
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(TEMPLATE, guide_context(edition, for_pdf=True))


def site_base_url() -> str:
    """Links in the PDF point at the configured site."""
    return conf.site_url() + "/"


def render_document(html: str, base_url: str) -> Any:
    """Lay the guide out with WeasyPrint (a ``weasyprint.Document``); nothing is fetched
    from the network: the print stylesheet is read from disk, other URLs are refused."""
    from weasyprint import CSS, HTML, URLFetcher  # imported here: it loads Pango

    stylesheet = finders.find(PRINT_CSS)
    css = [CSS(string=Path(stylesheet).read_text(encoding="utf-8"))] if stylesheet else []
    fetcher = URLFetcher(allowed_protocols=["data"])
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        stylesheets=css, pdf_variant=PDF_VARIANT
    )


def render_pdf(html: str, base_url: str) -> bytes:
    """The typeset guide (seconds of CPU: only the build task calls this)."""
    return bytes(render_document(html, base_url).write_pdf(pdf_variant=PDF_VARIANT))
