"""Fixtures for the discovery tests: a small published site with things that must stay hidden."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from vigil.campaigns.models import CampaignStatus
from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    PrayerPointFactory,
)


@pytest.fixture(autouse=True)
def _plain_static_files(settings) -> None:
    """Templates use {% static %}; tests run without a collectstatic manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.VIGIL_SITE_URL = "https://pray.example.org"


@pytest.fixture
def site(db):
    """Two published editions (2013, 2014), an embargoed one (2015), a campaign, a draft
    campaign, a published prisoner and an unpublished one."""
    kazakhstan = CountryFactory(code="KZ", slug="kazakhstan", region="Central Asia")
    nigeria = CountryFactory(code="NG", slug="nigeria", region="West Africa")
    hidden = CountryFactory(code="TV", slug="tuvalu")
    old, current = EditionFactory(year=2013), EditionFactory(year=2014)
    embargoed = EditionFactory(year=2015, publish_at=timezone.now() + timedelta(days=9))
    EntryFactory(edition=old, country=kazakhstan, rank=45, score=Decimal(50))
    entry = EntryFactory(
        edition=current,
        country=kazakhstan,
        rank=18,
        score=Decimal(64),
        narrative="Churches outside the registered union are raided; fines follow worship.",
    )
    PrayerPointFactory(entry=entry, text="Pray for pastors fined for unregistered worship.")
    EntryFactory(edition=current, country=nigeria, rank=7, score=Decimal(79))
    EntryFactory(edition=embargoed, country=hidden, rank=1, score=Decimal(90))
    campaign = CampaignFactory(
        title="Forty days for Central Asia", slug="forty-days", summary="Pray with us."
    )
    campaign.countries.add(kazakhstan)
    CampaignFactory(title="Secret draft", slug="draft", status=CampaignStatus.DRAFT)
    PrisonerFactory(name="Makset Djabbarbergenov", slug="makset", country=kazakhstan)
    PrisonerFactory(name="Hidden person", slug="hidden-person", country=nigeria, published=False)
    return {"kazakhstan": kazakhstan, "nigeria": nigeria, "campaign": campaign}
