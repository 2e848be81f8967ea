"""Whole public answers kept in the shared cache: served again with no query, the same
bytes, and gone as soon as anything they were built from changes."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vigil.core import pagecache, responsecache
from vigil.prayers import wallcache
from vigil.prayers.models import Prayer
from vigil.prayers.tests.factories import CountryWallFactory, PrayerFactory
from vigil.watchlist.tests.factories import EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings):
    settings.VIGIL_RESPONSE_CACHE = True
    wall = CountryWallFactory()
    EntryFactory(country=wall.country, edition=EditionFactory(year=2013))
    prayer = PrayerFactory(wall=wall, text="Lord, keep the church in this land steady.")
    return {"wall": wall, "prayer": prayer, "url": wall.country.get_absolute_url()}


def fetch(client, url: str, **headers: str):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def test_a_public_page_is_answered_again_without_a_query_and_with_the_same_bytes(
    client, site
) -> None:
    first, first_queries = fetch(client, site["url"])
    again, again_queries = fetch(client, site["url"])
    assert first.status_code == again.status_code == 200
    assert first_queries > 0 and again_queries == 0
    assert again.content == first.content
    assert again["Cache-Control"] == first["Cache-Control"]
    assert again["ETag"] == first["ETag"]
    assert not again.cookies


def test_a_deleted_prayer_is_gone_from_the_next_answer(client, site) -> None:
    assert "keep the church in this land" in fetch(client, site["url"])[0].content.decode()
    prayer = site["prayer"]
    prayer.status = Prayer.Status.REMOVED
    prayer.save()
    wallcache.bump(site["wall"].pk)  # what every change to a wall's prayers does
    response, queries = fetch(client, site["url"])
    assert queries > 0
    assert "keep the church in this land" not in response.content.decode()


def test_an_editors_save_is_seen_at_once(client, site) -> None:
    fetch(client, site["url"])
    pagecache.bump_content_version()
    assert fetch(client, site["url"])[1] > 0


def test_variants_are_kept_apart(client, site) -> None:
    plain, _ = fetch(client, site["url"])
    edge, _ = fetch(client, site["url"], HTTP_X_VIGIL_EDGE="ssi")
    russian, _ = fetch(client, "/ru" + site["url"])
    assert plain.content != edge.content
    assert b'<html lang="ru"' in russian.content and b'<html lang="en"' in plain.content
    assert fetch(client, site["url"], HTTP_X_VIGIL_EDGE="ssi")[0].content == edge.content


def test_a_matching_etag_is_answered_304_from_the_kept_answer(client, site) -> None:
    first, _ = fetch(client, site["url"])
    response, queries = fetch(client, site["url"], HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304 and queries == 0


def test_a_visitor_with_messages_waiting_sees_the_page_rendered(client, site) -> None:
    fetch(client, site["url"])
    assert fetch(client, site["url"])[1] == 0
    client.cookies[responsecache.MESSAGES_COOKIE] = "waiting"
    assert fetch(client, site["url"])[1] > 0


def test_private_answers_and_signed_in_visitors_are_never_kept(
    client, site, django_user_model
) -> None:
    wall = site["wall"]
    live = f"/walls/{wall.pk}/live/?next=%2F"
    fetch(client, live)
    assert fetch(client, live)[1] > 0  # a visitor's form token: never kept
    fetch(client, site["url"])
    client.force_login(django_user_model.objects.create_user("editor", password="x"))
    assert fetch(client, site["url"])[1] > 0


def test_it_can_be_turned_off(client, site, settings) -> None:
    settings.VIGIL_RESPONSE_CACHE = False
    first, _ = fetch(client, site["url"])
    assert fetch(client, site["url"])[1] > 0
    assert not responsecache.enabled()
    assert cache.get(responsecache.key_for(first.wsgi_request.META)) is None
    settings.VIGIL_RESPONSE_CACHE = True
    fetch(client, site["url"])
    assert cache.get(responsecache.key_for(first.wsgi_request.META)) is not None


def test_feeds_further_pages_and_the_api_are_never_kept(client, site) -> None:
    wall = site["wall"]
    for url in (f"/walls/{wall.pk}/feed/", f"/api/walls/{wall.pk}/prayers"):
        fetch(client, url)
        assert fetch(client, url)[1] > 0, url


def test_every_kept_answer_is_retired_by_an_editors_save(client, site) -> None:
    fetch(client, "/sources/")
    assert fetch(client, "/sources/")[1] == 0
    pagecache.bump_content_version()
    assert fetch(client, "/sources/")[1] > 0


def test_a_copy_kept_in_the_process_is_retired_by_a_bump_and_by_a_flush(client, site) -> None:
    fetch(client, site["url"])
    assert fetch(client, site["url"])[1] == 0
    wallcache.bump(site["wall"].pk)
    assert fetch(client, site["url"])[1] > 0
    assert fetch(client, site["url"])[1] == 0
    cache.clear()
    assert fetch(client, site["url"])[1] > 0


# The WSGI wrapper: plain anonymous GETs answered before Django builds a request.


class Django:
    """Stands for Django's WSGI application behind ``KeptAnswers``: counts the requests
    left to it."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        start_response("204 No Content", [])
        return [b""]


