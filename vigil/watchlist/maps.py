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

from vigil.watchlist.models import Edition, Entry

SHAPES_FILE = settings.BASE_DIR / "data" / "geo" / "countries.json"


@dataclass(frozen=True)
class LevelStyle:
    """How a persecution level is drawn: ``key`` names the SVG pattern and CSS class."""

    key: str
    label: str
    colour: str
    ink: str
    mark: str  # "cross", "diagonal", "dots", "vertical", "horizontal", "rings", "grid", "none"


# Darkest for the worst levels. Each pattern differs in shape, not only colour.
LEVEL_STYLES = (
    LevelStyle("absolute", "Absolute", "#3b0a0a", "#f4c7c3", "cross"),
    LevelStyle("extreme", "Extreme", "#8c1c13", "#fde2d9", "diagonal"),
    LevelStyle("very-high", "Very high", "#c8553d", "#3b0a0a", "dots"),
    LevelStyle("severe", "Severe", "#d9774b", "#3b0a0a", "vertical"),
    LevelStyle("high", "High", "#f0a868", "#5c2a0c", "horizontal"),
    LevelStyle("moderate", "Moderate", "#f6cf94", "#5c2a0c", "rings"),
    LevelStyle("sparse", "Sparse", "#fbe7c2", "#5c2a0c", "none"),
    LevelStyle("unstated", "Listed, level not published", "#8d99ae", "#1d2433", "grid"),
)
STYLE_BY_KEY = {style.key: style for style in LEVEL_STYLES}
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


def map_entries(edition: Edition) -> list[Entry]:
    """The edition's entries with their countries and the edition's bands (two queries)."""
    prefetch_related_objects([edition], "bands")
    entries = list(Entry.objects.filter(edition=edition).select_related("country").ranked())
    for entry in entries:
        entry.edition = edition  # share one edition, so its bands are fetched once
    return entries


def map_country(entry: Entry, shape: dict[str, Any]) -> MapCountry:
    level = entry.level
    return MapCountry(
        code=str(entry.country.code),
        name=entry.country.name,
        url=entry.get_absolute_url(),
        rank=entry.rank,
        score=entry.score,
        level=level or "Level not published",
        style=STYLE_BY_KEY[level_key(level)],
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
    drawn = [map_country(e, known[code]) for e in entries if (code := str(e.country.code)) in known]
    codes = {country.code for country in drawn}
    background = "".join(s["d"] for code, s in shapes["countries"].items() if code not in codes)
    used = {country.style.key for country in drawn}
    return WorldMap(
        edition=edition,
        view_box=shapes["viewBox"],
        countries=drawn,
        unmapped=[e for e in entries if str(e.country.code) not in codes],
        background=background,
        legend=[style for style in LEVEL_STYLES if style.key in used],
    )
