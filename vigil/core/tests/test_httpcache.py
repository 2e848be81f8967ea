"""Public pages a proxy can cache: the same bytes for every anonymous visitor, no cookie,
``Cache-Control: public`` with ``s-maxage`` and an ETag; staff and per-visitor answers
stay private."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client

from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory
from vigil.prayers.models import Wall, wall_for
from vigil.prayers.tests.factories import PrayerFactory
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    PrayerPointFactory,
)

pytestmark = pytest.mark.django_db
SHELL = "public, max-age=60, s-maxage=300"
LIVE = "public, max-age=0, s-maxage=10"  # shows a wall's prayers as they are now
ACCEPT_RU = {"HTTP_ACCEPT_LANGUAGE": "ru,en;q=0.5"}


@pytest.fixture(autouse=True)
def _plain_static_files(settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def site() -> dict[str, object]:
    """One published edition with a ranked country, its wall with a prayer, a campaign
    (with a wall) and a prisoner."""
    edition = EditionFactory(year=2025)
    country = CountryFactory(code="KZ", slug="kazakhstan")
    entry = EntryFactory(edition=edition, country=country, rank=1, score=Decimal(90))
    PrayerPointFactory.create_batch(2, entry=entry)
    wall = wall_for(country)
    PrayerFactory(wall=wall, name="Anna", text="Lord, be near to them.")
    campaign = CampaignFactory(slug="open-doors", countries=[country])
    PrisonerFactory(slug="pastor-a", country=country)
    return {"wall": wall, "campaign": campaign}


def public_urls(wall: Wall) -> dict[str, str]:
    """Each public page and the Cache-Control it answers anonymous visitors with."""
    return {
        "/": SHELL,
        "/watchlist/2025/": SHELL,
        "/watchlist/2025/map/": SHELL,
        "/watchlist/2025/download.csv": SHELL,
        "/watchlist/2025/prayer-guide/": SHELL,
        "/countries/": SHELL,
        "/countries/kazakhstan/": LIVE,
        "/countries/kazakhstan/?edition=2025": LIVE,
        "/sources/": SHELL,
        "/campaigns/": SHELL,
        "/campaigns/open-doors/": LIVE,
        "/prisoners/": SHELL,
        "/prisoners/pastor-a/": SHELL,
        "/pray/today/": SHELL,
        "/pray/today/feed.atom": SHELL,
        "/pray/today/calendar.ics": SHELL,
        "/privacy/": SHELL,
        f"/walls/{wall.pk}/": LIVE,
        f"/walls/{wall.pk}/feed/": LIVE,
        "/prayers/feed/": LIVE,
        f"/api/walls/{wall.pk}/prayers": LIVE,
    }


PAGES = [
    "/",
    "/watchlist/2025/",
    "/watchlist/2025/map/",
    "/watchlist/2025/download.csv",
    "/watchlist/2025/prayer-guide/",
    "/countries/",
    "/countries/kazakhstan/",
    "/countries/kazakhstan/?edition=2025",
    "/sources/",
    "/campaigns/",
    "/campaigns/open-doors/",
    "/prisoners/",
    "/prisoners/pastor-a/",
    "/pray/today/",
    "/pray/today/feed.atom",
    "/pray/today/calendar.ics",
    "/privacy/",
    "/walls/{wall}/",
    "/walls/{wall}/feed/",
    "/prayers/feed/",
    "/api/walls/{wall}/prayers",
]


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_pages_are_public_identical_and_set_no_cookie(site, page) -> None:
    wall = site["wall"]
    url = page.format(wall=wall.pk)
    first = Client().get(url)
    second = Client().get(url, **ACCEPT_RU)  # another visitor, another language asked for
    assert first.status_code == 200, url
    assert first["Cache-Control"] == public_urls(wall)[url]
    assert first.content == second.content
    for response in (first, second):
        assert not response.cookies, url
        assert "cookie" not in response.get("Vary", "").lower()
        assert "accept-language" not in response.get("Vary", "").lower()
    assert first["ETag"] == second["ETag"]
    again = Client().get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Cache-Control"] == first["Cache-Control"]


def test_pages_with_a_wall_vary_on_the_edge_header(client, site) -> None:
    wall = site["wall"]
    plain = client.get("/countries/kazakhstan/")
    edge = client.get("/countries/kazakhstan/", HTTP_X_VIGIL_EDGE="ssi")
    assert plain["Vary"] == edge["Vary"] == "X-Vigil-Edge"
    assert "Lord, be near to them." in plain.content.decode()
    html = edge.content.decode()
    assert "Lord, be near to them." not in html
    list_url = f"/walls/{wall.pk}/prayers/list/?next=%2Fcountries%2Fkazakhstan%2F"
    include = f'<!--# include virtual="{list_url}" -->'
    assert include in html
    assert edge["Cache-Control"] == "public, max-age=0, s-maxage=300"
    listed = client.get(list_url)
    assert listed["Cache-Control"] == "no-cache"
    assert "Lord, be near to them." in listed.content.decode()
    assert not listed.cookies
    assert html.replace(include, listed.content.decode()) == plain.content.decode()


def test_the_included_list_may_be_kept_by_nginx_for_a_set_time(client, site, settings) -> None:
    wall = site["wall"]
    list_url = f"/walls/{wall.pk}/prayers/list/?next=%2Fcountries%2Fkazakhstan%2F"
    settings.VIGIL_EDGE_LIST_SECONDS = 2
    listed = client.get(list_url)
    assert listed["Cache-Control"] == "public, max-age=0, s-maxage=2"
    assert not listed.cookies
    assert "Lord, be near to them." in listed.content.decode()


def test_pages_without_a_wall_do_not_vary_on_the_edge_header(client, site) -> None:
    assert "Vary" not in client.get("/sources/")


@pytest.mark.parametrize("page", ["/countries/kazakhstan/", "/watchlist/2025/", "/"])
def test_staff_pages_stay_private(client, admin_user, site, page) -> None:
    client.force_login(admin_user)
    response = client.get(page)
    assert response["Cache-Control"] == "private, no-store"
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("page", ["/walls/{wall}/live/", "/walls/{wall}/form/"])
def test_the_forms_are_private_and_set_the_csrf_cookie(client, site, page) -> None:
    response = client.get(page.format(wall=site["wall"].pk))
    assert response["Cache-Control"] == "private, no-store"
    assert "csrftoken" in response.cookies
    assert re.search(r'name="csrfmiddlewaretoken" value="[^"]+"', response.content.decode())


def test_a_page_that_shows_a_message_is_private(client, site) -> None:
    """A message left for the visitor is per-visitor state: that answer is not shared."""
    client.post(f"/walls/{site['wall'].pk}/prayed/", {"next": "/sources/"})
    assert "messages" in client.cookies
    response = client.get("/privacy/")
    assert "messages" in response.cookies  # cleared as the message is read
    assert response["Cache-Control"] == "private, no-store"
    assert Client().get("/privacy/")["Cache-Control"] == SHELL


def test_a_language_cookie_or_header_never_changes_an_unprefixed_page(client, site) -> None:
    plain = Client().get("/countries/kazakhstan/").content
    client.cookies["django_language"] = "ru"
    assert client.get("/countries/kazakhstan/", **ACCEPT_RU).content == plain


def test_query_counts_of_the_cached_page_and_the_live_part(
    client, site, django_assert_num_queries
) -> None:
    wall = site["wall"]
    client.get("/countries/kazakhstan/")
    with django_assert_num_queries(2):  # the country and its wall; the rest is cached
        client.get("/countries/kazakhstan/")
    with django_assert_num_queries(2):  # the wall, and whether this visitor prayed today
        client.get(f"/walls/{wall.pk}/live/?next=%2Fcountries%2Fkazakhstan%2F")
    with django_assert_num_queries(1):  # the wall row; its list is in the shared cache
        client.get(f"/walls/{wall.pk}/prayers/list/?next=%2Fcountries%2Fkazakhstan%2F")


@pytest.mark.parametrize("url", ["/embed/", "/search/?q=iran", "/sitemap.xml", "/robots.txt"])
def test_pages_that_say_public_themselves_may_be_shared_too(site, url) -> None:
    # they set their own max-age; a shared cache may keep them as long, and they depend
    # on the URL alone
    response = Client().get(url)
    assert response.status_code == 200, url
    directives = {d.strip().split("=")[0] for d in response["Cache-Control"].split(",")}
    assert {"public", "max-age", "s-maxage"} <= directives, response["Cache-Control"]
    assert "cookie" not in response.get("Vary", "").lower()
    assert not response.cookies
