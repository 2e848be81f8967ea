"""The public watch-list pages and the editors' admin."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from vigil.watchlist.charts import history_entries
from vigil.watchlist.csvformat import COLUMNS
from vigil.watchlist.models import Confidence, Edition, Entry, EntryEngine
from vigil.watchlist.selectors import Change, change_for, country_profile, current_edition
from vigil.watchlist.templatetags import watchlist_tags
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryEngineFactory,
    EntryFactory,
    FactSheetFactory,
    LevelBandFactory,
    PersecutionEngineFactory,
    PrayerPointFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    """Templates use {% static %}; tests run without a collectstatic manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def imported():
    call_command("import_watchlist", str(settings.BASE_DIR / "data" / "watchlist"), verbosity=0)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="x-editor-pass", is_staff=True, is_superuser=True
    )


def page_text(response) -> str:
    """The page's visible text with tags removed and whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" )", ")")


def assert_clean_html(response) -> None:
    html = response.content.decode()
    assert "None" not in html
    assert "style=" not in html
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, f"inline script: {tag}"


# -- The acceptance profile, from the real dataset ------------------------------------------


def test_kazakhstan_2014_profile(client, imported):
    response = client.get("/countries/kazakhstan/?edition=2014")

    assert response.status_code == 200
    text = page_text(response)
    for expected in (
        "Rank 39",
        "Score 49/100",
        "2013 Rank 48",
        "Leader President Nursultan Nazarbayev",
        "Government Republic",
        "Main Religion Islam",
        "Population 16.7 million (2.5 million Christians)",
        "Source of persecution: Dictatorial paranoia / Organized corruption",
    ):
        assert expected in text
    assert 'href="/sources/#S09"' in response.content.decode()
    assert response.context["country"].slug == "kazakhstan"
    assert response.context["entry"].rank == 39
    assert response.context["edition"].year == 2014
    assert_clean_html(response)


def test_an_old_profile_tells_one_story(client, imported):
    """One history chart and table, the current rank in a banner, no editors' notes."""
    response = client.get("/countries/kazakhstan/?edition=2014")

    html = response.content.decode()
    text = page_text(response)
    assert "This is the 2014 profile; in 2025 Kazakhstan ranks 38" in text
    assert 'href="/countries/kazakhstan/?edition=2025"' in html
    assert text.count("Kazakhstan across the editions") == 1
    assert html.count("<table") == 1 + html.count("the six spheres")
    assert "Where the pressure falls" not in text  # no 2014 spheres are published
    assert 'href="#pray"' in html and 'id="pray"' in html
    for note in ("consistent with S01", "was not readable", "archived page:"):
        assert note not in html
    assert ">S09<" not in html
    assert "Archived Open Doors USA country page for Kazakhstan, WWL 2014 (2014)" in text


def test_the_current_profile_has_no_old_edition_banner(client, imported):
    response = client.get("/countries/kazakhstan/")

    assert "This is the" not in page_text(response)


def test_country_profile_defaults_to_latest_published_edition(client, imported):
    response = client.get("/countries/kazakhstan/")

    assert response.status_code == 200
    assert response.context["edition"].year == 2025
    text = page_text(response)
    assert "Score not published" in text
    assert "2024 Rank 47" in text
    assert_clean_html(response)


def test_cross_referenced_facts_show_their_confidence(client, imported):
    response = client.get("/countries/kazakhstan/?edition=2017")

    text = page_text(response)
    assert "Population 18.1 million (26% Christians)" in text
    assert "cross-referenced" in text


def test_home_shows_current_edition_top_ten(client, imported):
    """2025 is the newest edition of the dataset with its whole top ten; 2026 lists
    four countries only, so it is partial and never current."""
    response = client.get("/")

    assert response.status_code == 200
    assert response.context["edition"].year == 2025
    assert len(response.context["rows"]) == 10
    html = response.content.decode()
    assert "World Watch List 2025" in html
    assert 'World Watch List 2026</a> <span class="muted">(partial)</span>' in html
    assert reverse("watchlist:edition-detail", args=[2025]) in html
    assert reverse("watchlist:edition-detail", args=[2013]) in html
    assert_clean_html(response)


