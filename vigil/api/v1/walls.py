"""Prayer walls of countries and public campaigns: their published prayers, and posting a
prayer or "I prayed" through the same services and rules as the site's forms."""

from __future__ import annotations

from django.db.models import CharField, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from vigil.api import prayers as walls_v0
from vigil.api.errors import invalid
from vigil.api.guards import guarded_post
from vigil.api.schemas import FormTokenOut, PrayedOut, PrayerIn, PrayerPage, SubmitOut
from vigil.api.v1 import schemas
from vigil.api.v1.keyset import PageQuery, paginate
from vigil.api.v1.watchlist import READ_ERRORS, country_ref
from vigil.campaigns.models import Campaign
from vigil.core import pagecache
from vigil.prayers import wallcache
from vigil.prayers.formtoken import LIFETIME, make_form_token
from vigil.prayers.models import Cursor, Wall

router = Router(tags=["prayer walls"])
WallId = walls_v0.WallId


def _public_walls() -> QuerySet[Wall]:
    """Walls of a country or of a published or archived campaign."""
    keys = Campaign.objects.public().annotate(
        key=Concat(Value("campaign:"), "slug", output_field=CharField())
    )
    return Wall.objects.filter(
        Q(country__isnull=False) | Q(key__in=keys.values("key"))
    ).select_related("country")


def _wall(wall_id: int) -> Wall:
    return get_object_or_404(_public_walls(), pk=wall_id)


def _campaigns(walls: list[Wall]) -> dict[str, Campaign]:
    slugs = [w.key.removeprefix("campaign:") for w in walls if w.key.startswith("campaign:")]
    return {c.wall_key: c for c in Campaign.objects.filter(slug__in=slugs)}


def wall_out(wall: Wall, campaigns: dict[str, Campaign]) -> dict[str, object]:
    campaign = campaigns.get(wall.key)
    return {
        "id": wall.pk,
        "title": wall.title,
        "kind": "campaign" if campaign else "country",
        "country": country_ref(wall.country) if wall.country_id and wall.country else None,
        "campaign": {
            "slug": campaign.slug,
            "title": campaign.title,
            "url": campaign.get_absolute_url(),
        }
        if campaign
        else None,
        "is_open": wall.is_open,
        "published_count": wall.published_count,
        "prayed_count": wall.prayed_count,
        "url": wall.get_absolute_url(),
    }


@router.get("/walls", response={200: schemas.WallPage, **READ_ERRORS})
def list_walls(request: HttpRequest, page: Query[PageQuery]) -> dict[str, object]:
    """The prayer walls of countries and public campaigns, oldest first."""
    items, after = paginate(_public_walls(), ("id",), page)
    campaigns = _campaigns(items)
    return {"items": [wall_out(w, campaigns) for w in items], "next": after}


@router.get("/walls/{wall_id}", response={200: schemas.WallOut, **READ_ERRORS})
def get_wall(request: HttpRequest, wall_id: WallId) -> dict[str, object]:
    wall = _wall(wall_id)
    return wall_out(wall, _campaigns([wall]))


class PrayerQuery(Schema):
    cursor: str | None = Field(None, max_length=100, description="`next` of the previous page.")
    limit: int = Field(20, ge=1, le=100)


@router.get("/walls/{wall_id}/prayers", response={200: PrayerPage, **READ_ERRORS})
@decorate_view(pagecache.live)
def list_prayers(
    request: HttpRequest, wall_id: WallId, page: Query[PrayerQuery]
) -> dict[str, object]:
    """Published prayers, newest first (``next`` → ``?cursor=``). No email, no hash."""
    wall = _wall(wall_id)
    cursor = Cursor.decode(page.cursor)
    if page.cursor and cursor is None:
        raise invalid("cursor", "Not a cursor of this list: pass the `next` value of a page.")
    wallcache.follow(request, wall.pk)
    return walls_v0.prayer_page(wall, cursor, page.limit)


@router.get("/walls/{wall_id}/form-token", response={200: FormTokenOut, **READ_ERRORS})
def form_token(request: HttpRequest, wall_id: WallId, response: HttpResponse) -> dict[str, object]:
    """A token for one prayer on this wall, as the site's form carries (see
    ``POST /api/v1/walls/{wall_id}/prayers``). Never cached."""
    wall = _wall(wall_id)
    patch_cache_control(response, private=True, no_store=True)
    return {"token": make_form_token(wall.pk), "expires_in": LIFETIME}


SUBMIT_ANSWERS = {201: SubmitOut, 202: SubmitOut, **walls_v0.POST_ERRORS}


@router.post("/walls/{wall_id}/prayers", response=SUBMIT_ANSWERS)
@decorate_view(guarded_post)
def post_prayer(request: HttpRequest, wall_id: WallId, payload: PrayerIn) -> Status | HttpResponse:
    """Post a prayer as JSON, through the rules of the site's form: 201 published,
    202 held for review, 422 refused or rejected (``errors`` per field or moderation
    ``reasons``), 429 rate limited (``Retry-After``), 403 a closed wall, a ban or a
    browser page of another site, 413 a body over 64 KiB, 415 not JSON. Without a valid
    ``token`` (``GET …/form-token``) the prayer is held for a moderator."""
    return walls_v0.submit(request, _wall(wall_id), payload)


@router.post("/walls/{wall_id}/prayed", response={200: PrayedOut, **walls_v0.POST_ERRORS})
@decorate_view(guarded_post)
def post_prayed(request: HttpRequest, wall_id: WallId) -> dict[str, object]:
    """Say "I prayed" for the wall, counted once a day per visitor. JSON only (415
    otherwise), 403 from a browser page of another site."""
    return walls_v0.pray(request, _wall(wall_id))
