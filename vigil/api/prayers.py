"""Prayer walls over JSON: read prayers, post one, say "I prayed"."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from vigil.api.schemas import ErrorOut, PrayedOut, PrayerIn, PrayerPage, SubmitOut
from vigil.core import privacy
from vigil.prayers.models import Cursor, Prayer, Wall
from vigil.prayers.services import reactions, submission
from vigil.prayers.services.common import SubmissionRefused

router = Router(tags=["prayers"])
MAX_LIMIT = 100


@router.get("/walls/{wall_id}/prayers", response=PrayerPage)
def list_prayers(
    request: HttpRequest, wall_id: int, after: Query[str | None] = None, limit: int = 20
) -> dict[str, object]:
    """Published prayers, newest first, keyset-paginated (``next`` → ``?after=``)."""
    wall = get_object_or_404(Wall, pk=wall_id)
    size = max(1, min(limit, MAX_LIMIT))
    items, next_cursor = Prayer.objects.for_wall(wall).page(Cursor.decode(after), size)
    return {
        "wall": wall.pk,
        "title": wall.title,
        "count": wall.published_count,
        "prayed_count": wall.prayed_count,
        "items": items,
        "next": next_cursor.encode() if next_cursor else None,
    }


@router.post(
    "/walls/{wall_id}/prayers",
    response={201: SubmitOut, 202: SubmitOut, 422: ErrorOut, 429: ErrorOut, 403: ErrorOut},
)
def post_prayer(request: HttpRequest, wall_id: int, payload: PrayerIn) -> Status | HttpResponse:
    """Post a prayer. 201 published, 202 held for review, 422 refused or rejected (with
    reasons), 429 rate limited (with ``Retry-After``), 403 closed wall or banned."""
    wall = get_object_or_404(Wall, pk=wall_id)
    try:
        result = submission.prayer_submit(
            wall=wall,
            name=payload.name,
            text=payload.text,
            email=payload.email,
            client_hash=privacy.client_hash(request),
            language=getattr(request, "LANGUAGE_CODE", ""),
        )
    except SubmissionRefused as refused:
        body = {"detail": refused.message, "code": refused.code, "errors": refused.errors}
        status = 403 if refused.code == "closed" else refused.status
        response = JsonResponse(body, status=status)
        if refused.retry_after:
            response["Retry-After"] = str(refused.retry_after)
        return response
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


@router.post("/walls/{wall_id}/prayed", response=PrayedOut)
def post_prayed(request: HttpRequest, wall_id: int) -> dict[str, object]:
    """Say "I prayed" for the wall: counted once a day per visitor."""
    wall = get_object_or_404(Wall, pk=wall_id)
    counted, count = reactions.wall_pray(wall=wall, visitor_keys=privacy.visitor_keys(request))
    return {"counted": counted, "prayed_count": count}
