"""Pages kept whole by Vigil's nginx: which are recorded under the walls they show, and
how a change has each listener fetch them again (without nginx: a stand-in listener
records what it is asked; ``test_nginx_cache.py`` runs the real one)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vigil.core import edge
from vigil.core.models import EdgeCopy
from vigil.prayers import wallcache
from vigil.prayers.services import authors
from vigil.prayers.tests.factories import CountryWallFactory, PrayerFactory
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db
EDGE = {"HTTP_X_VIGIL_EDGE": edge.EDGE_PURGE}


class Listener(ThreadingHTTPServer):
    asked: list[tuple[str, str, str]]


@pytest.fixture
def listener(settings) -> Iterator[Listener]:
    """A stand-in refresh listener on a free port, configured as Vigil's only one."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            proto = self.headers.get("X-Forwarded-Proto", "")
            server.asked.append((self.headers["Host"], self.path, proto))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = Listener(("127.0.0.1", 0), Handler)
    server.asked = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.VIGIL_EDGE_REFRESH_URLS = f"http://127.0.0.1:{server.server_port}"
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site():
    wall = CountryWallFactory()
    EntryFactory(country=wall.country, edition=EditionFactory(year=2013))
    prayer = PrayerFactory(wall=wall, text="Lord, keep the church in this land steady.")
    return {"wall": wall, "prayer": prayer, "url": wall.country.get_absolute_url()}


def test_a_page_nginx_keeps_is_recorded_under_its_wall_only(client, site) -> None:
    response = client.get(site["url"], **EDGE)
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"
    assert "X-Vigil-Edge" in response["Vary"]
    copies = list(EdgeCopy.objects.values_list("version_key", "url"))
    assert copies == [(wallcache._version_key(site["wall"].pk), f"http://testserver{site['url']}")]


def test_without_nginx_or_with_an_unknown_query_nothing_is_recorded(client, site) -> None:
    assert client.get(site["url"])["Cache-Control"] == "public, max-age=0, s-maxage=10"
    invented = client.get(f"{site['url']}?utm_source=letter", **EDGE)
    assert invented["Cache-Control"] == "public, max-age=0, s-maxage=10"
    assert client.get(f"{site['url']}?lang=en", **EDGE)["Cache-Control"].endswith("=300")
    assert [url for (url,) in EdgeCopy.objects.values_list("url")] == [
        f"http://testserver{site['url']}?lang=en"
    ]


def test_a_deleted_prayer_has_each_listener_fetch_its_pages_again(
    client, site, listener, django_capture_on_commit_callbacks
) -> None:
    client.get(site["url"], **EDGE)
    client.get(f"{site['wall'].get_absolute_url()}?lang=en", **EDGE)
    with django_capture_on_commit_callbacks(execute=True):
        authors.prayer_delete_by_author(prayer=site["prayer"])
    assert sorted(listener.asked) == sorted([
        ("testserver", site["url"], "http"),
        ("testserver", f"{site['wall'].get_absolute_url()}?lang=en", "http"),
    ])  # fmt: skip
    # Asked for again, so no longer recorded until nginx's request builds them anew.
    assert not EdgeCopy.objects.exists()


def test_feeds_and_the_apis_first_pages_are_kept_and_fetched_again_too(
    client, site, listener, django_capture_on_commit_callbacks
) -> None:
    wall = site["wall"].pk
    follow = [f"/walls/{wall}/feed/", "/prayers/feed/", f"/api/walls/{wall}/prayers",
              f"/api/v1/walls/{wall}/prayers"]  # fmt: skip
    for path in follow:
        response = client.get(path, **EDGE)
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=300", path
        assert "X-Vigil-Edge" in response["Vary"], path
        # Without Vigil's nginx (no refresh on a change): the live window only.
        assert client.get(path)["Cache-Control"] == "public, max-age=0, s-maxage=10", path
    further = client.get(f"/api/v1/walls/{wall}/prayers?limit=1", **EDGE)
    assert further["Cache-Control"] == "public, max-age=0, s-maxage=10"  # not recorded
    with django_capture_on_commit_callbacks(execute=True):
        authors.prayer_delete_by_author(prayer=site["prayer"])
    assert sorted(path for _, path, _ in listener.asked) == sorted(follow)


def test_a_change_to_another_wall_or_to_the_profiles_asks_for_nothing(
    client, site, listener, django_capture_on_commit_callbacks
) -> None:
    client.get(site["url"], **EDGE)
    other = PrayerFactory(wall=CountryWallFactory(), text="Lord, comfort the prisoners.")
    with django_capture_on_commit_callbacks(execute=True):
        authors.prayer_delete_by_author(prayer=other)
        site["wall"].country.save()  # the content version: nginx's copies expire
    assert listener.asked == []
    assert EdgeCopy.objects.count() == 1


def test_changes_made_while_a_refresh_waits_in_the_queue_are_covered_by_it(
    client, site, listener, django_capture_on_commit_callbacks
) -> None:
    """A burst on one wall while the workers are behind costs one refresh, not one per
    prayer: a change made while a refresh of the wall is queued queues nothing."""
    from django.core.cache import cache

    client.get(site["url"], **EDGE)
    key = wallcache._version_key(site["wall"].pk)
    cache.set(edge._QUEUED + key, 1)  # a refresh of this wall is waiting
    with django_capture_on_commit_callbacks(execute=True):
        authors.prayer_delete_by_author(prayer=site["prayer"])
    assert listener.asked == []
    assert edge.refresh_pages.call([key]) == 1  # the waiting one runs
    assert listener.asked == [("testserver", site["url"], "http")]
    assert cache.get(edge._QUEUED + key) is None


def test_a_listener_that_does_not_answer_is_logged_not_raised(settings, caplog) -> None:
    EdgeCopy.objects.create(version_key="vigil:wall:1", url="https://example.org/x/")
    settings.VIGIL_EDGE_REFRESH_URLS = "http://127.0.0.1:9"  # discard: nothing listens
    assert edge.refresh_pages.call(["vigil:wall:1"]) == 1
    assert "did not fetch https://example.org/x/ again" in caplog.text


def test_listeners_come_from_a_comma_separated_setting() -> None:
    assert edge.listeners(" http://10.0.0.2:8079, http://10.0.0.3:8079 ,") == [
        "http://10.0.0.2:8079",
        "http://10.0.0.3:8079",
    ]


def test_a_listener_that_is_not_an_http_address_is_named_at_start_up_and_skipped(
    client, site, settings, django_capture_on_commit_callbacks
) -> None:
    """A mistake in the setting never fails a visitor's post."""
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.VIGIL_EDGE_REFRESH_URLS = "ftp://10.0.0.2:8079, http://127.0.0.1:9"
    assert [error.id for error in edge.check_listeners()] == ["vigil.E001"]
    with pytest.raises(SystemCheckError, match=re.escape("ftp://10.0.0.2:8079")):
        call_command("check")
    assert edge.listeners(settings.VIGIL_EDGE_REFRESH_URLS) == ["http://127.0.0.1:9"]
    with django_capture_on_commit_callbacks(execute=True):
        authors.prayer_delete_by_author(prayer=site["prayer"])
