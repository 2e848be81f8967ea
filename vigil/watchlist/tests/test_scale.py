"""Generated launch-day data: consistent counters, and pages whose query counts do not
grow with the tables (the same on a small and a ten times larger generated dataset)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext

from vigil.prayers.models import PrayedMark, Prayer, Report, Wall
from vigil.review.tests.factories import ModeratorFactory
from vigil.watchlist.models import Country, Edition

pytestmark = pytest.mark.django_db


def generate(**sizes: int) -> None:
    args = [f"--{name}={value}" for name, value in sizes.items()]
    call_command("generate_scale_data", *args, verbosity=0)


@pytest.fixture
def demo() -> None:
    call_command("load_demo", verbosity=0)


def test_generated_counts_and_counters_agree_with_the_rows(demo) -> None:
    prayers_before, marks_before = Prayer.objects.count(), PrayedMark.objects.count()
    editions_before = Edition.objects.count()
    generate(countries=80, editions=3, prayers=2000, marks=9000)
    assert Country.objects.count() == 80
    assert Edition.objects.count() == editions_before + 3
    assert Prayer.objects.count() == prayers_before + 2000
    assert PrayedMark.objects.count() == marks_before + 9000
    published = Count("prayers", filter=Q(prayers__status=Prayer.Status.PUBLISHED))
    for wall in Wall.objects.annotate(published=published):
        assert wall.published_count == wall.published, wall.key
        in_rows = dict(
            wall.prayers.filter(status=Prayer.Status.PUBLISHED)
            .exclude(language="")
            .values_list("language")
            .annotate(n=Count("pk"))
            .order_by()
        )
        assert wall.language_counts == in_rows, wall.key
    wall_marks = PrayedMark.objects.filter(target_type="wall", visitor__startswith="g:")
    assert sum(Wall.objects.values_list("prayed_count", flat=True)) >= wall_marks.count() > 0
    generated = Prayer.objects.filter(client_hash__contains=":gen")
    for prayer in generated.filter(prayed_count__gt=0)[:50]:
        marks = PrayedMark.objects.filter(target_type="prayer", target_id=prayer.pk).count()
        assert prayer.prayed_count == marks
    reported = generated.filter(report_count__gt=0)
    assert Report.objects.filter(prayer__in=reported).count() == reported.count()


def _pages(kazakhstan: Wall, generated_country: Country) -> list[str]:
    return [
        "/",
        "/watchlist/2013/",
        "/countries/kazakhstan/?edition=2014",
        "/countries/kazakhstan/",
        generated_country.get_absolute_url(),
        "/prayers/feed/",
        f"/walls/{kazakhstan.pk}/feed/",
        f"/walls/{kazakhstan.pk}/",
        f"/api/walls/{kazakhstan.pk}/prayers",
        "/moderation/?tab=held",
        "/moderation/?tab=reported",
        "/moderation/?tab=rejected",
        "/moderation/?tab=published",
    ]


def _query_counts(client: Client, moderator: Any, urls: list[str]) -> dict[str, int]:
    """Each page's queries with nothing cached (sessions may live in the cache too)."""
    counts = {}
    for url in urls:
        cache.clear()
        client.force_login(moderator)
        assert client.get(url).status_code == 200, url  # warm per-process caches
        cache.clear()
        client.force_login(moderator)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[url] = len(queries.captured_queries)
    return counts


def test_pages_cost_the_same_queries_on_small_and_ten_times_larger_data(demo) -> None:
    generate(countries=70, editions=2, prayers=400, marks=2000)
    reported = Prayer.objects.visible().filter(client_hash__contains=":gen").first()
    assert reported is not None
    Prayer.objects.filter(pk=reported.pk).update(report_count=1)  # the tab is never empty
    kazakhstan = Wall.objects.get(key="country:KZ")
    generated_country = Country.objects.filter(region="Generated").order_by("pk").first()
    assert generated_country is not None
    urls = _pages(kazakhstan, generated_country)
    client, moderator = Client(), ModeratorFactory()
    small = _query_counts(client, moderator, urls)
    generate(countries=100, editions=4, prayers=4000, marks=20000)
    assert kazakhstan.prayers.count() > 400
    large = _query_counts(client, moderator, urls)
    assert large == small


def test_queue_tab_counts_stop_at_the_cap(monkeypatch) -> None:
    from vigil.review import queue
    from vigil.review.tests.factories import PrayerFactory

    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    for _ in range(4):
        PrayerFactory(status="held", published_at=None)
    PrayerFactory(status="published", report_count=1)
    assert queue.tab_counts() == {"held": 3, "reported": 1, "rejected": 0, "published": 1}
