"""The watch list's fixed words (engines, strengths, levels) in the page's language."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from vigil.watchlist import vocabulary
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryEngineFactory,
    EntryFactory,
    FactSheetFactory,
    LevelBandFactory,
    PersecutionEngineFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

DATA = Path(settings.BASE_DIR) / "data" / "watchlist"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.fixture
def profile():
    edition = EditionFactory(year=2021)
    LevelBandFactory(edition=edition, name="Very high")
    entry = EntryFactory(
        edition=edition,
        country=CountryFactory(slug="kazakhstan"),
        rank=41,
        score=None,
        stated_level="Very High",
    )
    crime = PersecutionEngineFactory(name="Organized corruption and crime")
    EntryEngineFactory(entry=entry, engine=crime, published_name="Organised crime and corruption")
    paranoia = PersecutionEngineFactory(name="Dictatorial paranoia")
    EntryEngineFactory(entry=entry, engine=paranoia, strength="Strong")
    EntryEngineFactory(entry=entry, engine=PersecutionEngineFactory(name="Unheard-of engine"))
    return entry


def text_of(response) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_english_pages_show_each_name_as_published(client, profile):
    text = text_of(client.get("/countries/kazakhstan/"))

    assert "Organised crime and corruption / Dictatorial paranoia (Strong)" in text
    assert "Level Very High" in text


def test_other_languages_show_the_names_the_catalogue_knows_translated(client, profile):
    text = text_of(client.get("/ru/countries/kazakhstan/"))

    engines = "Организованная коррупция и преступность / Диктаторская паранойя (сильное влияние)"
    assert engines + " / Unheard-of engine" in text
    assert "Уровень Очень высокий" in text
    listing = text_of(client.get("/ru/watchlist/2021/"))
    assert "Диктаторская паранойя (сильное влияние)" in listing
    assert "Очень высокий" in listing and "Very High" not in listing


def test_facts_and_source_names_keep_their_own_direction_on_arabic_pages(client, profile):
    source = SourceFactory(code="S01", publisher="opendoors.org.hk")
    FactSheetFactory(country=profile.country, year=2021, leader="President Test", sources=[source])

    html = client.get("/ar/countries/kazakhstan/").content.decode()

    assert "<dd><bdi>President Test</bdi> " in html
    assert "><bdi>opendoors.org.hk</bdi></a>" in html


def test_a_level_agrees_with_the_word_level_beside_it(client, profile):
    # "Nivel" is masculine: the level reads "Muy alto", as the map's legend of
    # "nivel de persecución" does.
    assert "Nivel Muy alto" in text_of(client.get("/es/countries/kazakhstan/"))


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_word_of_the_vocabulary_is_translated(language):
    words = [*vocabulary.ENGINES.values(), *vocabulary.STRENGTHS.values()]
    words += [*vocabulary.LEVELS.values(), *vocabulary.REGIONS.values()]
    with translation.override("en"):
        english = [str(word) for word in words]
    with translation.override(language):
        translated = [str(word) for word in words]

    untranslated = [e for e, t in zip(english, translated, strict=True) if e == t]
    assert untranslated == []


def test_every_engine_level_and_region_in_the_data_is_in_the_vocabulary():
    with open(DATA / "wwl_engine_vocabulary.csv", encoding="utf-8") as vocabulary_file:
        engines = {row["engine"] for row in csv.DictReader(vocabulary_file)}
    with open(DATA / "engine_aliases.csv", encoding="utf-8") as aliases:
        engines |= {row["engine"] for row in csv.DictReader(aliases)}
    with open(DATA / "wwl_rankings.csv", encoding="utf-8") as rankings:
        levels = {row["level"] for row in csv.DictReader(rankings) if row["level"]}
    with open(DATA / "wwl_levels.csv", encoding="utf-8") as bands:
        levels |= {row["level"] for row in csv.DictReader(bands)}

    with open(DATA / "countries.csv", encoding="utf-8") as countries:
        regions = {row["region"] for row in csv.DictReader(countries) if row["region"]}

    assert {e for e in engines if e.lower() not in vocabulary.ENGINES} == set()
    assert {r for r in regions if r.lower() not in vocabulary.REGIONS} == set()
    assert {level for level in levels if level.lower() not in vocabulary.LEVELS} == set()


def test_the_usual_edition_title_is_in_the_pages_language_and_any_other_as_written(client):
    EditionFactory(year=2025, title="World Watch List 2025")
    EditionFactory(year=2024, title="Watch List 2024 (special report)")

    assert "<h1>Всемирный список преследований 2025" in client.get("/ru/watchlist/2025/").text
    assert "<h1>World Watch List 2025" in client.get("/watchlist/2025/").text
    assert "<h1>Watch List 2024 (special report)" in client.get("/ru/watchlist/2024/").text


def test_the_sources_say_what_they_back_in_the_pages_language(client, profile):
    profile.engines.get(engine__name="Dictatorial paranoia").sources.add(SourceFactory())

    text = text_of(client.get("/ru/countries/kazakhstan/"))

    assert "источник преследований: Диктаторская паранойя" in text
    assert "Dictatorial paranoia" not in text


def test_the_countries_page_names_regions_in_the_pages_language(client, profile):
    profile.country.region = "Central Asia"
    profile.country.save()

    assert "<td>Центральная Азия</td>" in client.get("/ru/countries/").text
    assert "<td>Central Asia</td>" in client.get("/countries/").text
