"""The CSV formats of a watch-list dataset (the files of ``data/watchlist/``).

One place for each file's columns, how one of its rows is read into a
``Record`` (the importer's deserialisers) and how one model object is written
as a row (the exporter's and the download views' serialisers), so that what
Vigil writes is exactly what it reads back.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from vigil.watchlist.csvio import Row
from vigil.watchlist.models import (
    SPHERE_MAX,
    SPHERES,
    Confidence,
    Country,
    Edition,
    EngineListing,
    Entry,
    EntryEngine,
    FactSheet,
    LevelBand,
    SphereProfile,
)

if TYPE_CHECKING:
    from collections.abc import Iterable


class Writable(Protocol):
    """A text file, or anything with its ``write`` (an ``HttpResponse``)."""

    def write(self, text: str, /) -> object: ...


CONFIDENCES = {choice.value for choice in Confidence}
COLUMNS = {
    "editions.csv": (
        "year",
        "title",
        "period_start",
        "period_end",
        "publish_at",
        "complete",
        "level_scheme",
        "source_ids",
        "coverage_note",
    ),
    "countries.csv": ("iso3", "slug", "region"),
    "wwl_levels.csv": ("scheme", "level", "score_min", "score_max", "source_ids", "note"),
    "wwl_engine_vocabulary.csv": ("scheme", "engine", "source_ids", "note"),
    "engine_aliases.csv": ("alias", "engine"),
    "wwl_rankings.csv": (
        "year",
        "rank",
        "country",
        "iso3",
        "score",
        *SPHERES,
        "prev_rank",
        "level",
        "confidence",
        "source_ids",
        "note",
    ),
    "wwl_persecution_engines.csv": (
        "year",
        "country",
        "iso3",
        "engine",
        "strength",
        "role",
        "confidence",
        "source_ids",
        "note",
    ),
    "country_facts.csv": (
        "country",
        "iso3",
        "wwl_year",
        "publisher",
        "leader",
        "government",
        "main_religion",
        "population",
        "christians",
        "christian_share",
        "source_ids",
        "confidence",
        "note",
    ),
    "wwl_sphere_profile_percent.csv": (
        "year",
        "country",
        "iso3",
        "score",
        *(f"{s}_pct" for s in SPHERES),
        "confidence",
        "source_ids",
        "note",
    ),
}
OPTIONAL_FILES = {"countries.csv", "engine_aliases.csv", "editions.csv"}


@dataclass
class Record:
    """A row's parsed values plus where it came from."""

    row: Row
    values: dict[str, Any]
    sources: list[str] = field(default_factory=list)


# --- reading: one row into a Record ----------------------------------------------------


def _confidence(row: Row, column: str = "confidence") -> str:
    value = row.text(column) or Confidence.EXPLICIT.value
    if value not in CONFIDENCES:
        row.error(column, f"'{value}' is not one of {', '.join(sorted(CONFIDENCES))}.")
    return value


def _year(row: Row, column: str = "year", *, required: bool = True) -> int | None:
    year = row.integer(column, required=required)
    if year is not None and not 1900 <= year <= 2100:
        row.error(column, f"{year} is not a plausible edition year.")
    return year


def read_edition(row: Row) -> Record:
    values = {
        "year": _year(row),
        "title": row.text("title", required=True, max_length=200),
        "period_start": row.day("period_start"),
        "period_end": row.day("period_end"),
        "publish_at": row.moment("publish_at"),
        "complete": row.boolean("complete"),
        "level_scheme": row.text("level_scheme"),
        "coverage_note": row.text("coverage_note"),
    }
    return Record(row, values, row.codes("source_ids"))


def read_country(row: Row) -> Record:
    return Record(
        row,
        {
            "iso3": row.text("iso3", required=True),
            "slug": row.text("slug", required=True),
            "region": row.text("region", max_length=80),
        },
    )


def read_level(row: Row) -> Record:
    values = {
        "scheme": row.text("scheme", required=True, max_length=120),
        "name": row.text("level", required=True, max_length=60),
        "score_min": row.decimal("score_min", maximum=Decimal(100)),
        "score_max": row.decimal("score_max", maximum=Decimal(100)),
        "note": row.text("note"),
    }
    return Record(row, values, row.codes("source_ids"))


