"""factory_boy factories for walls and prayers."""

from __future__ import annotations

import factory
from django.db.models import F
from django.utils import timezone

from vigil.core import privacy
from vigil.prayers.models import EmailAddress, Prayer, Wall
from vigil.prayers.services import lifecycle
from vigil.prayers.services.common import text_hash
from vigil.watchlist.tests.factories import CountryFactory


class WallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wall

    key = factory.Sequence(lambda n: f"test:{n}")
    title = factory.Sequence(lambda n: f"Wall {n}")


class CountryWallFactory(WallFactory):
    country = factory.SubFactory(CountryFactory)
    key = factory.LazyAttribute(lambda o: f"country:{o.country.code}")
    title = factory.LazyAttribute(lambda o: o.country.name)


class PrayerFactory(factory.django.DjangoModelFactory):
    """A published prayer, counted on its wall (in all and in its language)."""

    class Meta:
        model = Prayer

    wall = factory.SubFactory(WallFactory)
    name = factory.Sequence(lambda n: f"Reader {n}")
    text = factory.Sequence(lambda n: f"Lord, keep your people safe and faithful. ({n})")
    text_hash = factory.LazyAttribute(lambda o: text_hash(o.text))
    status = Prayer.Status.PUBLISHED
    language = "en"
    published_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        prayer = super()._create(model_class, *args, **kwargs)
        if prayer.status == Prayer.Status.PUBLISHED:
            lifecycle.count_languages(
                prayer.wall_id, {prayer.language: 1}, published_count=F("published_count") + 1
            )
        return prayer


def confirmed_address(email: str) -> EmailAddress:
    """Record ``email`` as confirmed by its owner (double opt-in done)."""
    return EmailAddress.objects.create(
        email_hash=privacy.email_hash(email), confirmed_at=timezone.now()
    )
