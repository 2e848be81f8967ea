"""The embeddable "Pray for <country>" widget and its oEmbed endpoint."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.core.cache import cache

from vigil.api import embed
from vigil.core import ratelimit
from vigil.prayers.models import Wall

pytestmark = pytest.mark.django_db

WIDGET = "/embed/countries/north-korea/"
PRAYED = WIDGET + "prayed/"


def token_of(response) -> str:
    match = re.search(r'name="token" value="([^"]+)"', response.content.decode())
    assert match
    return match.group(1)


def korea_wall() -> Wall:
    return Wall.objects.get(country__slug="north-korea")


def test_the_widget_shows_rank_score_a_prayer_point_the_count_and_a_button(client, open_data):
    response = client.get(WIDGET)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pray for North Korea" in html
    assert "Rank 1</strong> on the World Watch List 2025" in html and "97.0" in html
    assert "Pray for believers in camps." in html
    assert "3 prayers on the wall" in html
    assert 'action="/embed/countries/north-korea/prayed/"' in html and "I prayed" in html
    assert 'href="http://testserver/countries/north-korea/" target="_blank" rel="noopener"' in html


def test_the_widget_may_be_framed_by_any_site(client, open_data):
    response = client.get(WIDGET)
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "default-src 'self'" in response["Content-Security-Policy"]
    prayed = client.post(PRAYED, {"token": token_of(response)})
    assert "X-Frame-Options" not in prayed
    assert "frame-ancestors *" in prayed["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/countries/north-korea/", "/embed/", "/api/v1/editions"])
def test_every_other_route_still_refuses_framing(client, open_data, url):
    response = client.get(url)
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_widget_sets_no_cookie_loads_nothing_elsewhere_and_is_cacheable(client, open_data):
    response = client.get(WIDGET)
    assert not response.cookies
    assert "public" in response["Cache-Control"] and "s-maxage=60" in response["Cache-Control"]
    html = response.content.decode()
    for attribute in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert attribute.startswith(("/", "http://testserver/")), attribute
    assert "<script" not in html
    prayed = client.post(PRAYED, {"token": token_of(response)})
    assert not prayed.cookies


def test_i_prayed_counts_once_a_day_per_client_without_cookies(client, open_data):
    token = token_of(client.get(WIDGET))
    first = client.post(PRAYED, {"token": token})
    assert first.status_code == 200
    assert "Thank you for praying for North Korea." in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    assert korea_wall().prayed_count == 1
    again = client.post(PRAYED, {"token": token})
    assert "already counted" in again.content.decode()
    assert korea_wall().prayed_count == 1


@pytest.mark.parametrize("token", ["", "forged", None])
def test_i_prayed_without_a_valid_token_is_refused(client, open_data, token):
    if token is None:
        token = embed.prayed_token("somalia")  # a token of another country
    response = client.post(PRAYED, {"token": token})
    assert response.status_code == 400
    assert "Reload the page" in response.content.decode()
    assert korea_wall().prayed_count == 0


def test_i_prayed_is_rate_limited_with_retry_after(client, open_data, monkeypatch):
    monkeypatch.setattr(embed, "PRAYED_RATE", ratelimit.Rate(2, 60))
    cache.clear()
    token = token_of(client.get(WIDGET))
    for _ in range(2):
        assert client.post(PRAYED, {"token": token}).status_code == 200
    response = client.post(PRAYED, {"token": token})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "Too many presses" in response.content.decode()


def test_the_widget_of_an_unknown_country_is_404(client, open_data):
    assert client.get("/embed/countries/atlantis/").status_code == 404
    assert client.get("/embed/countries/north-korea/prayed/").status_code == 405


def test_oembed_answers_a_rich_iframe_for_a_country_page(client, open_data):
    url = quote("http://testserver/countries/north-korea/", safe="")
    response = client.get(f"/oembed?url={url}&format=json&maxwidth=300")
    assert response.status_code == 200
    body = response.json()
    assert (body["version"], body["type"], body["width"]) == ("1.0", "rich", 300)
    assert body["title"] == "Pray for North Korea"
    assert 'src="http://testserver/embed/countries/north-korea/"' in body["html"]
    assert "sandbox=" in body["html"] and "allow-popups-to-escape-sandbox" in body["html"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    ("limits", "size"),
    [("maxwidth=100&maxheight=50", (100, 50)), ("maxwidth=-5&maxheight=0", (360, 440))],
)
def test_oembed_never_answers_larger_than_the_consumer_asked(client, open_data, limits, size):
    url = quote("http://testserver/countries/north-korea/", safe="")
    body = client.get(f"/oembed?url={url}&format=json&{limits}").json()
    assert (body["width"], body["height"]) == size
    assert f'width="{size[0]}" height="{size[1]}"' in body["html"]


@pytest.mark.parametrize("language", ["ru", "es", "ar"])
def test_oembed_answers_for_the_country_page_in_every_language(client, open_data, language):
    page = f"http://testserver/{language}/countries/north-korea/"
    html = client.get(f"/{language}/countries/north-korea/").content.decode()
    assert "/oembed?url=" + quote(page, safe="") in html

    response = client.get(f"/oembed?url={quote(page, safe='')}&format=json")

    assert response.status_code == 200
    assert 'src="http://testserver/embed/countries/north-korea/"' in response.json()["html"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("url=http%3A%2F%2Ftestserver%2Fcountries%2Fnorth-korea%2F&format=xml", 501),
        ("url=http%3A%2F%2Fevil.example%2Fcountries%2Fnorth-korea%2F", 404),
        ("url=http%3A%2F%2Ftestserver%2Fcountries%2Fatlantis%2F", 404),
        ("url=http%3A%2F%2Ftestserver%2Fprivacy%2F", 404),
        ("url=http%3A%2F%2Ftestserver%2Fru%2Fprivacy%2F", 404),
        ("url=http%3A%2F%2Ftestserver%2Fxx%2Fcountries%2Fnorth-korea%2F", 404),
        ("url=javascript%3Aalert(1)", 404),
        ("", 404),
        ("url=http%3A%2F%2Ftestserver%2Fcountries%2Fnorth-korea%2F&maxwidth=wide", 200),
    ],
)
def test_oembed_errors_are_clear(client, open_data, query, status):
    response = client.get(f"/oembed?{query}")
    assert response.status_code == status
    if status != 200:
        assert response.json()["detail"]


def test_the_country_page_links_its_oembed_and_the_embed_help(client, open_data):
    html = client.get("/countries/north-korea/").content.decode()
    assert 'type="application/json+oembed"' in html
    assert "/oembed?url=http%3A%2F%2Ftestserver%2Fcountries%2Fnorth-korea%2F" in html
    assert 'href="/embed/?country=north-korea"' in html


def test_the_help_page_gives_a_copy_paste_snippet(client, open_data):
    response = client.get("/embed/?country=north-korea")
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;iframe src=&quot;http://testserver/embed/countries/north-korea/&quot;" in html
    assert '<iframe src="http://testserver/embed/countries/north-korea/"' in html  # the preview
    assert client.get("/embed/?country=atlantis").status_code == 404
