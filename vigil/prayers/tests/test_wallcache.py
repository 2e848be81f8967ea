"""The cached wall: shared HTML, but every visitor gets their own tokens and fresh counts."""

from __future__ import annotations

import re

import pytest

from vigil.prayers.formtoken import read_form_token
from vigil.prayers.models import Prayer
from vigil.prayers.services import lifecycle, reactions
from vigil.prayers.tests.factories import PrayerFactory
from vigil.prayers.wallcache import CSRF_PLACEHOLDER, FORM_TOKEN_PLACEHOLDER
from vigil.watchlist.models import Country

pytestmark = pytest.mark.django_db
URL = "/countries/kazakhstan/?edition=2014"


@pytest.fixture
def wall(client):
    from django.core.management import call_command

    call_command("import_watchlist", "data/watchlist", verbosity=0)
    client.get(URL)
    from vigil.prayers.models import wall_for

    return wall_for(Country.objects.get(slug="kazakhstan"))


def form_token(html: str) -> str:
    return re.search(r'name="rendered" value="([^"]+)"', html).group(1)


def test_each_visitor_gets_their_own_csrf_and_form_tokens(client, wall) -> None:
    from django.test import Client

    first, second = client.get(URL).content.decode(), Client().get(URL).content.decode()
    for html in (first, second):
        assert CSRF_PLACEHOLDER not in html and FORM_TOKEN_PLACEHOLDER not in html
        assert read_form_token(form_token(html), wall.pk) is not None
    csrf = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert csrf.search(first).group(1) != csrf.search(second).group(1)


def test_a_cached_wall_still_accepts_a_post(client, wall) -> None:
    html = client.get(URL).content.decode()
    client.get(URL)  # served from the cache
    html = client.get(URL).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    client.handler.enforce_csrf_checks = True
    response = client.post(
        f"/walls/{wall.pk}/prayed/",
        {"csrfmiddlewaretoken": token, "next": "/countries/kazakhstan/"},
    )
    assert response.status_code == 302
    data = {
        "csrfmiddlewaretoken": token, "name": "Ruth", "text": "Lord, keep them.",
        "email": "", "website": "", "rendered": form_token(html),
        "next": "/countries/kazakhstan/",
    }  # fmt: skip
    response = client.post(f"/walls/{wall.pk}/prayers/", data)
    assert response.status_code == 302
    assert Prayer.objects.filter(wall=wall, name="Ruth").exists()


def test_a_newly_published_prayer_shows_at_once(client, wall) -> None:
    client.get(URL)
    prayer = PrayerFactory(wall=wall, text="Held at first, then approved.", status="held")
    assert "Held at first" not in client.get(URL).content.decode()
    lifecycle.prayer_publish(prayer=prayer)
    assert "Held at first" in client.get(URL).content.decode()


def test_pray_with_counts_show_at_once(client, wall, django_capture_on_commit_callbacks) -> None:
    prayer = PrayerFactory(wall=wall, text="Counted prayer.", status=Prayer.Status.HELD)
    lifecycle.prayer_publish(prayer=prayer)
    assert "0 prayed" in client.get(URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        reactions.prayer_pray_with(prayer=prayer, visitor_keys=["visitor-1"])
    assert "1 prayed" in client.get(URL).content.decode()
