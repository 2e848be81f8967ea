from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from vigil.core import ratelimit
from vigil.prayers import formtoken

NOW = 1_000_000_040.0


class Clock:
    """The form token's clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _fake_classifier(settings):
    """API rules are tested against the predictable classifier the prayers tests use."""
    settings.VIGIL_CLASSIFIER = "vigil.moderation.engine.classifier.KeywordFakeClassifier"


@pytest.fixture(autouse=True)
def clock(monkeypatch) -> Clock:
    """Fixed clocks for rate-limit windows and form tokens."""
    monkeypatch.setattr(ratelimit, "_now", lambda: NOW)
    token_clock = Clock()
    monkeypatch.setattr(formtoken, "_clock", token_clock)
    return token_clock


def post_json(client: Client, url: str, payload: Any = None, **extra: Any) -> Any:
    body = json.dumps({} if payload is None else payload)
    return client.post(url, body, content_type="application/json", **extra)


def fetch_token(client: Client, clock: Clock, wall_id: int, wait: float = 60) -> str:
    """A token from the API, as a form would fetch it, then ``wait`` seconds of typing."""
    token = client.get(f"/api/walls/{wall_id}/form-token").json()["token"]
    clock.now += wait
    return token


@pytest.fixture
def open_data(db) -> dict[str, Any]:
    """A fixed little world: two published editions (one complete, one partial), an
    embargoed one, three countries, engines, sources, a public and a draft campaign, a
    published and an unconsented prisoner, and walls whose prayers carry emails."""
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from vigil.campaigns.models import CampaignStatus
    from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory
    from vigil.prayers.models import Prayer, Wall
    from vigil.prayers.tests.factories import PrayerFactory
    from vigil.watchlist.models import Edition
    from vigil.watchlist.tests import factories as wf

    def edition(year: int, **fields: Any) -> Edition:
        fields.setdefault("publish_at", datetime(year, 1, 15, 9, tzinfo=UTC))
        return Edition.objects.create(
            year=year, title=f"World Watch List {year}", coverage_note="All ranks.", **fields
        )

    s1 = wf.SourceFactory(code="S01", title="Archived list 2024", publisher="Watchers", year=2024)
    s2 = wf.SourceFactory(code="S02", title="Country report", publisher="Watchers", year=2025)
    # Editions are created directly: the factory's year sequence (1900 + n) must not be
    # moved on by this fixture, or other tests' editions would fall in the future.
    old = edition(2024, complete=True)
    new = edition(2025, complete=False)
    edition(2026, publish_at=datetime(2999, 1, 1, tzinfo=UTC))
    old.sources.set([s1])
    for edition in (old, new):
        wf.LevelBandFactory(edition=edition, name="Extreme", slug="extreme", score_min=81)
        wf.LevelBandFactory(edition=edition, name="Very high", slug="very-high", score_min=61,
                            score_max=Decimal("80.9"), order=1)  # fmt: skip
    korea = wf.CountryFactory(code="KP", slug="north-korea", region="Asia")
    somalia = wf.CountryFactory(code="SO", slug="somalia", region="Africa")
    iran = wf.CountryFactory(code="IR", slug="iran", region="Middle East")
    oppression = wf.PersecutionEngineFactory(name="Islamic oppression", slug="islamic-oppression",
                                            aliases="Islamic extremism")  # fmt: skip
    paranoia = wf.PersecutionEngineFactory(name="Dictatorial paranoia", slug="dictatorial-paranoia")
    entries = {}
    for edition, country, rank, score in [
        (old, korea, 1, "98.0"), (old, somalia, 2, "92.0"), (old, iran, 9, "70.0"),
        (new, korea, 1, "97.0"), (new, iran, None, None),
    ]:  # fmt: skip
        entry = wf.EntryFactory(
            edition=edition, country=country, rank=rank,
            score=Decimal(score) if score else None, stated_level="Very high" if not score else "",
        )  # fmt: skip
        entry.sources.set([s1 if edition == old else s2])
        entries[edition.year, country.slug] = entry
    wf.EntryEngineFactory(
        entry=entries[2024, "north-korea"], engine=paranoia, strength="Very strong"
    )
    wf.EntryEngineFactory(entry=entries[2024, "somalia"], engine=oppression, strength="Very strong")
    wf.EntryEngineFactory(entry=entries[2024, "iran"], engine=oppression, strength="Strong")
    wf.PrayerPointFactory(entry=entries[2025, "north-korea"], text="Pray for believers in camps.")
    campaign = CampaignFactory(slug="iran-week", title="A week for Iran", countries=[iran])
    draft = CampaignFactory(slug="draft-plan", status=CampaignStatus.DRAFT)
    prisoner = PrisonerFactory(slug="pastor-a", name="Pastor A", country=iran)
    PrisonerFactory(slug="hidden", consent_recorded=False, published=False, country=iran)
    korea_wall = Wall.objects.for_country(korea)
    campaign_wall = Wall.objects.for_campaign(campaign)
    draft_wall = Wall.objects.for_campaign(draft)
    emails = []
    for index in range(3):
        email = f"reader{index}@mail.example"
        emails.append(email)
        PrayerFactory(wall=korea_wall, email=email, email_hash=f"{index:064x}",
                      client_hash=f"client-{index:060x}",
                      published_at=datetime(2025, 2, 1 + index, tzinfo=UTC))  # fmt: skip
    PrayerFactory(wall=korea_wall, status=Prayer.Status.HELD, text="Held for review, not public.")
    PrayerFactory(wall=campaign_wall, email="camp@mail.example")
    PrayerFactory(wall=draft_wall)
    return {
        "editions": (old, new), "countries": (korea, somalia, iran), "campaign": campaign,
        "draft": draft, "prisoner": prisoner, "walls": (korea_wall, campaign_wall, draft_wall),
        "emails": [*emails, "camp@mail.example"], "today": date.today(),
    }  # fmt: skip
