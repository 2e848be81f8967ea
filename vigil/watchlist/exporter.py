"""Export the watch list in the same CSV formats the importer reads.

This module chooses and orders the objects; ``vigil.watchlist.csvformat``
turns each one into a row.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from vigil.watchlist import csvformat
from vigil.watchlist.models import (
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
        path = directory / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            csvformat.write_csv(handle, name, rows())
        paths.append(path)
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
    editions = Edition.objects.order_by("year").prefetch_related("sources", "bands")
    return [csvformat.edition_row(edition) for edition in editions]


def country_rows() -> list[dict[str, object]]:
    return [csvformat.country_row(country) for country in Country.objects.order_by("slug")]


def level_rows() -> list[dict[str, object]]:
    """One row per (scheme, level): editions sharing a scheme share its bands."""
    seen: dict[tuple[str, str], dict[str, object]] = {}
    for band in LevelBand.objects.order_by("edition__year", "order").prefetch_related("sources"):
        if (band.scheme, band.name) not in seen:
            seen[band.scheme, band.name] = csvformat.level_row(band)
    return list(seen.values())


def vocabulary_rows() -> list[dict[str, object]]:
    listings = EngineListing.objects.select_related("engine").prefetch_related("sources")
    return [csvformat.vocabulary_row(listing) for listing in listings]


def alias_rows() -> list[dict[str, object]]:
    return [
        csvformat.alias_row(alias, engine.name)
        for engine in PersecutionEngine.objects.exclude(aliases="")
        for alias in engine.alias_list()
    ]


def ranking_rows() -> list[dict[str, object]]:
    entries = Entry.objects.select_related("edition", "country").prefetch_related("sources")
    entries = entries.order_by("edition__year", "rank", "country__slug")
    previous = previous_ranks()
    return [
        csvformat.ranking_row(entry, previous.get(entry.pk, ""))
        for entry in entries
        if csvformat.has_ranking_data(entry)
    ]


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
    return [csvformat.engine_use_row(use) for use in uses]


def fact_sheet_rows() -> list[dict[str, object]]:
    sheets = FactSheet.objects.select_related("country").prefetch_related("sources")
    return [csvformat.fact_sheet_row(sheet) for sheet in sheets.order_by("position", "id")]


def sphere_profile_rows() -> list[dict[str, object]]:
    profiles = SphereProfile.objects.select_related("country").prefetch_related("sources")
    return [csvformat.sphere_profile_row(p) for p in profiles.order_by("position", "id")]
