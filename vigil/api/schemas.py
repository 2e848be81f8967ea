"""Request and response shapes of the public API. No schema has an email field."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema


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


class PrayerIn(Schema):
    name: str = Field(..., max_length=200)
    text: str = Field(..., max_length=10000)
    email: str = Field("", max_length=254, description="Optional, never shown or served.")


class SubmitOut(Schema):
    id: int
    status: str
    message: str
    manage_url: str = Field(
        "", description="The author's private link (edit 30 minutes, delete any time); shown once."
    )


class ErrorOut(Schema):
    detail: str
    code: str
    errors: dict[str, list[str]] = {}
    reasons: list[str] = []


class PrayedOut(Schema):
    counted: bool
    prayed_count: int
