"""Import a watch-list dataset directory (the CSV formats of ``data/watchlist/``).

Three phases: read every file into plain records (collecting every problem
with its file, row and column), check the records against each other and the
database, then write everything in one transaction. Any problem in any phase
means nothing is written. Re-importing the same files changes nothing.
The formats themselves (columns, how a row becomes a ``Record``) are in
``vigil.watchlist.csvformat``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django_countries import countries

from vigil.watchlist.csvformat import COLUMNS, OPTIONAL_FILES, READERS, Record
from vigil.watchlist.csvio import ImportFailed, RowError, read_rows
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

SOURCE_LINE = re.compile(r"^\|\s*(S\d+)\s*\|(.*?)\|(.*?)\|\s*$")
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Dataset:
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    errors: list[RowError] = field(default_factory=list)


@dataclass
class ImportReport:
    counts: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{count} {name}" for name, count in self.counts.items())


def import_directory(directory: Path) -> ImportReport:
    """Import every known file in ``directory``; raise ImportFailed on any problem."""
    dataset = read_dataset(directory)
    check_dataset(dataset)
    if dataset.errors:
        raise ImportFailed(dataset.errors)
    return write_dataset(dataset)


# --- reading -------------------------------------------------------------------------


NEVER_EMPTY = frozenset({"countries.csv", "editions.csv", "wwl_rankings.csv"})
"""The files whose rows an import replaces wholesale: an empty one is refused."""


def read_dataset(directory: Path) -> Dataset:
    dataset = Dataset()
    if not directory.is_dir():
        dataset.errors.append(RowError(str(directory), 0, "", "is not a directory."))
        return dataset
    read_sources(directory / "SOURCES.md", dataset)
    for name, columns in COLUMNS.items():
        path = directory / name
        if not path.exists():
            if name not in OPTIONAL_FILES:
                dataset.errors.append(RowError(name, 0, "", f"is missing from {directory}."))
            continue
        errors_before = len(dataset.errors)
        for row in read_rows(path, columns, dataset.errors):
            dataset.records[name].append(READERS[name](row))
        if (
            name in NEVER_EMPTY
            and not dataset.records[name]
            and len(dataset.errors) == errors_before
        ):
            # an import replaces what it names, so an empty list would delete it all
            dataset.errors.append(
                RowError(name, 0, "", "has no rows: importing it would delete every one.")
            )
    return dataset


def read_sources(path: Path, dataset: Dataset) -> None:
    """Read the source list table of SOURCES.md: ``| S01 | URL | used for |``."""
    if not path.exists():
        dataset.errors.append(RowError(path.name, 0, "", "is missing; every figure needs it."))
        return
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        dataset.errors.append(
            RowError(path.name, 0, "", f"is not UTF-8 text (byte {exc.start + 1} cannot be read).")
        )
        return
    if not any(SOURCE_LINE.match(line) for line in text.splitlines()):
        dataset.errors.append(RowError(path.name, 0, "", "lists no sources (| S01 | URL | … |)."))
        return
    for line in text.splitlines():
        match = SOURCE_LINE.match(line)
        if match:
            code, url, used_for = (part.strip() for part in match.groups())
            dataset.sources[code] = {
                "url": url,
                "used_for": used_for,
                **source_citation(url, used_for),
            }


def source_citation(url: str, used_for: str) -> dict[str, Any]:
    """Title, publisher and year for a source listed only by URL and use: the site's
    host is the publisher, the first thing it was used for is the title, and the
    first year named in the title is the year."""
    is_link = url.startswith(("http://", "https://"))
    if is_link:
        title = used_for.split(";")[0].strip()
        publisher = (urlsplit(url).hostname or "").removeprefix("www.")
    else:
        title, publisher = url.replace("(URL not available)", "").strip(" ,"), ""
    year = YEAR_RE.search(title)
    return {"title": title[:300], "publisher": publisher, "year": int(year[0]) if year else None}


# --- checking ------------------------------------------------------------------------


def check_dataset(dataset: Dataset) -> None:
    known_sources = set(dataset.sources) | set(Source.objects.values_list("code", flat=True))
    for records in dataset.records.values():
        for record in records:
            _check_common(record, known_sources)
    _check_engines(dataset)
    _check_rankings(dataset)


def _check_common(record: Record, known_sources: set[str]) -> None:
    for code in record.sources:
        if code not in known_sources:
            record.row.error("source_ids", f"source '{code}' is not in SOURCES.md.")
    iso3 = record.values.get("iso3")
    if iso3 and not countries.alpha2(iso3):
        record.row.error("iso3", f"'{iso3}' is not an ISO 3166 alpha-3 country code.")


def engine_names(dataset: Dataset) -> dict[str, str]:
    """Every accepted spelling (lower case) mapped to its canonical engine name."""
    names = {e.name.lower(): e.name for e in PersecutionEngine.objects.all()}
    for engine in PersecutionEngine.objects.exclude(aliases=""):
        names.update({alias.lower(): engine.name for alias in engine.alias_list()})
    for record in dataset.records["wwl_engine_vocabulary.csv"]:
        names[record.values["engine"].lower()] = record.values["engine"]
    for record in dataset.records["engine_aliases.csv"]:
        target = names.get(record.values["engine"].lower())
        if target is None:
            record.row.error("engine", f"'{record.values['engine']}' is not in the vocabulary.")
        else:
            names[record.values["alias"].lower()] = target
    return names


def _check_engines(dataset: Dataset) -> None:
    names = engine_names(dataset)
    for record in dataset.records["wwl_persecution_engines.csv"]:
        canonical = names.get(record.values["engine"].lower())
        if canonical is None:
            record.row.error(
                "engine",
                f"'{record.values['engine']}' is not in the engine vocabulary; add it to "
                "wwl_engine_vocabulary.csv or engine_aliases.csv.",
            )
        record.values["canonical"] = canonical


def _check_rankings(dataset: Dataset) -> None:
    rankings = dataset.records["wwl_rankings.csv"]
    seen_rank: dict[tuple[int, int], int] = {}
    seen_country: dict[tuple[int, str], int] = {}
    for record in rankings:
        values = record.values
        key = (values["year"], values["iso3"])
        if key in seen_country:
            record.row.error(
                "iso3", f"{values['iso3']} {key[0]} is already on row {seen_country[key]}."
            )
        seen_country[key] = record.row.line
        if values["rank"] is not None:
            rank_key = (values["year"], values["rank"])
            if rank_key in seen_rank:
                record.row.error(
                    "rank",
                    f"rank {values['rank']} in {values['year']} is already on row "
                    f"{seen_rank[rank_key]}.",
                )
            seen_rank[rank_key] = record.row.line
        _check_sphere_sum(record)
    _check_previous_ranks(rankings)


def _check_sphere_sum(record: Record) -> None:
    spheres = [record.values[s] for s in SPHERES]
    score = record.values["score"]
    if score is None or any(value is None for value in spheres):
        return
    total = sum(spheres, Decimal(0))
    if abs(total - score) > Decimal("0.6"):
        record.row.error("score", f"the six sphere scores add up to {total}, not {score}.")


def _check_previous_ranks(rankings: list[Record]) -> None:
    """A stated previous rank must agree with the previous edition in the same file."""
    ranks = {(r.values["year"], r.values["iso3"]): r.values["rank"] for r in rankings}
    years = sorted({r.values["year"] for r in rankings if r.values["year"]})
    for record in rankings:
        stated, year = record.values["prev_rank"], record.values["year"]
        earlier = [y for y in years if year and y < year]
        if not stated.isdecimal() or not earlier:
            continue
        previous = ranks.get((earlier[-1], record.values["iso3"]))
        if previous != int(stated):
            found = f"rank {previous}" if previous else "no rank"
            record.row.error(
                "prev_rank",
                f"says {stated}, but the {earlier[-1]} rows give {record.values['iso3']} {found}.",
            )


# --- writing -------------------------------------------------------------------------


class _Writer:
    """Writes a checked dataset; model validation errors are reported against their row."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.errors: list[RowError] = []
        self.sources: dict[str, Source] = {}
        self.countries: dict[str, Country] = {}
        self.editions: dict[int, Edition] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def save(self, obj: Any, record: Record | None, sources: list[str] = ()) -> Any:  # type: ignore[assignment]
        try:
            obj.full_clean(validate_constraints=False)
        except ValidationError as exc:
            row = record.row if record else None
            for column, messages in exc.message_dict.items():
                for message in messages:
                    self.errors.append(
                        RowError(row.file if row else "", row.line if row else 0, column, message)
                    )
            return obj
        try:
            with transaction.atomic():
                obj.save()
        except IntegrityError:
            # a row the checks above let through that repeats another in the database's
            # eyes (the same engine twice for one entry, a level band twice): nothing after
            # it is written, and the whole import is rolled back
            row = record.row if record else None
            what = obj._meta.verbose_name
            self.errors.append(
                RowError(
                    row.file if row else "", row.line if row else 0, "",
                    f"repeats an earlier row: the same {what} twice.",
                )
            )  # fmt: skip
            raise _Stopped from None
        if sources:
            obj.sources.set([self.sources[code] for code in sources])
        return obj

    def source_objects(self) -> None:
        for code, info in self.dataset.sources.items():
            source, _ = Source.objects.update_or_create(
                code=code,
                defaults={
                    "url": info["url"][:500],
                    "used_for": info["used_for"],
                    "title": info["title"],
                    "publisher": info["publisher"],
                    "year": info["year"],
                },
            )
            self.sources[code] = source
        self.sources.update({s.code: s for s in Source.objects.exclude(code__in=self.sources)})
        self.counts["sources"] = len(self.dataset.sources)

    def country(self, iso3: str, name: str = "", record: Record | None = None) -> Country:
        if iso3 in self.countries:
            return self.countries[iso3]
        alpha2 = countries.alpha2(iso3)
        country = Country.objects.filter(code=alpha2).first()
        if country is None:
            slug = slugify(name) or slugify(countries.name(alpha2)) or iso3.lower()
            country = self.save(Country(code=alpha2, slug=slug), record)
        self.countries[iso3] = country
        return country

    def edition(self, year: int) -> Edition:
        if year not in self.editions:
            self.editions[year], _ = Edition.objects.get_or_create(
                year=year, defaults={"title": f"World Watch List {year}"}
            )
        return self.editions[year]


