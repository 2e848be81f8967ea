"""factory_boy factories for the watch list, shared by every app's tests.

``EditionFactory`` builds a published edition (embargo in the past); pass
``publish_at=None`` for a draft or a future time for an embargoed one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import factory
from django.utils.text import slugify
from django_countries import countries

from vigil.watchlist.models import (
    Confidence,
    Country,
    Edition,
    Entry,
    EntryEngine,
    FactSheet,
    LevelBand,
    PersecutionEngine,
    PrayerPoint,
    Source,
)

COUNTRY_CODES = [code for code, _name in countries]


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n:03d}")
    title = factory.LazyAttribute(lambda o: f"Test source {o.code}")
    url = factory.LazyAttribute(lambda o: f"https://example.org/{o.code.lower()}")
    used_for = "Ranks and scores"


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ("year",)

    year = factory.Sequence(lambda n: 1900 + n)
    title = factory.LazyAttribute(lambda o: f"World Watch List {o.year}")
    publish_at = factory.LazyAttribute(lambda o: datetime(o.year, 1, 15, 9, tzinfo=UTC))
    complete = True
    coverage_note = "All ranks."


class LevelBandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LevelBand

    edition = factory.SubFactory(EditionFactory)
    name = "Extreme"
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    score_min = Decimal(81)
    score_max = Decimal(100)
    scheme = "test"


class CountryFactory(factory.django.DjangoModelFactory):
    """Countries in ISO order: Afghanistan, Åland Islands, Albania…"""

    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: COUNTRY_CODES[n % len(COUNTRY_CODES)])
    slug = factory.LazyAttribute(lambda o: slugify(countries.name(o.code)))
    region = "Test region"


class PersecutionEngineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersecutionEngine
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Engine {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class EntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entry

    edition = factory.SubFactory(EditionFactory)
    country = factory.SubFactory(CountryFactory)
    rank = factory.Sequence(lambda n: n + 1)
    score = Decimal("60.0")
    confidence = Confidence.EXPLICIT


class EntryEngineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EntryEngine

    entry = factory.SubFactory(EntryFactory)
    engine = factory.SubFactory(PersecutionEngineFactory)
    order = factory.Sequence(lambda n: n)


class PrayerPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PrayerPoint

    entry = factory.SubFactory(EntryFactory)
    order = factory.Sequence(lambda n: n)
    text = "Pray for courage and protection."


class FactSheetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FactSheet
        skip_postgeneration_save = True

    country = factory.SubFactory(CountryFactory)
    year = 2014
    publisher = "Test publisher"
    leader = "President Test"
    government = "Republic"
    main_religion = "Islam"
    population = "10 million"
    christians = "1 million"
    position = factory.Sequence(lambda n: n)

    @factory.post_generation
    def sources(self, create: bool, extracted: list[Source] | None, **kwargs: object) -> None:
        if create and extracted:
            self.sources.set(extracted)