def read_vocabulary(row: Row) -> Record:
    values = {
        "scheme": row.text("scheme", required=True, max_length=120),
        "engine": row.text("engine", required=True, max_length=120),
        "note": row.text("note"),
    }
    return Record(row, values, row.codes("source_ids"))


def read_alias(row: Row) -> Record:
    return Record(row, {"alias": row.text("alias", required=True), "engine": row.text("engine")})


def read_ranking(row: Row) -> Record:
    values: dict[str, Any] = {
        "year": _year(row),
        "rank": row.integer("rank"),
        "iso3": row.text("iso3", required=True),
        "name": row.text("country"),
        "score": row.decimal("score", maximum=Decimal(100)),
        "prev_rank": row.text("prev_rank"),
        "stated_level": row.text("level", max_length=60),
        "confidence": _confidence(row),
        "note": row.text("note"),
    }
    for sphere in SPHERES:
        values[sphere] = row.decimal(sphere, maximum=SPHERE_MAX)
    prev = values["prev_rank"]
    if prev and prev != "new" and not prev.isdecimal():
        row.error("prev_rank", f"'{prev}' is not a rank or 'new'.")
    return Record(row, values, row.codes("source_ids"))


def read_engine_use(row: Row) -> Record:
    values = {
        "year": _year(row),
        "iso3": row.text("iso3", required=True),
        "engine": row.text("engine", required=True, max_length=120),
        "strength": row.text("strength", max_length=40),
        "role": row.text("role", max_length=80),
        "confidence": _confidence(row),
        "note": row.text("note"),
    }
    return Record(row, values, row.codes("source_ids"))


def read_fact_sheet(row: Row) -> Record:
    values = {
        "iso3": row.text("iso3", required=True),
        "year": _year(row, "wwl_year", required=False),
        "publisher": row.text("publisher", max_length=200),
        "leader": row.text("leader", max_length=200),
        "government": row.text("government", max_length=200),
        "main_religion": row.text("main_religion", max_length=200),
        "population": row.text("population", max_length=100),
        "christians": row.text("christians", max_length=100),
        "christian_share": row.text("christian_share", max_length=100),
        "confidence": _confidence(row),
        "note": row.text("note"),
    }
    return Record(row, values, row.codes("source_ids"))


def read_sphere_profile(row: Row) -> Record:
    values: dict[str, Any] = {
        "iso3": row.text("iso3", required=True),
        "year": _year(row, required=False),
        "score": row.decimal("score", maximum=Decimal(100)),
        "confidence": _confidence(row),
        "note": row.text("note"),
    }
    for sphere in SPHERES:
        values[f"{sphere}_pct"] = row.integer(f"{sphere}_pct")
        if (values[f"{sphere}_pct"] or 0) > 100:
            row.error(f"{sphere}_pct", "is a percentage and cannot exceed 100.")
    return Record(row, values, row.codes("source_ids"))


READERS = {
    "editions.csv": read_edition,
    "countries.csv": read_country,
    "wwl_levels.csv": read_level,
    "wwl_engine_vocabulary.csv": read_vocabulary,
    "engine_aliases.csv": read_alias,
    "wwl_rankings.csv": read_ranking,
    "wwl_persecution_engines.csv": read_engine_use,
    "country_facts.csv": read_fact_sheet,
    "wwl_sphere_profile_percent.csv": read_sphere_profile,
}


# --- writing: one object into a row ------------------------------------------------------