def test_watchlist_redirects_to_current_edition(client, imported):
    response = client.get("/watchlist/")

    assert response.status_code == 302
    assert response["Location"] == "/watchlist/2025/"


def test_partial_edition_is_marked_partial(client, imported):
    html = client.get("/watchlist/2025/").content.decode()

    assert '<h1>World Watch List 2025 <span class="muted">(partial)</span></h1>' in html
    assert "(partial)" not in client.get("/watchlist/2016/").content.decode()


def test_edition_list_page_from_real_data(client, imported):
    response = client.get("/watchlist/2014/")

    assert response.status_code == 200
    text = page_text(response)
    assert "World Watch List 2014" in text
    assert "1 November 2012 – 31 October 2013" in text
    assert "49 of 50 ranks" in text
    assert "Download this list (CSV)" in text
    assert "<caption" in response.content.decode()
    assert_clean_html(response)


# -- Lists built with factories ----------------------------------------------------------------


@pytest.fixture
def two_editions():
    before = EditionFactory(year=2015, complete=True)
    edition = EditionFactory(year=2016, complete=False, period_start=None)
    LevelBandFactory(edition=edition, name="Extreme", score_min=81, score_max=100)
    climber, faller, newcomer = CountryFactory.create_batch(3)
    EntryFactory(edition=before, country=climber, rank=10, score=Decimal("70.0"))
    EntryFactory(edition=before, country=faller, rank=1, score=Decimal("90.0"))
    EntryFactory(edition=edition, country=climber, rank=1, score=Decimal("85.5"))
    EntryFactory(edition=edition, country=faller, rank=3, score=None)
    EntryFactory(edition=edition, country=newcomer, rank=2, score=Decimal("82.0"))
    return edition


def test_edition_table_shows_changes_for_screen_readers(client, two_editions):
    response = client.get("/watchlist/2016/")

    html = response.content.decode()
    assert "up 9 places" in html
    assert "down 2 places" in html
    assert "New entry" in html
    assert "▲ +15.5" in html
    assert "Extreme" in html
    assert_clean_html(response)


def test_edition_table_sorts_on_the_server(client, two_editions):
    by_score = client.get("/watchlist/2016/?sort=score").context["rows"]
    by_change = client.get("/watchlist/2016/?sort=change").context["rows"]
    junk = client.get("/watchlist/2016/?sort=<script>").context["rows"]

    assert [row.entry.rank for row in by_score] == [1, 2, 3]
    assert [row.entry.rank for row in by_change] == [1, 3, 2]
    assert [row.entry.rank for row in junk] == [1, 2, 3]


def test_previous_edition_without_full_list_says_no_data(client):
    EditionFactory(year=2015, complete=False)
    EntryFactory(edition=EditionFactory(year=2016), rank=4)

    html = client.get("/watchlist/2016/").content.decode()

    assert "No 2015 data" in html


def test_change_for_derives_the_previous_rank():
    complete = Edition(year=2013, complete=True)
    partial = Edition(year=2013, complete=False)
    entry = Entry(rank=39, score=Decimal(49))

    moved = change_for(entry, complete, (48, None))
    assert (moved.previous_rank, moved.rank_delta, moved.rank_text) == (48, 9, "up 9 places")
    assert change_for(entry, complete, None).previous_text == "Not ranked in 2013"
    assert change_for(entry, partial, None).previous_text == "No 2013 data"
    assert change_for(entry, None, None) == Change("first")
    assert change_for(entry, complete, (30, Decimal(50))).score_delta == Decimal(-1)


def test_country_profile_says_not_ranked_when_previous_list_is_complete(client):
    country = CountryFactory()
    EditionFactory(year=2013, complete=True)
    EntryFactory(edition=EditionFactory(year=2014), country=country, rank=20)

    text = page_text(client.get(country.get_absolute_url()))

    assert "2013 Rank Not ranked in 2013" in text


def test_empty_states_never_show_none(client):
    country = CountryFactory()
    EntryFactory(edition=EditionFactory(year=2014), country=country, rank=None, score=None)

    response = client.get(country.get_absolute_url())

    text = page_text(response)
    assert "Not ranked" in text
    assert "Score not published" in text
    assert "Leader Not published in our sources" in text
    assert "Source of persecution: Not published in our sources" in text
    assert_clean_html(response)
    assert_clean_html(client.get("/watchlist/2014/"))
    assert_clean_html(client.get("/countries/"))