class _Stopped(Exception):
    """A row the database refused: the import stops there (``_Writer.errors`` says why)."""


def write_dataset(dataset: Dataset) -> ImportReport:
    writer = _Writer(dataset)
    with transaction.atomic():
        writer.source_objects()
        try:
            for step in (
                _write_countries,
                _write_editions,
                _write_vocabulary,
                _write_levels,
                _write_rankings,
                _write_engine_uses,
                _write_fact_sheets,
                _write_profiles,
            ):
                step(writer)
        except _Stopped:
            pass
        if writer.errors:
            transaction.set_rollback(True)
    if writer.errors:
        raise ImportFailed(writer.errors)
    return ImportReport(dict(writer.counts))


def _write_countries(writer: _Writer) -> None:
    names = {
        r.values["iso3"]: r.values.get("name", "")
        for r in writer.dataset.records["wwl_rankings.csv"]
    }
    for record in writer.dataset.records["countries.csv"]:
        values = record.values
        country = writer.country(values["iso3"], values["slug"], record)
        if country.pk and (country.slug, country.region) != (values["slug"], values["region"]):
            country.slug, country.region = values["slug"], values["region"]
            writer.save(country, record)
        names.pop(values["iso3"], None)
    for iso3, name in names.items():
        writer.country(iso3, name)
    writer.counts["countries"] = len(writer.countries)


