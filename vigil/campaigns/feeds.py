"""Subscribe to the daily prayer focus: an Atom feed and an iCalendar file."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from vigil.campaigns.focus import Focus, focus_days
from vigil.campaigns.models import today

FEED_DAYS = 14
CALENDAR_PAST_DAYS = 7
CALENDAR_DAYS = 60


def focus_url(focus: Focus) -> str:
    return reverse("campaigns:focus-day", args=[focus.day.isoformat()])


def focus_text(focus: Focus) -> str:
    lines = [gettext("Pray today for %(country)s.") % {"country": focus.entry.country.name}]
    return "\n".join(lines + [f"• {point.text}" for point in focus.points])


def day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


class PrayerFocusFeed(Feed):
    """The last two weeks of the daily focus, newest first."""

    feed_type = Atom1Feed
    subtitle = _("One country to pray for each day, from the current watch list.")

    def title(self) -> str:
        return gettext("%(site)s: pray today") % {"site": settings.VIGIL_SITE_NAME}

    def link(self) -> str:
        return reverse("campaigns:focus-today")

    def items(self) -> list[Focus]:
        start = today() - datetime.timedelta(days=FEED_DAYS - 1)
        return list(reversed(focus_days(start, FEED_DAYS)))

    def item_title(self, item: Focus) -> str:
        return gettext("%(day)s: pray for %(country)s") % {
            "day": date_format(item.day),
            "country": item.entry.country.name,
        }

    def item_description(self, item: Focus) -> str:
        return focus_text(item)

    def item_link(self, item: Focus) -> str:
        return focus_url(item)

    def item_pubdate(self, item: Focus) -> datetime.datetime:
        return day_start(item.day)

    def item_updateddate(self, item: Focus) -> datetime.datetime:
        return day_start(item.day)


def ics_escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets, continuation lines starting with a space."""
    raw = line.encode("utf-8")
    parts: list[bytes] = []
    while len(raw) > 75:
        cut = 75 if not parts else 74
        while cut and (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
    parts.append(raw)
    return "\r\n ".join(part.decode("utf-8") for part in parts)


def pray_for(focus: Focus) -> str:
    return gettext("Pray for %(country)s") % {"country": focus.entry.country.name}


def ics_event(focus: Focus, request: HttpRequest, stamp: str) -> list[str]:
    url = request.build_absolute_uri(focus_url(focus))
    return [
        "BEGIN:VEVENT",
        f"UID:prayer-focus-{focus.day:%Y%m%d}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{focus.day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{focus.day + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics_escape(pray_for(focus))}",
        f"DESCRIPTION:{ics_escape(focus_text(focus))}",
        f"URL:{url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def calendar_lines(focuses: list[Focus], request: HttpRequest) -> list[str]:
    # The start of today, not the second of the request: the calendar is the same bytes
    # for every visitor all day, so a shared cache may keep it.
    stamp = f"{today():%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{ics_escape(settings.VIGIL_SITE_NAME)}//Prayer focus//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(PrayerFocusFeed().title())}",
    ]
    for focus in focuses:
        lines += ics_event(focus, request, stamp)
    return [*lines, "END:VCALENDAR"]


@require_safe
def prayer_focus_calendar(request: HttpRequest) -> HttpResponse:
    """A week back and two months ahead of the daily focus, as all-day events."""
    start = today() - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    lines = calendar_lines(focus_days(start, CALENDAR_PAST_DAYS + CALENDAR_DAYS), request)
    body = "".join(ics_fold(line) + "\r\n" for line in lines)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="prayer-focus.ics"'
    return response