def test_profile_shows_engines_prayer_points_and_facts(client):
    country = CountryFactory()
    entry = EntryFactory(edition=EditionFactory(year=2014), country=country, rank=5)
    EntryEngineFactory(entry=entry, engine=PersecutionEngineFactory(name="Islamic oppression"))
    EntryEngineFactory(entry=entry, published_name="Clan oppression", strength="Strong")
    PrayerPointFactory(entry=entry, text="Pray for the church in the north.")
    FactSheetFactory(country=country, year=2014, leader="", sources=[SourceFactory(code="S01")])
    FactSheetFactory(country=country, year=2014, leader="King Test", christians="")
    FactSheetFactory(country=country, year=2013, leader="Old Leader")

    response = client.get(country.get_absolute_url())

    text = page_text(response)
    assert "Source of persecution: Islamic oppression / Clan oppression (Strong)" in text
    assert "Leader King Test" in text
    assert "Old Leader" not in text
    assert "Population 10 million (1 million Christians) (2014, Test source S01)" in text
    assert '<ol class="prayer-points"><li>Pray for the church in the north.</li>' in (
        response.content.decode()
    )


def test_profile_without_its_own_facts_shows_the_newest_earlier_ones_with_their_year(client):
    country = CountryFactory()
    older = EntryFactory(edition=EditionFactory(year=2019), country=country, rank=9)
    EntryEngineFactory(
        entry=older, engine=PersecutionEngineFactory(name="Dictatorial paranoia"), strength="Strong"
    )
    draft = EntryFactory(edition=EditionFactory(year=2020, publish_at=None), country=country)
    EntryEngineFactory(entry=draft, engine=PersecutionEngineFactory(name="Draft engine"))
    EntryFactory(edition=EditionFactory(year=2021), country=country, rank=7)
    later = EntryFactory(edition=EditionFactory(year=2022), country=country, rank=6)
    EntryEngineFactory(entry=later, engine=PersecutionEngineFactory(name="Later engine"))
    blank = {"population": "", "christians": "", "government": "", "main_religion": ""}
    source = SourceFactory(code="S01")
    FactSheetFactory(country=country, year=2018, leader="Old Leader", sources=[source], **blank)
    FactSheetFactory(
        country=country, year=2020, leader="", population="19 205 000", christians="4 876 000"
    )
    FactSheetFactory(country=country, year=2022, leader="Later Leader", population="30 000 000")
    FactSheetFactory(country=country, year=None, leader="Undated Leader")

    text = page_text(client.get(country.get_absolute_url() + "?edition=2021"))

    assert "Source of persecution: Dictatorial paranoia (Strong) (2019)" in text
    assert "Leader Old Leader (2018, Test source S01)" in text
    assert "Population 19.2 million (4.9 million Christians) (2020)" in text
    for unseen in ("Draft engine", "Later engine", "Later Leader", "30 million", "Undated"):
        assert unseen not in text
    # The edition that names its own engines and has its own facts shows only those.
    text = page_text(client.get(country.get_absolute_url() + "?edition=2022"))
    assert "Source of persecution: Later engine The situation" in text
    assert "Leader Later Leader (2022)" in text


def test_christians_come_from_the_newest_year_that_gives_them(client):
    country = CountryFactory()
    EntryFactory(edition=EditionFactory(year=2021), country=country, rank=7)
    FactSheetFactory(country=country, year=2019, christians="2 million", christian_share="")
    FactSheetFactory(country=country, year=2020, christians="", christian_share="12%")

    text = page_text(client.get(country.get_absolute_url()))

    assert "Population 10 million (12% Christians)" in text
    assert "2 million" not in text


# -- Embargo ---------------------------------------------------------------------------------


@pytest.fixture
def embargoed():
    edition = EditionFactory(year=2030, publish_at=timezone.now() + timedelta(days=3))
    EntryFactory(edition=edition, rank=1)
    return edition


@pytest.mark.parametrize("url", ["/watchlist/2030/", "/watchlist/2030/download.csv"])
def test_embargoed_edition_is_404_for_the_public(client, embargoed, url):
    assert client.get(url).status_code == 404