def _write_editions(writer: _Writer) -> None:
    for record in writer.dataset.records["editions.csv"]:
        values = dict(record.values)
        values.pop("level_scheme")
        edition = Edition.objects.filter(year=values["year"]).first() or Edition()
        for name, value in values.items():
            setattr(edition, name, value)
        writer.editions[values["year"]] = writer.save(edition, record, record.sources)
    for record in writer.dataset.records["wwl_rankings.csv"]:
        writer.edition(record.values["year"])
    writer.counts["editions"] = len(writer.editions)


def _write_vocabulary(writer: _Writer) -> None:
    aliases: dict[str, set[str]] = defaultdict(set)
    names = engine_names(writer.dataset)
    for record in writer.dataset.records["engine_aliases.csv"]:
        aliases[names[record.values["engine"].lower()]].add(record.values["alias"])
    engines: dict[str, PersecutionEngine] = {}
    for position, record in enumerate(writer.dataset.records["wwl_engine_vocabulary.csv"]):
        name = record.values["engine"]
        if name not in engines:
            engine = PersecutionEngine.objects.filter(name=name).first()
            engine = engine or PersecutionEngine(name=name, slug=slugify(name)[:120])
            engine.aliases = "\n".join(sorted(aliases.pop(name, set()) | set(engine.alias_list())))
            engines[name] = writer.save(engine, record)
        listing = EngineListing.objects.filter(
            scheme=record.values["scheme"], engine=engines[name]
        ).first()
        listing = listing or EngineListing(scheme=record.values["scheme"], engine=engines[name])
        listing.note, listing.position = record.values["note"], position
        writer.save(listing, record, record.sources)
    writer.counts["engines"] = len(engines)