def through_wrapper(environ: dict) -> tuple[int, str, dict[str, str], bytes]:
    django_app = Django()
    answer: list = []
    body = b"".join(
        responsecache.KeptAnswers(django_app)(
            dict(environ), lambda status, headers, exc_info=None: answer.extend([status, headers])
        )
    )
    return django_app.calls, answer[0], dict(answer[1]), body


def test_the_wsgi_wrapper_answers_a_kept_page_with_the_same_bytes_and_headers(client, site) -> None:
    first, _ = fetch(client, site["url"])
    calls, status, headers, body = through_wrapper(first.wsgi_request.META)
    assert calls == 0 and status == "200 OK"
    assert body == first.content
    assert headers == dict(first.items())
    # what the outer middleware added is kept too
    assert headers["X-Content-Type-Options"] == "nosniff" and "Referrer-Policy" in headers


def test_the_wsgi_wrapper_leaves_to_django_what_it_cannot_answer_alone(
    client, site, settings
) -> None:
    first, _ = fetch(client, site["url"])
    environ = first.wsgi_request.META
    for extra in (
        {"REQUEST_METHOD": "HEAD"},
        {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}=abc"},
        {"HTTP_COOKIE": f"csrftoken=x; {responsecache.MESSAGES_COOKIE}=waiting"},
        {"HTTP_AUTHORIZATION": "Bearer x"},
        {"HTTP_IF_NONE_MATCH": first["ETag"]},
        {"HTTP_X_VIGIL_EDGE": "purge"},
        {"HTTP_HOST": "elsewhere.example"},
        {"QUERY_STRING": "lang=ru"},
    ):
        assert through_wrapper({**environ, **extra})[0] == 1, extra
    settings.SECURE_SSL_REDIRECT = True
    assert through_wrapper(environ)[0] == 1
    settings.SECURE_SSL_REDIRECT = False
    assert through_wrapper(environ)[0] == 0


def test_the_wsgi_wrapper_never_answers_what_changed(client, site) -> None:
    first, _ = fetch(client, site["url"])
    environ = first.wsgi_request.META
    assert through_wrapper(environ)[0] == 0
    wallcache.bump(site["wall"].pk)
    assert through_wrapper(environ)[0] == 1
    fetch(client, site["url"])  # kept again
    pagecache.bump_content_version()
    assert through_wrapper(environ)[0] == 1


def test_an_answer_over_https_is_kept_apart(client, site, settings) -> None:
    plain, _ = fetch(client, site["url"])
    secure, _ = fetch(client, site["url"], secure=True)
    assert plain.wsgi_request.META["wsgi.url_scheme"] == "http"
    assert responsecache.key_for(plain.wsgi_request.META) != responsecache.key_for(
        secure.wsgi_request.META
    )
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    behind_proxy = {**plain.wsgi_request.META, "HTTP_X_FORWARDED_PROTO": "https"}
    assert responsecache.key_for(behind_proxy) == responsecache.key_for(secure.wsgi_request.META)


def test_the_site_serves_through_the_wrapper(settings) -> None:
    settings.VIGIL_SITE_URL = "https://vigil.example.org"
    from vigil import asgi, wsgi

    assert isinstance(wsgi.application, responsecache.KeptAnswers)
    assert isinstance(asgi.application.app, responsecache.KeptAnswers)
