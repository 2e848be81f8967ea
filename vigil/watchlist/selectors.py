"""Read helpers for the watch-list pages: each runs a fixed number of queries.

The previous edition's rank is never stored: it is derived here, for a whole
edition at once, from the nearest earlier published edition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.utils.functional import Promise
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

from vigil.core.numbers import figure_text
from vigil.core.text import sort_key
from vigil.watchlist import csvformat
from vigil.watchlist.models import (
    Confidence,
    Country,
    Edition,
    EditionQuerySet,
    Entry,
    EntryEngine,
    FactSheet,
    LevelBand,
    PrayerPoint,
    Source,
)
from vigil.watchlist.vocabulary import engine_name

SORT_KEYS = ("rank", "country", "score", "change")


@dataclass(frozen=True)
class Change:
    """How an entry moved against the previous published edition."""

    status: str  # "moved", "new", "no-data", "first" (no earlier edition) or "unranked"
    previous_year: int | None = None
    previous_rank: int | None = None
    rank_delta: int | None = None  # positive: moved up the list (towards rank 1)
    score_delta: Decimal | None = None

    @property
    def rank_text(self) -> str:
        """The change in words, for screen readers and the CSV-minded."""
        if self.status == "moved" and self.rank_delta:
            places = abs(self.rank_delta)
            if self.rank_delta > 0:
                text = ngettext("up %(places)d place", "up %(places)d places", places)
            else:
                text = ngettext("down %(places)d place", "down %(places)d places", places)
            return text % {"places": places}
        if self.status == "no-data":
            return gettext("no %(year)s data") % {"year": self.previous_year}
        return {
            "moved": pgettext("change in rank", "no change"),
            "new": gettext("new entry"),
            "first": gettext("no earlier edition"),
            "unranked": gettext("not ranked"),
        }[self.status]

    @property
    def previous_text(self) -> str:
        """What the profile shows for the previous edition when there is no rank."""
        if self.status == "new":
            return gettext("Not ranked in %(year)s") % {"year": self.previous_year}
        return gettext("No %(year)s data") % {"year": self.previous_year}


@dataclass(frozen=True)
class Row:
    entry: Entry
    change: Change


def change_for(
    entry: Entry, previous: Edition | None, before: tuple[int | None, Decimal | None] | None
) -> Change:
    """Compare ``entry`` with its country's (rank, score) in ``previous`` (None if absent)."""
    if previous is None:
        return Change("first")
    year = previous.year
    if entry.rank is None:
        return Change("unranked", year)
    prev_rank, prev_score = before or (None, None)
    if prev_rank is None:
        return Change("new" if previous.complete else "no-data", year)
    score_delta = None
    if prev_score is not None and entry.score is not None:
        score_delta = entry.score - prev_score
    return Change("moved", year, prev_rank, prev_rank - entry.rank, score_delta)


def editions_for(user: Any) -> EditionQuerySet:
    """Editions the user may see, with what the edition page shows alongside the list."""
    return Edition.objects.visible_to(user).prefetch_related("bands", "sources")


def current_edition() -> Edition | None:
    """The current edition: the newest published one that is complete or lists its
    whole top ten (None if there is none; see ``EditionQuerySet.current``).

    The one rule for every page, feed and artefact that says "the watch list" without
    a year: home, the "Watch list" link, the daily prayer focus and its feeds, the map.
    """
    return Edition.objects.current().first()


def previous_edition(edition: Edition) -> Edition | None:
    earlier = Edition.objects.published().filter(year__lt=edition.year)
    return earlier.order_by("-year").first()


def _table_entries(edition: Edition, *, with_sources: bool) -> list[Entry]:
    engines = EntryEngine.objects.select_related("engine")
    entries = edition.entries.select_related("country").prefetch_related(
        Prefetch("engines", queryset=engines)
    )
    if with_sources:
        entries = entries.prefetch_related("sources")
    rows = list(entries.ranked())
    for entry in rows:
        entry.edition = edition  # reuse the prefetched level bands
    return rows


