"""Campaign, giving, prisoner and prayer-focus pages, the feeds and the demo data."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vigil.campaigns.focus import focus_days
from vigil.campaigns.models import Campaign, CampaignStatus, GiveClick, Prisoner, today
from vigil.campaigns.tests.factories import (
    CampaignFactory,
    CountryGivingFactory,
    PrisonerFactory,
)
from vigil.watchlist.models import PrayerPoint
from vigil.watchlist.tests.factories import (
    CountryFactory,
    EditionFactory,
    EntryFactory,
    PrayerPointFactory,
)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def edition_with(size: int, year: int = 2025) -> list:
    """A published edition of ``size`` ranked entries, each with two prayer points."""
    edition = EditionFactory(year=year)
    entries = [
        EntryFactory(edition=edition, rank=i + 1, score=Decimal(90 - i)) for i in range(size)
    ]
    for entry in entries:
        PrayerPointFactory.create_batch(2, entry=entry)
    return entries


# Campaign pages -------------------------------------------------------------------------


def test_campaign_page_shows_body_countries_give_link_and_wall_slot(client: Client) -> None:
    country = CountryFactory()
    campaign = CampaignFactory(countries=[country], giving_label="Give to the fund")
    response = client.get(campaign.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>every day</strong>" in html
    assert country.get_absolute_url() in html
    assert f'href="/give/{campaign.slug}/"' in html and "Give to the fund" in html
    assert 'class="campaign-wall"' in html


def test_draft_campaigns_are_not_shown(client: Client) -> None:
    draft = CampaignFactory(status=CampaignStatus.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get(reverse("campaigns:campaign-list")).content.decode()


@pytest.mark.parametrize("size", [1, 12])
def test_campaign_list_queries_do_not_grow(client: Client, django_assert_num_queries, size) -> None:
    for _ in range(size):
        CampaignFactory(countries=CountryFactory.create_batch(2))
    CampaignFactory(ends=today() - datetime.timedelta(days=1))
    with django_assert_num_queries(5):
        response = client.get(reverse("campaigns:campaign-list"))
    assert response.content.decode().count('class="campaign-card"') == size + 1


# Giving ---------------------------------------------------------------------------------


def test_give_redirect_counts_and_uses_the_campaign_link(client: Client) -> None:
    campaign = CampaignFactory(giving_url="https://give.example.org/campaign")
    response = client.get(reverse("campaigns:give", args=[campaign.slug]))
    assert response.status_code == 302
    assert response["Location"] == "https://give.example.org/campaign"
    assert "no-cache" in response["Cache-Control"]
    assert GiveClick.objects.totals() == {campaign.give_key: 1}


def test_give_redirect_uses_the_country_override(client: Client) -> None:
    giving = CountryGivingFactory()
    response = client.get(reverse("campaigns:give", args=[giving.country.slug]))
    assert response["Location"] == giving.url
    assert GiveClick.objects.totals() == {f"country:{giving.country.slug}": 1}


def test_give_redirect_falls_back_to_the_default(client: Client, settings) -> None:
    settings.VIGIL_GIVE_URL = "https://give.example.org/default"
    country = CountryFactory()
    campaign = CampaignFactory()
    assert client.get("/give/")["Location"] == settings.VIGIL_GIVE_URL
    assert client.get(f"/give/{country.slug}/")["Location"] == settings.VIGIL_GIVE_URL
    assert client.get(f"/give/{campaign.slug}/")["Location"] == settings.VIGIL_GIVE_URL
    assert sum(GiveClick.objects.totals().values()) == 3


def test_give_redirect_for_an_unknown_slug_is_404_and_counts_nothing(client: Client) -> None:
    assert client.get("/give/nowhere/").status_code == 404
    assert client.post("/give/").status_code == 405
    assert not GiveClick.objects.exists()


def test_give_button_tag_prefers_campaign_then_country_then_default() -> None:
    giving = CountryGivingFactory(label="Give for Iraq")
    campaign = CampaignFactory(giving_label="Campaign gift")
    render = Template("{% load campaigns %}{% give_button campaign=c country=k %}").render
    assert "Campaign gift" in render(Context({"c": campaign, "k": giving.country}))
    assert "Give for Iraq" in render(Context({"c": None, "k": giving.country}))
    assert 'href="/give/"' in render(Context({}))


# Prisoners ------------------------------------------------------------------------------


def test_prisoner_page_shows_days_held(client: Client) -> None:
    prisoner = PrisonerFactory(
        arrested=datetime.date(2013, 5, 17), released=datetime.date(2014, 2, 17)
    )
    html = client.get(prisoner.get_absolute_url()).content.decode()
    assert "<strong>277</strong> days" in html


@pytest.mark.parametrize(
    "fields", [{"consent_recorded": False, "published": False}, {"published": False}]
)
def test_prisoner_without_consent_or_unpublished_is_hidden(client: Client, fields) -> None:
    prisoner = PrisonerFactory(**fields)
    assert client.get(prisoner.get_absolute_url()).status_code == 404
    assert prisoner.name not in client.get(reverse("campaigns:prisoner-list")).content.decode()


@pytest.mark.parametrize("size", [1, 10])
def test_prisoner_list_queries_do_not_grow(client: Client, django_assert_num_queries, size) -> None:
    PrisonerFactory.create_batch(size)
    with django_assert_num_queries(1):
        client.get(reverse("campaigns:prisoner-list"))


# Country and home partials ----------------------------------------------------------------


def render_country(country) -> str:
    return Template('{% include "campaigns/_country.html" %}').render(Context({"country": country}))


def test_country_partial_lists_its_campaigns_and_prisoners() -> None:
    entry = edition_with(1)[0]
    campaign = CampaignFactory(countries=[entry.country])
    other = CampaignFactory()
    prisoner = PrisonerFactory(country=entry.country)
    hidden = PrisonerFactory(country=entry.country, consent_recorded=False, published=False)
    html = render_country(entry.country)
    assert campaign.title in html and other.title not in html
    assert prisoner.name in html and hidden.name not in html
    assert f"/give/{entry.country.slug}/" in html


def test_watchlist_pages_show_the_blocks_campaigns_contributes(client: Client) -> None:
    entry = edition_with(1)[0]
    campaign = CampaignFactory(countries=[entry.country])
    home = client.get("/").content.decode()
    assert "Pray today for" in home and campaign.title in home and 'class="world-map-svg"' in home
    profile = client.get(entry.country.get_absolute_url()).content.decode()
    assert campaign.title in profile and f"/give/{entry.country.slug}/" in profile
    assert 'class="country-charts"' in profile
    guide = reverse("campaigns:prayer-guide", args=[entry.edition.year])
    for url in (entry.edition.get_absolute_url(), reverse("watchlist:edition-map", args=[2025])):
        assert f'href="{guide}"' in client.get(url).content.decode()


def test_home_top_ten_and_pray_today_agree_when_a_newer_edition_is_partial(
    client: Client,
) -> None:
    current = edition_with(3, year=2025)
    partial = EditionFactory(year=2026, complete=False, coverage_note="Partial: one country.")
    EntryFactory(edition=partial, country=CountryFactory(), rank=1)
    home = client.get("/")
    assert home.context["edition"].year == 2025
    today_page = client.get(reverse("campaigns:focus-today"))
    focus = today_page.context["focus"]
    assert focus.entry.edition.year == 2025
    assert focus.entry.country in {entry.country for entry in current}
    assert "World Watch List 2026" not in today_page.content.decode()
    week = today_page.context["week"]
    assert {day.entry.edition.year for day in week} == {2025}


@pytest.mark.parametrize("size", [1, 8])
def test_country_partial_queries_do_not_grow(django_assert_num_queries, size) -> None:
    entries = edition_with(1)
    for year in range(2010, 2010 + size):
        EntryFactory(edition=EditionFactory(year=year), country=entries[0].country)
    CampaignFactory.create_batch(size, countries=[entries[0].country])
    PrisonerFactory.create_batch(size, country=entries[0].country)
    with django_assert_num_queries(4):
        render_country(entries[0].country)


@pytest.mark.parametrize("size", [2, 20])
def test_home_partial_queries_do_not_grow(django_assert_num_queries, size) -> None:
    edition_with(size)
    CampaignFactory.create_batch(size, countries=[CountryFactory()])
    with django_assert_num_queries(6):
        html = Template('{% include "campaigns/_home.html" %}').render(Context({}))
    assert "Pray today for" in html


def test_campaign_wall_slot_renders_nothing_without_the_prayers_tag() -> None:
    html = Template('{% include "campaigns/_wall.html" %}').render(
        Context({"campaign": CampaignFactory.build()})
    )
    assert html.strip() == "" or "wall" in html


# Daily prayer focus ---------------------------------------------------------------------


def test_focus_rotates_through_every_country_in_rank_order() -> None:
    entries = edition_with(3)
    start = datetime.date(2026, 1, 1)
    days = focus_days(start, 6)
    countries = [focus.entry.country for focus in days]
    assert set(countries) == {entry.country for entry in entries}
    assert countries[:3] == countries[3:]
    assert [f.entry for f in focus_days(start, 6)] == [f.entry for f in days]


def test_focus_borrows_the_latest_prayer_points_of_an_entry_without_any() -> None:
    older = edition_with(1, year=2024)[0]
    EntryFactory(edition=EditionFactory(year=2025), country=older.country, rank=1)
    focus = focus_days(datetime.date(2026, 1, 1), 1)[0]
    assert focus.entry.edition.year == 2025
    assert focus.points == list(PrayerPoint.objects.filter(entry=older))


def test_focus_page_and_home_block(client: Client) -> None:
    edition_with(2)
    response = client.get(reverse("campaigns:focus-today"))
    assert response.status_code == 200
    assert "Pray today for" in response.content.decode()
    assert client.get("/pray/not-a-date/").status_code == 404
    # (the page shows the following week too, which the last days of the calendar lack)
    assert client.get("/pray/9999-12-31/").status_code == 404
    assert client.get("/pray/9999-12-24/").status_code == 200


@pytest.mark.parametrize("size", [2, 30])
def test_feeds_queries_do_not_grow(client: Client, django_assert_num_queries, size) -> None:
    edition_with(size)
    for name in ("campaigns:focus-feed", "campaigns:focus-calendar"):
        with django_assert_num_queries(4):
            client.get(reverse(name))


def test_atom_feed_is_valid_atom(client: Client) -> None:
    edition_with(5)
    response = client.get(reverse("campaigns:focus-feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own response
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 14
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == 14
    for entry in entries:
        assert entry.findtext(f"{ATOM}title").split(": pray for ")[1]
        assert entry.find(f"{ATOM}updated") is not None
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/pray/")


def unfold(body: str) -> list[str]:
    return body.replace("\r\n ", "").split("\r\n")


def test_icalendar_file_is_valid(client: Client) -> None:
    edition_with(3)
    body = client.get(reverse("campaigns:focus-calendar")).content.decode()
    raw_lines = body.split("\r\n")
    assert raw_lines[-1] == "" and "\n" not in body.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in raw_lines)
    lines = unfold(body)[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = body.count("BEGIN:VEVENT")
    assert events == body.count("END:VEVENT") == 67
    for prop in ("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"):
        assert sum(1 for line in lines if line.startswith(prop + ":")) == events, prop
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == events
    assert all(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line) for line in lines if "DTSTAMP" in line)


# Demo data ------------------------------------------------------------------------------


def test_demo_loads_campaigns_and_the_prisoner_idempotently(demo) -> None:
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    assert Campaign.objects.count() == 2
    iraq_syria = Campaign.objects.get(slug="iraq-syria-stand-with-the-church")
    assert {str(c.code) for c in iraq_syria.countries.all()} == {"IQ", "SY"}
    assert iraq_syria in Campaign.objects.active(on=datetime.date(2026, 6, 1))
    prisoner = Prisoner.objects.publishable().get()
    assert prisoner.name == "Pastor Bakhytzhan Kashkumbaev"
    assert str(prisoner.country.code) == "KZ"
    assert (prisoner.arrested, prisoner.released) == (
        datetime.date(2013, 5, 17),
        datetime.date(2014, 2, 17),
    )
    assert prisoner.days_held() == 277
    assert prisoner.church == "Grace Church, Astana (Presbyterian, registered)"
    assert sorted(s.code for s in prisoner.sources.all()) == ["S79", "S80", "S91", "S92"]
    assert prisoner.prayer_points.filter(text__contains="Kashkumbaev").exists()


def test_campaign_page_queries_do_not_grow(client: Client, django_assert_num_queries) -> None:
    """The same count for two countries and for thirty (the wall is made on first view)."""
    small = CampaignFactory(countries=CountryFactory.create_batch(2))
    large = CampaignFactory(countries=CountryFactory.create_batch(30))
    client.get(small.get_absolute_url())
    client.get(large.get_absolute_url())
    with CaptureQueriesContext(connection) as captured:
        client.get(small.get_absolute_url())
    with django_assert_num_queries(len(captured.captured_queries)):
        client.get(large.get_absolute_url())


# Campaign images, goals, closing, and the walls they link to ----------------------------


def test_campaign_page_and_card_show_the_goal_with_a_progress_element(client: Client) -> None:
    from vigil.prayers.models import Wall

    campaign = CampaignFactory(prayer_goal=5000)
    client.get(campaign.get_absolute_url())
    Wall.objects.filter(key=campaign.wall_key).update(prayed_count=1200, published_count=50)
    html = client.get(campaign.get_absolute_url()).content.decode()
    assert "<strong>1,250</strong> prayers of a goal of 5,000" in html
    progress = re.search(r'<progress class="campaign-progress-bar" ([^>]+)>25%</progress>', html)
    assert progress
    label = f"campaign-{campaign.pk}-progress"
    assert progress.group(1) == f'max="100" value="25" aria-labelledby="{label}"'
    assert f'id="campaign-{campaign.pk}-progress"' in html
    cards = client.get(reverse("campaigns:campaign-list")).content.decode()
    assert "<strong>1,250</strong> prayers of a goal of 5,000" in cards
    assert f'aria-labelledby="campaign-{campaign.pk}-progress-running"' in cards
    Wall.objects.filter(key=campaign.wall_key).update(prayed_count=6000)
    assert "goal reached" in client.get(campaign.get_absolute_url()).content.decode()


def test_a_closed_campaign_says_so_and_hides_its_prayer_form(client: Client) -> None:
    from vigil.prayers.models import Prayer, Wall

    ended = today() - datetime.timedelta(days=3)
    campaign = CampaignFactory(starts=datetime.date(2020, 1, 1), ends=ended, prayer_goal=10)
    html = client.get(campaign.get_absolute_url()).content.decode()
    assert f"This campaign ended on {ended:%-d %B %Y}" in html
    assert "This wall closed on" in html
    assert "/live/" not in html and "Leave a prayer</a>" not in html
    assert f"/give/{campaign.slug}/" not in html
    wall = Wall.objects.get(key=campaign.wall_key)
    live = client.get(f"/walls/{wall.pk}/live/").content.decode()
    assert 'name="text"' not in live and "I prayed</button>" not in live
    client.post(f"/walls/{wall.pk}/prayed/")
    client.post(f"/walls/{wall.pk}/prayers/", {"name": "Anna", "text": "Lord, hear us."})
    wall.refresh_from_db()
    assert wall.prayed_count == 0 and not Prayer.objects.exists()
    running = CampaignFactory()
    assert "/live/" in client.get(running.get_absolute_url()).content.decode()


def test_campaign_image_has_its_size_and_alt_text(client: Client, settings, tmp_path) -> None:
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    settings.MEDIA_ROOT = tmp_path
    picture = io.BytesIO()
    Image.new("RGB", (320, 180), "#7a1b1b").save(picture, format="PNG")
    campaign = CampaignFactory(image_alt="A candle")
    campaign.image.save("candle.png", ContentFile(picture.getvalue(), name="candle.png"))
    assert (campaign.image_width, campaign.image_height) == (320, 180)
    url = campaign.image.url
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert f'src="{url}" alt="A candle" width="320" height="180">' in page
    cards = client.get(reverse("campaigns:campaign-list")).content.decode()
    assert f'src="{url}" alt="A candle" width="320" height="180" loading="lazy"' in cards
    served = client.get(url)
    assert served.status_code == 200 and served["Content-Type"] == "image/png"


def test_campaign_and_country_walls_link_to_each_other(client: Client) -> None:
    entry = edition_with(1)[0]
    country = entry.country
    running = CampaignFactory(title="Stand with the church", countries=[country])
    ended = CampaignFactory(
        title="Last year's vigil", countries=[country], ends=today() - datetime.timedelta(days=1)
    )
    CampaignFactory(title="Elsewhere", countries=[CountryFactory()])
    campaign_page = client.get(running.get_absolute_url()).content.decode()
    assert "Pray also on the walls of:" in campaign_page
    assert f'<a href="{country.get_absolute_url()}#pray">{country.name}</a>' in campaign_page
    profile = client.get(country.get_absolute_url()).content.decode()
    wall_part = profile.split('class="prayer-wall"', 1)[1]
    assert f"Campaigns praying for {country.name}:" in wall_part
    assert f'<a href="{running.get_absolute_url()}#pray">Stand with the church</a>' in wall_part
    assert ended.title not in wall_part and "Elsewhere" not in wall_part
    assert 'id="pray"' in profile and 'id="pray"' in campaign_page


def test_a_new_campaign_shows_on_its_countrys_wall_at_once(client: Client) -> None:
    entry = edition_with(1)[0]
    client.get(entry.country.get_absolute_url())
    CampaignFactory(title="Newly launched", countries=[entry.country])
    assert "Newly launched</a>" in client.get(entry.country.get_absolute_url()).content.decode()


@pytest.mark.parametrize("size", [1, 10])
def test_country_page_with_its_campaign_links_keeps_two_queries(
    client: Client, django_assert_num_queries, size
) -> None:
    """Once cached, a country page costs the country and its wall, however many campaigns."""
    entry = edition_with(1)[0]
    CampaignFactory.create_batch(size, countries=[entry.country])
    client.get(entry.country.get_absolute_url())
    with django_assert_num_queries(2):
        html = client.get(entry.country.get_absolute_url()).content.decode()
    assert html.split('class="prayer-wall"', 1)[1].count("/#pray") == size


def test_demo_campaigns_have_a_drawn_image_a_goal_and_dates(demo, client: Client) -> None:
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)  # twice: the same file, drawn once
    for campaign in Campaign.objects.all():
        assert campaign.prayer_goal and campaign.starts and campaign.ends
        assert campaign.image.name == f"campaigns/demo-{campaign.slug}.png"
        assert (campaign.image_width, campaign.image_height) == (1200, 630)
        assert campaign.image_alt.startswith("A lit candle")
        assert default_storage.size(campaign.image.name) < 20_000
        campaign.full_clean()
    prisoner = Prisoner.objects.get()
    assert not prisoner.letters_allowed  # released in 2014: no letters to write


# Prisoners: "I prayed", letters, sharing ---------------------------------------------------

HTMX = {"HTTP_HX_REQUEST": "true"}
SHELL = "public, max-age=60, s-maxage=300"


def prayed_url(html: str) -> str:
    """The "I prayed" part a prisoner's page loads (the same URL is its no-JS link)."""
    placeholder = r'data-hx-get="(/walls/\d+/prayed/\?next=[^"]+)" data-hx-trigger="load"'
    found = re.search(placeholder, html)
    assert found, "no I prayed placeholder"
    assert f'<a class="button button-pray" href="{found.group(1)}">I prayed</a>' in html
    return found.group(1)


