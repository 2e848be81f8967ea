"""Campaign, giving, prayer-focus and prisoner blocks that any page can drop in."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django import template
from django.template import Context, Template, TemplateSyntaxError
from django.utils.safestring import SafeString, mark_safe

from vigil.campaigns import giving
from vigil.campaigns.focus import focus_for
from vigil.campaigns.models import Campaign, Prisoner
from vigil.core import conf
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
    prisoners = list(Prisoner.objects.publishable().for_country(country))
    for prisoner in prisoners:
        prisoner.country = country  # at hand: no join for it
    return {"prisoners": prisoners, "country": country}


SHARE_SERVICES = (
    ("WhatsApp", "https://wa.me/?text={text}%20{url}"),
    ("Telegram", "https://t.me/share/url?url={url}&text={text}"),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://x.com/intent/post?url={url}&text={text}"),
)
"""Share pages of these services, as plain links: nothing loads from them until a
visitor follows one."""


@register.inclusion_tag("campaigns/_share.html")
def share_links(title: str, path: str, text: str = "") -> dict[str, Any]:
    """Ways to pass a page on with no third-party script: email, plain links to the
    share pages of a few services, and the address itself with a "Copy link" button.
    The address is the site's public one, so the page is the same for every visitor."""
    url = conf.site_url() + path
    quoted = {"url": quote(url, safe=""), "text": quote(text or title, safe="")}
    body = quote(f"{text or title}\n\n{url}", safe="")
    services = [(name, pattern.format(**quoted)) for name, pattern in SHARE_SERVICES]
    return {
        "url": url,
        "title": title,
        "mailto": f"mailto:?subject={quote(title, safe='')}&body={body}",
        "services": services,
    }


@register.simple_tag(takes_context=True)
def campaign_wall(context: Context, campaign: Campaign) -> SafeString:
    """The campaign's prayer wall when the prayers app provides its tag; else nothing."""
    try:
        wall = Template(WALL_TAG)
    except TemplateSyntaxError:
        return mark_safe("")
    with context.push(campaign=campaign):
        return mark_safe(wall.render(context))  # noqa: S308 - rendered by Django templates
