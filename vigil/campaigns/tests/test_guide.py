"""The printable prayer guide of an edition, as HTML and PDF."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pypdf
import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import Client
from django.urls import reverse

from vigil.campaigns.guide import guide_sections, render_document
from vigil.campaigns.tests.factories import PrisonerFactory
from vigil.watchlist.maps import load_shapes
from vigil.watchlist.models import Edition
from vigil.watchlist.selectors import country_profile
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    FactSheetFactory,
    LevelBandFactory,
    PrayerPointFactory,
)

pytestmark = pytest.mark.django_db
SHAPE_CODES = sorted(load_shapes()["countries"])


def guide_edition(size: int) -> Edition:
    """A banded edition of ``size`` ranked countries, each with prayer points and facts."""
    edition = EditionFactory(year=2025)
    LevelBandFactory(edition=edition, name="Extreme", score_min=81, score_max=100, order=0)
    LevelBandFactory(edition=edition, name="Very high", score_min=61, score_max=80, order=1)
    for i, code in enumerate(SHAPE_CODES[:size]):
        entry = EntryFactory(
            edition=edition,
            country=CountryFactory(code=code),
            rank=i + 1,
            score=Decimal(95 - i * 2),
        )
        PrayerPointFactory.create_batch(2, entry=entry)
        FactSheetFactory(country=entry.country, year=2025)
    return edition


@pytest.mark.parametrize("size", [2, 15])
def test_guide_page_has_a_section_per_country_in_constant_queries(
    client: Client, django_assert_num_queries, size
) -> None:
    edition = guide_edition(size)
    with django_assert_num_queries(7):
        response = client.get(reverse("campaigns:prayer-guide", args=[edition.year]))
    html = response.content.decode()
    assert html.count('<section class="guide-country"') == size
    assert "President Test" in html and "Pray for courage and protection." in html


def test_guide_links_prayer_points_to_prisoners(client: Client) -> None:
    edition = guide_edition(1)
    point = edition.entries.get().prayer_points.first()
    prisoner = PrisonerFactory(country=edition.entries.get().country)
    prisoner.prayer_points.add(point)
    html = client.get(reverse("campaigns:prayer-guide", args=[edition.year])).content.decode()
    assert f'href="{prisoner.get_absolute_url()}"' in html


def test_pdf_sections_flow_after_a_cover_with_one_bookmark_per_country() -> None:
    edition = guide_edition(4)
    html = Template('{% include "campaigns/prayer_guide.html" %}').render(
        Context({"edition": edition, "sections": guide_sections(edition), "for_pdf": True})
    )
    document = render_document(html, base_url="http://testserver/")
    bookmarks = document.make_bookmark_tree()
    names = [entry.country.name for entry in edition.entries.order_by("rank")]
    assert [label for label, *_rest in bookmarks] == [
        f"Rank {i} {name}" for i, name in enumerate(names, 1)
    ]
    # The cover, then the countries one after another, not a page each.
    assert 2 <= len(document.pages) < len(names) + 1


@pytest.fixture
def guide_pdf(client: Client, settings, tmp_path):
    """The stored PDF of an edition, as a visitor downloads it, with its text."""
    settings.MEDIA_ROOT = tmp_path
    settings.VIGIL_SITE_URL = "https://pray.example.org"

    def download(edition: Edition) -> tuple[pypdf.PdfReader, str]:
        response = client.get(reverse("campaigns:prayer-guide-pdf", args=[edition.year]))
        assert response.status_code == 200
        reader = pypdf.PdfReader(io.BytesIO(b"".join(response.streaming_content)))
        text = " ".join(page.extract_text() for page in reader.pages)
        return reader, " ".join(text.split())

    return download


def test_pdf_cover_says_what_when_how_and_where(guide_pdf) -> None:
    edition = guide_edition(3)
    reader, _text = guide_pdf(edition)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Prayer guide World Watch List 2025" in cover
    assert "Published 15 January 2025 · 3 countries" in cover
    assert "How to use this guide" in cover and "Take one country a day" in cover
    assert "https://pray.example.org" in cover


def test_pdf_gives_each_rank_once_and_one_number_format(guide_pdf) -> None:
    edition = guide_edition(12)
    first = edition.entries.get(rank=1)
    first.country.fact_sheets.update(population="18 064 000")
    _reader, text = guide_pdf(edition)
    for rank in range(1, 13):
        assert len(re.findall(rf"\bRank {rank}\b", text)) == 1, rank
    assert "Score 95/100 · Extreme" in text
    assert "18.1 million" in text
    assert not re.search(r"\d \d{3}\b", text)  # no "18 064 000" beside "4,852,000"


def test_pdf_facts_are_the_profiles_of_that_edition(guide_pdf) -> None:
    """Each fact the newest published for the edition's year or before, never after."""
    edition = guide_edition(2)
    country = edition.entries.get(rank=1).country
    FactSheetFactory(country=country, year=2024, population="19 205 000", christians="4 876 000")
    FactSheetFactory(country=country, year=2026, population="21 000 000", leader="Someone Else")
    country.fact_sheets.filter(year=2025).update(
        population="", christians="", christian_share="", leader="President Tokayev"
    )
    _reader, text = guide_pdf(edition)
    profile = country_profile(country, AnonymousUser(), 2025)
    assert profile is not None
    shown = {fact.label: fact.value for fact in profile.facts}
    assert shown["Population"] == "19.2 million (4.9 million Christians)"
    assert shown["Leader"] == "President Tokayev"
    for label, value in shown.items():
        printed = value or "Not published in our sources"
        assert f"{label} {printed}" in text
    assert "21 million" not in text and "Someone Else" not in text


def test_pdf_is_tagged_for_screen_readers(guide_pdf) -> None:
    reader, _text = guide_pdf(guide_edition(2))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a PDF boolean object
    assert root["/Lang"] == "en"
    assert reader.metadata is not None
    assert reader.metadata.title == "Prayer guide · World Watch List 2025 · Vigil"
