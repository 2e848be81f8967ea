from __future__ import annotations

import re

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vigil.core import privacy, ratelimit
from vigil.moderation.models import Term
from vigil.prayers import formtoken
from vigil.prayers.forms import PrayerForm
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.tests.factories import CountryWallFactory, PrayerFactory, WallFactory
from vigil.prayers.views import live_context
from vigil.watchlist.tests.factories import CountryFactory, EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, be near to the believers in prison,\nand to their children at home."
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    """A fixed clock for rate-limit windows and the form's render time."""
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)
    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)


@pytest.fixture
def country():
    country = CountryFactory(code="KZ", slug="kazakhstan")
    # A fixed past year: the factory's sequence would reach future (embargoed) years
    # once enough editions were made earlier in the same test process.
    EntryFactory(country=country, edition=EditionFactory(year=2013))
    return country


@pytest.fixture
def wall(country):
    return Wall.objects.for_country(country)


def form_data(wall: Wall, **overrides: str) -> dict[str, str]:
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Anna", "email": "", "text": TEXT, "website": "", "rendered": token}
    data["next"] = wall.get_absolute_url()
    return {**data, **overrides}


def post(client: Client, wall: Wall, **kwargs):
    extra = HTMX if kwargs.pop("htmx", False) else {}
    follow = kwargs.pop("follow", False)
    url = reverse("prayers:prayer-create", args=[wall.pk])
    data = form_data(wall, **kwargs)
    return client.post(url, data, REMOTE_ADDR="203.0.113.9", follow=follow, **extra)


def form_page(wall: Wall, next_url: str = "/countries/kazakhstan/") -> str:
    return f"/walls/{wall.pk}/form/?next={next_url.replace('/', '%2F').replace('?', '%3F')}"


def test_the_country_page_carries_the_wall_and_loads_its_forms(client, country):
    response = client.get(country.get_absolute_url())
    html = response.content.decode()
    wall = Wall.objects.get(country=country)
    assert f'id="wall-{wall.pk}"' in html
    assert "Leave a Prayer or Comment" in html
    assert "No written prayers yet" in html
    assert "csrfmiddlewaretoken" not in html and 'name="rendered"' not in html
    live = f"/walls/{wall.pk}/live/?next=%2Fcountries%2Fkazakhstan%2F"
    assert f'data-hx-get="{live}" data-hx-trigger="load"' in html
    assert f'<a class="button" href="{form_page(wall)}">Leave a prayer</a>' in html
    for url in (live, form_page(wall)):
        part = client.get(url).content.decode()
        assert "attack anyone because of their religion, ethnicity or belief are removed" in part
        assert f'action="/walls/{wall.pk}/prayers/"' in part
        assert "Pray for Kazakhstan, then press “I prayed” to be counted." in part
        assert "csrfmiddlewaretoken" in part and 'name="rendered"' in part