def fmt_decimal(value: Decimal | None) -> str:
    """``49`` for 49.0, ``16.1`` for 16.1, empty for missing."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def fmt_moment(value: date | datetime | None) -> str:
    """ISO 8601, UTC written as ``Z`` (``2014-01-15T09:00:00Z``); empty for missing."""
    return value.isoformat().replace("+00:00", "Z") if value else ""


def source_codes(obj: Any) -> str:
    """``S01;S09``: the codes of ``obj.sources`` (prefetch them)."""
    return ";".join(source.code for source in obj.sources.all())


def _blank(value: object) -> object:
    return "" if value is None else value


def edition_row(edition: Edition) -> dict[str, object]:
    """An ``editions.csv`` row (prefetch ``sources`` and ``bands``)."""
    schemes = sorted({band.scheme for band in edition.bands.all()})
    return {
        "year": edition.year,
        "title": edition.title,
        "period_start": fmt_moment(edition.period_start),
        "period_end": fmt_moment(edition.period_end),
        "publish_at": fmt_moment(edition.publish_at),
        "complete": str(edition.complete).lower(),
        "level_scheme": schemes[0] if schemes else "",
        "source_ids": source_codes(edition),
        "coverage_note": edition.coverage_note,
    }


def country_row(country: Country) -> dict[str, object]:
    return {"iso3": country.iso3, "slug": country.slug, "region": country.region}


def level_row(band: LevelBand) -> dict[str, object]:
    """A ``wwl_levels.csv`` row (prefetch ``sources``)."""
    return {
        "scheme": band.scheme,
        "level": band.name,
        "score_min": fmt_decimal(band.score_min),
        "score_max": fmt_decimal(band.score_max),
        "source_ids": source_codes(band),
        "note": band.note,
    }


def vocabulary_row(listing: EngineListing) -> dict[str, object]:
    """A ``wwl_engine_vocabulary.csv`` row (select ``engine``, prefetch ``sources``)."""
    return {
        "scheme": listing.scheme,
        "engine": listing.engine.name,
        "source_ids": source_codes(listing),
        "note": listing.note,
    }


def alias_row(alias: str, engine_name: str) -> dict[str, object]:
    return {"alias": alias, "engine": engine_name}


def has_ranking_data(entry: Entry) -> bool:
    """Whether the entry has anything ``wwl_rankings.csv`` records (rank, score, level,
    spheres); a bare entry that only carries a profile has no row there."""
    values = (entry.rank, entry.score, entry.stated_level, *(getattr(entry, s) for s in SPHERES))
    return any(value not in (None, "") for value in values)


def ranking_row(entry: Entry, prev_rank: object) -> dict[str, object]:
    """A ``wwl_rankings.csv`` row; ``prev_rank`` is a rank, ``"new"`` or empty
    (select ``edition`` and ``country``, prefetch ``sources``)."""
    row: dict[str, object] = {
        "year": entry.edition.year,
        "rank": entry.rank or "",
        "country": entry.country.name,
        "iso3": entry.country.iso3,
        "score": fmt_decimal(entry.score),
        "prev_rank": prev_rank,
        "level": entry.stated_level,
        "confidence": entry.confidence,
        "source_ids": source_codes(entry),
        "note": entry.note,
    }
    row.update({sphere: fmt_decimal(getattr(entry, sphere)) for sphere in SPHERES})
    return row


def engine_use_row(use: EntryEngine) -> dict[str, object]:
    """A ``wwl_persecution_engines.csv`` row (select ``entry__edition``, ``entry__country``
    and ``engine``, prefetch ``sources``)."""
    return {
        "year": use.entry.edition.year,
        "country": use.entry.country.name,
        "iso3": use.entry.country.iso3,
        "engine": use.display_name,
        "strength": use.strength,
        "role": use.role,
        "confidence": use.confidence,
        "source_ids": source_codes(use),
        "note": use.note,
    }


def fact_sheet_row(sheet: FactSheet) -> dict[str, object]:
    """A ``country_facts.csv`` row (select ``country``, prefetch ``sources``)."""
    return {
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
        "source_ids": source_codes(sheet),
        "confidence": sheet.confidence,
        "note": sheet.note,
    }


def sphere_profile_row(profile: SphereProfile) -> dict[str, object]:
    """A ``wwl_sphere_profile_percent.csv`` row (select ``country``, prefetch ``sources``)."""
    row: dict[str, object] = {
        "year": profile.year or "",
        "country": profile.country.name,
        "iso3": profile.country.iso3,
        "score": fmt_decimal(profile.score),
        "confidence": profile.confidence,
        "source_ids": source_codes(profile),
        "note": profile.note,
    }
    row.update({f"{s}_pct": _blank(getattr(profile, f"{s}_pct")) for s in SPHERES})
    return row


def write_csv(handle: Writable, file_name: str, rows: Iterable[dict[str, object]]) -> None:
    """Write ``rows`` to ``handle`` in the columns of ``file_name``, header first."""
    writer = csv.DictWriter(handle, fieldnames=COLUMNS[file_name], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
