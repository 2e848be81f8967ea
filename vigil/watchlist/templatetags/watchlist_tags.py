"""Template helpers for watch-list pages: figures, confidence, change in rank and slots."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.template import Engine
from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext, pgettext

from vigil.core.numbers import decimal
from vigil.watchlist.charts import NO_DATA, NOT_PUBLISHED, NOT_RANKED
from vigil.watchlist.csvformat import fmt_decimal
from vigil.watchlist.models import Confidence, Edition, Source
from vigil.watchlist.selectors import Change, HistoryRow
from vigil.watchlist.slots import contributions
from vigil.watchlist.vocabulary import engine_name, level_name, region_name, strength_name

register = template.Library()
# The watch list's fixed words in the page's language (``vigil.watchlist.vocabulary``).
register.filter("engine_name", engine_name)
register.filter("level_name", level_name)
register.filter("strength_name", strength_name)
register.filter("region_name", region_name)


@register.filter
def figure(value: Decimal | int | None) -> str:
    """``49`` for 49.0 and ``16.1`` for 16.1 (``16,1`` in Russian): a figure as the page's
    language writes it; empty when missing."""
    text = plain_figure(value)
    return decimal(Decimal(text)) if text else ""


@register.filter
def plain_figure(value: Decimal | int | None) -> str:
    """``49`` or ``16.1`` in every language: for attributes that scripts read."""
    return "" if value is None else fmt_decimal(Decimal(str(value)))


@register.filter
def confidence_label(value: str) -> str:
    """ "cross-referenced", "inferred"…; empty for explicit figures, which need no caveat."""
    if not value or value == Confidence.EXPLICIT:
        return ""
    try:
        return str(Confidence(value).label).lower()
    except ValueError:
        return value


def _history_terms() -> dict[str, str]:
    return {
        NOT_RANKED: gettext(
            "“Not ranked” means the edition lists every ranked country and not this one."
        ),
        NO_DATA: gettext("“No data” means our sources for that edition do not cover this country."),
        NOT_PUBLISHED: gettext(
            "“Not published” means the edition ranks the country without that figure."
        ),
    }


@register.filter
def history_terms(cells: list[Any]) -> list[str]:
    """The explanation of each "Not ranked" / "No data" / "Not published" the history
    table actually shows, and of no other."""
    shown = set()
    for cell in cells:
        shown.add(cell.rank_term)
        if cell.score is None or not cell.level:
            shown.add(cell.missing_term)
    return [text for term, text in _history_terms().items() if term in shown]


@register.filter
def signed_figure(value: Decimal | int | None) -> str:
    """``+3``, ``−2.5`` (with a true minus sign) or ``0``."""
    if value is None:
        return ""
    text = decimal(Decimal(fmt_decimal(Decimal(str(abs(value))))))
    if value > 0:
        return f"+{text}"
    return f"−{text}" if value < 0 else "0"


@register.inclusion_tag("watchlist/_rank_change.html")
def rank_change(change: Change) -> dict[str, Any]:
    """An arrow for sighted readers and the change in words for screen readers."""
    delta = change.rank_delta or 0
    direction = "up" if delta > 0 else "down" if delta < 0 else "same"
    return {"change": change, "direction": direction, "places": abs(delta)}


def score_change_text(delta: Decimal) -> str:
    """ "score up 3 points", "score down 2.5 points", for screen readers."""
    points = abs(delta)
    number = figure(points)
    if points != points.to_integral_value():
        # A fraction takes one grammatical form whatever its digits.
        if delta > 0:
            return pgettext("score change with decimals", "score up %(points)s points") % {
                "points": number
            }
        return pgettext("score change with decimals", "score down %(points)s points") % {
            "points": number
        }
    if delta > 0:
        text = ngettext("score up %(points)s point", "score up %(points)s points", int(points))
    else:
        text = ngettext("score down %(points)s point", "score down %(points)s points", int(points))
    return text % {"points": number}


@register.inclusion_tag("watchlist/_score_change.html")
def score_change(change: Change) -> dict[str, Any]:
    delta = change.score_delta
    direction = "same" if not delta else "up" if delta > 0 else "down"
    spoken = score_change_text(delta) if delta else ""
    return {"change": change, "delta": delta, "direction": direction, "spoken": spoken}


@register.simple_tag
def edition_options(history: list[HistoryRow], shown: Edition | None) -> SafeString:
    """The ``<option>`` of each edition with the country in it, for the edition switch of
    a profile; the edition ``shown`` is selected."""
    shown_pk = shown.pk if shown else None
    options = (
        (localize(row.edition.year), " selected" if row.edition.pk == shown_pk else "")
        for row in history
        if row.entry
    )
    html = "".join(
        f'<option value="{year}"{selected}>{year}</option>' for year, selected in options
    )
    return mark_safe(html)  # noqa: S308 - years only


@register.simple_tag
def source_codes(sources: Any, confidence: str = "", year: int | None = None) -> SafeString:
    """Small links to the sources page (by publisher, else title), with the year and a
    non-explicit confidence, in brackets and followed by a line break; only the line
    break when there is none of them. A profile shows one for every figure it gives."""
    sources = list(sources)
    caveat = confidence_label(confidence)
    if not (sources or year or caveat):
        return mark_safe("\n")
    url = escape(reverse("watchlist:source-list"))
    text = f"{escape(localize(year))}{', ' if sources else ''}" if year else ""
    text += ", ".join(_source_link(url, source) for source in sources)
    text += f", {escape(caveat)}" if caveat else ""
    html = f'<span class="provenance">({text})</span>\n'
    return mark_safe(html)  # noqa: S308 - every text in it is escaped


def _source_link(url: str, source: Source) -> str:
    name = source.publisher or truncatechars(source.title or source.code, 48)
    return f'<a href="{url}#{escape(source.code)}" ><bdi>{escape(name)}</bdi></a>'


@register.simple_tag(takes_context=True)
def sort_url(context: template.Context, key: str) -> str:
    """The current page sorted by ``key`` (the other query parameters are kept)."""
    query = context["request"].GET.copy()
    query["sort"] = key
    return f"?{query.urlencode()}"


@register.simple_tag(takes_context=True)
def slot(context: template.Context, name: str) -> SafeString:
    """Every block contributed to the slot ``name`` (see ``vigil.watchlist.slots``),
    rendered with the page's context; empty when no app contributes."""
    engine = context.template.engine if context.template else Engine.get_default()
    parts = [engine.get_template(t).render(context) for t in contributions(name)]
    return mark_safe("".join(parts).strip())  # noqa: S308 - rendered by Django templates
