"""Export the watch list in the same CSV formats the importer reads."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from vigil.watchlist.csvio import fmt_decimal, write_rows
from vigil.watchlist.importer import COLUMNS, to_date
from vigil.watchlist.models import (
    SPHERES,
    Country,
    Edition,
    EngineListing,
    Entry,
    EntryEngine,
    FactSheet,
    LevelBand,
    PersecutionEngine,
    Source,
    SphereProfile,
)


def _codes(obj: Any) -> str:
    return ";".join(source.code for source in obj.sources.all())


def export_directory(directory: Path) -> list[Path]:
    """Write every file of the dataset into ``directory``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    writers = {
        "editions.csv": edition_rows,
        "countries.csv": country_rows,
        "wwl_levels.csv": level_rows,
        "wwl_engine_vocabulary.csv": vocabulary_rows,
        "engine_aliases.csv": alias_rows,
        "wwl_rankings.csv": ranking_rows,
        "wwl_persecution_engines.csv": engine_use_rows,
        "country_facts.csv": fact_sheet_rows,
        "wwl_sphere_profile_percent.csv": sphere_profile_rows,
    }
    paths = [write_sources(directory / "SOURCES.md")]
    for name, rows in writers.items():
        write_rows(directory / name, COLUMNS[name], rows())
        paths.append(directory / name)
    return paths


def write_sources(path: Path) -> Path:
    lines = [
        "# Sources",
        "",
        "## Source list",
        "",
        "| id | URL | used for |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {s.code} | {s.url} | {s.used_for} |" for s in Source.objects.order_by("id")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def edition_rows() -> list[dict[str, object]]:
    rows = []
    for edition in Edition.objects.order_by("year").prefetch_related("sources", "bands"):
        schemes = sorted({band.scheme for band in edition.bands.all()})
        rows.append(
            {
                "year": edition.year,
                "title": edition.title,
                "period_start": to_date(edition.period_start),
                "period_end": to_date(edition.period_end),
                "publish_at": to_date(edition.publish_at),
                "complete": str(edition.complete).lower(),
                "level_scheme": schemes[0] if schemes else "",
                "source_ids": _codes(edition),
                "coverage_note": edition.coverage_note,
            }
        )
    return rows


def country_rows() -> list[dict[str, object]]:
    return [
        {"iso3": country.iso3, "slug": country.slug, "region": country.region}
        for country in Country.objects.order_by("slug")
    ]


def level_rows() -> list[dict[str, object]]:
    seen: dict[tuple[str, str], dict[str, object]] = {}
    for band in LevelBand.objects.order_by("edition__year", "order").prefetch_related("sources"):
        seen.setdefault(
            (band.scheme, band.name),
            {
                "scheme": band.scheme,
                "level": band.name,
                "score_min": fmt_decimal(band.score_min),
                "score_max": fmt_decimal(band.score_max),
                "source_ids": _codes(band),
                "note": band.note,
            },
        )
    return list(seen.values())


def vocabulary_rows() -> list[dict[str, object]]:
    listings = EngineListing.objects.select_related("engine").prefetch_related("sources")
    return [
        {
            "scheme": item.scheme,
            "engine": item.engine.name,
            "source_ids": _codes(item),
            "note": item.note,
        }
        for item in listings
    ]


def alias_rows() -> list[dict[str, object]]:
    return [
        {"alias": alias, "engine": engine.name}
        for engine in PersecutionEngine.objects.exclude(aliases="")
        for alias in engine.alias_list()
    ]


def _has_ranking_data(entry: Entry) -> bool:
    return any(
        value not in (None, "")
        for value in (
            entry.rank,
            entry.score,
            entry.stated_level,
            *(getattr(entry, s) for s in SPHERES),
        )
    )


def ranking_rows() -> list[dict[str, object]]:
    entries = Entry.objects.select_related("edition", "country").prefetch_related("sources")
    entries = entries.order_by("edition__year", "rank", "country__slug")
    previous = previous_ranks()
    rows = []
    for entry in entries:
        if not _has_ranking_data(entry):
            continue
        row: dict[str, object] = {
            "year": entry.edition.year,
            "rank": entry.rank or "",
            "country": entry.country.name,
            "iso3": entry.country.iso3,
            "score": fmt_decimal(entry.score),
            "prev_rank": previous.get(entry.pk, ""),
            "level": entry.stated_level,
            "confidence": entry.confidence,
            "source_ids": _codes(entry),
            "note": entry.note,
        }
        row.update({sphere: fmt_decimal(getattr(entry, sphere)) for sphere in SPHERES})
        rows.append(row)
    return rows


def previous_ranks() -> dict[int, object]:
    """Entry id -> the rank its country held in the previous edition (or 'new')."""
    editions = list(Edition.objects.order_by("year"))
    ranks = {(e.edition_id, e.country_id): e.rank for e in Entry.objects.all()}
    result: dict[int, object] = {}
    for before, edition in itertools.pairwise(editions):
        for entry in Entry.objects.filter(edition=edition, rank__isnull=False):
            prev = ranks.get((before.pk, entry.country_id))
            if prev:
                result[entry.pk] = prev
            elif before.complete:
                result[entry.pk] = "new"
    return result


def engine_use_rows() -> list[dict[str, object]]:
    uses = EntryEngine.objects.select_related("entry__edition", "entry__country", "engine")
    uses = uses.prefetch_related("sources").order_by("entry__edition__year", "entry__id", "order")
    return [
        {
            "year": use.entry.edition.year,
            "country": use.entry.country.name,
            "iso3": use.entry.country.iso3,
            "engine": use.display_name,
            "strength": use.strength,
            "role": use.role,
            "confidence": use.confidence,
            "source_ids": _codes(use),
            "note": use.note,
        }
        for use in uses
    ]


def fact_sheet_rows() -> list[dict[str, object]]:
    sheets = FactSheet.objects.select_related("country").prefetch_related("sources")
    return [
        {
            "country": sheet.country.name,
            "iso3": sheet.country.iso3,
            "wwl_year": sheet.year or "",
            "publisher": sheet.publisher,
            "leader": sheet.leader,
            "government": sheet.government,
            "main_religion": sheet.main_religion,
            "population": sheet.population,
            "christians": sheet.christians,
            "christian_share": sheet.christian_share,
            "source_ids": _codes(sheet),
            "confidence": sheet.confidence,
            "note": sheet.note,
        }
        for sheet in sheets.order_by("position", "id")
    ]


def sphere_profile_rows() -> list[dict[str, object]]:
    profiles = SphereProfile.objects.select_related("country").prefetch_related("sources")
    rows = []
    for profile in profiles.order_by("position", "id"):
        row: dict[str, object] = {
            "year": profile.year or "",
            "country": profile.country.name,
            "iso3": profile.country.iso3,
            "score": fmt_decimal(profile.score),
            "confidence": profile.confidence,
            "source_ids": _codes(profile),
            "note": profile.note,
        }
        row.update({f"{s}_pct": _blank(getattr(profile, f"{s}_pct")) for s in SPHERES})
        rows.append(row)
    return rows


def _blank(value: object) -> object:
    return "" if value is None else value