def ranked_rows(
    edition: Edition,
    previous: Edition | None,
    *,
    limit: int | None = None,
    with_sources: bool = False,
) -> list[Row]:
    """The edition's entries in rank order with their change; one query for the previous ranks."""
    before: dict[int, tuple[int | None, Decimal | None]] = {}
    if previous is not None:
        values = previous.entries.values_list("country_id", "rank", "score")
        before = {country_id: (rank, score) for country_id, rank, score in values}
    entries = _table_entries(edition, with_sources=with_sources)
    if limit is not None:
        entries = [entry for entry in entries if entry.rank is not None][:limit]
    return [
        Row(entry, change_for(entry, previous, before.get(entry.country_id))) for entry in entries
    ]


def _missing_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value)


SORTERS: dict[str, Callable[[Row], Any]] = {
    "rank": lambda row: (_missing_last(row.entry.rank), sort_key(row.entry.country.name)),
    "country": lambda row: sort_key(row.entry.country.name),
    "score": lambda row: _missing_last(-row.entry.score if row.entry.score is not None else None),
    "change": lambda row: (
        _missing_last(-row.change.rank_delta if row.change.rank_delta is not None else None),
        _missing_last(row.entry.rank),
    ),
}


def sort_rows(rows: list[Row], key: str) -> list[Row]:
    """Rows ordered by one of ``SORT_KEYS``; an unknown key keeps the rank order."""
    return sorted(rows, key=SORTERS.get(key, SORTERS["rank"]))


# -- Country profiles ---------------------------------------------------------------------


@dataclass
class Fact:
    """One profile fact and the fact sheets it was read from."""

    label: str | Promise
    value: str = ""
    sheets: list[FactSheet] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryRow:
    edition: Edition
    entry: Entry | None


@dataclass
class Profile:
    """Everything a country profile page shows for one edition."""

    country: Country
    edition: Edition
    entry: Entry
    change: Change
    facts: list[Fact]
    history: list[HistoryRow]
    sources: list[tuple[Source, list[str]]]
    current_edition: Edition | None = None
    current: Entry | None = None  # the country's entry in the current edition
    default_year: int | None = None  # the edition the page without ?edition= shows
    # The sources of persecution: the entry's own, else those of the newest earlier
    # published edition that names any, whose year is then ``engines_year``.
    engines: list[EntryEngine] = field(default_factory=list)
    engines_year: int | None = None

    @property
    def canonical_query(self) -> str:
        """``?edition=YYYY``, or nothing when the plain address shows this edition."""
        return "" if self.edition.year == self.default_year else f"?edition={self.edition.year}"

    @property
    def history_editions(self) -> list[Edition]:
        return [row.edition for row in self.history]

    @property
    def history_entries(self) -> list[Entry]:
        """The country's entries in published editions, oldest first, with the editions'
        level bands: what ``charts.history_entries`` reads, already loaded."""
        return [row.entry for row in reversed(self.history) if row.entry is not None]


FACT_LABELS = (
    ("leader", _("Leader")),
    ("government", _("Government")),
    ("main_religion", _("Main Religion")),
)


def _first(sheets: Iterable[FactSheet], name: str) -> FactSheet | None:
    return next((sheet for sheet in sheets if getattr(sheet, name).strip()), None)


def _christians(sheets: list[FactSheet]) -> FactSheet | None:
    """The sheet for the Christians: of the newest year that gives them, the first with a
    count, else the first with a share."""
    newest = next((s for s in sheets if s.christians.strip() or s.christian_share.strip()), None)
    if newest is None:
        return None
    same_year = [sheet for sheet in sheets if sheet.year == newest.year]
    return _first(same_year, "christians") or _first(same_year, "christian_share")


