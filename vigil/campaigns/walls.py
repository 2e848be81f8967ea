"""How campaign walls and country walls point to each other: a campaign's wall links to
the walls of its countries, and a country's wall to the running campaigns praying for
it. Registered with ``vigil.prayers.related`` (which caches the answers) in
``CampaignsConfig.ready()``."""

from __future__ import annotations

from django.utils.translation import gettext

from vigil.campaigns.models import Campaign
from vigil.prayers.models import Wall
from vigil.prayers.related import Link, RelatedWalls
from vigil.watchlist.models import Country

WALL_ANCHOR = "#pray"
"""Where the wall is on a country or campaign page."""


def related_walls(wall: Wall) -> RelatedWalls | None:
    """The campaigns of a country's wall, or the countries of a campaign's wall (one query)."""
    kind, _, ident = wall.key.partition(":")
    if kind == "country":
        return _campaigns_for(Country(code=ident))
    if kind == "campaign":
        return _countries_of(ident)
    return None


def _campaigns_for(country: Country) -> RelatedWalls:
    campaigns = Campaign.objects.active().filter(countries__code=country.code).order_by("title")
    heading = gettext("Campaigns praying for %(country)s:") % {"country": country.name}
    links = (Link(c.localized.title, c.get_absolute_url() + WALL_ANCHOR) for c in campaigns)
    return RelatedWalls(heading, tuple(links))


def _countries_of(slug: str) -> RelatedWalls:
    countries = Country.objects.filter(campaigns__in=Campaign.objects.public().filter(slug=slug))
    links = sorted((Link(c.name, c.get_absolute_url() + WALL_ANCHOR) for c in countries), key=str)
    return RelatedWalls(gettext("Pray also on the walls of:"), tuple(links))