def test_prisoner_page_is_the_same_for_every_anonymous_visitor(client: Client) -> None:
    prisoner = PrisonerFactory(slug="pastor-a")
    first = Client().get(prisoner.get_absolute_url())
    second = Client().get(prisoner.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ru")
    assert first.status_code == 200
    assert first.content == second.content
    assert not first.cookies and not second.cookies
    assert first["Cache-Control"] == second["Cache-Control"] == SHELL
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html and "prayed-today" not in html
    prayed_url(html)
    # Pressing "I prayed" does not change the page anyone gets.
    client.post(prayed_url(html).split("?")[0], {"next": prisoner.get_absolute_url()})
    assert Client().get(prisoner.get_absolute_url()).content == first.content


def test_i_prayed_for_a_prisoner_through_the_live_part(client: Client) -> None:
    prisoner = PrisonerFactory(name="Pastor A", slug="pastor-a")
    url = prayed_url(client.get(prisoner.get_absolute_url()).content.decode())
    part = client.get(url, **HTMX)
    assert part["Cache-Control"] == "private, no-store"
    action = re.search(r'<form method="post" action="([^"]+)" data-hx-post', part.content.decode())
    assert action and "csrfmiddlewaretoken" in part.content.decode()
    pressed = client.post(action.group(1), {"next": prisoner.get_absolute_url()}, **HTMX)
    html = pressed.content.decode()
    assert "<strong>1</strong> person has pressed “I prayed” for Pastor A." in html
    assert "Thank you for praying for Pastor A." in html
    client.post(action.group(1), {"next": prisoner.get_absolute_url()}, **HTMX)
    assert "Your prayer today is counted" in client.get(url, **HTMX).content.decode()
    Client().post(action.group(1), REMOTE_ADDR="198.51.100.7", **HTMX)  # someone else
    assert "<strong>2</strong> people have pressed" in Client().get(url, **HTMX).content.decode()


def test_i_prayed_for_a_prisoner_without_javascript(client: Client) -> None:
    prisoner = PrisonerFactory(name="Pastor A", slug="pastor-a")
    url = prayed_url(client.get(prisoner.get_absolute_url()).content.decode())
    page = client.get(url)
    html = page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    assert f'href="{prisoner.get_absolute_url()}">Back to Pastor A' in html
    posted = client.post(url.split("?")[0], {"next": prisoner.get_absolute_url()})
    assert posted.status_code == 302
    assert posted["Location"].startswith(url) and posted["Location"].endswith("-prayed")
    shown = client.get(posted["Location"]).content.decode()
    assert "Thank you for praying for Pastor A." in shown
    assert "<strong>1</strong> person has pressed" in shown
    assert 'name="text"' not in shown  # a prisoner's wall takes no written prayers


def test_letter_guide_is_shown_only_where_letters_are_allowed(client: Client) -> None:
    writing = PrisonerFactory(
        letters_allowed=True,
        letter_address="Friends of the prisoners\nPO Box 12\nAstana",
        letter_notes="Write in English or Russian.",
    )
    html = client.get(writing.get_absolute_url()).content.decode()
    assert f"Write to {writing.name}" in html
    assert "Nothing political" in html and "No names of other believers" in html
    assert "Friends of the prisoners<br>PO Box 12<br>Astana" in html
    assert "Write in English or Russian." in html
    silent = PrisonerFactory(letter_address="PO Box 12, Astana")
    html = client.get(silent.get_absolute_url()).content.decode()
    assert "Write to" not in html and "PO Box 12" not in html


def test_prisoner_page_has_share_links_and_its_own_description(client: Client) -> None:
    prisoner = PrisonerFactory(name="Pastor A", slug="pastor-a")
    html = client.get(prisoner.get_absolute_url()).content.decode()
    address = "http://127.0.0.1:8000/prisoners/pastor-a/"
    assert f'<a id="share-link" href="{address}">' in html
    assert 'data-copy="share-link"' in html
    assert 'href="mailto:?subject=Pastor%20A&amp;body=' in html
    assert "http%3A%2F%2F127.0.0.1%3A8000%2Fprisoners%2Fpastor-a%2F" in html  # in share links
    assert '<meta property="og:url" content="http://127.0.0.1:8000/prisoners/pastor-a/">' in html
    assert '<meta property="og:description" content="Pastor A is held in' in html
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', html)
    assert scripts and all(src.startswith("/static/") for src in scripts)


def test_prisoner_page_queries_do_not_grow(client: Client, django_assert_num_queries) -> None:
    from vigil.watchlist.tests.factories import SourceFactory

    small, large = PrisonerFactory(), PrisonerFactory(letters_allowed=True, letter_address="x")
    for number in range(8):
        large.updates.create(date=datetime.date(2024, 2, 1 + number), text=f"Update {number}")
    large.sources.set(SourceFactory.create_batch(5))
    large.prayer_points.set(PrayerPointFactory.create_batch(4, entry=edition_with(1)[0]))
    client.get(small.get_absolute_url())  # each wall is made on first view
    client.get(large.get_absolute_url())
    with CaptureQueriesContext(connection) as captured:
        client.get(small.get_absolute_url())
    assert len(captured.captured_queries) == 5  # prisoner, updates, sources, points, wall
    with django_assert_num_queries(5):
        html = client.get(large.get_absolute_url()).content.decode()
    assert html.count("Update ") == 8


def test_unpublishing_a_prisoner_in_the_admin_removes_their_wall(rf, admin_user) -> None:
    from django.contrib.admin.sites import site

    from vigil.prayers.models import Wall, wall_for

    prisoner = PrisonerFactory()
    wall_for(prisoner)
    model_admin = site._registry[Prisoner]
    prisoner.consent_recorded, prisoner.published = False, False
    request = rf.post("/")
    request.user = admin_user
    model_admin.save_model(request, prisoner, form=None, change=True)
    assert not Wall.objects.filter(key=prisoner.wall_key).exists()
