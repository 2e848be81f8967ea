"""Where a "Give" call to action leads: a campaign's link, a country's, or the site default."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy

from vigil.campaigns.models import Campaign, CountryGiving
from vigil.watchlist.models import Country

DEFAULT_KEY = "default"
DEFAULT_LABEL = pgettext_lazy("donate", "Give")


@dataclass(frozen=True)
class GiveTarget:
    """A giving destination: ``key`` counts clicks, ``href`` is our counting redirect."""

    key: str
    url: str
    label: str | Promise
    href: str


def default_target() -> GiveTarget:
    return GiveTarget(
        DEFAULT_KEY, settings.VIGIL_GIVE_URL, DEFAULT_LABEL, reverse("campaigns:give-default")
    )


def campaign_target(campaign: Campaign) -> GiveTarget:
    return GiveTarget(
        key=campaign.give_key,
        url=campaign.giving_url or settings.VIGIL_GIVE_URL,
        label=campaign.translated("giving_label") or DEFAULT_LABEL,
        href=reverse("campaigns:give", args=[campaign.slug]),
    )


def country_target(country: Country, giving: CountryGiving | None = None) -> GiveTarget:
    return GiveTarget(
        key=f"country:{country.slug}",
        url=giving.url if giving else settings.VIGIL_GIVE_URL,
        label=(giving.translated("label") if giving else "")
        or gettext("Give for Christians in %(country)s") % {"country": country.name},
        href=reverse("campaigns:give", args=[country.slug]),
    )


def country_target_for(country: Country) -> GiveTarget:
    """The country's target, reading its override (one query)."""
    return country_target(country, CountryGiving.objects.filter(country=country).first())


def target_for_slug(slug: str) -> GiveTarget:
    """Resolve ``/give/<slug>/``: a public campaign first, then a country; else 404."""
    campaign = Campaign.objects.public().filter(slug=slug).first()
    if campaign:
        return campaign_target(campaign)
    country = Country.objects.select_related("giving").filter(slug=slug).first()
    if country is None:
        raise Http404(gettext("No campaign or country has this giving link."))
    return country_target(country, getattr(country, "giving", None))
