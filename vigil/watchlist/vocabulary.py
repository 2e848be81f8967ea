"""The watch list's fixed words (persecution engines, their strengths, levels, regions)
in the page's language.

The data keeps each name as its source published it ("Organised crime and corruption",
"Very High"), and English pages show it so. In another language a name the catalogue
knows is shown translated (an engine by its canonical name, whatever the spelling it was
published under); a name it does not know is shown as published.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

if TYPE_CHECKING:
    from vigil.watchlist.models import EntryEngine

ENGINES: dict[str, Promise] = {
    name.lower(): label
    for name, label in (
        ("Christian denominational protectionism", _("Christian denominational protectionism")),
        ("Clan oppression", _("Clan oppression")),
        (
            "Communist and post-Communist oppression",
            _("Communist and post-Communist oppression"),
        ),
        ("Communist oppression", _("Communist oppression")),
        ("Denominational protectionism", _("Denominational protectionism")),
        ("Dictatorial paranoia", _("Dictatorial paranoia")),
        ("Ethnic antagonism", _("Ethnic antagonism")),
        ("Ethno-religious hostility", _("Ethno-religious hostility")),
        ("Islamic extremism", _("Islamic extremism")),
        ("Islamic oppression", _("Islamic oppression")),
        ("Organized corruption", _("Organized corruption")),
        ("Organized corruption and crime", _("Organized corruption and crime")),
        ("Religious nationalism", _("Religious nationalism")),
        ("Secular intolerance", _("Secular intolerance")),
        ("Tribal antagonism", _("Tribal antagonism")),
    )
}

STRENGTHS: dict[str, Promise] = {
    "very strong": pgettext_lazy("strength of a source of persecution", "Very strong"),
    "strong": pgettext_lazy("strength of a source of persecution", "Strong"),
    "medium": pgettext_lazy("strength of a source of persecution", "Medium"),
    "weak": pgettext_lazy("strength of a source of persecution", "Weak"),
    "very weak": pgettext_lazy("strength of a source of persecution", "Very weak"),
}

# The current three levels (the same words as the map's legend) and the five of 2013.
LEVELS: dict[str, Promise] = {
    "extreme": _("Extreme"),
    "very high": _("Very high"),
    "high": _("High"),
    "absolute persecution": _("Absolute persecution"),
    "extreme persecution": _("Extreme persecution"),
    "severe persecution": _("Severe persecution"),
    "moderate persecution": _("Moderate persecution"),
    "sparse persecution": _("Sparse persecution"),
}


# The regions of data/watchlist/countries.csv.
REGIONS: dict[str, Promise] = {
    name.lower(): label
    for name, label in (
        ("Central Asia", _("Central Asia")),
        ("East Asia", _("East Asia")),
        ("Europe", _("Europe")),
        ("Latin America", _("Latin America")),
        ("Middle East", _("Middle East")),
        ("North Africa", _("North Africa")),
        ("South Asia", _("South Asia")),
        ("South-East Asia", _("South-East Asia")),
        ("Sub-Saharan Africa", _("Sub-Saharan Africa")),
    )
}


def _english() -> bool:
    return (translation.get_language() or "en").split("-")[0] == "en"


def _term(words: dict[str, Promise], published: str) -> str:
    if not published or _english():
        return published
    known = words.get(" ".join(published.lower().split()))
    return str(known) if known is not None else published


def engine_name(use: EntryEngine) -> str:
    """The engine as published in English; in another language, its canonical name
    translated when the catalogue has it."""
    if _english():
        return use.display_name
    known = ENGINES.get(use.engine.name.lower())
    return str(known) if known is not None else use.display_name


def strength_name(published: str) -> str:
    return _term(STRENGTHS, published)


def level_name(published: str) -> str:
    return _term(LEVELS, published)


def region_name(published: str) -> str:
    return _term(REGIONS, published)
