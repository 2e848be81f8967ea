"""Request and response shapes of the public API. No schema has an email field."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema

from vigil.prayers.models import NAME_MAX, TEXT_MAX


class PrayerOut(Schema):
    id: int
    name: str
    text: str
    published_at: datetime
    prayed_count: int


class PrayerPage(Schema):
    wall: int
    title: str
    count: int = Field(description="Published prayers on the wall.")
    prayed_count: int = Field(description='"I prayed" count of the wall.')
    items: list[PrayerOut]
    next: str | None = Field(None, description="Pass as ?after= for the next page.")


NOT_BLANK = r"\S"
"""At least one visible character: a blank name or text is refused."""


class PrayerIn(Schema):
    name: str = Field(..., min_length=1, max_length=NAME_MAX, pattern=NOT_BLANK)
    text: str = Field(..., min_length=1, max_length=TEXT_MAX, pattern=NOT_BLANK)
    email: str = Field("", max_length=254, description="Optional, never shown or served.")
    token: str = Field(
        "",
        max_length=1000,
        description="From `GET /api/walls/{wall_id}/form-token`, fetched when the form is "
        "shown; good for one post within two hours. Without a valid token the prayer is "
        "held for review.",
    )
    website: str = Field("", max_length=200, description="Leave empty.")


class SubmitOut(Schema):
    id: int
    status: str
    message: str
    manage_url: str = Field(
        "", description="The author's private link (edit 30 minutes, delete any time); shown once."
    )


class ErrorOut(Schema):
    """Every error answer: what to do (``detail``), a stable ``code``, and per field
    ``errors`` or moderation ``reasons`` where they apply."""

    detail: str
    code: str
    errors: dict[str, list[str]] = {}
    reasons: list[str] = []


class PrayedOut(Schema):
    counted: bool
    prayed_count: int


class FormTokenOut(Schema):
    token: str = Field(description="Send back as `token` with one prayer.")
    expires_in: int = Field(description="Seconds the token stays valid.")
