"""Campaigns, calls to give and prisoners' stories in the page's language, English as the
fallback; and the demo translations, which must say what the English says."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from vigil.campaigns import giving
from vigil.campaigns.models import Campaign, Prisoner
from vigil.campaigns.tests.factories import (
    CampaignFactory,
    CountryGivingFactory,
    PrisonerFactory,
)
from vigil.watchlist.tests.test_vocabulary import text_of

pytestmark = pytest.mark.django_db

DEMO = Path(settings.BASE_DIR) / "data" / "demo"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="x-editor-pass", is_staff=True, is_superuser=True
    )


@pytest.fixture
def campaign() -> Campaign:
    return CampaignFactory(
        slug="lent",
        title="Pray through Lent",
        summary="Forty days of prayer.",
        body="Pray **every day**.",
        giving_label="Give for Lent",
        translations={
            "es": {"title": "Orar en Cuaresma", "body": "Oren **cada día**."},
            "ar": {"giving_label": "تبرّع في الصوم الكبير"},
        },
    )


def test_campaign_page_in_spanish_with_english_where_untranslated(client, campaign) -> None:
    page = client.get("/es/campaigns/lent/").content.decode()

    assert "<h1>Orar en Cuaresma</h1>" in page
    assert "<title>Orar en Cuaresma" in page
    assert "Oren <strong>cada día</strong>." in page
    assert "Forty days of prayer." in page  # no Spanish summary: English
    assert "Give for Lent" in page  # no Spanish call to give: English
    assert "<h1>Pray through Lent</h1>" in client.get("/campaigns/lent/").content.decode()


def test_campaign_cards_show_translated_titles(client, campaign) -> None:
    assert "Orar en Cuaresma" in client.get("/es/campaigns/").content.decode()
    assert "Orar en Cuaresma" not in client.get("/campaigns/").content.decode()


@pytest.mark.parametrize(
    ("prefix", "dates"),
    [
        ("", "From 5 March 2020 to 31 August 2099"),
        ("/ru", "С 5 марта 2020 по 31 августа 2099"),
        ("/es", "Del 5 de marzo de 2020 al 31 de agosto de 2099"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(client, prefix, dates) -> None:
    CampaignFactory(slug="steppe", starts=date(2020, 3, 5), ends=date(2099, 8, 31))
    PrisonerFactory(slug="aigerim", arrested=date(2024, 3, 5))

    assert dates in text_of(client.get(f"{prefix}/campaigns/"))
    arrested = {"": "5 March 2024", "/ru": "5 марта 2024", "/es": "5 de marzo de 2024"}[prefix]
    assert arrested in text_of(client.get(f"{prefix}/prisoners/aigerim/"))


def test_calls_to_give_are_translated(campaign) -> None:
    override = CountryGivingFactory(label="Give for Nigeria", translations={
        "ru": {"label": "Пожертвовать для Нигерии"},
    })  # fmt: skip

    with translation.override("ar"):
        assert giving.campaign_target(campaign).label == "تبرّع في الصوم الكبير"
        assert giving.country_target(override.country, override).label == "Give for Nigeria"
    with translation.override("ru"):
        assert giving.campaign_target(campaign).label == "Give for Lent"
        assert giving.country_target(override.country, override).label == (
            "Пожертвовать для Нигерии"
        )


def test_prisoner_story_in_arabic(client) -> None:
    PrisonerFactory(
        slug="pastor-a",
        summary="Pastor A was **released**.",
        charges="Holding a service",
        translations={"ar": {"summary": "أُطلق سراح **القس أ**."}},
    )

    page = client.get("/ar/prisoners/pastor-a/").content.decode()

    assert "أُطلق سراح <strong>القس أ</strong>." in page
    assert "Holding a service" in page  # charges not translated: English


def test_campaign_admin_lists_and_filters_missing_translations(client, staff, campaign) -> None:
    CampaignFactory(slug="done", title="Done", summary="S", body="", translations={
        code: {"title": "T", "summary": "S"} for code in ("ru", "es", "ar")
    })  # fmt: skip
    client.force_login(staff)
    url = reverse("admin:campaigns_campaign_changelist")

    page = client.get(url).content.decode()
    missing = client.get(url, {"missing_translation": "any"}).context["cl"].result_list

    assert "Missing translations" in page
    assert "Russian, Spanish, Arabic" in page
    assert list(missing) == [campaign]


def test_campaign_change_form_saves_translations(client, staff, campaign) -> None:
    client.force_login(staff)
    url = reverse("admin:campaigns_campaign_change", args=[campaign.pk])
    form = client.get(url).context["adminform"].form
    data = {
        name: form.initial.get(name, field.initial) or ""
        for name, field in form.fields.items()
        if name != "image"
    }
    data["countries"] = []
    data["title__ru"] = "Молиться в Великий пост"

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    campaign.refresh_from_db()
    assert campaign.translations["ru"] == {"title": "Молиться в Великий пост"}
    assert campaign.translations["es"]["title"] == "Orar en Cuaresma"


# -- The demo translations -----------------------------------------------------------------

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def numbers(text: str) -> set[str]:
    """The figures a text states, written one way: "4,476", "4 476" and "4476" alike;
    "16,7" as "16.7"; Arabic "300 ألف" as "300000". Figures up to ten are left out,
    as translations may spell them as words ("primer puesto")."""
    text = re.sub(r"(\d+) ألف(?:ًا|ا)?", r"\g<1>000", text)
    text = re.sub(r"(?<=\d)[ \u00a0\u202f,](?=\d{3}\b)", "", text)
    found = {match.replace(",", ".") for match in NUMBER.findall(text)}
    return {n for n in found if "." in n or int(n) > 10}


def english_demo() -> dict[str, dict[tuple, dict]]:
    profiles = json.loads((DEMO / "profiles.json").read_text(encoding="utf-8"))
    campaigns = json.loads((DEMO / "campaigns.json").read_text(encoding="utf-8"))
    return {
        "profiles": {(p["iso3"], p["year"]): p for p in profiles},
        "campaigns": {(c["slug"],): c for c in campaigns},
    }


@pytest.mark.parametrize("language", ["ru", "es", "ar"])
def test_demo_translations_cover_the_english_and_keep_its_figures(language) -> None:
    data = json.loads((DEMO / "translations" / f"{language}.json").read_text(encoding="utf-8"))
    english = english_demo()
    profiles = {(p["iso3"], p["year"]): p for p in data["profiles"]}
    campaigns = {(c["slug"],): c for c in data["campaigns"]}

    assert profiles.keys() == english["profiles"].keys()
    assert campaigns.keys() == english["campaigns"].keys()
    for key, profile in profiles.items():
        source = english["profiles"][key]
        assert len(profile["prayer_points"]) == len(source["prayer_points"]), key
        for field in ("narrative", "most_affected"):
            assert numbers(profile[field]) == numbers(source[field]), (key, field)
            assert profile[field].count("**") == source[field].count("**"), (key, field)
    for key, campaign in campaigns.items():
        source = english["campaigns"][key]
        assert numbers(campaign["body"]) == numbers(source["body"]), key
        assert all(campaign[field] for field in Campaign.translatable_fields), key
    assert [p["slug"] for p in data["prisoners"]] == ["bakhytzhan-kashkumbaev"]


def test_demo_campaigns_and_prisoner_load_their_translations(client, demo) -> None:
    prisoner = Prisoner.objects.get(slug="bakhytzhan-kashkumbaev")

    assert prisoner.missing_languages() == []
    assert numbers(prisoner.translated("summary", "ru")) == numbers(prisoner.summary)
    assert all(c.missing_languages() == [] for c in Campaign.objects.all())
    page = client.get("/ar/campaigns/central-asia-pray-as-pressure-rises/").content.decode()
    assert "آسيا الوسطى: لنصلِّ مع تزايد الضغط" in page
    assert "تبرّع للكنيسة في آسيا الوسطى" in page
    assert 'alt="شمعة مضاءة في ليلة زرقاء داكنة، يتوهج لهبها بلون برتقالي."' in page
    cards = client.get("/ru/campaigns/").content.decode()
    assert 'alt="Горящая свеча на фоне тёмно-синей ночи, её пламя светится оранжевым."' in cards
    english = client.get("/campaigns/").content.decode()
    assert 'alt="A lit candle against a deep blue night, its flame glowing orange."' in english


def test_a_campaigns_wall_takes_its_translated_title_and_follows_edits(client, campaign) -> None:
    from vigil.prayers.models import wall_for

    client.get("/es/campaigns/lent/")  # the page makes its wall
    wall = wall_for(campaign)
    heading = client.get(f"/es/walls/{wall.pk}/").content.decode().split("<h1>")[1]
    assert "Orar en Cuaresma" in heading.split("</h1>")[0]
    with translation.override("es"):
        assert wall.display_title == "Orar en Cuaresma"
    with translation.override("ar"):
        assert wall.display_title == "Pray through Lent"  # no Arabic title: English
    campaign.translations["ar"]["title"] = "صلّوا في الصوم الكبير"
    campaign.save()
    with translation.override("ar"):
        assert wall_for(campaign).display_title == "صلّوا في الصوم الكبير"
