"""The cached wall: one rendering for every reader; each visitor's tokens come from the
wall's live part, which is never cached."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.test import Client

from vigil.prayers.formtoken import read_form_token
from vigil.prayers.models import Prayer, wall_for
from vigil.prayers.services import authors, lifecycle, reactions
from vigil.prayers.tests.factories import PrayerFactory
from vigil.watchlist.models import Country

pytestmark = pytest.mark.django_db
URL = "/countries/kazakhstan/?edition=2014"
NEXT = "next=%2Fcountries%2Fkazakhstan%2F%3Fedition%3D2014"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def wall(client):
    call_command("import_watchlist", "data/watchlist", verbosity=0)
    client.get(URL)
    return wall_for(Country.objects.get(slug="kazakhstan"))


def form_token(html: str) -> str:
    return re.search(r'name="rendered" value="([^"]+)"', html).group(1)


def test_every_anonymous_reader_gets_the_same_bytes_and_no_cookie(client, wall) -> None:
    PrayerFactory(wall=wall, text="Shared by every reader.")
    first, second = client.get(URL), Client().get(URL)
    assert first.content == second.content
    assert b"Shared by every reader." in first.content
    for response in (first, second):
        assert not response.cookies
        assert b"csrfmiddlewaretoken" not in response.content
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=10"


def test_the_live_part_gives_each_visitor_their_own_tokens(client, wall) -> None:
    url = f"/walls/{wall.pk}/live/?{NEXT}"
    first, second = client.get(url), Client().get(url)
    for response in (first, second):
        assert response["Cache-Control"] == "private, no-store"
        assert "csrftoken" in response.cookies
        assert read_form_token(form_token(response.content.decode()), wall.pk) is not None
    assert form_token(first.content.decode()) != form_token(second.content.decode())
    assert 'name="next" value="/countries/kazakhstan/?edition=2014"' in first.content.decode()


def test_a_token_from_the_live_part_makes_a_post_succeed(wall) -> None:
    client = Client(enforce_csrf_checks=True)
    client.get(URL)
    html = client.get(f"/walls/{wall.pk}/live/?{NEXT}").content.decode()
    token = CSRF.search(html).group(1)
    response = client.post(
        f"/walls/{wall.pk}/prayed/", {"csrfmiddlewaretoken": token, "next": "/countries/"}
    )
    assert response.status_code == 302
    data = {
        "csrfmiddlewaretoken": token, "name": "Ruth", "text": "Lord, keep them.",
        "email": "", "website": "", "rendered": form_token(html),
        "next": "/countries/kazakhstan/",
    }  # fmt: skip
    assert client.post(f"/walls/{wall.pk}/prayers/", data).status_code == 302
    assert Prayer.objects.filter(wall=wall, name="Ruth").exists()
    # A "Pray with" from the shared list: htmx sends the token as a header.
    prayer = PrayerFactory(wall=wall)
    pray_with = f"/prayers/{prayer.pk}/pray/"
    headers = {"HX-Request": "true", "X-CSRFToken": token}
    assert client.post(pray_with, headers=headers).status_code == 200


def test_a_post_without_the_token_is_refused_with_a_clear_message(wall) -> None:
    client = Client(enforce_csrf_checks=True)
    client.get(URL)  # the cached page sets no CSRF cookie
    data = {"name": "Ruth", "text": "Lord, keep them.", "next": "/countries/kazakhstan/"}
    response = client.post(f"/walls/{wall.pk}/prayers/", data)
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()
    assert not Prayer.objects.exists()


def test_a_newly_published_prayer_shows_at_once(client, wall) -> None:
    client.get(URL)
    prayer = PrayerFactory(wall=wall, text="Held at first, then approved.", status="held")
    assert "Held at first" not in client.get(URL).content.decode()
    lifecycle.prayer_publish(prayer=prayer)
    assert "Held at first" in client.get(URL).content.decode()


def test_deleted_and_edited_prayers_are_gone_at_once(client, wall) -> None:
    kept = PrayerFactory(wall=wall, text="A prayer its author will change.")
    gone = PrayerFactory(wall=wall, text="A prayer its author will delete.")
    html = client.get(URL).content.decode()
    assert "will change" in html and "will delete" in html
    authors.prayer_delete_by_author(prayer=gone)
    authors.prayer_edit(prayer=kept, name=kept.name, text="Changed: Lord, comfort them.")
    html = client.get(URL).content.decode()
    assert "will delete" not in html and "will change" not in html
    assert "Changed: Lord, comfort them." in html


def test_pray_with_counts_show_at_once(client, wall, django_capture_on_commit_callbacks) -> None:
    prayer = PrayerFactory(wall=wall, text="Counted prayer.", status=Prayer.Status.HELD)
    lifecycle.prayer_publish(prayer=prayer)
    assert "0 prayed" in client.get(URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        reactions.prayer_pray_with(prayer=prayer, visitor_keys=["visitor-1"])
    assert "1 prayed" in client.get(URL).content.decode()