def test_draft_edition_is_404_for_the_public(client):
    EditionFactory(year=2031, publish_at=None)

    assert client.get("/watchlist/2031/").status_code == 404


def test_staff_preview_embargoed_edition_with_a_banner(client, staff, embargoed):
    client.force_login(staff)

    response = client.get("/watchlist/2030/")

    assert response.status_code == 200
    assert "Preview" in page_text(response)
    assert "embargoed until" in page_text(response)
    assert response["Cache-Control"] == "private, no-store"


def test_embargoed_profile_is_404_for_the_public_and_preview_for_staff(client, staff, embargoed):
    entry = embargoed.entries.get()
    url = entry.get_absolute_url()

    assert client.get(url).status_code == 404
    client.force_login(staff)
    assert "embargoed until" in page_text(client.get(url))


@pytest.mark.parametrize("as_staff", [False, True])
def test_profile_gives_the_charts_the_entries_they_would_load(embargoed, staff, as_staff):
    """The charts take the country's history from the profile instead of loading it
    again: the same entries in the same order, with the same levels, for the public and
    for staff previewing an embargoed edition (which the charts leave out)."""
    country = embargoed.entries.get().country
    for year, score in ((2012, Decimal("82.0")), (2014, Decimal("70.5")), (2016, None)):
        edition = EditionFactory(year=year)
        LevelBandFactory(edition=edition)
        EntryFactory(edition=edition, country=country, rank=year - 2000, score=score)
    EditionFactory(year=2015)  # an edition without the country
    user = staff if as_staff else AnonymousUser()
    year = 2030 if as_staff else 2014

    profile = country_profile(country, user, year)

    assert profile is not None
    loaded = history_entries(country)
    assert [e.pk for e in profile.history_entries] == [e.pk for e in loaded]
    assert [e.level for e in profile.history_entries] == [e.level for e in loaded]
    assert [e.get_absolute_url() for e in profile.history_entries] == [
        e.get_absolute_url() for e in loaded
    ]


def test_embargoed_edition_is_not_current(embargoed):
    EditionFactory(year=2020)

    assert current_edition().year == 2020


def test_partial_edition_is_not_current_however_new():
    EditionFactory(year=2020)
    EditionFactory(year=2021, complete=False)

    assert current_edition().year == 2020


def test_an_edition_with_its_whole_top_ten_is_current_though_not_complete():
    EditionFactory(year=2020)
    newer = EditionFactory(year=2021, complete=False)
    for rank in range(1, 11):
        EntryFactory(edition=newer, rank=rank)

    assert current_edition().year == 2021


def test_no_edition_is_current_before_a_complete_one_is_published():
    EditionFactory(year=2021, complete=False)

    assert current_edition() is None


# -- Downloads, sources, health, caching -------------------------------------------------------


