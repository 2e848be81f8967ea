"""The demo prayers: on the right walls, idempotent, with counters and audit events."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, Q
from django.utils import timezone
from django_countries import countries

from vigil.core.models import LogEntry
from vigil.prayers import demo
from vigil.prayers.models import Prayer, Wall

pytestmark = pytest.mark.django_db

DEMO_DIR = settings.BASE_DIR / "data" / "demo"
ROWS = json.loads((DEMO_DIR / "prayers.json").read_text(encoding="utf-8"))


def wall_key(key: str) -> str:
    """The JSON names countries by ISO alpha-3; walls are keyed by the stored alpha-2 code."""
    kind, _, ident = key.partition(":")
    return f"country:{countries.alpha2(ident)}" if kind == "country" else key


@pytest.fixture(scope="module")
def expected() -> Counter[tuple[str, str]]:
    return Counter((wall_key(row["wall"]), row["status"]) for row in ROWS)


def stored() -> Counter[tuple[str, str]]:
    rows = Prayer.objects.values_list("wall__key", "status").annotate(n=Count("pk"))
    return Counter({(key, status): n for key, status, n in rows})


def test_load_demo_twice_puts_each_prayer_once_on_its_wall(expected) -> None:
    call_command("load_demo", verbosity=0)
    assert stored() == expected
    first_ids = set(Prayer.objects.values_list("pk", flat=True))

    call_command("load_demo", verbosity=0)
    assert stored() == expected
    assert set(Prayer.objects.values_list("pk", flat=True)) == first_ids
    assert Prayer.objects.count() == len(ROWS)
    assert LogEntry.objects.count() == len(ROWS)


def test_counters_match_the_prayers_after_each_load() -> None:
    for _ in range(2):
        call_command("load_demo", verbosity=0)
        walls = Wall.objects.annotate(
            published=Count("prayers", filter=Q(prayers__status=Prayer.Status.PUBLISHED))
        )
        assert walls.count() == len({row["wall"] for row in ROWS})
        for wall in walls:
            assert wall.published_count == wall.published > 0, wall.key


def test_walls_belong_to_their_country_or_campaign() -> None:
    call_command("load_demo", verbosity=0)
    kazakhstan = Wall.objects.get(key="country:KZ")
    assert kazakhstan.country is not None and kazakhstan.country.slug == "kazakhstan"
    campaign = Wall.objects.get(key="campaign:iraq-syria-stand-with-the-church")
    assert campaign.country is None
    assert campaign.get_absolute_url() == "/campaigns/iraq-syria-stand-with-the-church/"


def test_dates_follow_days_ago_and_held_prayers_are_unpublished_and_logged() -> None:
    call_command("load_demo", verbosity=0)
    now = timezone.now()
    for row in ROWS:
        prayer = Prayer.objects.get(
            wall__key=wall_key(row["wall"]), name=row["name"], text=row["text"]
        )
        age = now - prayer.created_at
        assert timedelta(days=row["days_ago"]) <= age < timedelta(days=row["days_ago"] + 1)
        events = list(LogEntry.objects.for_object(prayer).values_list("action", flat=True))
        if row["status"] == "held":
            assert prayer.status == Prayer.Status.HELD
            assert prayer.published_at is None
            assert events == ["prayer.held"]
        else:
            assert prayer.status == Prayer.Status.PUBLISHED
            assert prayer.published_at == prayer.created_at
            assert events == ["prayer.published"]
        assert prayer.email == "" and prayer.client_hash == ""


def test_a_prayer_posted_after_the_demo_keeps_the_counter_exact() -> None:
    """Reloading after real activity adds nothing and keeps the counter equal to the truth."""
    call_command("load_demo", verbosity=0)
    wall = Wall.objects.get(key="country:KZ")
    Prayer.objects.filter(wall=wall, status=Prayer.Status.PUBLISHED).first().delete()
    summary = demo.load(DEMO_DIR)
    assert summary.startswith("1 prayers (0 held)")
    wall.refresh_from_db()
    assert wall.published_count == wall.prayers.filter(status=Prayer.Status.PUBLISHED).count()


def test_an_unknown_wall_is_a_clear_error(tmp_path) -> None:
    (tmp_path / "prayers.json").write_text(
        json.dumps([{**ROWS[0], "wall": "planet:MARS"}]), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="country:<ISO3> or campaign:<slug>"):
        demo.load(tmp_path)
