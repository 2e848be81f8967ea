"""Chart geometry for server-rendered SVG: a country's history, its six spheres and
the comparison of two editions. Templates draw what these functions compute, and
each chart has a table with the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.utils.translation import gettext

from vigil.watchlist.models import (
    SPHERE_LABELS,
    SPHERE_MAX,
    SPHERES,
    Country,
    Edition,
    Entry,
    SphereProfile,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from django_stubs_ext import StrOrPromise

WIDTH = 640
PLOT_LEFT = 56
PLOT_RIGHT = 16
PANEL_HEIGHT = 110
PANEL_GAP = 60
TOP = 28


@dataclass(frozen=True)
class Point:
    year: int
    value: Decimal | int
    x: float
    y: float


@dataclass(frozen=True)
class Series:
    """One panel: its points, the polyline through them and the gridlines."""

    label: str
    top: float
    points: list[Point]
    ticks: list[tuple[str, float]]

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)

    @property
    def bottom(self) -> float:
        return self.top + PANEL_HEIGHT


@dataclass(frozen=True)
class HistoryChart:
    width: int
    height: int
    years: list[tuple[int, float]]
    panels: list[Series]
    rows: list[Entry]
    left: int = PLOT_LEFT
    right: int = WIDTH - PLOT_RIGHT


def history_entries(country: Country) -> list[Entry]:
    """The country's entries in published editions, oldest first, with the editions'
    level bands (two queries)."""
    entries = list(
        Entry.objects.published()
        .filter(country=country)
        .select_related("edition")
        .prefetch_related("edition__bands")
        .order_by("edition__year")
    )
    for entry in entries:
        entry.country = country  # the table links each year's profile
    return entries


def year_positions(years: list[int]) -> dict[int, float]:
    first, last = years[0], years[-1]
    span = max(last - first, 1)
    plot = WIDTH - PLOT_LEFT - PLOT_RIGHT
    if first == last:
        return {first: PLOT_LEFT + plot / 2}
    return {year: PLOT_LEFT + (year - first) / span * plot for year in years}


def rank_series(entries: list[Entry], xs: dict[int, float], top: float) -> Series | None:
    ranked = [e for e in entries if e.rank is not None]
    if not ranked:
        return None
    worst = max(10, math.ceil(max(e.rank or 1 for e in ranked) / 10) * 10)

    def y(rank: int) -> float:
        return top + (rank - 1) / (worst - 1) * PANEL_HEIGHT

    points = [
        Point(e.edition.year, e.rank or 0, xs[e.edition.year], y(e.rank or 0)) for e in ranked
    ]
    ticks = [(str(t), y(t)) for t in (1, *range(10, worst + 1, 10))]
    return Series(gettext("Rank (1 = most persecution)"), top, points, ticks)


def score_series(entries: list[Entry], xs: dict[int, float], top: float) -> Series | None:
    scored = [e for e in entries if e.score is not None]
    if not scored:
        return None
    low = min(40, int(min(e.score or 0 for e in scored)) // 10 * 10)

    def y(score: Decimal | int) -> float:
        return top + (100 - float(score)) / (100 - low) * PANEL_HEIGHT

    points = [
        Point(e.edition.year, e.score or 0, xs[e.edition.year], y(e.score or 0)) for e in scored
    ]
    ticks = [(str(t), y(t)) for t in range(low, 101, 20 if 100 - low > 60 else 10)]
    return Series(gettext("Score (out of 100)"), top, points, ticks)


def history_chart(country: Country, entries: list[Entry] | None = None) -> HistoryChart | None:
    """Rank and score across published editions; None when the country has no entries."""
    entries = entries if entries is not None else history_entries(country)
    if not entries:
        return None
    xs = year_positions([e.edition.year for e in entries])
    panels: list[Series] = []
    for build in (rank_series, score_series):
        series = build(entries, xs, TOP + len(panels) * (PANEL_HEIGHT + PANEL_GAP))
        if series:
            panels.append(series)
    height = TOP + len(panels) * (PANEL_HEIGHT + PANEL_GAP)
    return HistoryChart(WIDTH, height, sorted(xs.items()), panels, entries)


NOT_RANKED, NO_DATA, NOT_PUBLISHED = "not-ranked", "no-data", "not-published"


def term_text(term: str) -> str:
    """The words of a history-table term in the active language."""
    return {
        NOT_RANKED: gettext("Not ranked"),
        NO_DATA: gettext("No data"),
        NOT_PUBLISHED: gettext("Not published"),
    }[term]


@dataclass(frozen=True)
class HistoryCell:
    """One edition in the table beside the history chart, in the page's one vocabulary:
    a figure, "Not ranked" (the edition lists every ranked country, not this one),
    "No data" (a partial edition that does not cover it) or "Not published".

    ``rank_term`` and ``missing_term`` name which of those words a cell shows
    (``NOT_RANKED``, ``NO_DATA``, ``NOT_PUBLISHED``), whatever the page's language."""

    edition: Edition
    entry: Entry | None

    @property
    def rank_term(self) -> str:
        """The word the rank cell shows instead of a rank; empty when it shows a rank."""
        if self.entry is not None:
            return "" if self.entry.rank else NOT_RANKED
        return NOT_RANKED if self.edition.complete else NO_DATA

    @property
    def rank_text(self) -> str:
        if self.rank_term:
            return term_text(self.rank_term)
        return str(self.entry.rank) if self.entry is not None else ""

    @property
    def score(self) -> Decimal | None:
        return self.entry.score if self.entry is not None else None

    @property
    def missing_term(self) -> str:
        return NOT_PUBLISHED if self.entry is not None else NO_DATA

    @property
    def missing_text(self) -> str:
        """What the score and level cells say when they have no figure."""
        return term_text(self.missing_term)

    @property
    def level(self) -> str:
        return self.entry.level if self.entry is not None else ""


