"""The privacy page, and emails never shown on any page, feed or API answer."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from vigil.core import privacy
from vigil.prayers.models import Prayer, Subscription
from vigil.prayers.services import my_data
from vigil.prayers.tests.factories import PrayerFactory, WallFactory

pytestmark = pytest.mark.django_db

SECRET = "hidden.person@mailbox.test"
TOKEN = "privacy-test-token"


def test_the_privacy_page_says_what_is_stored_and_for_how_long(client):
    response = client.get(reverse("prayers:privacy"))
    html = response.content.decode()
    assert response.status_code == 200
    for fact in (
        "does not store your IP address",
        "key that changes every month",
        "removed from your prayer after 30 days",
        "Rejected prayers and spam</strong> are deleted after 30 days",
        "Requests never confirmed are deleted after 7 days",
        "makes no requests to other companies",
        "works for 60 minutes",
    ):
        assert fact in html
    assert f'href="{reverse("prayers:my-data")}"' in html


def test_the_footer_links_to_the_privacy_page(client):
    html = client.get(reverse("prayers:my-data")).content.decode()
    assert '<a href="/privacy/">Privacy: what we store</a>' in html


def _pages(client) -> dict[str, str]:
    wall = WallFactory()
    prayer = PrayerFactory(
        wall=wall, email=SECRET, email_hash=privacy.email_hash(SECRET),
        edit_token_hash=privacy.token_hash(TOKEN),
    )  # fmt: skip
    subscription = Subscription.objects.create(
        email=SECRET, email_hash=privacy.email_hash(SECRET), kind=Subscription.Kind.WALL_DIGEST,
        wall=wall, token_hash=privacy.token_hash("confirm"), confirmed_at=timezone.now(),
    )  # fmt: skip
    my_data_token = my_data.my_data_token(privacy.email_hash(SECRET))
    urls = {
        "wall": reverse("prayers:wall-detail", args=[wall.pk]),
        "feed": reverse("prayers:wall-feed", args=[wall.pk]),
        "all feed": reverse("prayers:feed"),
        "api": f"/api/walls/{wall.pk}/prayers",
        "manage": reverse("prayers:prayer-manage", args=[prayer.pk, TOKEN]),
        "delete": reverse("prayers:prayer-delete", args=[prayer.pk, TOKEN]),
        "confirm": reverse("prayers:subscription-confirm", args=[subscription.pk, "confirm"]),
        "unsubscribe": subscription.unsubscribe_url(),
        "my data": reverse("prayers:my-data"),
        "my data detail": reverse("prayers:my-data-detail", args=[my_data_token]),
        "erase": reverse("prayers:my-data-erase", args=[my_data_token]),
        "privacy": reverse("prayers:privacy"),
    }
    return {name: client.get(url).content.decode() for name, url in urls.items()}


def test_emails_never_appear_in_pages_feeds_or_the_api(client):
    for name, body in _pages(client).items():
        assert SECRET not in body, name
        assert "mailbox.test" not in body, name
        assert privacy.email_hash(SECRET) not in body, name


def test_new_pages_keep_the_strict_csp(client):
    for name, body in _pages(client).items():
        if name in {"feed", "all feed", "api"}:
            continue
        assert " style=" not in body, name
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", body), name


def test_the_follow_and_my_data_answers_carry_no_email(client, django_capture_on_commit_callbacks):
    wall = WallFactory()
    with django_capture_on_commit_callbacks(execute=True):
        follow = client.post(reverse("prayers:wall-follow", args=[wall.pk]), {"email": SECRET})
        asked = client.post(reverse("prayers:my-data"), {"email": SECRET})
    assert follow.status_code == 302 and SECRET not in follow["Location"]
    assert SECRET not in asked.content.decode()
    assert not Prayer.objects.exists()
