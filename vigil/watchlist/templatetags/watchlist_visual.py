"""The world map and the charts, as blocks for the home, list and country pages."""

from __future__ import annotations

from typing import Any

from django import template

from vigil.watchlist.charts import (
    comparison,
    history_cells,
    history_chart,
    history_entries,
    sphere_chart,
)
from vigil.watchlist.maps import world_map as build_world_map
from vigil.watchlist.models import Country, Edition, Entry
from vigil.watchlist.selectors import current_edition

register = template.Library()


@register.inclusion_tag("watchlist/visual/_map.html")
def world_map(edition: Edition | None = None, compact: bool = False) -> dict[str, Any]:
    """The choropleth of ``edition`` (the current one by default), legend and table."""
    edition = edition or current_edition()
    return {"map": build_world_map(edition) if edition else None, "compact": compact}


@register.inclusion_tag("watchlist/visual/_country_charts.html")
def country_charts(
    country: Country,
    edition: Edition | None = None,
    editions: list[Edition] | None = None,
    entries: list[Entry] | None = None,
) -> dict[str, Any]:
    """Rank and score across editions as one chart and one table (a row for each of
    ``editions``, the published editions, when given), and the six spheres of ``edition``
    where published (three queries; one when the page passes the country's ``entries``
    as ``charts.history_entries`` gives them)."""
    entries = history_entries(country) if entries is None else entries
    return {
        "country": country,
        "edition": edition,
        "history": history_chart(country, entries),
        "cells": history_cells(entries, editions),
        "spheres": sphere_chart(country, entries, edition.year if edition else None),
    }


@register.inclusion_tag("watchlist/visual/_comparison.html")
def edition_comparison(edition: Edition, previous: Edition | None = None) -> dict[str, Any]:
    """The biggest movers between ``edition`` and the previous published one."""
    return {"comparison": comparison(edition, previous), "edition": edition}