def history_cells(entries: list[Entry], editions: list[Edition] | None = None) -> list[HistoryCell]:
    """Every published edition oldest first (``editions``, or those with an entry), with
    the country's entry where it has one; no query."""
    by_edition = {entry.edition_id: entry for entry in entries}
    if editions is None:
        return [HistoryCell(entry.edition, entry) for entry in entries]
    ordered = sorted(editions, key=lambda edition: edition.year)
    return [HistoryCell(edition, by_edition.get(edition.pk)) for edition in ordered]


@dataclass(frozen=True)
class Bar:
    label: StrOrPromise
    value: Decimal | int
    width: float
    y: float


@dataclass(frozen=True)
class SphereChart:
    """The six spheres of pressure for one year, as scores or as percentages."""

    year: int | None
    unit: str
    maximum: Decimal | int
    bars: list[Bar]
    source: Entry | SphereProfile
    width: int = WIDTH
    bar_left: int = 150
    bar_height: int = 22

    @property
    def height(self) -> int:
        return len(self.bars) * (self.bar_height + 10) + 10


BAR_ROOM = WIDTH - 150 - 70


def bars(values: Sequence[tuple[StrOrPromise, Decimal | int]], maximum: Decimal | int) -> list[Bar]:
    return [
        Bar(label, value, float(value) / float(maximum) * BAR_ROOM, 10 + i * 32)
        for i, (label, value) in enumerate(values)
    ]


