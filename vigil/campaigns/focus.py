"""The daily prayer focus: a fixed rotation through the current edition's countries.

The country for a day is ``entries[day.toordinal() % len(entries)]`` with the
entries in rank order, so every page, feed and calendar agrees on a day's
country without storing anything, and the rotation restarts when a new
edition becomes current. The edition is watchlist's ``current_edition()``,
the one the home page shows: a newer partial edition never drives the focus.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch

from vigil.campaigns.models import today
from vigil.watchlist.models import Edition, Entry, PrayerPoint
from vigil.watchlist.selectors import current_edition


@dataclass(frozen=True)
class Focus:
    """One day's country, with the prayer points to show (its own or its latest)."""

    day: datetime.date
    entry: Entry
    points: list[PrayerPoint] = field(default_factory=list)

    @property
    def country(self) -> object:
        return self.entry.country


def rotation(edition: Edition) -> list[Entry]:
    """The edition's entries in the order the focus visits them (two queries)."""
    points = Prefetch("prayer_points", queryset=PrayerPoint.objects.order_by("order", "id"))
    return list(
        Entry.objects.filter(edition=edition)
        .select_related("country", "edition")
        .prefetch_related(points)
        .ranked()
    )


def fallback_points(entries: list[Entry]) -> dict[int, list[PrayerPoint]]:
    """Per country, the prayer points of its newest published entry that has any (one query)."""
    points = (
        PrayerPoint.objects.filter(
            entry__country__in=[e.country_id for e in entries],
            entry__edition__in=Edition.objects.published(),
        )
        .select_related("entry__edition")
        .order_by("-entry__edition__year", "order", "id")
    )
    newest: dict[int, list[PrayerPoint]] = {}
    edition_of: dict[int, int] = {}
    for point in points:
        country_id, edition_id = point.entry.country_id, point.entry.edition_id
        if edition_of.setdefault(country_id, edition_id) == edition_id:
            newest.setdefault(country_id, []).append(point)
    return newest


def focus_days(start: datetime.date, days: int, edition: Edition | None = None) -> list[Focus]:
    """The focus for ``days`` consecutive days from ``start``, in a constant number of queries."""
    edition = edition or current_edition()
    entries = rotation(edition) if edition else []
    if not entries:
        return []
    fallback = fallback_points(entries)
    result = []
    for offset in range(days):
        day = start + datetime.timedelta(days=offset)
        entry = entries[day.toordinal() % len(entries)]
        points = list(entry.prayer_points.all()) or fallback.get(entry.country_id, [])
        result.append(Focus(day=day, entry=entry, points=points))
    return result


def focus_for(day: datetime.date | None = None) -> Focus | None:
    """The focus of ``day`` (today by default), or None before any edition is current."""
    days = focus_days(day or today(), 1)
    return days[0] if days else None
