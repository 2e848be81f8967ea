"""Share images: the 1200×630 card of a country and of the site, drawn once per
content version and served for any cache to keep."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from PIL import Image

from vigil.watchlist import shareimage
from vigil.watchlist.tests.factories import CountryFactory, EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kazakhstan():
    country = CountryFactory(code="KZ", slug="kazakhstan")
    EntryFactory(edition=EditionFactory(year=2013), country=country, rank=45, score=None)
    EntryFactory(edition=EditionFactory(year=2014), country=country, rank=18, score=Decimal(64))
    return country


@pytest.fixture
def drawn(monkeypatch):
    """The cards actually drawn (not served from the cache)."""
    cards = []
    draw = shareimage.draw

    def counting(card):
        cards.append(card)
        return draw(card)

    monkeypatch.setattr(shareimage, "draw", counting)
    return cards


def png_size(content: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(content))
    assert image.format == "PNG"
    return image.size


def test_country_card_is_a_1200_by_630_png_for_any_cache(client, kazakhstan, drawn):
    response = client.get("/countries/kazakhstan/share.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert png_size(response.content) == (1200, 630)
    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]
    assert response["ETag"].startswith('"')
    assert not response.cookies
    assert drawn == [
        shareimage.Card(
            "Kazakhstan", ("Rank 18 · Score 64 / 100", "World Watch List 2014"), "Vigil"
        )
    ]


def test_an_older_edition_has_its_own_card(client, kazakhstan, drawn):
    response = client.get("/countries/kazakhstan/share.png?edition=2013")

    assert response.status_code == 200
    assert drawn[0].lines == ("Rank 45", "World Watch List 2013")


def test_card_is_drawn_once_and_served_without_queries(
    client, kazakhstan, drawn, django_assert_num_queries
):
    first = client.get("/countries/kazakhstan/share.png")

    with django_assert_num_queries(0):
        second = client.get("/countries/kazakhstan/share.png")

    assert len(drawn) == 1
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_revalidation_with_the_etag_answers_304(client, kazakhstan):
    etag = client.get("/countries/kazakhstan/share.png")["ETag"]

    response = client.get("/countries/kazakhstan/share.png", headers={"if-none-match": etag})

    assert response.status_code == 304
    assert not response.content


def test_an_edited_entry_draws_a_new_card(client, kazakhstan, drawn):
    before = client.get("/countries/kazakhstan/share.png")
    entry = kazakhstan.entries.get(edition__year=2014)
    entry.rank = 12
    entry.save()

    after = client.get("/countries/kazakhstan/share.png")

    assert len(drawn) == 2
    assert drawn[1].lines[0] == "Rank 12 · Score 64 / 100"
    assert after["ETag"] != before["ETag"]


def test_embargoed_editions_have_no_card(client, kazakhstan):
    embargoed = EditionFactory(year=2015, publish_at=timezone.now() + timedelta(days=3))
    EntryFactory(edition=embargoed, country=kazakhstan, rank=1, score=Decimal(99))

    latest = client.get("/countries/kazakhstan/share.png")
    response = client.get("/countries/kazakhstan/share.png?edition=2015")

    assert response.status_code == 404
    assert b"no published profile" in response.content
    assert latest.status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/countries/atlantis/share.png", "/countries/kazakhstan/share.png?edition=soon"],
)
def test_unknown_countries_and_bad_years_are_a_plain_404(client, kazakhstan, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")


def test_site_card_names_the_site_and_the_current_edition(client, kazakhstan, drawn, settings):
    settings.VIGIL_SITE_NAME = "Watchmen"
    settings.VIGIL_SITE_URL = "https://pray.example.org"
    EditionFactory(year=2014, publish_at=datetime(2014, 1, 8, tzinfo=UTC))

    response = client.get("/share.png")

    assert png_size(response.content) == (1200, 630)
    assert "public" in response["Cache-Control"]
    assert drawn[0].heading == "Watchmen"
    assert drawn[0].footer == "pray.example.org"


def test_a_long_name_is_drawn_smaller_to_fit():
    card = shareimage.Card("Democratic Republic of the Congo and a much longer name", (), "V")

    assert png_size(shareimage.draw(card)) == (1200, 630)


def test_cards_are_drawn_per_language_and_arabic_reads_right_to_left(kazakhstan, drawn):
    entry = shareimage.shown_entry(kazakhstan, None)

    with translation.override("en"):
        english = shareimage.cached("k", lambda: shareimage.country_card(entry, "Vigil"))
    with translation.override("ar"):
        arabic = shareimage.cached("k", lambda: shareimage.country_card(entry, "Vigil"))
        again = shareimage.cached("k", lambda: shareimage.country_card(entry, "Vigil"))

    assert [card.rtl for card in drawn] == [False, True]
    assert drawn[1].heading == "كازاخستان"
    assert english.etag != arabic.etag == again.etag
    assert png_size(arabic.png) == (1200, 630)
