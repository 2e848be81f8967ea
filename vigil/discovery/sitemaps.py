"""The sitemap: every public page a search engine should know, with when it last changed.

Addresses are built on ``VIGIL_SITE_URL`` (never the request's Host header), and
when the site's pages carry a language prefix each address lists its translations.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from vigil.campaigns.models import Campaign, Prisoner
from vigil.core import conf
from vigil.watchlist.models import Country, Edition, Entry


def site_languages() -> list[str]:
    """The languages whose pages have their own addresses (``/ru/…``): empty while the
    site's URLs carry no language prefix."""
    prefixed, _default_prefixed = is_language_prefix_patterns_used(settings.ROOT_URLCONF)
    return [code for code, _name in settings.LANGUAGES] if prefixed else []


def _midnight(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


class SiteSitemap(Sitemap):
    """A section whose addresses live on the site's public address."""

    def __init__(self) -> None:
        self.languages = site_languages() or None
        self.i18n = self.alternates = self.x_default = bool(self.languages)

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(conf.site_url()).scheme or "https"

    def get_domain(self, site: Any = None) -> str:
        return urlsplit(conf.site_url()).netloc


class PagesSitemap(SiteSitemap):
    """The pages that are not one object: home and the public lists."""

    names = (
        "watchlist:home",
        "watchlist:country-list",
        "watchlist:source-list",
        "campaigns:campaign-list",
        "campaigns:prisoner-list",
        "campaigns:focus-today",
        "prayers:privacy",
    )

    def items(self) -> list[str]:
        return list(self.names)

    def location(self, item: str) -> str:
        return reverse(item)


class EditionSitemap(SiteSitemap):
    """The list of every published edition, changed when it was published."""

    def items(self) -> list[Edition]:
        return list(Edition.objects.published().order_by("-year"))

    def lastmod(self, edition: Edition) -> datetime.datetime | None:
        return edition.publish_at


class CountrySitemap(SiteSitemap):
    """Every country with a published profile, changed with its newest published edition."""

    def items(self) -> list[Country]:
        published = Entry.objects.published()
        countries = Country.objects.filter(entries__in=published).distinct()
        return list(countries.annotate(latest=Max("entries__edition__publish_at")).order_by("slug"))

    def lastmod(self, country: Country) -> datetime.datetime | None:
        return getattr(country, "latest", None)


class CampaignSitemap(SiteSitemap):
    def items(self) -> list[Campaign]:
        return list(Campaign.objects.public().order_by("slug"))

    def lastmod(self, campaign: Campaign) -> datetime.datetime:
        return campaign.updated_at


class PrisonerSitemap(SiteSitemap):
    """Published prisoners, changed on their latest dated development."""

    def items(self) -> list[Prisoner]:
        latest = Max("updates__date")
        return list(Prisoner.objects.publishable().annotate(latest=latest).order_by("slug"))

    def lastmod(self, prisoner: Prisoner) -> datetime.datetime | None:
        day = getattr(prisoner, "latest", None) or prisoner.released or prisoner.arrested
        return min(_midnight(day) or timezone.now(), timezone.now())


SITEMAPS: dict[str, type[Sitemap] | Sitemap] = {
    "pages": PagesSitemap,
    "editions": EditionSitemap,
    "countries": CountrySitemap,
    "campaigns": CampaignSitemap,
    "prisoners": PrisonerSitemap,
}
