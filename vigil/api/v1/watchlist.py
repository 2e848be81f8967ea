"""The watch list as open data: editions, entries, countries, engines and sources."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from ninja import Field, P, PathEx, Query, Router, Schema

from vigil.api.schemas import ErrorOut
from vigil.api.v1 import schemas
from vigil.api.v1.keyset import PageQuery, paginate
from vigil.watchlist.models import (
    SPHERES,
    Country,
    Edition,
    Entry,
    EntryEngine,
    LevelBand,
    PersecutionEngine,
    Source,
)

router = Router(tags=["watch list"])
READ_ERRORS: dict[int, Any] = {404: ErrorOut, 422: ErrorOut, 429: ErrorOut}
Year = PathEx[int, P(ge=1, le=9999)]
Slug = PathEx[str, P(max_length=120)]
UNRANKED = 32767
SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class LanguageQuery(Schema):
    lang: str | None = Field(
        None,
        pattern=f"^({'|'.join(SITE_LANGUAGES)})$",
        description=(
            "The language of the editorial texts (prayer points, campaign titles and "
            "summaries, prisoners' stories): " + ", ".join(SITE_LANGUAGES) + ". A text not "
            "translated into it is given in English; English by default."
        ),
    )

    @property
    def language(self) -> str:
        return self.lang or settings.LANGUAGE_CODE


def number(value: object) -> float | None:
    return None if value is None else float(str(value))


def country_ref(country: Country) -> dict[str, object]:
    return {
        "slug": country.slug, "code": str(country.code), "iso3": country.iso3,
        "name": country.name,
    }  # fmt: skip


def codes(sources: Any) -> list[str]:
    return [source.code for source in sources.all()]


# -- editions ----------------------------------------------------------------------------


def _editions() -> QuerySet[Edition]:
    return (
        Edition.objects.published()
        .annotate(
            entry_count=Count("entries", distinct=True),
            ranked_count=Count("entries", filter=Q(entries__rank__isnull=False), distinct=True),
            top_ten_count=Count(
                "entries__rank", filter=Q(entries__rank__range=(1, 10)), distinct=True
            ),
        )
        .prefetch_related("bands", "sources")
    )


def edition_out(edition: Any) -> dict[str, object]:
    year = edition.year
    return {
        "year": year,
        "title": edition.title,
        "period_start": edition.period_start,
        "period_end": edition.period_end,
        "published_at": edition.publish_at,
        "completeness": {
            "complete": edition.complete,
            "entries": edition.entry_count,
            "ranked": edition.ranked_count,
            "top_ten": edition.top_ten_count == 10,
        },
        "coverage_note": edition.coverage_note,
        "levels": [
            {
                "slug": b.slug,
                "name": b.name,
                "score_min": number(b.score_min),
                "score_max": number(b.score_max),
            }
            for b in edition.bands.all()
        ],
        "sources": codes(edition.sources),
        "downloads": {
            "ranking_csv": reverse("watchlist:edition-csv", args=[year]),
            "edition_json": reverse("watchlist:edition-json", args=[year]),
        },
        "url": edition.get_absolute_url(),
    }


@router.get("/editions", response={200: schemas.EditionPage, **READ_ERRORS})
def list_editions(request: HttpRequest, page: Query[PageQuery]) -> dict[str, object]:
    """Published editions, newest first, with how complete each one is."""
    items, after = paginate(_editions(), ("-year",), page)
    return {"items": [edition_out(e) for e in items], "next": after}


@router.get("/editions/{year}", response={200: schemas.EditionOut, **READ_ERRORS})
def get_edition(request: HttpRequest, year: Year) -> dict[str, object]:
    return edition_out(get_object_or_404(_editions(), year=year))


# -- entries -----------------------------------------------------------------------------


class EntryFilters(Schema):
    year: int | None = Field(None, ge=1, le=9999, description="Edition year.")
    country: str | None = Field(None, max_length=80, description="Country slug or ISO code.")
    level: str | None = Field(None, max_length=80, description='Level slug or name ("extreme").')
    engine: str | None = Field(None, max_length=120, description="Engine slug.")


def _entries(filters: EntryFilters) -> QuerySet[Entry]:
    band = LevelBand.objects.filter(edition=OuterRef("edition"), score_min__lte=OuterRef("score"))
    band = band.order_by("-score_min")
    entries = Entry.objects.published().annotate(
        edition_year=F("edition__year"),
        rank_key=Coalesce("rank", Value(UNRANKED)),
        band_slug=Subquery(band.values("slug")[:1]),
        band_name=Subquery(band.values("name")[:1]),
    )
    if filters.year is not None:
        entries = entries.filter(edition__year=filters.year)
    if filters.country:
        value = filters.country.strip()
        entries = entries.filter(
            Q(country__slug=value.lower()) | Q(country__code=value.upper()[:2])
            if len(value) == 2
            else Q(country__slug=value.lower())
        )
    if filters.level:
        slug = slugify(filters.level)
        entries = entries.filter(
            Q(band_slug=slug)
            | Q(band_slug__isnull=True, stated_level__iexact=slug.replace("-", " "))
        )
    if filters.engine:
        entries = entries.filter(engines__engine__slug=filters.engine.strip().lower())
    engines = EntryEngine.objects.select_related("engine").prefetch_related("sources")
    return entries.select_related("country").prefetch_related(
        Prefetch("engines", queryset=engines), "sources", "prayer_points"
    )


def entry_out(entry: Any, language: str = settings.LANGUAGE_CODE) -> dict[str, object]:
    return {
        "year": entry.edition_year,
        "country": country_ref(entry.country),
        "rank": entry.rank,
        "score": number(entry.score),
        "level": entry.band_name or entry.stated_level,
        "spheres": {name: number(getattr(entry, name)) for name in SPHERES},
        "engines": [
            {
                "slug": use.engine.slug,
                "name": use.engine.name,
                "published_name": use.published_name,
                "strength": use.strength,
                "role": use.role,
                "confidence": use.confidence,
                "sources": codes(use.sources),
            }
            for use in entry.engines.all()
        ],
        "prayer_points": [
            point.translated("text", language) for point in entry.prayer_points.all()
        ],
        "confidence": entry.confidence,
        "sources": codes(entry.sources),
        "note": entry.note,
        "url": f"{entry.country.get_absolute_url()}?edition={entry.edition_year}",
    }


@router.get("/entries", response={200: schemas.EntryPage, **READ_ERRORS})
def list_entries(
    request: HttpRequest,
    filters: Query[EntryFilters],
    page: Query[PageQuery],
    lang: Query[LanguageQuery],
) -> dict[str, object]:
    """Entries of published editions, newest edition first and in rank order within it
    (unranked entries last), filtered by year, country, level and engine."""
    order = ("-edition_year", "rank_key", "id")
    items, after = paginate(_entries(filters), order, page)
    return {"items": [entry_out(e, lang.language) for e in items], "next": after}


# -- countries ---------------------------------------------------------------------------


def _countries() -> QuerySet[Country]:
    entries = Entry.objects.published().select_related("edition").order_by("-edition__year")
    return Country.objects.prefetch_related(Prefetch("entries", queryset=entries))


def _bands() -> dict[int, list[LevelBand]]:
    bands: dict[int, list[LevelBand]] = {}
    for band in LevelBand.objects.filter(edition__in=Edition.objects.published()):
        bands.setdefault(band.edition_id, []).append(band)
    return bands


def _level(entry: Entry, bands: dict[int, list[LevelBand]]) -> str:
    if entry.score is None:
        return entry.stated_level
    fitting = [b for b in bands.get(entry.edition_id, []) if b.score_min is not None]
    fitting = [b for b in fitting if b.score_min is not None and b.score_min <= entry.score]
    best = max(fitting, key=lambda b: b.score_min or 0, default=None)
    return best.name if best else entry.stated_level


def country_out(country: Country, bands: dict[int, list[LevelBand]]) -> dict[str, object]:
    history = [
        {"year": e.edition.year, "rank": e.rank, "score": number(e.score),
         "level": _level(e, bands), "confidence": e.confidence}
        for e in country.entries.all()
    ]  # fmt: skip
    return {
        **country_ref(country), "region": country.region,
        "url": country.get_absolute_url(), "history": history,
    }  # fmt: skip


@router.get("/countries", response={200: schemas.CountryPage, **READ_ERRORS})
def list_countries(request: HttpRequest, page: Query[PageQuery]) -> dict[str, object]:
    """Every country, by slug, with its history across published editions."""
    items, after = paginate(_countries(), ("slug",), page)
    bands = _bands()
    return {"items": [country_out(c, bands) for c in items], "next": after}


@router.get("/countries/{slug}", response={200: schemas.CountryOut, **READ_ERRORS})
def get_country(request: HttpRequest, slug: Slug) -> dict[str, object]:
    return country_out(get_object_or_404(_countries(), slug=slug), _bands())


# -- engines and sources -----------------------------------------------------------------


def engine_out(engine: PersecutionEngine) -> dict[str, object]:
    return {
        "slug": engine.slug, "name": engine.name, "aliases": engine.alias_list(),
        "description": engine.description,
    }  # fmt: skip


@router.get("/engines", response={200: schemas.EnginePage, **READ_ERRORS})
def list_engines(request: HttpRequest, page: Query[PageQuery]) -> dict[str, object]:
    """The engines (drivers) of persecution, by slug."""
    items, after = paginate(PersecutionEngine.objects.all(), ("slug",), page)
    return {"items": [engine_out(e) for e in items], "next": after}


def source_out(source: Source) -> dict[str, object]:
    return {
        "code": source.code, "title": source.title, "publisher": source.publisher,
        "year": source.year, "url": source.url, "citation": source.citation,
    }  # fmt: skip


@router.get("/sources", response={200: schemas.SourcePage, **READ_ERRORS})
def list_sources(request: HttpRequest, page: Query[PageQuery]) -> dict[str, object]:
    """The documents every figure was read in, by code."""
    items, after = paginate(Source.objects.all(), ("code",), page)
    return {"items": [source_out(s) for s in items], "next": after}


@router.get("/sources/{code}", response={200: schemas.SourceOut, **READ_ERRORS})
def get_source(request: HttpRequest, code: PathEx[str, P(max_length=16)]) -> dict[str, object]:
    return source_out(get_object_or_404(Source, code=code))
