"""Campaigns and prisoners of faith as open data (public campaigns, consented cases)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from vigil.api.v1 import schemas
from vigil.api.v1.keyset import PageQuery, paginate
from vigil.api.v1.watchlist import READ_ERRORS, LanguageQuery, Slug, codes, country_ref
from vigil.campaigns.models import Campaign, Prisoner, PrisonerUpdate
from vigil.prayers.models import Wall

router = Router(tags=["campaigns"])


def _wall_ids(campaigns: list[Campaign]) -> dict[str, int]:
    keys = [campaign.wall_key for campaign in campaigns]
    return dict(Wall.objects.filter(key__in=keys).values_list("key", "id"))


def campaign_out(
    campaign: Campaign, walls: dict[str, int], language: str = settings.LANGUAGE_CODE
) -> dict[str, object]:
    return {
        "slug": campaign.slug,
        "title": campaign.translated("title", language),
        "summary": campaign.translated("summary", language),
        "starts": campaign.starts,
        "ends": campaign.ends,
        "status": campaign.status,
        "running": campaign.is_running(),
        "countries": [country_ref(c) for c in campaign.countries.all()],
        "wall": walls.get(campaign.wall_key),
        "url": campaign.get_absolute_url(),
    }


def _campaigns() -> QuerySet[Campaign]:
    return Campaign.objects.public().prefetch_related("countries")


@router.get("/campaigns", response={200: schemas.CampaignPage, **READ_ERRORS})
def list_campaigns(
    request: HttpRequest, page: Query[PageQuery], lang: Query[LanguageQuery]
) -> dict[str, object]:
    """Published and archived campaigns, by slug."""
    items, after = paginate(_campaigns(), ("slug",), page)
    walls = _wall_ids(items)
    return {"items": [campaign_out(c, walls, lang.language) for c in items], "next": after}


@router.get("/campaigns/{slug}", response={200: schemas.CampaignOut, **READ_ERRORS})
def get_campaign(request: HttpRequest, slug: Slug, lang: Query[LanguageQuery]) -> dict[str, object]:
    campaign = get_object_or_404(_campaigns(), slug=slug)
    return campaign_out(campaign, _wall_ids([campaign]), lang.language)


def _prisoners() -> QuerySet[Prisoner]:
    updates = PrisonerUpdate.objects.order_by("date", "id")
    return (
        Prisoner.objects.publishable()
        .select_related("country")
        .prefetch_related(Prefetch("updates", queryset=updates), "sources")
    )


def prisoner_out(prisoner: Prisoner, language: str = settings.LANGUAGE_CODE) -> dict[str, Any]:
    return {
        "slug": prisoner.slug,
        "name": prisoner.name,
        "country": country_ref(prisoner.country),
        "church": prisoner.church,
        "arrested": prisoner.arrested,
        "released": prisoner.released,
        "status": prisoner.status,
        "charges": prisoner.translated("charges", language),
        "outcome": prisoner.translated("outcome", language),
        "summary": prisoner.translated("summary", language),
        "updates": [{"date": u.date, "text": u.text} for u in prisoner.updates.all()],
        "confidence": prisoner.confidence,
        "sources": codes(prisoner.sources),
        "url": prisoner.get_absolute_url(),
    }


@router.get("/prisoners", response={200: schemas.PrisonerPage, **READ_ERRORS})
def list_prisoners(
    request: HttpRequest, page: Query[PageQuery], lang: Query[LanguageQuery]
) -> dict[str, object]:
    """Prisoners of faith whose page is published with recorded consent, by slug."""
    items, after = paginate(_prisoners(), ("slug",), page)
    return {"items": [prisoner_out(p, lang.language) for p in items], "next": after}


@router.get("/prisoners/{slug}", response={200: schemas.PrisonerOut, **READ_ERRORS})
def get_prisoner(request: HttpRequest, slug: Slug, lang: Query[LanguageQuery]) -> dict[str, object]:
    return prisoner_out(get_object_or_404(_prisoners(), slug=slug), lang.language)
