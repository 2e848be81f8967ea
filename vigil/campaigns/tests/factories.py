"""factory_boy factories for campaigns, giving and prisoners."""

from __future__ import annotations

import datetime

import factory

from vigil.campaigns.models import (
    Campaign,
    CampaignStatus,
    CountryGiving,
    Prisoner,
    PrisonerStatus,
)
from vigil.watchlist.tests.factories import CountryFactory


class CampaignFactory(factory.django.DjangoModelFactory):
    """A published campaign that started a month ago and runs for a year."""

    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    summary = "Pray and give together."
    body = "Pray **every day**."
    starts = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    ends = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=335))
    status = CampaignStatus.PUBLISHED

    @factory.post_generation
    def countries(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.countries.set(extracted)


class CountryGivingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CountryGiving

    country = factory.SubFactory(CountryFactory)
    url = "https://give.example.org/country"
    label = "Give for this country"


class PrisonerFactory(factory.django.DjangoModelFactory):
    """A published case with consent on record."""

    class Meta:
        model = Prisoner
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Prisoner {n}")
    slug = factory.Sequence(lambda n: f"prisoner-{n}")
    country = factory.SubFactory(CountryFactory)
    church = "A house church"
    arrested = datetime.date(2024, 1, 1)
    released = None
    status = PrisonerStatus.DETAINED
    charges = "Holding a service"
    consent_recorded = True
    published = True
