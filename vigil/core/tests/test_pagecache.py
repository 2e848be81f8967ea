"""Anonymous pages are served from the cache until the content changes."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from vigil.core import release, responsecache
from vigil.watchlist.models import Entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> None:
    call_command("import_watchlist", "data/watchlist", verbosity=0)


def test_list_page_is_served_from_cache_until_an_entry_changes(
    client, django_assert_num_queries, demo
) -> None:
    first = client.get("/watchlist/2013/")
    with django_assert_num_queries(0):
        second = client.get("/watchlist/2013/")
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=60, s-maxage=300"
    Entry.objects.filter(edition__year=2013, rank=1).update(note="changed")  # no signal
    entry = Entry.objects.get(edition__year=2013, rank=1)
    entry.note = "Edited by an editor"
    entry.save()
    with django_assert_num_queries(10):
        client.get("/watchlist/2013/")


def test_country_profile_is_cached_and_its_wall_comes_from_the_shared_cache(
    client, django_assert_num_queries, demo
) -> None:
    url = "/countries/kazakhstan/?edition=2014"
    first = client.get(url)
    assert b"Rank" in first.content and b"csrfmiddlewaretoken" not in first.content
    with django_assert_num_queries(2):  # the country and its wall row; the rest is cached
        second = client.get(url)
    assert second.content == first.content
    assert b"President Nursultan Nazarbayev" in second.content
    assert second["Cache-Control"] == "public, max-age=0, s-maxage=10"
    assert not second.cookies


def test_staff_never_get_cached_pages(client, admin_user, demo) -> None:
    client.get("/watchlist/2013/")
    client.force_login(admin_user)
    response = client.get("/watchlist/2013/")
    assert "no-store" in response["Cache-Control"]


def test_public_pages_carry_an_etag_and_answer_304(client, demo) -> None:
    first = client.get("/watchlist/2013/")
    assert first.has_header("ETag")
    again = client.get("/watchlist/2013/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_a_new_release_renders_afresh_what_the_previous_one_kept(
    client, django_assert_num_queries, demo, monkeypatch
) -> None:
    """After an upgrade no page, wall list or kept answer of the old code is served."""
    client.get("/watchlist/2013/")
    with django_assert_num_queries(0):
        client.get("/watchlist/2013/")
    kept = responsecache.key_for({"PATH_INFO": "/watchlist/2013/", "wsgi.url_scheme": "http"})
    monkeypatch.setattr(release, "release", lambda: "the-next-release")

    assert (
        responsecache.key_for({"PATH_INFO": "/watchlist/2013/", "wsgi.url_scheme": "http"}) != kept
    )
    with django_assert_num_queries(10):
        client.get("/watchlist/2013/")
    with django_assert_num_queries(0):
        client.get("/watchlist/2013/")


def test_the_release_is_named_by_the_code_or_by_the_deploy(monkeypatch) -> None:
    computed = release.release()
    assert len(computed) == 16 and computed == release.release()
    monkeypatch.setenv("VIGIL_RELEASE", "2026.12.04-abc123")
    release.release.cache_clear()
    try:
        assert release.release() == "2026.12.04-abc123"
    finally:
        monkeypatch.delenv("VIGIL_RELEASE")
        release.release.cache_clear()
    assert release.release() == computed
