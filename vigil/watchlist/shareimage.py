"""Share images: a 1200×630 PNG card per country (and one for the site) that link
previews show, drawn on the server with Pillow and a font installed on the machine.

A card is drawn once per content version and kept in the shared cache, so an
editor's change shows on the next request and no request draws a card twice. Pillow is
imported by the first card drawn, not by every worker that serves pages.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.cache import cache as shared_cache
from django.utils import translation
from django.utils.translation import gettext

from vigil.core import versions
from vigil.core.numbers import decimal
from vigil.core.pagecache import VERSION_KEY
from vigil.watchlist.models import Country, Edition, Entry

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
CACHE_SECONDS = 7 * 24 * 3600
# Debian's fonts-dejavu-core (installed with the system dependencies) covers Latin,
# Cyrillic and Arabic; Pillow's own font is the fallback on a machine without it.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BRAND = (122, 27, 27)
PAPER = (255, 255, 255)
PAPER_ALT = (244, 242, 238)
INK = (28, 29, 33)
INK_MUTED = (79, 85, 99)


@dataclass(frozen=True)
class Card:
    """What a card says: a heading, up to two lines below it, and a footer line."""

    heading: str
    lines: tuple[str, ...]
    footer: str
    rtl: bool = False


@dataclass(frozen=True)
class ShareImage:
    png: bytes
    etag: str


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _fitted(draw: ImageDraw.ImageDraw, text: str, size: int, *, bold: bool, width: int):
    """The largest font no bigger than ``size`` that fits ``text`` on one line."""
    while size > 28:
        font = _font(size, bold)
        if draw.textlength(text, font=font) <= width:
            return font
        size -= 6
    return _font(size, bold)


def draw(card: Card) -> bytes:
    """The card as a PNG: brand band on top, the heading large, the footer below; a
    right-to-left card (Arabic) is aligned to the right."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    pen = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    x, anchor = (WIDTH - MARGIN, "ra") if card.rtl else (MARGIN, "la")
    pen.rectangle((0, 0, WIDTH, 24), fill=BRAND)
    pen.rectangle((0, HEIGHT - 120, WIDTH, HEIGHT), fill=PAPER_ALT)
    heading_font = _fitted(pen, card.heading, 96, bold=True, width=width)
    pen.text((x, 90), card.heading, font=heading_font, fill=INK, anchor=anchor)
    top = 250
    for index, line in enumerate(card.lines[:2]):
        size, colour = (56, BRAND) if index == 0 else (40, INK_MUTED)
        font = _fitted(pen, line, size, bold=index == 0, width=width)
        pen.text((x, top), line, font=font, fill=colour, anchor=anchor)
        top += size + 40
    pen.text((x, HEIGHT - 88), f"✦ {card.footer}", font=_font(40, True), fill=BRAND, anchor=anchor)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def country_card(entry: Entry, site_name: str) -> Card:
    """Rank and score in the entry's edition, with the edition's year."""
    figures = []
    if entry.rank is not None:
        figures.append(gettext("Rank %(rank)d") % {"rank": entry.rank})
    if entry.score is not None:
        figures.append(gettext("Score %(score)s / 100") % {"score": decimal(entry.score)})
    line = " · ".join(figures) or gettext("Not ranked")
    lines = (line, _edition_name(entry.edition))
    return Card(entry.country.name, lines, site_name, translation.get_language_bidi())


def _edition_name(edition: Edition) -> str:
    """The edition's title, with its year when the title does not say it."""
    title = edition.display_title.strip()
    return title if str(edition.year) in title else f"{title} ({edition.year})".strip()


def site_card(edition: Edition | None, site_name: str, address: str) -> Card:
    lines = [gettext("Pray for Christians where following Jesus costs the most.")]
    if edition is not None:
        lines.append(_edition_name(edition))
    return Card(site_name, tuple(lines), address, translation.get_language_bidi())


def cached(key: str, card: Callable[[], Card | None]) -> ShareImage | None:
    """The card ``key`` names in the active language, drawn at most once per content
    version: a hit costs no query and no drawing. None when ``card`` finds nothing to
    show (not cached)."""
    language = translation.get_language() or "en"
    cache_key = versions.versioned(VERSION_KEY, "share-image", language, key)
    hit = shared_cache.get(cache_key)
    if hit is not None:
        return ShareImage(*hit)
    found = card()
    if found is None:
        return None
    png = draw(found)
    image = ShareImage(png, hashlib.sha256(png).hexdigest()[:32])
    shared_cache.set(cache_key, (image.png, image.etag), CACHE_SECONDS)
    return image


def shown_entry(country: Country, year: int | None) -> Entry | None:
    """The published entry a country's card shows: of ``year``, else the newest."""
    entries = Entry.objects.published().filter(country=country).select_related("edition")
    if year is not None:
        entries = entries.filter(edition__year=year)
    return entries.order_by("-edition__year").first()
