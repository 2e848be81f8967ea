"""robots.txt, the sitemap, canonical addresses and the link-preview tags of every page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from vigil.prayers.models import wall_for

pytestmark = pytest.mark.django_db
SITE = "https://pray.example.org"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


# -- robots.txt --------------------------------------------------------------------------


def test_robots_opens_public_pages_and_closes_private_ones(client):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for path in (
        "/admin/",
        "/moderation/",
        "/my-data/",
        "/prayers/*/manage/",
        "/give/",
        "/search/",
    ):
        assert f"Disallow: {path}" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert not any(line in ("Disallow: /", "Disallow: /countries/") for line in lines)
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_robots_never_names_a_moved_admin(client, settings):
    settings.VIGIL_ADMIN_URL = "back-office-7f3a/"

    body = client.get("/robots.txt").content.decode()

    assert "back-office" not in body
    assert "Disallow: /admin/" not in body


# -- sitemap.xml -------------------------------------------------------------------------


def sitemap_urls(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 - the site's own output
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_public_page_on_the_site_address(client, site):
    urls = sitemap_urls(client)

    expected = {
        "/",
        "/countries/",
        "/sources/",
        "/campaigns/",
        "/prisoners/",
        "/watchlist/2013/",
        "/watchlist/2014/",
        "/countries/kazakhstan/",
        "/countries/nigeria/",
        "/campaigns/forty-days/",
        "/prisoners/makset/",
    }
    assert expected <= {url.removeprefix(SITE) for url in urls}
    assert all(url.startswith(SITE + "/") for url in urls)
    assert urls[f"{SITE}/watchlist/2014/"] == "2014-01-15"
    assert urls[f"{SITE}/countries/kazakhstan/"] == "2014-01-15"
    assert urls[f"{SITE}/campaigns/forty-days/"]


def test_sitemap_leaves_out_what_visitors_cannot_see(client, site):
    body = " ".join(sitemap_urls(client))

    for hidden in ("2015", "tuvalu", "/campaigns/draft/", "hidden-person", "/admin/"):
        assert hidden not in body


def test_every_address_in_the_sitemap_answers_200(client, site):
    for url in sitemap_urls(client):
        path = urlsplit(url).path
        assert client.get(path).status_code == 200, path


def test_sitemap_is_public_and_follows_content_changes(client, site):
    first = client.get("/sitemap.xml")
    site["campaign"].slug = "forty-nights"
    site["campaign"].save()

    second = client.get("/sitemap.xml")

    assert "public" in first["Cache-Control"]
    assert not first.cookies
    assert b"/campaigns/forty-nights/" in second.content


# -- canonical addresses and link previews -------------------------------------------------


class HeadTags(HTMLParser):
    """The canonical links and meta properties of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.canonical: list[str] = []
        self.meta: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical.append(values.get("href") or "")
        if tag == "meta" and (key := values.get("property") or values.get("name")):
            self.meta.setdefault(key, []).append(values.get("content") or "")


def head_tags(client, path: str) -> HeadTags:
    response = client.get(path)
    assert response.status_code == 200, path
    tags = HeadTags()
    tags.feed(response.content.decode())
    return tags


PUBLIC_PAGES = [
    "/",
    "/watchlist/2014/",
    "/watchlist/2014/map/",
    "/watchlist/2014/prayer-guide/",
    "/countries/",
    "/countries/kazakhstan/",
    "/sources/",
    "/campaigns/",
    "/campaigns/forty-days/",
    "/prisoners/",
    "/prisoners/makset/",
    "/pray/today/",
    "/privacy/",
    "/my-data/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_has_one_canonical_address_and_a_preview(client, site, path):
    tags = head_tags(client, path)

    assert tags.canonical == [SITE + path]
    for key in ("og:title", "og:description", "og:url", "og:image", "twitter:card"):
        assert len(tags.meta.get(key, [])) == 1, key
    assert tags.meta["og:url"] == [SITE + path]
    assert tags.meta["og:title"][0].strip()
    assert tags.meta["og:image"][0].startswith(SITE + "/")
    assert tags.meta["twitter:card"] == ["summary_large_image"]
    assert tags.meta["twitter:image"] == tags.meta["og:image"]


def test_the_wall_page_has_a_canonical_address(client, site):
    wall = wall_for(site["kazakhstan"])

    tags = head_tags(client, f"/walls/{wall.pk}/")

    assert tags.canonical == [f"{SITE}/walls/{wall.pk}/"]


def test_a_query_string_never_makes_a_second_canonical_address(client, site):
    tags = head_tags(client, "/watchlist/2014/?sort=score")

    assert tags.canonical == [f"{SITE}/watchlist/2014/"]


def test_the_current_edition_of_a_country_canonicalises_to_the_plain_address(client, site):
    tags = head_tags(client, "/countries/kazakhstan/?edition=2014")

    assert tags.canonical == [f"{SITE}/countries/kazakhstan/"]
    assert tags.meta["og:image"] == [f"{SITE}/countries/kazakhstan/share.png"]


def test_an_older_edition_of_a_country_keeps_its_year(client, site):
    tags = head_tags(client, "/countries/kazakhstan/?edition=2013")

    assert tags.canonical == [f"{SITE}/countries/kazakhstan/?edition=2013"]
    assert tags.meta["og:image"] == [f"{SITE}/countries/kazakhstan/share.png?edition=2013"]
    assert tags.meta["og:title"] == ["Kazakhstan — World Watch List 2013"]


def test_the_country_preview_uses_its_own_card_and_words(client, site):
    tags = head_tags(client, "/countries/kazakhstan/")

    assert tags.meta["og:title"] == ["Kazakhstan — World Watch List 2014"]
    assert tags.meta["og:description"][0].startswith("Kazakhstan on the World Watch List 2014")
    assert tags.meta["og:image:alt"] == ["Kazakhstan: World Watch List 2014"]
    assert client.get(urlsplit(tags.meta["og:image"][0]).path).status_code == 200


def test_pages_make_no_third_party_requests_for_previews(client, site):
    body = client.get("/countries/kazakhstan/").content.decode()

    hosts = {urlsplit(url).netloc for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', body)}
    assert hosts <= {"pray.example.org"}
