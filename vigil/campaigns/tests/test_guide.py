"""The printable prayer guide of an edition, as HTML and PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.test import Client
from django.urls import reverse

from vigil.campaigns.guide import guide_sections, render_document
from vigil.campaigns.tests.factories import PrisonerFactory
from vigil.watchlist.maps import load_shapes
from vigil.watchlist.models import Edition
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
        FactSheetFactory(country=entry.country, year=2024)
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


def test_pdf_has_one_section_per_country(client: Client) -> None:
    edition = guide_edition(4)
    response = client.get(reverse("campaigns:prayer-guide-pdf", args=[edition.year]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    html = Template('{% include "campaigns/prayer_guide.html" %}').render(
        Context({"edition": edition, "sections": guide_sections(edition), "for_pdf": True})
    )
    document = render_document(html, base_url="http://testserver/")
    bookmarks = document.make_bookmark_tree()
    names = [entry.country.name for entry in edition.entries.order_by("rank")]
    assert [label for label, *_rest in bookmarks] == [
        f"{i} {name}" for i, name in enumerate(names, 1)
    ]
    assert len(document.pages) == len(names) + 1  # a cover, then a page per country