def sphere_chart(
    country: Country, entries: list[Entry] | None = None, year: int | None = None
) -> SphereChart | None:
    """The six spheres of the edition ``year`` (the newest published one when None): the
    entry's sphere scores, else that year's percentage profile; None where neither
    exists, so a profile never shows another year's spheres (one query, two at most)."""
    entries = entries if entries is not None else history_entries(country)
    candidates = [e for e in entries if year is None or e.edition.year == year]
    entry = next((e for e in reversed(candidates) if e.has_all_spheres), None)
    if entry:
        values: list[tuple[StrOrPromise, Decimal | int]] = [
            (SPHERE_LABELS[name], getattr(entry, name)) for name in SPHERES
        ]
        return SphereChart(entry.edition.year, "score", SPHERE_MAX, bars(values, SPHERE_MAX), entry)
    profiles = (
        country.sphere_profiles.all() if year is None else country.sphere_profiles.filter(year=year)
    )
    profile = profiles.order_by("-year", "-position").first()
    if not profile or any(value is None for _, value in profile.percentages):
        return None
    values = [(label, value or 0) for label, value in profile.percentages]
    return SphereChart(profile.year, "percent", 100, bars(values, 100), profile)


@dataclass(frozen=True)
class Move:
    """A country in both editions: how its rank and its score changed."""

    country: Country
    url: str
    before: Entry
    after: Entry

    @property
    def places(self) -> int:
        """Places climbed towards rank 1 (positive = more persecution by rank)."""
        return (self.before.rank or 0) - (self.after.rank or 0)

    @property
    def score_change(self) -> Decimal | None:
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score

    @property
    def mixed(self) -> bool:
        """Rank and score moved in opposite directions (e.g. lower rank, higher score)."""
        change = self.score_change
        return change is not None and self.places * change < 0


@dataclass(frozen=True)
class MoveRow:
    """A mover drawn as an arrow from its old rank to its new one."""

    move: Move
    y: float
    x_before: float
    x_after: float


@dataclass(frozen=True)
class Comparison:
    edition: Edition
    previous: Edition
    up: list[Move]
    down: list[Move]
    common: int
    width: int = WIDTH
    left: int = 170
    right: int = WIDTH - 110

    @property
    def worst_rank(self) -> int:
        ranks = [r for m in self.up + self.down for r in (m.before.rank, m.after.rank) if r]
        return max(10, math.ceil(max(ranks, default=10) / 10) * 10)

    def x_for(self, rank: int | None) -> float:
        return self.left + ((rank or 1) - 1) / (self.worst_rank - 1) * (self.right - self.left)

    @property
    def ticks(self) -> list[tuple[int, float]]:
        return [(t, self.x_for(t)) for t in (1, *range(10, self.worst_rank + 1, 10))]

    @property
    def rows(self) -> list[MoveRow]:
        return [
            MoveRow(m, 40 + i * 28, self.x_for(m.before.rank), self.x_for(m.after.rank))
            for i, m in enumerate(self.up + self.down)
        ]

    @property
    def height(self) -> int:
        return 40 + len(self.up + self.down) * 28 + 10


def previous_edition(edition: Edition) -> Edition | None:
    """The newest published edition before ``edition`` that has ranked entries."""
    earlier = Edition.objects.published().filter(year__lt=edition.year)
    return earlier.filter(entries__rank__isnull=False).distinct().order_by("-year").first()


def ranked_by_country(edition: Edition) -> dict[int, Entry]:
    entries = Entry.objects.filter(edition=edition, rank__isnull=False).select_related(
        "country", "edition"
    )
    return {entry.country_id: entry for entry in entries}


def comparison(
    edition: Edition, previous: Edition | None = None, size: int = 5
) -> Comparison | None:
    """The biggest movers up and down between two editions (three queries)."""
    previous = previous or previous_edition(edition)
    if previous is None:
        return None
    before, after = ranked_by_country(previous), ranked_by_country(edition)
    moves = [
        Move(entry.country, entry.get_absolute_url(), before[cid], entry)
        for cid, entry in after.items()
        if cid in before
    ]
    moves.sort(key=lambda m: (-m.places, m.after.rank or 0))
    up = [m for m in moves if m.places > 0][:size]
    down = sorted((m for m in moves if m.places < 0), key=lambda m: (m.places, m.after.rank or 0))
    return Comparison(edition, previous, up, down[:size], len(moves))
