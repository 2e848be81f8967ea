"""The world map of an edition: a server-rendered SVG choropleth.

Shapes come from ``data/geo/countries.json`` (Natural Earth, public domain; see
its README). Each level has a colour *and* a pattern, so the map can be read
without telling colours apart; the template adds a legend and a table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vigil.watchlist.models import Edition, Entry
from vigil.watchlist.vocabulary import level_name

SHAPES_FILE = settings.BASE_DIR / "data" / "geo" / "countries.json"


@dataclass(frozen=True)
class LevelStyle:
    """How a persecution level is drawn: ``key`` names the SVG pattern and CSS class."""

    key: str
    label: str | Promise
    colour: str
    ink: str
    mark: str  # "cross", "diagonal", "dots", "vertical", "horizontal", "rings", "grid", "none"


# Darkest for the worst levels, each a step apart in lightness and hue (purple, crimson,
# orange, yellow, cream), and each with its own pattern, so neighbouring levels differ
# in more than colour. ``tests/test_visual.py`` checks the contrasts.
LEVEL_STYLES = (
    LevelStyle("absolute", _("Absolute"), "#2b0b3f", "#e9d8f5", "cross"),
    LevelStyle("extreme", _("Extreme"), "#8e0b1f", "#ffd6dc", "diagonal"),
    LevelStyle("very-high", _("Very high"), "#f46d1b", "#3d1400", "dots"),
    LevelStyle("severe", _("Severe"), "#ef7d2d", "#3d1400", "vertical"),
    LevelStyle("high", _("High"), "#fdd14a", "#5c3d00", "horizontal"),
    LevelStyle("moderate", _("Moderate"), "#f9c54e", "#5c3d00", "rings"),
    LevelStyle("sparse", _("Sparse"), "#fff2cc", "#6b4a00", "dash"),
    LevelStyle("unstated", _("Listed, level not published"), "#8d99ae", "#1d2433", "grid"),
)
# An edition that published no levels is shaded by rank instead, in blues, so the map is
# never read as levels it does not have.
RANK_BANDS = (10, 20, 30, 40, 50)
RANK_STYLES = (
    LevelStyle("rank-1", _("Rank 1–10"), "#08306b", "#deebf7", "cross"),
    LevelStyle("rank-11", _("Rank 11–20"), "#2c6aa8", "#f7fbff", "diagonal"),
    LevelStyle("rank-21", _("Rank 21–30"), "#6baed6", "#08306b", "dots"),
    LevelStyle("rank-31", _("Rank 31–40"), "#a9cfe8", "#08306b", "horizontal"),
    LevelStyle("rank-41", _("Rank 41–50"), "#d3e5f3", "#2c6aa8", "rings"),
    LevelStyle("rank-51", _("Rank 51 or lower"), "#fbfdff", "#2c6aa8", "dash"),
    LevelStyle("unranked", _("Listed, rank not published"), "#8d99ae", "#1d2433", "grid"),
)
STYLE_BY_KEY = {style.key: style for style in LEVEL_STYLES + RANK_STYLES}
# Words in a published level name, checked in this order ("very high" before "high").
LEVEL_WORDS = (
    ("absolute", "absolute"),
    ("extreme", "extreme"),
    ("very high", "very-high"),
    ("severe", "severe"),
    ("high", "high"),
    ("moderate", "moderate"),
    ("sparse", "sparse"),
)


def rank_key(rank: int | None) -> str:
    """The rank band a rank falls in ("rank-1" for 1–10, …), or "unranked"."""
    if not rank:
        return "unranked"
    band = next((i for i, top in enumerate(RANK_BANDS) if rank <= top), len(RANK_BANDS))
    return RANK_STYLES[band].key


def level_key(level_name: str) -> str:
    """Map a published level name ("Extreme persecution", "Very High") to a style key."""
    name = level_name.lower()
    return next((key for word, key in LEVEL_WORDS if word in name), "unstated")


@cache
def load_shapes() -> dict[str, Any]:
    """The committed boundaries, read once per process."""
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class MapCountry:
    """A country with data in the edition, ready to draw as a link."""

    code: str
    name: str
    url: str
    rank: int | None
    score: Decimal | None
    level: str
    style: LevelStyle
    d: str
    x: float
    y: float
    small: bool


@dataclass(frozen=True)
class WorldMap:
    edition: Edition
    view_box: str
    countries: list[MapCountry]
    unmapped: list[Entry]
    background: str
    legend: list[LevelStyle]
    by_rank: bool = False

    @property
    def small_countries(self) -> list[MapCountry]:
        """Countries too small to tap on the map, listed beside it as plain links."""
        return [country for country in self.countries if country.small]


def map_entries(edition: Edition) -> list[Entry]:
    """The edition's entries with their countries and the edition's bands (two queries)."""
    prefetch_related_objects([edition], "bands")
    entries = list(Entry.objects.filter(edition=edition).select_related("country").ranked())
    for entry in entries:
        entry.edition = edition  # share one edition, so its bands are fetched once
    return entries


def map_country(entry: Entry, shape: dict[str, Any], *, by_rank: bool = False) -> MapCountry:
    level = entry.level
    key = rank_key(entry.rank) if by_rank else level_key(level)
    return MapCountry(
        code=str(entry.country.code),
        name=entry.country.name,
        url=entry.get_absolute_url(),
        rank=entry.rank,
        score=entry.score,
        level=level_name(level) if level else gettext("Level not published"),
        style=STYLE_BY_KEY[key],
        d=shape["d"],
        x=shape["x"],
        y=shape["y"],
        small=shape["small"],
    )


def world_map(edition: Edition) -> WorldMap:
    """Everything the map template draws for ``edition``."""
    shapes = load_shapes()
    entries = map_entries(edition)
    known = shapes["countries"]
    by_rank = not any(entry.level for entry in entries)
    drawn = [
        map_country(e, known[code], by_rank=by_rank)
        for e in entries
        if (code := str(e.country.code)) in known
    ]
    codes = {country.code for country in drawn}
    background = "".join(s["d"] for code, s in shapes["countries"].items() if code not in codes)
    used = {country.style.key for country in drawn}
    styles = RANK_STYLES if by_rank else LEVEL_STYLES
    return WorldMap(
        edition=edition,
        view_box=shapes["viewBox"],
        countries=drawn,
        unmapped=[e for e in entries if str(e.country.code) not in codes],
        background=background,
        legend=[style for style in styles if style.key in used],
        by_rank=by_rank,
    )
