from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import translation

from vigil.prayers.models import Cursor, Prayer, Wall, wall_for
from vigil.prayers.tests.factories import PrayerFactory, WallFactory
from vigil.watchlist.tests.factories import CountryFactory

pytestmark = pytest.mark.django_db


def test_one_wall_per_country_across_calls():
    country = CountryFactory(code="KZ", slug="kazakhstan")
    first = wall_for(country)
    again = Wall.objects.for_country(country)
    assert first.pk == again.pk
    assert first.key == "country:KZ"
    assert first.title == "Kazakhstan"
    assert first.get_absolute_url() == "/countries/kazakhstan/"


def test_campaign_wall_uses_the_campaign_key_and_page():
    class Campaign:
        pk = 7
        wall_key = "campaign:easter-vigil"

        def __str__(self) -> str:
            return "Easter vigil"

        def get_absolute_url(self) -> str:
            return "/campaigns/easter-vigil/"

    wall = wall_for(Campaign())
    assert wall.key == "campaign:easter-vigil"
    assert wall.country is None
    assert wall.get_absolute_url() == "/campaigns/easter-vigil/"
    assert Wall.objects.for_campaign(Campaign()).pk == wall.pk


def test_cursor_round_trip_and_garbage():
    at = datetime(2025, 1, 15, 9, 30, 1, 123456, tzinfo=UTC)
    cursor = Cursor.decode(Cursor(at, 42).encode())
    assert cursor is not None
    assert (cursor.published_at, cursor.pk) == (at, 42)
    assert Cursor.decode("nonsense") is None
    assert Cursor.decode("") is None
    assert Cursor.decode("1.2.3") is None


def test_visible_hides_everything_but_published():
    wall = WallFactory()
    shown = PrayerFactory(wall=wall)
    for status in ["pending", "held", "rejected", "removed", "spam"]:
        PrayerFactory(wall=wall, status=status)
    assert list(Prayer.objects.visible().for_wall(wall)) == [shown]


def test_keyset_pages_cover_every_prayer_once_newest_first():
    wall = WallFactory()
    base = datetime(2025, 3, 1, tzinfo=UTC)
    # Two prayers share a timestamp, so the id must break the tie.
    times = [base + timedelta(minutes=i // 2) for i in range(7)]
    prayers = [PrayerFactory(wall=wall, published_at=t) for t in times]
    seen: list[int] = []
    cursor = None
    while True:
        page, cursor = Prayer.objects.for_wall(wall).page(cursor, 3)
        seen += [p.pk for p in page]
        if cursor is None:
            break
    expected = [p.pk for p in sorted(prayers, key=lambda p: (p.published_at, p.pk), reverse=True)]
    assert seen == expected


def test_display_columns_leave_out_email():
    prayer = PrayerFactory(email="secret@example.org")
    shown = Prayer.objects.for_display().get(pk=prayer.pk)
    assert "email" in shown.get_deferred_fields()


def test_a_country_wall_is_named_in_the_page_language_and_others_keep_their_title(client):
    country = CountryFactory(code="KZ", slug="kazakhstan")
    wall = wall_for(country)
    other = WallFactory(key="campaign:advent", title="Advent of prayer")
    with translation.override("ru"):
        assert (wall.display_title, other.display_title) == ("Казахстан", "Advent of prayer")
    with translation.override("ar"):
        assert wall.display_title == "كازاخستان"
    assert wall.display_title == "Kazakhstan"
    html = client.get(f"/ru/walls/{wall.pk}/").content.decode()
    assert "<h1>Молитвы на стене «Казахстан»</h1>" in html
