"""Atom feeds of published prayers: one per wall and one for all walls. No emails."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from vigil.core import conf
from vigil.prayers import wallcache
from vigil.prayers.models import Prayer, PrayerQuerySet, Wall

FEED_SIZE = 50
_PRIVATE = ("email", "email_hash", "client_hash", "edit_token_hash", "text_hash")


class _PrayerFeed(Feed):
    feed_type = Atom1Feed

    def item_title(self, item: Prayer) -> str:
        return f"{item.name} — {item.wall.display_title}"

    def item_description(self, item: Prayer) -> str:
        # Readers treat the content as HTML: escape it, keep line breaks, no links.
        return str(linebreaksbr(escape(item.text)))

    def item_link(self, item: Prayer) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Prayer) -> str:
        # (an Atom id is an IRI: a tag URI on the site's host, the same for every URL the
        # prayer is reached by)
        host = urlsplit(conf.site_url()).hostname or "localhost"
        return f"tag:{host},2014:prayer-{item.pk}"

    item_guid_is_permalink = False

    def item_author_name(self, item: Prayer) -> str:
        return item.name

    def item_pubdate(self, item: Prayer) -> datetime | None:
        return item.published_at


def _published() -> PrayerQuerySet:
    return Prayer.objects.visible().newest_first().defer(*_PRIVATE)


class WallFeed(_PrayerFeed):
    def get_object(self, request: HttpRequest, pk: int) -> Wall:  # type: ignore[override]
        wall = get_object_or_404(Wall.objects.select_related("country"), pk=pk)
        wallcache.follow(request, wall.pk)
        return wall

    def title(self, obj: Wall) -> str:
        return _("Prayers for %(title)s") % {"title": obj.display_title}

    def link(self, obj: Wall) -> str:
        return obj.get_absolute_url()

    def subtitle(self, obj: Wall) -> str:
        return _("The newest prayers and comments on the prayer wall for %(title)s.") % {
            "title": obj.display_title
        }

    def items(self, obj: Wall) -> list[Prayer]:
        prayers = list(_published().for_wall(obj)[:FEED_SIZE])
        for prayer in prayers:
            prayer.wall = obj
        return prayers


class AllWallsFeed(_PrayerFeed):
    def get_object(self, request: HttpRequest) -> None:  # type: ignore[override]
        wallcache.follow(request)

    def title(self) -> str:
        return _("Prayers on every wall")

    def subtitle(self) -> str:
        return _("The newest prayers and comments on every prayer wall.")

    def link(self) -> str:
        return reverse("prayers:feed")

    def items(self) -> PrayerQuerySet:
        return _published().select_related("wall__country")[:FEED_SIZE]