def test_csv_download_has_the_dataset_columns(client, two_editions):
    response = client.get(reverse("watchlist:edition-csv", args=[2016]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "watchlist-2016.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == COLUMNS["wwl_rankings.csv"]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert (first["year"], first["rank"], first["score"], first["prev_rank"]) == (
        "2016",
        "1",
        "85.5",
        "10",
    )
    assert dict(zip(rows[0], rows[2], strict=True))["prev_rank"] == "new"


def test_csv_matches_the_imported_file(client, imported):
    response = client.get("/watchlist/2014/download.csv")

    ours = list(csv.DictReader(io.StringIO(response.content.decode())))
    path = settings.BASE_DIR / "data" / "watchlist" / "wwl_rankings.csv"
    with path.open(encoding="utf-8") as handle:
        theirs = [row for row in csv.DictReader(handle) if row["year"] == "2014"]
    key = ("rank", "iso3", "score", "prev_rank", "source_ids")
    assert [tuple(r[k] for k in key) for r in ours] == [tuple(r[k] for k in key) for r in theirs]


def test_sources_page_has_anchors_and_safe_links(client):
    SourceFactory(code="S09", url="https://web.archive.org/x", used_for="Kazakhstan 2014")
    SourceFactory(code="S10", url="print edition, p. 4")

    response = client.get("/sources/")

    html = response.content.decode()
    assert 'id="S09"' in html
    assert '<a href="https://web.archive.org/x" rel="nofollow noopener">' in html
    assert 'href="print edition' not in html
    assert "Kazakhstan 2014" in html


def test_country_list_shows_latest_published_rank(client, two_editions):
    EditionFactory(year=2040, publish_at=timezone.now() + timedelta(days=1))

    response = client.get("/countries/")

    rows = dict(response.context["rows"])
    assert {entry.edition.year for entry in rows.values() if entry} == {2016}
    assert '<span class="muted">in 2016</span>' in response.content.decode()
    assert_clean_html(response)


def test_healthz(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize("url", ["/", "/watchlist/2016/", "/countries/", "/sources/"])
def test_public_pages_are_cacheable_for_visitors(client, two_editions, url):
    assert client.get(url)["Cache-Control"] == "public, max-age=60, s-maxage=300"


def test_staff_pages_are_not_stored(client, staff, two_editions):
    client.force_login(staff)

    assert client.get("/watchlist/2016/")["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "url",
    [
        "/watchlist/99999/",
        "/watchlist/0/",
        "/watchlist/1999/",
        "/watchlist/99999999999999999999999/",
        "/watchlist/1999/download.csv",
        "/countries/nope/",
        "/countries/kazakhstan/?edition=abc",
        "/countries/kazakhstan/?edition=2099",
        "/countries/kazakhstan/?edition=-3",
        "/countries/kazakhstan/?edition=1e5",
    ],
)
def test_junk_input_is_a_friendly_404(client, url):
    kazakhstan = CountryFactory(code="KZ", slug="kazakhstan")
    EntryFactory(edition=EditionFactory(year=2014), country=kazakhstan)

    response = client.get(url)

    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_no_edition_at_all(client):
    assert client.get("/").status_code == 200
    assert client.get("/watchlist/").status_code == 404


# -- Query counts ----------------------------------------------------------------------------


def build_edition(size: int) -> Edition:
    before = EditionFactory(year=2015)
    edition = EditionFactory(year=2016)
    LevelBandFactory(edition=edition)
    edition.sources.add(SourceFactory())
    engines = PersecutionEngineFactory.create_batch(2)
    for rank in range(1, size + 1):
        country = CountryFactory()
        EntryFactory(edition=before, country=country, rank=rank, score=Decimal(50))
        entry = EntryFactory(edition=edition, country=country, rank=rank, score=Decimal(90))
        for engine in engines:
            EntryEngineFactory(entry=entry, engine=engine)
    return edition


@pytest.mark.parametrize("size", [5, 60])
def test_edition_page_query_count_is_fixed(client, django_assert_num_queries, size):
    build_edition(size)

    # 7 for the table, 3 for the comparison with the previous edition and its links.
    with django_assert_num_queries(10):
        response = client.get("/watchlist/2016/")

    assert len(response.context["rows"]) == size


@pytest.mark.parametrize("size", [5, 60])
def test_home_and_country_list_query_counts_are_fixed(
    client, django_assert_num_queries, empty_slots, size
):
    build_edition(size)

    # 7 for the top ten and the other editions, 1 for the map.
    with django_assert_num_queries(8):
        client.get("/")
    with django_assert_num_queries(2):
        client.get("/countries/")


@pytest.fixture
def empty_slots(monkeypatch):
    """Empty the slots other apps fill, to count this app's queries alone."""
    monkeypatch.setattr(watchlist_tags, "contributions", lambda name: ())


def build_profile(size: int):
    country = CountryFactory()
    source = SourceFactory()
    for year in range(1950, 1950 + size):
        entry = EntryFactory(edition=EditionFactory(year=year), country=country, rank=year - 1940)
        entry.sources.add(source)
        for _ in range(3):
            PrayerPointFactory(entry=entry)
            EntryEngineFactory(entry=entry).sources.add(source)
        FactSheetFactory(country=country, year=year, sources=[source])
    return country


@pytest.mark.parametrize("size", [5, 60])
def test_country_page_query_count_is_fixed(client, django_assert_num_queries, empty_slots, size):
    country = build_profile(size)

    # 11 for the profile (one loads the level bands of every edition it shows, one finds
    # the current edition for the old-edition banner), 1 for the charts (the spheres: the
    # history comes with the profile), 6 for the prayer wall rendered below it (one lists
    # the walls related to it; the languages of its prayers come counted with the wall).
    with django_assert_num_queries(18):
        response = client.get(country.get_absolute_url())

    assert len(response.context["profile"].history) == size


@pytest.mark.parametrize("size", [5, 60])
def test_earlier_engines_cost_the_same_queries_whatever_the_history(
    client, django_assert_num_queries, empty_slots, size
):
    country = build_profile(size)
    latest = country.entries.order_by("-edition__year").first()
    EntryEngine.objects.filter(entry=latest).delete()

    # The 18 above, less the entry's engines' sources (it has none), and the engines of
    # the earlier entries with their sources.
    with django_assert_num_queries(19):
        response = client.get(country.get_absolute_url())

    assert response.context["profile"].engines_year == latest.edition.year - 1


def test_whole_country_page_with_its_slots_has_a_fixed_query_count(client):
    """The slots other apps fill must not add queries per edition either."""
    counts = []
    for size in (5, 60):
        country = build_profile(size)
        client.get(country.get_absolute_url())  # first view may create related rows
        with CaptureQueriesContext(connection) as queries:
            client.get(country.get_absolute_url())
        counts.append(len(queries))
        Entry.objects.filter(country=country).delete()

    assert counts[0] == counts[1]


# -- Admin -----------------------------------------------------------------------------------


def test_admin_shows_the_publication_check(client, staff):
    edition = EditionFactory(year=2027, publish_at=None, methodology="TODO: write this")
    entry = EntryFactory(edition=edition, rank=1)
    PrayerPointFactory(entry=entry, text="Lorem ipsum")
    client.force_login(staff)

    response = client.get(reverse("admin:watchlist_edition_change", args=[edition.pk]))

    html = response.content.decode()
    assert "Publication check" in html
    assert "Publication is blocked by:" in html
    assert "The methodology note contains a placeholder." in html
    assert "has a placeholder" in html
    assert 'href="/watchlist/2027/"' in html


def test_admin_publish_action_is_blocked_for_an_empty_list(client, staff):
    edition = EditionFactory(year=2027, publish_at=None)
    client.force_login(staff)

    response = client.post(
        reverse("admin:watchlist_edition_changelist"),
        {"action": "publish_now", "_selected_action": [edition.pk]},
        follow=True,
    )

    assert "2027 was not published: The list is empty" in response.content.decode()
    edition.refresh_from_db()
    assert edition.publish_at is None


def test_admin_publish_action_publishes(client, staff):
    edition = EditionFactory(year=2027, publish_at=None)
    EntryFactory(edition=edition, rank=1)
    client.force_login(staff)

    client.post(
        reverse("admin:watchlist_edition_changelist"),
        {"action": "publish_now", "_selected_action": [edition.pk]},
    )

    edition.refresh_from_db()
    assert edition.is_published
    assert client.get("/watchlist/2027/").status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "watchlist_edition",
        "watchlist_entry",
        "watchlist_country",
        "watchlist_source",
        "watchlist_persecutionengine",
        "watchlist_factsheet",
        "watchlist_sphereprofile",
        "watchlist_levelband",
    ],
)
def test_admin_changelists_search(client, staff, two_editions, name):
    client.force_login(staff)

    response = client.get(reverse(f"admin:{name}_changelist"), {"q": "afghan"})

    assert response.status_code == 200


def test_admin_entry_search_finds_a_country_by_name(client, staff):
    entry = EntryFactory(country=CountryFactory(code="KZ", slug="kazakhstan"))
    EntryFactory()
    client.force_login(staff)

    response = client.get(reverse("admin:watchlist_entry_changelist"), {"q": "Kazakh"})

    assert list(response.context["cl"].result_list) == [entry]


def test_admin_edition_page_renders_entries_inline(client, staff, two_editions):
    client.force_login(staff)

    response = client.get(reverse("admin:watchlist_edition_change", args=[two_editions.pk]))

    assert response.status_code == 200
    assert "Ready to publish" in response.content.decode()
    assert response.context["inline_admin_formsets"]


def test_entry_confidence_shown_when_not_explicit(client):
    EntryFactory(edition=EditionFactory(year=2014), rank=3, confidence=Confidence.INFERRED)

    assert "(inferred)" in page_text(client.get("/watchlist/2014/"))
