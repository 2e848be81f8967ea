"""``?lang=`` on the open-data endpoints that carry editorial text: that language where
translated, English otherwise, and English without it."""

from __future__ import annotations

import pytest

from vigil.campaigns.models import Campaign, Prisoner
from vigil.watchlist.models import PrayerPoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(open_data):
    PrayerPoint.objects.filter(text="Pray for believers in camps.").update(
        translations={"ru": {"text": "Молитесь о верующих в лагерях."}}
    )
    Campaign.objects.filter(slug="iran-week").update(
        translations={"es": {"title": "Una semana por Irán"}}
    )
    Prisoner.objects.filter(slug="pastor-a").update(
        summary="Released.", translations={"ar": {"summary": "أُطلق سراحه."}}
    )
    return open_data


def test_entries_give_prayer_points_in_the_asked_language(client, translated):
    def points(query: str) -> list[str]:
        body = client.get(f"/api/v1/entries?country=north-korea&year=2025{query}").json()
        return body["items"][0]["prayer_points"]

    assert points("") == ["Pray for believers in camps."]
    assert points("&lang=ru") == ["Молитесь о верующих в лагерях."]
    assert points("&lang=es") == ["Pray for believers in camps."]  # not translated


def test_campaigns_and_prisoners_take_lang_too(client, translated):
    campaign = client.get("/api/v1/campaigns/iran-week?lang=es").json()
    listed = client.get("/api/v1/campaigns?lang=es").json()["items"]
    prisoner = client.get("/api/v1/prisoners/pastor-a?lang=ar").json()

    assert campaign["title"] == "Una semana por Irán"
    assert [c["title"] for c in listed if c["slug"] == "iran-week"] == ["Una semana por Irán"]
    assert prisoner["summary"] == "أُطلق سراحه."
    assert client.get("/api/v1/prisoners/pastor-a").json()["summary"] == "Released."


def test_an_unknown_language_is_refused(client, translated):
    response = client.get("/api/v1/campaigns?lang=fr")

    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