def _write_levels(writer: _Writer) -> None:
    by_scheme: dict[str, list[Record]] = defaultdict(list)
    for record in writer.dataset.records["wwl_levels.csv"]:
        by_scheme[record.values["scheme"]].append(record)
    for record in writer.dataset.records["editions.csv"]:
        scheme = record.values["level_scheme"]
        if not scheme:
            continue
        if scheme not in by_scheme and not any(s.startswith(scheme) for s in by_scheme):
            record.row.error("level_scheme", f"no scheme called '{scheme}' in wwl_levels.csv.")
            writer.errors.append(record.row.errors[-1])
            continue
        edition = writer.editions[record.values["year"]]
        _replace_bands(
            writer, edition, [r for s, rs in by_scheme.items() if s.startswith(scheme) for r in rs]
        )


def _replace_bands(writer: _Writer, edition: Edition, records: list[Record]) -> None:
    edition.bands.all().delete()
    for order, record in enumerate(records):
        values = record.values
        band = LevelBand(
            edition=edition,
            name=values["name"],
            slug=slugify(values["name"])[:60],
            score_min=values["score_min"],
            score_max=values["score_max"],
            scheme=values["scheme"],
            order=order,
            note=values["note"],
        )
        writer.save(band, record, record.sources)
        writer.counts["level bands"] += 1


def _write_rankings(writer: _Writer) -> None:
    records = writer.dataset.records["wwl_rankings.csv"]
    years = {r.values["year"] for r in records}
    Entry.objects.filter(edition__year__in=years).update(rank=None)
    for record in records:
        values = record.values
        edition = writer.edition(values["year"])
        country = writer.country(values["iso3"], values["name"], record)
        entry = Entry.objects.filter(edition=edition, country=country).first()
        entry = entry or Entry(edition=edition, country=country)
        for name in ("rank", "score", *SPHERES, "stated_level", "confidence", "note"):
            setattr(entry, name, values[name])
        writer.save(entry, record, record.sources)
    writer.counts["entries"] = len(records)


def _write_engine_uses(writer: _Writer) -> None:
    engines = {e.name: e for e in PersecutionEngine.objects.all()}
    grouped: dict[tuple[int, str], list[Record]] = defaultdict(list)
    for record in writer.dataset.records["wwl_persecution_engines.csv"]:
        grouped[(record.values["year"], record.values["iso3"])].append(record)
    for (year, iso3), records in grouped.items():
        edition, country = (
            writer.edition(year),
            writer.country(iso3, records[0].row.data.get("country", "")),
        )
        entry, _ = Entry.objects.get_or_create(edition=edition, country=country)
        entry.engines.all().delete()
        for order, record in enumerate(records):
            values = record.values
            use = EntryEngine(
                entry=entry,
                engine=engines[values["canonical"]],
                published_name=values["engine"],
                strength=values["strength"],
                role=values["role"],
                order=order,
                confidence=values["confidence"],
                note=values["note"],
            )
            writer.save(use, record, record.sources)
    writer.counts["engine uses"] = sum(len(r) for r in grouped.values())


def _write_fact_sheets(writer: _Writer) -> None:
    _replace_country_records(writer, FactSheet, writer.dataset.records["country_facts.csv"])


def _write_profiles(writer: _Writer) -> None:
    _replace_country_records(
        writer, SphereProfile, writer.dataset.records["wwl_sphere_profile_percent.csv"]
    )


def _replace_country_records(writer: _Writer, model: Any, records: list[Record]) -> None:
    """Country-level records are replaced per country: the file is the whole truth for it."""
    iso3s = {record.values["iso3"] for record in records}
    model.objects.filter(country__in=[writer.country(i) for i in iso3s]).delete()
    for position, record in enumerate(records):
        values = {k: v for k, v in record.values.items() if k != "iso3"}
        obj = model(country=writer.country(record.values["iso3"]), position=position, **values)
        writer.save(obj, record, record.sources)
    writer.counts[model._meta.verbose_name_plural] = len(records)