def _population(sheets: list[FactSheet]) -> Fact:
    """ "16.7 million (2.5 million Christians)", or the Christian share when only that
    exists, with the numbers in the page's one style (``vigil.core.numbers``)."""
    fact = Fact(_("Population"))
    people = _first(sheets, "population")
    christians = _christians(sheets)
    population = figure_text(people.population) if people else ""
    number = figure_text(christians.christians or christians.christian_share) if christians else ""
    if population and number:
        value = gettext("%(population)s (%(christians)s Christians)")
    elif number:
        value = gettext("%(christians)s Christians")
    else:
        value = "%(population)s"
    fact.value = value % {"population": population, "christians": number}
    fact.sheets = list(dict.fromkeys(sheet for sheet in (people, christians) if sheet))
    return fact


def facts_from(sheets: list[FactSheet]) -> list[Fact]:
    """The first non-empty value of each field, in the order given: newest year first
    (``FactSheet.objects.as_of``), then the sheets' ``position`` order."""
    facts = []
    for name, label in FACT_LABELS:
        sheet = _first(sheets, name)
        facts.append(Fact(label, getattr(sheet, name), [sheet]) if sheet else Fact(label))
    facts.append(_population(sheets))
    return facts


def with_profile_relations(entry: Entry) -> Entry:
    """``entry`` (its edition and country at hand) with the rest of what its profile
    shows: engines and their sources, prayer points, sources (four queries)."""
    # Ordered within the entry only: the models' orderings lead with the entry, and so
    # with a join to it and its edition that one entry's lists have no use for.
    engines = (
        EntryEngine.objects.select_related("engine")
        .prefetch_related("sources")
        .order_by("order", "id")
    )
    points = PrayerPoint.objects.order_by("order", "id")
    prefetch_related_objects(
        [entry],
        Prefetch("engines", queryset=engines),
        Prefetch("prayer_points", queryset=points),
        "sources",
    )
    return entry


def _history(editions: list[Edition], entries: dict[int, Entry]) -> list[HistoryRow]:
    return [HistoryRow(e, entries.get(e.pk)) for e in editions if e.is_published]


def _chosen(entries: dict[int, Entry], editions: list[Edition], year: int | None) -> Edition | None:
    """The requested edition if the country has an entry in it, else (no year) the latest
    published one that has."""
    for edition in editions:
        if edition.pk not in entries:
            continue
        if (year is None and edition.is_published) or edition.year == year:
            return edition
    return None


def source_uses(
    entry: Entry, facts: list[Fact], engines: Iterable[EntryEngine] | None = None
) -> list[tuple[Source, list[str]]]:
    """Every source behind the profile, with what it backs and how sure we are
    (``engines``: the sources of persecution shown, when not the entry's own)."""
    engines = entry.engines.all() if engines is None else engines
    uses: dict[Source, list[str]] = {}

    def note(sources: Iterable[Source], what: str, confidence: str) -> None:
        if confidence != Confidence.EXPLICIT:
            # Translators: what a source backs, and how sure we are: "rank and score (inferred)".
            what = gettext("%(what)s (%(confidence)s)") % {
                "what": what,
                "confidence": Confidence(confidence).label,
            }
        for source in sources:
            uses.setdefault(source, []).append(what)

    note(entry.sources.all(), gettext("rank and score"), entry.confidence)
    for use in engines:
        engine = gettext("source of persecution: %(engine)s") % {"engine": engine_name(use)}
        note(use.sources.all(), engine, use.confidence)
    for sheet in dict.fromkeys(sheet for fact in facts for sheet in fact.sheets):
        publisher = sheet.publisher or gettext("unnamed")
        what = gettext("country facts (%(publisher)s)") % {"publisher": publisher}
        note(sheet.sources.all(), what, sheet.confidence)
    return sorted(uses.items(), key=lambda item: item[0].code)


def _entries_by_edition(country: Country, editions: list[Edition]) -> dict[int, Entry]:
    by_id = {edition.pk: edition for edition in editions}
    entries = {}
    # Unordered: a dict by edition (the default order joins the editions to sort them).
    for entry in country.entries.filter(edition__in=editions).order_by():
        entry.edition = by_id[entry.edition_id]
        entries[entry.edition_id] = entry
    return entries


