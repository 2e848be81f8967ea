"""Prayer walls over JSON: read prayers, get a form token, post one, say "I prayed"."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from ninja import P, PathEx, Query, Router, Status
from ninja.decorators import decorate_view

from vigil.api.guards import guarded_post
from vigil.api.schemas import (
    ErrorOut,
    FormTokenOut,
    PrayedOut,
    PrayerIn,
    PrayerPage,
    SubmitOut,
)
from vigil.core import pagecache, privacy
from vigil.core.prepared import Prepared
from vigil.prayers import wallcache
from vigil.prayers.formtoken import LIFETIME, make_form_token, spend_form_token
from vigil.prayers.models import Cursor, Prayer, Wall
from vigil.prayers.services import reactions, submission
from vigil.prayers.services.common import SubmissionRefused

router = Router(tags=["prayers"])
MAX_LIMIT = 100
MAX_ID = 2**63 - 1

WallId = PathEx[int, P(ge=1, le=MAX_ID)]

RETRY_AFTER = {
    429: {
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "schema": {"type": "integer", "minimum": 0},
            }
        }
    }
}
READ_ERRORS: dict[int, Any] = {404: ErrorOut, 422: ErrorOut, 429: ErrorOut}
POST_ERRORS: dict[int, Any] = {
    400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 413: ErrorOut, 415: ErrorOut,
    422: ErrorOut, 429: ErrorOut,
}  # fmt: skip


@router.get("/walls/{wall_id}/prayers", response={200: PrayerPage, **READ_ERRORS})
@decorate_view(pagecache.live)
def list_prayers(
    request: HttpRequest, wall_id: WallId, after: Query[str | None] = None, limit: int = 20
) -> dict[str, object]:
    """Published prayers, newest first, keyset-paginated (``next`` → ``?after=``)."""
    wall = get_object_or_404(Wall, pk=wall_id)
    size = max(1, min(limit, MAX_LIMIT))
    wallcache.follow(request, wall.pk)
    return prayer_page(wall, Cursor.decode(after), size)


def prayer_page(wall: Wall, cursor: Cursor | None, size: int) -> dict[str, object]:
    """One page of a wall's published prayers, newest first, as both API versions give it."""
    items, next_cursor = Prayer.objects.for_wall(wall).page(cursor, size)
    return {
        "wall": wall.pk,
        "title": wall.title,
        "count": wall.published_count,
        "prayed_count": wall.prayed_count,
        "items": items,
        "next": next_cursor.encode() if next_cursor else None,
    }


@router.get("/walls/{wall_id}/form-token", response={200: FormTokenOut, **READ_ERRORS})
def form_token(request: HttpRequest, wall_id: WallId, response: HttpResponse) -> dict[str, object]:
    """A fresh token for one prayer on this wall, as the HTML form carries: fetch it when
    the form is shown and send it back as ``token``. It is good for one post within two
    hours; a post sent within seconds of fetching it is held for review. Never cached."""
    wall = get_object_or_404(Wall, pk=wall_id)
    patch_cache_control(response, private=True, no_store=True)
    return {"token": make_form_token(wall.pk), "expires_in": LIFETIME}


@router.post(
    "/walls/{wall_id}/prayers",
    response={201: SubmitOut, 202: SubmitOut, **POST_ERRORS},
    openapi_extra={"responses": RETRY_AFTER},
)
@decorate_view(guarded_post)
def post_prayer(request: HttpRequest, wall_id: WallId, payload: PrayerIn) -> Status | HttpResponse:
    """Post a prayer as JSON (``Content-Type: application/json``; 415 otherwise).

    201 published, 202 held for review, 422 refused or rejected (with ``errors`` per
    field or moderation ``reasons``), 429 when this client sent too many (with
    ``Retry-After``), 403 a closed wall, a ban, or a browser page of another site
    (``code: cross_origin``), 413 a body over 64 KiB. A wall receiving more than its
    per-minute limit refuses no one: further prayers are held for review (202). Send
    the ``token`` from ``GET …/form-token``: without a valid one (missing, expired or
    already used) the prayer is not refused but held for a moderator, as is one posted
    within seconds of fetching its token. ``website`` is a field for bots: a prayer
    that fills it is kept from the wall.
    """
    return submit(request, _wall(wall_id), payload)


# The wall of every post, built by the ORM once (``vigil.core.prepared``).
_WALL = Prepared(lambda shape, pk: Wall.objects.filter(pk=pk), result=Prepared.INSTANCE)


def _wall(wall_id: int) -> Wall:
    wall = _WALL(None, pk=wall_id)
    if wall is None:
        raise Http404("No wall matches the given query.")
    return wall


def submit(request: HttpRequest, wall: Wall, payload: PrayerIn) -> Status | HttpResponse:
    """Submit ``payload`` through the form's service and rules; the answer per outcome."""
    seconds = spend_form_token(payload.token, wall.pk)
    try:
        result = submission.prayer_submit(
            wall=wall,
            name=payload.name,
            text=payload.text,
            email=payload.email,
            client_hash=privacy.client_hash(request),
            language=getattr(request, "LANGUAGE_CODE", ""),
            honeypot=payload.website,
            seconds_to_submit=seconds,
            form_token_valid=seconds is not None,
        )
    except SubmissionRefused as refused:
        return _refused(refused)
    prayer = result.prayer
    if prayer.status == Prayer.Status.REJECTED:
        code, status = ("banned", 403) if result.is_ban else ("rejected", 422)
        body = {"detail": result.message, "code": code, "reasons": result.verdict.reasons}
        return Status(status, body)
    status = 201 if prayer.status == Prayer.Status.PUBLISHED else 202
    accepted: dict[str, object] = {
        "id": prayer.pk, "status": prayer.status, "message": result.message,
    }  # fmt: skip
    if result.edit_token:
        accepted["manage_url"] = request.build_absolute_uri(prayer.manage_url(result.edit_token))
    return Status(status, accepted)


def _refused(refused: SubmissionRefused) -> JsonResponse:
    body = {"detail": refused.message, "code": refused.code, "errors": refused.errors}
    status = 403 if refused.code == "closed" else refused.status
    response = JsonResponse(body, status=status)
    if refused.retry_after:
        response["Retry-After"] = str(refused.retry_after)
    return response


@router.post(
    "/walls/{wall_id}/prayed",
    response={200: PrayedOut, **POST_ERRORS},
    openapi_extra={"responses": RETRY_AFTER},
)
@decorate_view(guarded_post)
def post_prayed(request: HttpRequest, wall_id: WallId) -> dict[str, object]:
    """Say "I prayed" for the wall: counted once a day per visitor. Send it with
    ``Content-Type: application/json`` (an empty body is fine); 415 otherwise, and 403
    from a browser page of another site."""
    return pray(request, _wall(wall_id))


def pray(request: HttpRequest, wall: Wall) -> dict[str, object]:
    """Count "I prayed" through the form's service (once a day per visitor)."""
    counted, count = reactions.wall_pray(wall=wall, visitor_keys=privacy.visitor_keys(request))
    return {"counted": counted, "prayed_count": count}