def test_prayers_are_escaped_with_line_breaks_dates_and_no_live_links(client, wall):
    PrayerFactory(
        wall=wall,
        name="<b>Eve</b>",
        text="<script>alert(1)</script>\nsee https://news.invalid now",
    )
    html = client.get(reverse("prayers:wall-detail", args=[wall.pk])).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>see https://news.invalid now" in html
    assert "&lt;b&gt;Eve&lt;/b&gt;" in html
    assert 'href="https://news.invalid' not in html
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+" title="[^"]+">now</time>', html)


def test_posting_without_javascript_shows_the_outcome_on_the_form_page(client, wall, country):
    response = post(client, wall, follow=False)
    assert response.status_code == 302
    assert response["Location"] == f"{form_page(wall)}#wall-{wall.pk}-notice"
    page = client.get(response["Location"])
    assert "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "Thank you — your prayer is published." in html
    wall_html = html[html.index(f'id="wall-{wall.pk}"') :]
    assert f'id="wall-{wall.pk}-notice"' in wall_html  # inside the wall, by the form
    assert f"/prayers/{Prayer.objects.get().pk}/manage/" in wall_html  # the private link
    assert 'class="messages"' not in html
    assert '<a href="/countries/kazakhstan/">Back to Kazakhstan</a>' in html
    country_page = client.get("/countries/kazakhstan/").content.decode()
    assert "believers in prison,<br>and to their children" in country_page
    wall.refresh_from_db()
    assert wall.published_count == 1


def test_posting_from_an_old_profile_comes_back_to_that_edition(client, wall, country):
    EntryFactory(country=country, edition=EditionFactory(year=2014))
    html = client.get(f"{country.get_absolute_url()}?edition=2014").content.decode()
    assert f'href="{form_page(wall, "/countries/kazakhstan/%3Fedition%3D2014")}"' in html
    response = post(client, wall, follow=False, next="/countries/kazakhstan/?edition=2014")
    next_url = "/countries/kazakhstan/%3Fedition%3D2014"
    assert response["Location"] == f"{form_page(wall, next_url)}#wall-{wall.pk}-notice"
    html = client.get(response["Location"]).content.decode()
    assert 'href="/countries/kazakhstan/?edition=2014">Back to Kazakhstan' in html


def test_a_rejected_post_with_htmx_focuses_its_reason_inside_the_wall(rf, wall):
    """A moderation refusal is a field error only: the wall still has a focused summary."""
    form = PrayerForm(form_data(wall), wall_id=wall.pk)
    form.is_valid()
    form.add_error("text", "Please rewrite this without insults.")
    context = live_context(rf.post("/"), wall, next_url="/", form=form)
    html = render_to_string("prayers/wall.html#live", context)
    assert f'id="wall-{wall.pk}-errors" role="alert" tabindex="-1" data-focus' in html


def test_posting_with_htmx_swaps_the_forms_and_the_list_in_place(client, wall):
    response = post(client, wall, htmx=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith(f'<div class="wall-live" id="wall-{wall.pk}-live">')
    assert "Thank you — your prayer is published." in html
    live, fresh_list = html.split(f'<div class="wall-prayers" id="wall-{wall.pk}-list"')
    assert "<textarea" in live and TEXT not in live.split("<textarea")[1].split("</textarea>")[0]
    assert fresh_list.startswith(' data-hx-swap-oob="true">')
    assert "believers in prison" in fresh_list and "1 written prayer" in fresh_list


def test_held_prayers_thank_the_visitor_and_stay_hidden(client, wall):
    wall.moderation_mode = Wall.Mode.PRE
    wall.save()
    response = post(client, wall, follow=True)
    html = response.content.decode()
    assert "A moderator will read it before it appears." in html
    assert "believers in prison" not in html


def test_a_flooded_wall_keeps_the_prayer_and_says_a_moderator_will_read_it(client, wall, settings):
    settings.VIGIL_PRAYER_RATES = {"wall-minute": (1, 60)}
    url = reverse("prayers:prayer-create", args=[wall.pk])
    client.post(url, form_data(wall, text=f"{TEXT} 1"), REMOTE_ADDR="198.51.100.1")
    for htmx in (False, True):
        text, addr = f"{TEXT} {htmx}", f"198.51.100.{2 + htmx}"
        extra = HTMX if htmx else {}
        data = form_data(wall, text=text)
        response = client.post(url, data, REMOTE_ADDR=addr, follow=not htmx, **extra)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Many prayers are arriving on this wall right now" in html
        assert "A moderator will read it before it appears." in html
        assert Prayer.objects.get(text=text).status == Prayer.Status.HELD


def test_an_offsite_next_is_ignored(client, wall):
    response = post(client, wall, next="https://evil.example/")
    assert response["Location"].startswith(form_page(wall))


def test_a_rejection_keeps_the_text_and_gives_the_reason(client, wall):
    Term.objects.create(term="vermintrash", kind=Term.Kind.BANNED)
    text = "You fake-identity_attack are vermintrash & <worse>"
    for htmx, status in [(False, 422), (True, 200)]:
        response = post(client, wall, text=text, htmx=htmx)
        html = response.content.decode()
        assert response.status_code == status
        assert "You fake-identity_attack are vermintrash &amp; &lt;worse&gt;</textarea>" in html
        assert "rewrite it" in html
    assert Prayer.objects.filter(status="rejected").count() == 2


def test_invalid_fields_keep_the_text(client, wall):
    response = post(client, wall, name="", email="nope")
    html = response.content.decode()
    assert response.status_code == 422
    assert "Please give a name" in html
    assert "Please check the email address" in html
    assert "believers in prison,\nand to their children at home.</textarea>" in html
    assert not Prayer.objects.exists()


def test_a_refused_name_is_flagged_on_the_name_and_read_out_with_it(client, wall):
    response = post(client, wall, name="Shithead")
    html = response.content.decode()
    assert response.status_code == 422
    name_id, text_id = f"wall-{wall.pk}-name", f"wall-{wall.pk}-text"
    # the error list has the id the field's aria-describedby points at
    assert f'id="{name_id}_error"' in html
    assert re.search(rf'<input[^>]*aria-describedby="[^"]*\b{name_id}_error"', html)
    assert f'id="{text_id}_error"' not in html
    assert "believers in prison,\nand to their children at home.</textarea>" in html


def test_rate_limit_answers_429_with_retry_after_and_keeps_the_text(client, wall):
    for n in range(3):
        assert post(client, wall, text=f"{TEXT} {n}").status_code == 302
    response = post(client, wall, text="My fourth prayer")
    assert response.status_code == 429
    assert response["Retry-After"] == "40"  # the clock is 20 s into its minute
    html = response.content.decode()
    assert "Please wait a minute" in html
    assert "My fourth prayer</textarea>" in html
    htmx = post(client, wall, text="My fifth prayer", htmx=True)
    assert htmx.status_code == 200 and "My fifth prayer</textarea>" in htmx.content.decode()


def test_a_duplicate_is_refused_with_the_text_kept(client, wall):
    post(client, wall)
    response = post(client, wall)
    assert response.status_code == 422
    assert "already sent in the last 24 hours" in response.content.decode()
    assert Prayer.objects.count() == 1


def test_the_honeypot_stores_spam_and_shows_a_neutral_thanks(client, wall):
    response = post(client, wall, website="http://buy.example", follow=True)
    assert "A moderator will read it before it appears." in response.content.decode()
    assert Prayer.objects.get().status == Prayer.Status.SPAM


def test_posts_faster_than_three_seconds_are_held(client, wall):
    fast = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 2)
    post(client, wall, rendered=fast)
    assert Prayer.objects.get().status == Prayer.Status.HELD


def test_a_forged_or_foreign_form_token_is_held(client, wall):
    other = WallFactory()
    post(client, wall, rendered=formtoken.make_form_token(other.pk, issued_at=0))
    post(client, wall, text=TEXT + " again", rendered="forged:token")
    assert set(Prayer.objects.values_list("status", flat=True)) == {Prayer.Status.HELD}


def test_posting_needs_the_csrf_token(wall):
    client = Client(enforce_csrf_checks=True)
    assert post(client, wall).status_code == 403
    assert not Prayer.objects.exists()


def test_i_prayed_without_javascript_counts_once_and_sets_a_cookie(client, wall):
    url = reverse("prayers:wall-pray", args=[wall.pk])
    first = client.post(url, {"next": "/countries/kazakhstan/"})
    assert first.status_code == 302
    assert first["Location"] == f"{form_page(wall)}#wall-{wall.pk}-prayed"
    assert "vigil_visitor" in first.cookies
    page = client.get(first["Location"]).content.decode()
    assert "Thank you for praying for Kazakhstan." in page
    assert 'class="button button-pray" aria-pressed="true"' in page
    client.post(url)
    wall.refresh_from_db()
    assert wall.prayed_count == 1
    Client().post(url, REMOTE_ADDR="198.51.100.7")  # someone else
    wall.refresh_from_db()
    assert wall.prayed_count == 2


def test_i_prayed_with_htmx_returns_the_counter(client, wall):
    wall.prayed_count = 1203
    wall.save()
    html = client.post(reverse("prayers:wall-pray", args=[wall.pk]), **HTMX).content.decode()
    assert "<strong>1,204</strong> people have pressed “I prayed” for Kazakhstan." in html
    assert "Thank you for praying for Kazakhstan." in html


def test_pray_with_by_htmx_answers_a_pressed_button_that_posts(client, wall):
    prayer = PrayerFactory(wall=wall, name="Ann <b>")
    url = reverse("prayers:prayer-pray-with", args=[prayer.pk])
    html = client.post(url, {"next": "/countries/kazakhstan/"}, **HTMX).content.decode()
    assert f'<form class="pray-with" method="post" action="{url}" data-hx-post="{url}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<button type="submit" class="button-link" aria-pressed="true">' in html
    assert "Pray with Ann &lt;b&gt;</button>" in html
    assert '<span class="notice" role="status">Thank you.</span>' in html


def test_the_shared_list_of_prayers_asks_for_a_page_to_pray_with(client, wall):
    prayer = PrayerFactory(wall=wall, name="Ann <b>")
    html = client.get(wall.get_absolute_url()).content.decode()
    url = reverse("prayers:prayer-pray-with", args=[prayer.pk])
    assert f'<form class="pray-with" method="get" action="{url}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "Pray with Ann &lt;b&gt;</button>" in html


def test_pray_with_counts_and_returns_its_button(client, wall):
    prayer = PrayerFactory(wall=wall)
    url = reverse("prayers:prayer-pray-with", args=[prayer.pk])
    html = client.post(url, **HTMX).content.decode()
    assert "1 prayed" in html
    page = client.get(f"{url}?next=/countries/kazakhstan/")  # the no-JavaScript button
    assert "no-store" in page["Cache-Control"] and "csrfmiddlewaretoken" in page.content.decode()
    again = client.post(url, {"next": "/countries/kazakhstan/"})
    assert again["Location"] == f"{url}?next=%2Fcountries%2Fkazakhstan%2F"
    assert "already counted" in client.get(again["Location"]).content.decode()
    prayer.refresh_from_db()
    assert prayer.prayed_count == 1
    held = PrayerFactory(wall=wall, status="held")
    assert client.post(reverse("prayers:prayer-pray-with", args=[held.pk])).status_code == 404


def test_reporting_works_with_and_without_javascript(client, wall):
    prayer = PrayerFactory(wall=wall)
    for address in ("127.0.0.1", "198.51.100.1", "198.51.100.2"):  # participants' networks
        PrayerFactory(client_hash=privacy.hash_client(address))
    url = reverse("prayers:prayer-report", args=[prayer.pk])
    page = client.get(url)
    assert "Personal information" in page.content.decode()
    assert client.post(url, {"reason": "bogus"}).status_code == 422
    response = client.post(url, {"reason": "spam", "next": "/countries/kazakhstan/"})
    assert response.status_code == 200
    assert "Moderators will look at this prayer." in response.content.decode()
    partial = client.get(url, **HTMX).content.decode()
    assert "<html" not in partial and "<form" in partial
    for n, addr in enumerate(["198.51.100.1", "198.51.100.2"]):
        done = Client().post(url, {"reason": "offensive"}, REMOTE_ADDR=addr, **HTMX)
        assert "Moderators will look" in done.content.decode(), n
    prayer.refresh_from_db()
    assert prayer.status == Prayer.Status.HELD


def test_more_prayers_pages_with_htmx_and_a_plain_link(client, wall, settings):
    settings.VIGIL_PRAYERS_PAGE_SIZE = 2
    prayers = [PrayerFactory(wall=wall, text=f"Prayer number {n}") for n in range(5)]
    html = client.get(reverse("prayers:wall-detail", args=[wall.pk])).content.decode()
    assert "Prayer number 4" in html and "Prayer number 2" not in html
    link = re.search(r'<li class="more"><a href="([^"]+)" data-hx-get="([^"]+)"', html)
    assert link
    plain = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert "<html" in plain and "Prayer number 2" in plain and "Prayer number 4" not in plain
    partial = client.get(link.group(2).replace("&amp;", "&"), **HTMX).content.decode()
    assert "<html" not in partial and partial.count('class="prayer"') == 2
    assert [p.pk for p in prayers]


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def _bulk(wall: Wall, count: int) -> None:
    Prayer.objects.bulk_create(
        PrayerFactory.build(wall=wall, email=f"p{n}@mailbox.test") for n in range(count)
    )


def test_query_counts_stay_flat_with_ten_thousand_prayers(client):
    small, large = CountryWallFactory(), CountryWallFactory()
    EntryFactory(country=small.country, edition=EditionFactory(year=2013))
    EntryFactory(country=large.country, edition=EditionFactory(year=2013))
    _bulk(small, 10)
    _bulk(large, 10_000)
    for name in ["prayers:wall-detail", "prayers:wall-feed"]:
        counts = [_queries(client, reverse(name, args=[w.pk])) for w in (small, large)]
        assert counts[0] == counts[1], name
        assert counts[0] <= 4, name  # wall, related walls, languages, prayers
    pages = [_queries(client, w.country.get_absolute_url()) for w in (small, large)]
    assert pages[0] == pages[1]
    feed = [_queries(client, reverse("prayers:feed")) for _ in range(2)]
    assert feed[0] <= 2


def test_the_wall_adds_three_queries_to_a_page_then_one(client, wall):
    from django.template import Context, Template
    from django.test import RequestFactory

    PrayerFactory.create_batch(3, wall=wall)
    template = Template("{% load prayers %}{% prayer_wall_for country %}")
    context = Context({"country": wall.country, "request": RequestFactory().get("/")})
    with CaptureQueriesContext(connection) as queries:
        html = template.render(context)
    # The wall (with the counts of its languages, for the filter), its related walls and a
    # page of its prayers.
    assert len(queries.captured_queries) == 3
    assert html.count('class="prayer"') == 3
    with CaptureQueriesContext(connection) as queries:
        again = template.render(context)
    assert len(queries.captured_queries) == 1  # the rest comes from the shared cache
    assert again == html


def test_emails_never_appear_in_pages_or_feeds(client, wall):
    PrayerFactory(wall=wall, email="hidden.person@mailbox.test")
    post(client, wall, email="poster.person@mailbox.test")
    assert Prayer.objects.filter(email="poster.person@mailbox.test").exists()
    urls = [
        wall.country.get_absolute_url(),
        reverse("prayers:wall-detail", args=[wall.pk]),
        reverse("prayers:wall-feed", args=[wall.pk]),
        reverse("prayers:feed"),
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "Anna" in body or "Reader" in body, url
        assert "hidden.person" not in body and "poster.person" not in body, url
        assert "mailbox.test" not in body, url


def test_feeds_are_atom_and_show_published_prayers_only(client, wall):
    PrayerFactory(wall=wall, text="Shown <b>bold</b>\nsecond line")
    PrayerFactory(wall=wall, text="Held text", status="held")
    body = client.get(reverse("prayers:wall-feed", args=[wall.pk])).content.decode()
    assert 'xmlns="http://www.w3.org/2005/Atom"' in body and "<feed" in body
    assert "Prayers for Kazakhstan" in body
    assert "Shown &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;&lt;br&gt;second line" in body
    assert "Held text" not in body
    # every entry's id is an IRI (RFC 4287 4.2.6): a tag URI, not a bare "prayer-1"
    ids = re.findall(r"<entry>.*?<id>([^<]+)</id>", body, re.S)
    assert ids and all(re.fullmatch(r"tag:[a-z0-9.-]+,2014:prayer-\d+", i) for i in ids), ids


def test_pages_send_a_strict_csp_and_load_nothing_from_elsewhere(client, wall):
    PrayerFactory(wall=wall)
    for url in [wall.country.get_absolute_url(), reverse("prayers:wall-detail", args=[wall.pk])]:
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "http" not in csp and "*" not in csp
        html = response.content.decode()
        # A canonical link names the page's own address, and rel="alternate" the page in
        # other languages: a browser fetches neither.
        tags = re.findall(r'(<(?:script|img|iframe|link)\b[^>]*(?:src|href)="([^"]+)")', html)
        loads = [
            src
            for tag, src in tags
            if 'rel="alternate"' not in tag and 'rel="canonical"' not in tag
        ]
        assert loads, url
        assert all(src.startswith("/") and not src.startswith("//") for src in loads), loads
        assert " style=" not in html.split("<main", 1)[1]


# A wall's last day, walls that only count "I prayed", and links to related walls ---------


def test_a_wall_past_its_last_day_takes_no_prayer_and_no_i_prayed(client, wall):
    from datetime import timedelta

    from django.utils import timezone

    wall.closes_on = timezone.localdate() - timedelta(days=1)
    wall.save()
    assert wall.has_closed() and not wall.takes_prayers
    response = post(client, wall)
    assert response.status_code == 422
    assert "This wall closed on" in response.content.decode()
    assert not Prayer.objects.exists()
    pressed = client.post(reverse("prayers:wall-pray", args=[wall.pk]), **HTMX)
    assert "I prayed</button>" not in pressed.content.decode()
    wall.refresh_from_db()
    assert wall.prayed_count == 0
    live = client.get(f"/walls/{wall.pk}/live/").content.decode()
    assert "This wall closed on" in live
    assert 'name="rendered"' not in live and "I prayed</button>" not in live
    page = client.get(reverse("prayers:wall-detail", args=[wall.pk])).content.decode()
    assert "This wall closed on" in page and "/live/" not in page


def test_a_wall_open_until_today_still_takes_prayers(client, wall):
    from django.utils import timezone

    wall.closes_on = timezone.localdate()
    wall.save()
    assert wall.takes_prayers
    assert post(client, wall).status_code == 302
    assert Prayer.objects.count() == 1


@pytest.fixture
def prayed_only_wall():
    """A wall that takes no written prayers and counts "I prayed" (as a prisoner's does)."""
    return WallFactory(title="Pastor A", is_open=False, page_url="/prisoners/pastor-a/")


def test_the_i_prayed_part_loads_with_htmx_and_is_private(client, prayed_only_wall):
    wall = prayed_only_wall
    url = f"/walls/{wall.pk}/prayed/?next=%2Fprisoners%2Fpastor-a%2F"
    part = client.get(url, **HTMX)
    html = part.content.decode()
    assert part["Cache-Control"] == "private, no-store"
    assert "<html" not in html and f'id="wall-{wall.pk}-prayed"' in html
    assert "csrfmiddlewaretoken" in html and "csrftoken" in part.cookies
    assert "Pray for Pastor A, then press “I prayed” to be counted." in html
    pressed = client.post(f"/walls/{wall.pk}/prayed/", {"next": "/prisoners/pastor-a/"}, **HTMX)
    counted = "<strong>1</strong> person has pressed “I prayed” for Pastor A."
    assert counted in pressed.content.decode()
    again = client.get(url, **HTMX).content.decode()
    assert "Your prayer today is counted. Thank you." in again


def test_i_prayed_without_javascript_comes_back_to_the_i_prayed_page(client, prayed_only_wall):
    wall = prayed_only_wall
    page = client.get(f"/walls/{wall.pk}/prayed/?next=%2Fprisoners%2Fpastor-a%2F")
    html = page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    assert "<html" in html and 'href="/prisoners/pastor-a/"' in html
    assert f'action="/walls/{wall.pk}/prayed/"' in html and "csrfmiddlewaretoken" in html
    first = client.post(f"/walls/{wall.pk}/prayed/", {"next": "/prisoners/pastor-a/"})
    assert first.status_code == 302
    assert first["Location"] == (
        f"/walls/{wall.pk}/prayed/?next=%2Fprisoners%2Fpastor-a%2F#wall-{wall.pk}-prayed"
    )
    shown = client.get(first["Location"]).content.decode()
    assert "Thank you for praying for Pastor A." in shown
    assert "This wall is closed" not in shown and 'name="text"' not in shown
    second = client.post(f"/walls/{wall.pk}/prayed/", {"next": "/prisoners/pastor-a/"})
    assert "already counted" in client.get(second["Location"]).content.decode()
    wall.refresh_from_db()
    assert wall.prayed_count == 1


def test_i_prayed_needs_the_csrf_token(prayed_only_wall):
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/walls/{prayed_only_wall.pk}/prayed/").status_code == 403
    prayed_only_wall.refresh_from_db()
    assert prayed_only_wall.prayed_count == 0


def test_a_wall_without_written_prayers_shows_no_prayer_form(client, prayed_only_wall):
    html = client.get(f"/walls/{prayed_only_wall.pk}/form/").content.decode()
    assert "I prayed</button>" in html
    assert 'name="text"' not in html and "This wall is closed to new prayers." in html


def test_the_i_prayed_button_tag_carries_nothing_of_the_visitor(prayed_only_wall):
    from django.template import Context, Template
    from django.test import RequestFactory

    class Owner:
        wall_key = "prisoner:pastor-b"
        wall_takes_prayers = False

        def __str__(self) -> str:
            return "Pastor B"

        def get_absolute_url(self) -> str:
            return "/prisoners/pastor-b/"

    template = Template("{% load prayers %}{% prayed_button_for owner %}")
    context = Context({"owner": Owner(), "request": RequestFactory().get("/prisoners/pastor-b/")})
    template.render(context)  # the wall is made on first use
    with CaptureQueriesContext(connection) as queries:
        html = template.render(context)
    assert len(queries.captured_queries) == 1  # the wall
    wall = Wall.objects.get(key="prisoner:pastor-b")
    assert not wall.is_open and wall.get_absolute_url() == "/prisoners/pastor-b/"
    prayed = f"/walls/{wall.pk}/prayed/?next=%2Fprisoners%2Fpastor-b%2F"
    assert f'data-hx-get="{prayed}" data-hx-trigger="load"' in html
    assert f'<a class="button button-pray" href="{prayed}">I prayed</a>' in html
    assert "csrfmiddlewaretoken" not in html


def test_an_owner_moves_its_walls_last_day(prayed_only_wall):
    from datetime import date

    class Campaign:
        wall_key = "campaign:lent"
        wall_closes_on = date(2030, 4, 1)

        def __str__(self) -> str:
            return "Lent"

        def get_absolute_url(self) -> str:
            return "/campaigns/lent/"

    owner = Campaign()
    assert Wall.objects.for_campaign(owner).closes_on == date(2030, 4, 1)
    owner.wall_closes_on = date(2030, 5, 1)
    wall = Wall.objects.for_campaign(owner)
    wall.refresh_from_db()
    assert wall.closes_on == date(2030, 5, 1) and wall.is_open


def test_related_walls_come_from_the_providers_and_are_cached(monkeypatch, wall):
    from vigil.core import pagecache
    from vigil.prayers import related

    calls = []

    def provider(shown: Wall) -> related.RelatedWalls:
        calls.append(shown.pk)
        link = related.Link("Easter vigil", "/campaigns/easter/#pray")
        return related.RelatedWalls("Campaigns praying for Kazakhstan:", (link,))

    monkeypatch.setattr(related, "_providers", [provider])
    html = client_page(wall)
    assert '<a href="/campaigns/easter/#pray">Easter vigil</a>' in html
    assert "Campaigns praying for Kazakhstan:" in html
    assert client_page(wall) == html and calls == [wall.pk]
    pagecache.bump_content_version()  # an editor saved a campaign or a country
    client_page(wall)
    assert calls == [wall.pk, wall.pk]


def client_page(wall: Wall) -> str:
    return Client().get(wall.get_absolute_url()).content.decode()