def country_profile(country: Country, user: Any, year: int | None) -> Profile | None:
    """The profile for ``year`` (or the latest published one); None if there is none."""
    editions = list(Edition.objects.visible_to(user).order_by("-year"))
    entries = _entries_by_edition(country, editions)
    edition = _chosen(entries, editions, year)
    if edition is None:
        return None
    # One query for the level bands of every edition the profile and its charts show,
    # each edition's in their order (without the join that orders them by edition too).
    bands = Prefetch("bands", queryset=LevelBand.objects.order_by("order", "id"))
    prefetch_related_objects([entry.edition for entry in entries.values()], bands)
    entry = with_profile_relations(entries[edition.pk])
    previous = next((e for e in editions if e.year < edition.year and e.is_published), None)
    before = entries.get(previous.pk) if previous else None
    sheets = list(country.fact_sheets.as_of(edition.year))
    facts = facts_from(_with_sources(sheets))
    change = change_for(entry, previous, (before.rank, before.score) if before else None)
    history = _history(editions, entries)
    engines, engines_year = _engines_as_of(entry, editions, entries)
    profile = Profile(
        country,
        entry.edition,
        entry,
        change,
        facts,
        history,
        source_uses(entry, facts, engines),
        engines=engines,
        engines_year=engines_year,
    )
    default = _chosen(entries, editions, None)
    profile.default_year = default.year if default else None
    profile.current_edition = current_edition()
    if profile.current_edition is not None:
        profile.current = entries.get(profile.current_edition.pk)
    return profile


def _engines_as_of(
    entry: Entry, editions: list[Edition], entries: dict[int, Entry]
) -> tuple[list[EntryEngine], int | None]:
    """The entry's sources of persecution, else (two queries more) those of the country's
    newest entry in an earlier published edition that names any, with that edition's year."""
    own = list(entry.engines.all())
    year = entry.edition.year
    earlier = {
        entries[e.pk].pk: e.year
        for e in editions
        if e.is_published and e.year < year and e.pk in entries
    }
    if own or not earlier:
        return own, None
    uses = (
        EntryEngine.objects.filter(entry__in=earlier)
        .select_related("engine")
        .prefetch_related("sources")
    )
    by_entry: dict[int, list[EntryEngine]] = {}
    for use in uses:
        by_entry.setdefault(use.entry_id, []).append(use)
    newest = max(by_entry, key=earlier.__getitem__, default=None)
    if newest is None:
        return [], None
    return by_entry[newest], earlier[newest]


def _with_sources(sheets: list[FactSheet]) -> list[FactSheet]:
    prefetch_related_objects(sheets, "sources")
    return sheets


def countries_with_latest_rank() -> list[tuple[Country, Entry | None]]:
    """Every country with its entry in the latest published edition that ranks it: two
    queries, whatever the number of editions (the database picks each latest entry)."""
    latest = (
        Entry.objects.filter(
            country=OuterRef("pk"), edition__in=Edition.objects.published(), rank__isnull=False
        )
        .order_by("-edition__year")
        .values("pk")[:1]
    )
    countries = list(Country.objects.annotate(latest_entry=Subquery(latest)))
    ids = [country.latest_entry for country in countries if country.latest_entry]
    entries = Entry.objects.select_related("edition").in_bulk(ids)
    countries.sort(key=lambda c: sort_key(c.name))
    return [(country, entries.get(country.latest_entry)) for country in countries]


def _csv_previous(change: Change) -> object:
    if change.status == "moved":
        return change.previous_rank
    return "new" if change.status == "new" else ""


def ranking_csv_rows(edition: Edition, previous: Edition | None) -> list[dict[str, object]]:
    """One edition in the columns of ``wwl_rankings.csv``, as the exporter writes them."""
    rows = ranked_rows(edition, previous, with_sources=True)
    return [
        csvformat.ranking_row(row.entry, _csv_previous(row.change))
        for row in rows
        if csvformat.has_ranking_data(row.entry)
    ]
