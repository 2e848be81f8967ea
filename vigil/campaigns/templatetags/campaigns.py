"""Campaign, giving, prayer-focus and prisoner blocks that any page can drop in."""

from __future__ import annotations

from typing import Any

from django import template
from django.template import Context, Template, TemplateSyntaxError
from django.utils.safestring import SafeString, mark_safe

from vigil.campaigns import giving
from vigil.campaigns.focus import focus_for
from vigil.campaigns.models import Campaign, Prisoner
from vigil.watchlist.models import Country

register = template.Library()
WALL_TAG = "{% load prayers %}{% prayer_wall_for campaign %}"


@register.inclusion_tag("campaigns/_give.html")
def give_button(campaign: Campaign | None = None, country: Country | None = None) -> dict[str, Any]:
    """The "Give" call to action: the campaign's link, else the country's, else the default."""
    if campaign:
        target = giving.campaign_target(campaign)
    elif country:
        target = giving.country_target_for(country)
    else:
        target = giving.default_target()
    return {"give": target}


@register.inclusion_tag("campaigns/_campaign_cards.html")
def active_campaigns(country: Country | None = None, heading: str = "Campaigns") -> dict[str, Any]:
    """Running campaigns, all or those for ``country`` (two queries)."""
    campaigns = Campaign.objects.active().for_cards()
    if country:
        campaigns = campaigns.for_country(country)
    return {"campaigns": list(campaigns), "heading": heading, "country": country}


@register.inclusion_tag("campaigns/_prayer_focus.html")
def prayer_focus() -> dict[str, Any]:
    """ "Pray today for …": today's country in the daily rotation."""
    return {"focus": focus_for()}


@register.inclusion_tag("campaigns/_prisoner_list.html")
def country_prisoners(country: Country) -> dict[str, Any]:
    """The country's prisoners of faith whose pages may be shown (one query)."""
    prisoners = Prisoner.objects.publishable().for_country(country).select_related("country")
    return {"prisoners": list(prisoners), "country": country}


@register.simple_tag(takes_context=True)
def campaign_wall(context: Context, campaign: Campaign) -> SafeString:
    """The campaign's prayer wall when the prayers app provides its tag; else nothing."""
    try:
        wall = Template(WALL_TAG)
    except TemplateSyntaxError:
        return mark_safe("")
    with context.push(campaign=campaign):
        return mark_safe(wall.render(context))  # noqa: S308 - rendered by Django templates
