"""The world map and the charts, as blocks for the home, list and country pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from vigil.watchlist.charts import (
    NO_DATA,
    NOT_PUBLISHED,
    NOT_RANKED,
    HistoryCell,
    HistoryChart,
    comparison,
    history_cells,
    history_chart,
    history_entries,
    sphere_chart,
    term_text,
)
from vigil.watchlist.maps import world_map as build_world_map
from vigil.watchlist.models import Country, Edition, Entry
from vigil.watchlist.selectors import current_edition
from vigil.watchlist.templatetags.watchlist_tags import figure
from vigil.watchlist.vocabulary import level_name

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


# The history chart and its table are drawn here rather than in a template: their dozens
# of marks and cells, each a few figures, made them most of the country page's rendering.
_PANEL_COLOURS = ("#8c1c13", "#1d4e89")


def _history_panels(chart: HistoryChart) -> list[str]:
    parts = []
    show_every_year = len(chart.years) <= 10
    for number, panel in enumerate(chart.panels):
        colour = _PANEL_COLOURS[min(number, 1)]
        parts.append(
            f'\n      <text class="chart-label" x="{chart.left}" y="{int(panel.top) - 10}">'
            f"{escape(panel.label)}</text>\n      "
        )
        parts.extend(
            f'<line x1="{chart.left}" x2="{chart.right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#d5d9e0" stroke-width="1"/><text class="chart-tick" '
            f'x="{int(chart.left) - 6}" y="{y:.1f}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(label)}</text>'
            for label, y in panel.ticks
        )
        parts.append(
            f'\n      <polyline points="{escape(panel.polyline)}" fill="none" '
            f'stroke="{colour}" stroke-width="2"/>\n      '
        )
        parts.extend(
            f'<circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="4" fill="{colour}"><title>{p.year}: '
            f"{escape(figure(p.value))}</title></circle>"
            for p in panel.points
        )
        parts.append("\n      ")
        last = len(chart.years) - 1
        bottom = int(panel.bottom) + 16
        parts.extend(
            f'<text class="chart-tick" x="{x:.1f}" y="{bottom}" text-anchor="middle">'
            f"{year if show_every_year or i in (0, last) or year % 2 == 0 else ''}</text>"
            for i, (year, x) in enumerate(chart.years)
        )
        parts.append("\n      ")
    return parts


@register.simple_tag
def history_svg(chart: HistoryChart, country: Country) -> SafeString:
    """The chart of rank and score across the editions (figures written unlocalised, as
    SVG wants them)."""
    title = gettext(
        "Rank and score of %(name)s in each edition; the table below has the same figures."
    ) % {"name": escape(country.name)}
    return mark_safe(  # noqa: S308 - every text in it is escaped
        f'<svg class="chart-svg" viewBox="0 0 {chart.width} {chart.height}" '
        f'aria-labelledby="history-title-{escape(country.slug)}" role="img">\n'
        f'      <title id="history-title-{escape(country.slug)}">{title}</title>\n      '
        f"{''.join(_history_panels(chart))}\n    </svg>"
    )


class _Words:
    """The table's fixed words in the page's language, translated once per table."""

    def __init__(self) -> None:
        self.shown = gettext("(shown)")
        self.terms = {term: term_text(term) for term in (NOT_RANKED, NO_DATA, NOT_PUBLISHED)}


def _muted(text: str) -> str:
    return f'<span class="muted">{escape(text)}</span>'


def _history_row(cell: HistoryCell, shown_pk: int | None, country_url: str, words: _Words) -> str:
    shown = cell.edition.pk == shown_pk
    year = localize(cell.edition.year)
    if cell.entry and not shown:
        year = f'<a href="{escape(country_url)}?edition={cell.edition.year}">{year}</a>'
    elif shown:
        year += f' <span class="muted">{words.shown}</span>'
    rank = cell.entry.rank if cell.entry else None
    missing = _muted(words.terms[cell.missing_term])
    rank_cell = escape(localize(rank)) if rank else _muted(words.terms[cell.rank_term])
    score = cell.score
    score_cell = escape(figure(score)) if score is not None else missing
    level = escape(level_name(cell.level)) if cell.level else missing
    current = ' class="is-current"' if shown else ""
    return (
        f"<tr{current}>\n"
        f'          <th scope="row">{year}</th>\n'
        f'          <td class="num">{rank_cell}</td>\n'
        f'          <td class="num">{score_cell}</td>\n'
        f"          <td>{level}</td>\n"
        "        </tr>"
    )


@register.simple_tag
def history_rows(cells: list[HistoryCell], edition: Edition | None, country: Country) -> SafeString:
    """The rows of the history table: each edition's rank, score and level, the edition
    shown marked and the others linked to their profile."""
    shown_pk = edition.pk if edition else None
    country_url = country.get_absolute_url()
    words = _Words()
    rows = (_history_row(cell, shown_pk, country_url, words) for cell in cells)
    html = "".join(f"\n        {row}\n        " for row in rows)
    return mark_safe(html)  # noqa: S308 - every text in it is escaped
