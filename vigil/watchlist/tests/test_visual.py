"""The world map and the charts."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.test import Client
from django.urls import reverse

from vigil.watchlist.charts import comparison, history_chart, sphere_chart
from vigil.watchlist.maps import LEVEL_STYLES, RANK_STYLES, level_key, load_shapes, rank_key
from vigil.watchlist.models import Edition
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    LevelBandFactory,
)

pytestmark = pytest.mark.django_db
SHAPE_CODES = sorted(load_shapes()["countries"])
MAP_LINK = re.compile(
    r'<a class="map-country" href="[^"]+" data-code="(\w+)" data-level="([\w-]+)">'
)


@pytest.fixture(autouse=True)
def _plain_static_files(settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def banded_edition(year: int = 2025) -> Edition:
    edition = EditionFactory(year=year)
    LevelBandFactory(edition=edition, name="Extreme", score_min=81, score_max=100, order=0)
    LevelBandFactory(edition=edition, name="Very high", score_min=61, score_max=80, order=1)
    return edition


def entries_for(edition: Edition, size: int) -> list:
    countries = [CountryFactory(code=code) for code in SHAPE_CODES[:size]]
    return [
        EntryFactory(edition=edition, country=c, rank=i + 1, score=Decimal(95 - i * 2))
        for i, c in enumerate(countries)
    ]


def map_html(client: Client, year: int) -> str:
    response = client.get(reverse("watchlist:edition-map", args=[year]))
    assert response.status_code == 200
    return response.content.decode()


# The map ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Extreme", "extreme"),
        ("Extreme persecution", "extreme"),
        ("Very High", "very-high"),
        ("High", "high"),
        ("Severe persecution", "severe"),
        ("Absolute persecution", "absolute"),
        ("", "unstated"),
    ],
)
def test_level_names_map_to_styles(name: str, key: str) -> None:
    assert level_key(name) == key


def test_the_map_has_one_shape_per_country_with_data_at_its_level(client: Client) -> None:
    edition = banded_edition()
    extreme = EntryFactory(edition=edition, country=CountryFactory(code="IQ"), score=90)
    very_high = EntryFactory(edition=edition, country=CountryFactory(code="KZ"), score=65)
    stated = EntryFactory(
        edition=edition, country=CountryFactory(code="BH"), score=None, stated_level="High"
    )
    unstated = EntryFactory(edition=edition, country=CountryFactory(code="KP"), score=None)
    html = map_html(client, edition.year)
    levels = dict(MAP_LINK.findall(html))
    assert levels == {"IQ": "extreme", "KZ": "very-high", "BH": "high", "KP": "unstated"}
    for entry in (extreme, very_high, stated, unstated):
        assert f"<title>{entry.country.name}: rank {entry.rank}" in html
    assert html.count('class="map-dot"') == 1  # Bahrain is too small to see without one
    assert html.count('class="map-shape"') == 4


def test_map_has_patterns_legend_and_table_and_no_inline_style_or_script(client: Client) -> None:
    edition = banded_edition()
    entries_for(edition, 3)
    html = map_html(client, edition.year)
    start = html.index('<svg class="world-map-svg"')
    svg = html[start : html.index("</svg>", start)]
    assert '<pattern id="lv-extreme"' in svg and 'fill="url(#lv-extreme)"' in svg
    assert 'class="map-legend"' in html and "<table>" in html
    assert " style=" not in html and "<script>" not in html
    assert "http://" not in svg and "https://" not in svg


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The levels published together (data/watchlist/wwl_levels.csv), and the rank bands.
SCHEMES = {
    "current": ["extreme", "very-high", "high"],
    "2013": ["absolute", "extreme", "severe", "moderate", "sparse"],
    "ranks": [style.key for style in RANK_STYLES if style.mark != "grid"],
}


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_each_style_has_a_visible_pattern_and_differs_from_its_neighbour(scheme) -> None:
    styles = {style.key: style for style in LEVEL_STYLES + RANK_STYLES}
    shown = [styles[key] for key in SCHEMES[scheme]]
    for style in shown:
        assert contrast(style.colour, style.ink) >= 3, style.key  # WCAG 1.4.11 for graphics
        assert contrast(style.colour, "#e3e6ea") >= 1.1 or style.mark != "none", style.key
    assert len({style.mark for style in shown}) == len(shown)
    for upper, lower in itertools.pairwise(shown):
        assert contrast(upper.colour, lower.colour) >= 1.2, (upper.key, lower.key)


def test_extreme_and_very_high_are_clearly_distinct() -> None:
    styles = {style.key: style for style in LEVEL_STYLES}
    extreme, very_high = styles["extreme"], styles["very-high"]
    assert contrast(extreme.colour, very_high.colour) >= 3
    assert extreme.mark != very_high.mark


@pytest.mark.parametrize(
    ("rank", "key"),
    [(1, "rank-1"), (10, "rank-1"), (11, "rank-11"), (39, "rank-31"), (50, "rank-41"),
     (51, "rank-51"), (None, "unranked")],
)  # fmt: skip
def test_rank_bands(rank, key) -> None:
    assert rank_key(rank) == key


def test_an_edition_without_levels_is_shaded_by_rank_and_says_so(client: Client) -> None:
    edition = EditionFactory(year=2014)
    entries = [
        EntryFactory(edition=edition, country=CountryFactory(code=code), rank=rank, score=None)
        for code, rank in [("KP", 1), ("IQ", 4), ("KZ", 39), ("BH", 45)]
    ]
    html = map_html(client, edition.year)
    levels = dict(MAP_LINK.findall(html))
    assert levels == {"KP": "rank-1", "IQ": "rank-1", "KZ": "rank-31", "BH": "rank-41"}
    assert "published no levels of persecution, so countries are shaded by rank" in html
    assert 'aria-label="Legend: rank"' in html
    legend = html[html.index('class="map-legend"') : html.index("</ul>", html.index("map-legend"))]
    assert "Rank 1–10" in legend and "Rank 31–40" in legend and "Extreme" not in legend
    assert len(entries) == 4


def test_an_edition_with_levels_keeps_the_level_legend(client: Client) -> None:
    edition = banded_edition()
    entries_for(edition, 3)
    html = map_html(client, edition.year)
    assert 'aria-label="Legend: level of persecution"' in html
    assert "shaded by rank" not in html


def test_small_countries_get_a_large_target_and_a_link_beside_the_map(client: Client) -> None:
    edition = banded_edition()
    bahrain = EntryFactory(edition=edition, country=CountryFactory(code="BH"), score=70)
    EntryFactory(edition=edition, country=CountryFactory(code="IQ"), score=90)
    html = map_html(client, edition.year)
    link = html[html.index('data-code="BH"') : html.index("</a>", html.index('data-code="BH"'))]
    hit = re.search(r'<circle class="map-hit"[^>]* r="([\d.]+)"', link)
    assert hit and float(hit.group(1)) >= 10
    small = html[html.index('class="map-small"') :]
    assert f'<a href="{bahrain.get_absolute_url()}">Bahrain</a>' in small[: small.index("</span>")]
    assert 'data-code="IQ"' in html and "Iraq</a>" not in small[: small.index("</span>")]


def test_embargoed_map_is_hidden_from_the_public(client: Client, admin_client: Client) -> None:
    edition = EditionFactory(year=2099)
    assert client.get(reverse("watchlist:edition-map", args=[2099])).status_code == 404
    assert (
        admin_client.get(reverse("watchlist:edition-map", args=[edition.year])).status_code == 200
    )


@pytest.mark.parametrize("size", [3, 40])
def test_map_page_queries_do_not_grow(client: Client, django_assert_num_queries, size) -> None:
    edition = banded_edition()
    entries_for(edition, size)
    with django_assert_num_queries(3):
        html = map_html(client, edition.year)
    assert len(MAP_LINK.findall(html)) == size


# Charts -----------------------------------------------------------------------------------


def test_history_chart_has_a_point_per_edition_and_a_table() -> None:
    country = CountryFactory(code="SY")
    for year, rank, score in [(2024, 12, "80.0"), (2025, 18, "78.0"), (2026, 6, "90.0")]:
        EntryFactory(edition=EditionFactory(year=year), country=country, rank=rank, score=score)
    chart = history_chart(country)
    assert chart is not None
    rank_panel, score_panel = chart.panels
    assert [p.value for p in rank_panel.points] == [12, 18, 6]
    assert rank_panel.points[2].y < rank_panel.points[0].y  # rank 1 is at the top
    assert score_panel.points[2].y < score_panel.points[1].y
    html = Template("{% load watchlist_visual %}{% country_charts c %}").render(
        Context({"c": country})
    )
    assert (
        html.count("<circle") == 6
        and "Syria: rank, score and level in every published edition</caption>" in html
    )


def test_sphere_chart_only_where_data_exists() -> None:
    entry = EntryFactory(edition=EditionFactory(year=2025), score=Decimal("60.0"))
    assert sphere_chart(entry.country) is None
    for name in ("private", "family", "community", "national", "church", "violence"):
        setattr(entry, name, Decimal(10))
    entry.save()
    chart = sphere_chart(entry.country)
    assert chart is not None and len(chart.bars) == 6 and chart.unit == "score"


def test_comparison_shows_movers_with_rank_and_score_together() -> None:
    before, after = EditionFactory(year=2024), EditionFactory(year=2025)
    riser, faller, mixed = (CountryFactory(code=c) for c in ("SY", "IQ", "KZ"))
    EntryFactory(edition=before, country=riser, rank=18, score=78)
    EntryFactory(edition=after, country=riser, rank=6, score=90)
    EntryFactory(edition=before, country=faller, rank=5, score=85)
    EntryFactory(edition=after, country=faller, rank=9, score=83)
    EntryFactory(edition=before, country=mixed, rank=7, score=80)
    EntryFactory(edition=after, country=mixed, rank=10, score=82)
    result = comparison(after)
    assert result is not None and result.previous == before
    assert [m.country for m in result.up] == [riser]
    assert [m.country for m in result.down] == [faller, mixed]  # -4 places, then -3
    assert result.down[1].mixed and not result.down[0].mixed and not result.up[0].mixed
    html = Template("{% load watchlist_visual %}{% edition_comparison e %}").render(
        Context({"e": after})
    )
    assert "rank and score moved in opposite directions" in html
    assert "18→6, +12 pts" in html


@pytest.mark.parametrize("size", [2, 20])
def test_comparison_queries_do_not_grow(django_assert_num_queries, size) -> None:
    before, after = EditionFactory(year=2024), EditionFactory(year=2025)
    for i, code in enumerate(SHAPE_CODES[:size]):
        country = CountryFactory(code=code)
        EntryFactory(edition=before, country=country, rank=i + 1)
        EntryFactory(edition=after, country=country, rank=size - i)
    with django_assert_num_queries(3):
        Template("{% load watchlist_visual %}{% edition_comparison e %}").render(
            Context({"e": after})
        )
