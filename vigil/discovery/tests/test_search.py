"""Site search: what it finds, in which order, in which languages, and what it never shows.

The suite runs on SQLite and (``make test-postgres``) on PostgreSQL, where search is
full text: tests of behaviour that only one of them has say so with ``connection.vendor``.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.utils import translation

from vigil.campaigns.models import Campaign, Prisoner
from vigil.campaigns.tests.factories import CampaignFactory, PrisonerFactory
from vigil.discovery import search as search_module
from vigil.discovery.search import localized, search
from vigil.discovery.text import Segment
from vigil.watchlist.models import Edition
from vigil.watchlist.tests.factories import PrayerPointFactory

pytestmark = pytest.mark.django_db
POSTGRES = connection.vendor == "postgresql"


def kinds(results) -> dict[str, list[str]]:
    return {group.kind: [hit.title for hit in group.hits] for group in results.groups}


# -- What search finds -----------------------------------------------------------------------


def test_a_country_name_finds_the_country_and_what_concerns_it(site):
    results = search("Kazakhstan")

    assert kinds(results) == {
        "countries": ["Kazakhstan"],
        "campaigns": ["Forty days for Central Asia"],
        "prisoners": ["Makset Djabbarbergenov"],
        "prayer-points": ["Pray for Kazakhstan"],
    }
    country = results.groups[0].hits[0]
    assert country.url == "/countries/kazakhstan/"
    assert country.meta == "Rank 18 · World Watch List 2014"
    assert results.groups[3].hits[0].url == "/countries/kazakhstan/#pray-heading"


def test_words_in_the_text_are_found_and_quoted(site):
    results = search("unregistered worship")

    assert kinds(results) == {"prayer-points": ["Pray for Kazakhstan"]}
    assert results.groups[0].hits[0].snippet == [
        Segment("Pray for pastors fined for ", False),
        Segment("unregistered", True),
        Segment(" ", False),
        Segment("worship", True),
        Segment(".", False),
    ]


def test_every_word_must_match_somewhere(site):
    assert kinds(search("kazakhstan pastors")) == {"prayer-points": ["Pray for Kazakhstan"]}
    assert search("nigeria pastors").groups == []


def test_the_start_of_a_word_is_enough(site):
    assert kinds(search("pasto"))["prayer-points"] == ["Pray for Kazakhstan"]
    assert kinds(search("Kazakh"))["countries"] == ["Kazakhstan"]


def test_a_region_finds_its_countries(site):
    assert kinds(search("west africa"))["countries"] == ["Nigeria"]


def test_stemming_on_postgresql_and_substrings_elsewhere(site):
    found = kinds(search("raid"))

    assert found["countries"] == ["Kazakhstan"]  # "raided", on either database
    if POSTGRES:
        assert kinds(search("fining"))["prayer-points"] == ["Pray for Kazakhstan"]  # "fined"
    else:
        assert kinds(search("registered"))["prayer-points"] == ["Pray for Kazakhstan"]


def test_common_words_do_not_hide_results(site):
    assert kinds(search("the pastors"))["prayer-points"] == ["Pray for Kazakhstan"]


def test_case_and_accents_do_not_matter(site):
    PrisonerFactory(
        name="Aigerim", slug="aigerim", country=site["kazakhstan"], church="Église évangélique"
    )

    for query in ("eglise", "ÉGLISE", "Eglise evangelique"):
        assert kinds(search(query)) == {"prisoners": ["Aigerim"]}, query


def test_cyrillic_text_is_found_whatever_its_case(site):
    CampaignFactory(
        title="Молитва за Казахстан", slug="molitva", summary="Сорок дней молитвы за церковь."
    )

    assert kinds(search("молитва")) == {"campaigns": ["Молитва за Казахстан"]}
    assert kinds(search("ЦЕРКОВЬ")) == {"campaigns": ["Молитва за Казахстан"]}


def test_a_campaign_found_in_another_language_is_titled_in_it(site):
    CampaignFactory(
        title="Steppe churches: pray",
        slug="central-asia",
        summary="Join in prayer for the churches.",
        translations={
            "ru": {"title": "Центральная Азия: молитесь", "summary": "Молитва о церквях."}
        },
    )

    with translation.override("ru"):
        assert kinds(search("церквях"))["campaigns"] == ["Центральная Азия: молитесь"]
        assert kinds(search("Steppe"))["campaigns"] == ["Центральная Азия: молитесь"]
    with translation.override("es"):
        assert kinds(search("Steppe"))["campaigns"] == ["Steppe churches: pray"]


def test_arabic_text_is_found_with_or_without_vowel_marks(site):
    entry = site["kazakhstan"].entries.get(edition__year=2014)
    PrayerPointFactory(entry=entry, text="صَلُّوا من أجل الْكَنِيسَة في كازاخستان")

    assert kinds(search("الكنيسة")) == {"prayer-points": ["Pray for Kazakhstan"]}
    assert kinds(search("صلوا"))["prayer-points"] == ["Pray for Kazakhstan"]


def test_country_names_are_found_in_the_active_language_and_in_english(site):
    with translation.override("ru"):
        assert kinds(search("Казахстан"))["countries"] == ["Казахстан"]
        assert kinds(search("Kazakhstan"))["countries"] == ["Казахстан"]
    with translation.override("es"):
        assert kinds(search("Kazajistán"))["countries"] == ["Kazajistán"]
    with translation.override("ar"):
        assert kinds(search("كازاخستان"))["countries"]


def test_untranslated_fields_are_searched_in_the_default_language(site):
    assert localized(Prisoner, "church", "ru") == [("church", "en", False)]
    assert localized(Prisoner, "country__region", "ar") == [("country__region", "en", False)]


def test_a_column_per_language_is_searched_first_then_english(monkeypatch, site):
    present = {"church_ru", "church_en"}
    monkeypatch.setattr(
        search_module, "_has_field", lambda model, name: model is Prisoner and name in present
    )

    assert localized(Prisoner, "church", "ru") == [
        ("church_ru", "ru", False),
        ("church_en", "en", False),
    ]
    assert localized(Prisoner, "church", "en") == [("church_en", "en", False)]
    assert localized(Prisoner, "church", "es") == [("church_en", "en", False)]


def test_a_json_translation_is_searched_first_then_the_english_column(site):
    assert localized(Campaign, "title", "ru") == [
        ("translations__ru__title", "ru", True),
        ("title", "en", False),
    ]
    assert localized(Prisoner, "name", "ru") == [("name", "en", False)]
    assert localized(Campaign, "title", "en") == [("title", "en", False)]


def test_a_translated_prayer_point_is_found_in_its_language(site):
    entry = site["kazakhstan"].entries.get(edition__year=2014)
    point = PrayerPointFactory(
        entry=entry,
        text="Pray for the pastors of Shymkent.",
        translations={"ru": {"text": "Молитесь о пасторах Шымкента и их семьях."}},
    )
    with translation.override("ru"):
        found = search("пасторах")
    assert found.groups and found.groups[0].kind == "prayer-points", kinds(found)
    assert search("пасторах").groups == []  # English pages search the English text
    assert point.pk


# -- What search never shows -----------------------------------------------------------------


def test_drafts_embargoes_and_unpublished_people_are_never_found(site):
    embargoed = Edition.objects.get(year=2015)
    PrayerPointFactory(entry=embargoed.entries.get(), text="Embargoed secret prayer")

    assert search("secret").groups == []
    assert search("hidden").groups == []
    assert search("tuvalu").groups == []


def test_only_the_newest_published_entry_of_a_country_is_searched(site):
    old = site["kazakhstan"].entries.get(edition__year=2013)
    old.narrative = "A phrase only the old edition has."
    old.save()

    assert search("phrase").groups == []


# -- Order and bounds --------------------------------------------------------------------------


def test_a_match_in_the_title_ranks_above_one_in_the_body(site):
    CampaignFactory(title="Bibles", slug="bibles", summary="Send", body="Scripture for prisons.")
    CampaignFactory(title="Prisons", slug="prisons", summary="Visit", body="Bring Bibles.")

    assert kinds(search("bibles"))["campaigns"] == ["Bibles", "Prisons"]


def test_each_kind_shows_a_bounded_number_of_hits(site):
    for n in range(7):
        CampaignFactory(title=f"Harvest {n}", slug=f"harvest-{n}")

    results = search("harvest", limit=5)

    assert len(results.groups[0].hits) == 5
    assert results.groups[0].more is True
    assert search("harvest", limit=50).groups[0].more is False


@pytest.mark.parametrize("size", [2, 30])
def test_search_costs_one_query_per_kind(site, django_assert_num_queries, size):
    country = site["kazakhstan"]
    entry = country.entries.get(edition__year=2014)
    for n in range(size):
        CampaignFactory(title=f"Prayer chain {n}", slug=f"chain-{n}").countries.add(country)
        PrayerPointFactory(entry=entry, text=f"Prayer for family {n}")
        PrisonerFactory(name=f"Prayer {n}", slug=f"p-{n}", country=country)

    with django_assert_num_queries(4):
        results = search("prayer", limit=50)

    assert {group.kind for group in results.groups} == {"campaigns", "prisoners", "prayer-points"}


# -- The page ----------------------------------------------------------------------------------


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a":
            self.hrefs.append(values.get("href") or "")
        if tag == "form":
            self.forms.append(values)


def parsed(response) -> Links:
    links = Links()
    links.feed(response.content.decode())
    return links


def test_the_page_groups_results_with_links_and_marked_snippets(client, site):
    response = client.get("/search/", {"q": "unregistered"})

    body = response.content.decode()
    assert response.status_code == 200
    assert '<h2 id="results-prayer-points">Prayer points</h2>' in body
    assert "<mark>unregistered</mark>" in body
    assert "/countries/kazakhstan/#pray-heading" in parsed(response).hrefs
    assert "1 result for “unregistered”" in body


def test_the_page_is_the_same_for_everyone_and_sets_no_cookie(client, site):
    response = client.get("/search/", {"q": "kazakhstan"})

    assert "public" in response["Cache-Control"]
    assert not response.cookies
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_an_empty_query_shows_the_form_and_a_hint(client, site, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/search/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "Type the name of a country" in body
    assert 'id="search-q"' in body


def test_no_results_say_so_and_offer_the_lists(client, site):
    response = client.get("/search/", {"q": "zzyzx"})

    body = response.content.decode()
    assert "Nothing matches “zzyzx”" in body
    assert "/countries/" in parsed(response).hrefs


def test_a_query_without_words_asks_for_one(client, site):
    response = client.get("/search/", {"q": "?"})

    assert "Type a word of two letters or more." in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 201}, "Search for 200 characters at most"),
        ({"q": "kazakhstan", "kind": "emails"}, "Search every kind of page"),
    ],
)
def test_bad_input_gets_a_clear_message_not_an_error(client, site, params, message):
    response = client.get("/search/", params)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()


def test_one_kind_shows_more_of_it(client, site):
    for n in range(7):
        CampaignFactory(title=f"Harvest {n}", slug=f"harvest-{n}")

    grouped = client.get("/search/", {"q": "harvest"})
    one_kind = client.get("/search/", {"q": "harvest", "kind": "campaigns"})

    assert grouped.content.decode().count('class="search-title"') == 5
    assert "?q=harvest&kind=campaigns" in parsed(grouped).hrefs
    assert one_kind.content.decode().count('class="search-title"') == 7


def test_every_page_has_a_search_box_that_works_without_javascript(client, site):
    for path in ("/", "/countries/kazakhstan/", "/campaigns/"):
        forms = parsed(client.get(path)).forms
        search_forms = [form for form in forms if form.get("role") == "search"]
        assert search_forms == [
            {"class": "site-search", "role": "search", "action": "/search/", "method": "get"}
        ], path


def test_the_header_box_keeps_the_query(client, site):
    body = client.get("/search/", {"q": "Kazakh <b>"}).content.decode()

    assert 'value="Kazakh &lt;b&gt;"' in body
    assert "<b>" not in body.split("<main")[0]


def test_dates_and_names_in_meta_lines(site):
    campaign = site["campaign"]
    campaign.ends = date(2031, 3, 1)
    campaign.save()

    hit = search("forty").groups[0].hits[0]

    assert hit.meta == "Campaign · until 1 March 2031"
