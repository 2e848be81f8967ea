"""The form token expires and works once; a spent, expired or forged token holds the
prayer (its text kept), and a post within seconds of rendering is still held as too fast."""

from __future__ import annotations

import pytest
from django.urls import reverse

from vigil.core import ratelimit
from vigil.prayers import formtoken
from vigil.prayers.formtoken import LIFETIME, make_form_token, read_form_token, spend_form_token
from vigil.prayers.models import Prayer
from vigil.prayers.tests.factories import WallFactory

NOW = 1_000_000_040.0
TEXT = "Lord, be near to the believers in prison."


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: NOW)
    monkeypatch.setattr(formtoken, "_clock", lambda: NOW)


def test_a_token_tells_its_age_until_it_expires():
    assert read_form_token(make_form_token(7, issued_at=NOW - 60), 7) == 60
    assert read_form_token(make_form_token(7, issued_at=NOW - LIFETIME), 7) == LIFETIME
    assert read_form_token(make_form_token(7, issued_at=NOW - LIFETIME - 1), 7) is None


def test_a_token_is_for_one_wall_and_cannot_be_forged():
    assert read_form_token(make_form_token(7, issued_at=NOW - 60), 8) is None
    assert read_form_token("forged:token", 7) is None
    assert read_form_token("", 7) is None


def test_tokens_rendered_at_the_same_moment_differ():
    assert make_form_token(7, issued_at=NOW) != make_form_token(7, issued_at=NOW)


def test_a_token_is_spent_once_and_reading_does_not_spend_it():
    token = make_form_token(7, issued_at=NOW - 60)
    assert read_form_token(token, 7) == 60
    assert spend_form_token(token, 7) == 60
    assert spend_form_token(token, 7) is None
    assert spend_form_token(make_form_token(7, issued_at=NOW - 60), 7) == 60


def test_an_expired_token_cannot_be_spent():
    assert spend_form_token(make_form_token(7, issued_at=NOW - LIFETIME - 1), 7) is None


def post(client, wall, text: str, token: str):
    data = {"name": "Anna", "email": "", "text": text, "website": "", "rendered": token}
    url = reverse("prayers:prayer-create", args=[wall.pk])
    return client.post(url, {**data, "next": wall.get_absolute_url()}, REMOTE_ADDR="203.0.113.9")


@pytest.mark.django_db
def test_the_form_holds_a_replayed_token(client):
    wall = WallFactory()
    token = make_form_token(wall.pk, issued_at=NOW - 60)
    post(client, wall, TEXT, token)
    post(client, wall, TEXT + " And their children.", token)
    statuses = list(Prayer.objects.order_by("pk").values_list("status", "text"))
    assert statuses == [
        (Prayer.Status.PUBLISHED, TEXT),
        (Prayer.Status.HELD, TEXT + " And their children."),
    ]


@pytest.mark.django_db
def test_the_form_holds_an_expired_token_and_keeps_the_text(client):
    wall = WallFactory()
    response = post(client, wall, TEXT, make_form_token(wall.pk, issued_at=NOW - LIFETIME - 1))
    assert response.status_code == 302
    assert Prayer.objects.get().status == Prayer.Status.HELD
    assert Prayer.objects.get().text == TEXT


@pytest.mark.django_db
def test_the_form_still_holds_a_post_sent_too_fast(client):
    wall = WallFactory()
    post(client, wall, TEXT, make_form_token(wall.pk, issued_at=NOW - 2))
    assert Prayer.objects.get().status == Prayer.Status.HELD
