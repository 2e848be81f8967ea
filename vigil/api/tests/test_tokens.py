"""The API applies the form's signals: a form token (timing, one use, a lifetime), the
honeypot and the duplicate check. A post without a valid token is held, not refused."""

from __future__ import annotations

import pytest

from vigil.api.tests.conftest import fetch_token, post_json
from vigil.core.models import LogEntry
from vigil.prayers.formtoken import LIFETIME, read_form_token
from vigil.prayers.models import Prayer
from vigil.prayers.tests.factories import WallFactory

pytestmark = pytest.mark.django_db

TEXT = "Lord, give courage to the house churches that meet tonight."


@pytest.fixture
def wall():
    return WallFactory()


def post(client, wall, **fields):
    payload = {"name": "Anna", "text": TEXT, **fields}
    return post_json(client, f"/api/walls/{wall.pk}/prayers", payload)


def test_the_form_token_endpoint_gives_a_fresh_uncached_token(client, wall):
    first = client.get(f"/api/walls/{wall.pk}/form-token")
    second = client.get(f"/api/walls/{wall.pk}/form-token")
    assert first.status_code == 200
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert first.json()["expires_in"] == LIFETIME
    assert first.json()["token"] != second.json()["token"]
    assert read_form_token(first.json()["token"], wall.pk) is not None


def test_a_post_with_a_token_fetched_a_minute_earlier_is_published(client, clock, wall):
    response = post(client, wall, token=fetch_token(client, clock, wall.pk))
    assert response.status_code == 201
    assert Prayer.objects.get().status == Prayer.Status.PUBLISHED


def test_a_post_without_a_token_is_held_not_refused(client, wall):
    response = post(client, wall)
    assert response.status_code == 202
    prayer = Prayer.objects.get()
    assert (prayer.status, prayer.text) == (Prayer.Status.HELD, TEXT)


def test_a_token_works_once(client, clock, wall):
    token = fetch_token(client, clock, wall.pk)
    assert post(client, wall, token=token).status_code == 201
    again = post(client, wall, token=token, text=TEXT + " And for their pastors.")
    assert again.status_code == 202


def test_an_expired_token_holds_the_prayer(client, clock, wall):
    token = fetch_token(client, clock, wall.pk, wait=LIFETIME + 1)
    assert post(client, wall, token=token).status_code == 202


def test_a_token_of_another_wall_holds_the_prayer(client, clock, wall):
    token = fetch_token(client, clock, WallFactory().pk)
    assert post(client, wall, token=token).status_code == 202


def test_a_post_seconds_after_its_token_is_held_as_too_fast(client, clock, wall):
    response = post(client, wall, token=fetch_token(client, clock, wall.pk, wait=1))
    assert response.status_code == 202
    assert Prayer.objects.get().status == Prayer.Status.HELD


def test_the_honeypot_keeps_the_prayer_off_the_wall(client, clock, wall):
    token = fetch_token(client, clock, wall.pk)
    response = post(client, wall, token=token, website="http://buy.example")
    assert response.status_code == 202
    assert "manage_url" not in response.json() or not response.json()["manage_url"]
    assert Prayer.objects.get().status == Prayer.Status.SPAM
    assert LogEntry.objects.filter(action="prayer.spam").exists()


def test_the_same_text_twice_is_refused_as_a_duplicate(client, clock, wall):
    assert post(client, wall, token=fetch_token(client, clock, wall.pk)).status_code == 201
    response = post(client, wall, token=fetch_token(client, clock, wall.pk))
    assert response.status_code == 422
    assert Prayer.objects.count() == 1
