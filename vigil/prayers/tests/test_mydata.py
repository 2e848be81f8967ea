"""My data: a magic link (one hour) to see, export and erase everything under an email."""

from __future__ import annotations

import json
import re

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vigil.core import privacy, ratelimit
from vigil.core.models import LogEntry
from vigil.prayers.models import Prayer, Subscription, Wall
from vigil.prayers.services import lifecycle, my_data
from vigil.prayers.tests.factories import PrayerFactory, WallFactory, confirmed_address

pytestmark = pytest.mark.django_db

ANNA, BEN = "anna@mailbox.test", "ben@mailbox.test"


@pytest.fixture(autouse=True)
def immediate_tasks(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)


def stored(email: str, wall: Wall | None = None, **kwargs) -> Prayer:
    digest = privacy.email_hash(email)
    return PrayerFactory(
        email=email, email_hash=digest, **({"wall": wall} if wall else {}), **kwargs
    )


def subscribe(email: str, wall: Wall) -> Subscription:
    return Subscription.objects.create(
        email=email, email_hash=privacy.email_hash(email), kind=Subscription.Kind.WALL_DIGEST,
        wall=wall, token_hash="t",
    )  # fmt: skip


def detail_url(email: str) -> str:
    return reverse(
        "prayers:my-data-detail", args=[my_data.my_data_token(privacy.email_hash(email))]
    )


def ask(client, email: str):
    return client.post(reverse("prayers:my-data"), {"email": email})


def test_the_answer_is_the_same_whether_or_not_the_email_is_known(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    stored(ANNA)
    confirmed_address(ANNA)
    with django_capture_on_commit_callbacks(execute=True):
        known = ask(client, ANNA)
        unknown = ask(client, "nobody@mailbox.test")
    assert known.status_code == unknown.status_code == 200
    per_request = r'(name="csrfmiddlewaretoken" value|nonce)="[^"]+"'
    strip = lambda html: re.sub(per_request, "", html)  # noqa: E731
    assert strip(known.content.decode()) == strip(unknown.content.decode())
    assert "works for one hour" in known.content.decode()
    [message] = mailoutbox
    assert message.to == [ANNA]
    path = re.search(r"http://[^\s]+(/my-data/[^\s/]+/)", message.body).group(1)
    assert client.get(path).status_code == 200


def test_asking_is_rate_limited(client):
    statuses = [ask(client, f"r{n}@mailbox.test").status_code for n in range(6)]
    assert statuses == [200] * 5 + [429]
    assert [ask(client, ANNA).status_code for _ in range(1)] == [429]


def test_the_page_lists_exactly_that_emails_data(client):
    wall = WallFactory(title="Kazakhstan")
    stored(ANNA, wall, text="Anna's own prayer")
    stored(ANNA, wall, text="Anna's held prayer", status=Prayer.Status.HELD, published_at=None)
    stored(BEN, wall, text="Ben's prayer")
    subscribe(ANNA, wall)
    html = client.get(detail_url(ANNA)).content.decode()
    assert "Anna&#x27;s own prayer" in html and "Anna&#x27;s held prayer" in html
    assert "Ben&#x27;s prayer" not in html
    assert "Daily digest of Kazakhstan" in html
    assert ANNA not in html and BEN not in html


def test_the_page_takes_a_fixed_number_of_queries(client):
    wall = WallFactory()
    counts = []
    for n in (1, 8):
        for _ in range(n):
            stored(ANNA, wall)
            subscribe(ANNA, WallFactory())
        with CaptureQueriesContext(connection) as queries:
            assert client.get(detail_url(ANNA)).status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1] <= 2


def test_the_export_holds_exactly_that_emails_data(client):
    wall = WallFactory(title="Kazakhstan")
    mine = [stored(ANNA, wall, text="first"), stored(ANNA, text="second")]
    stored(BEN, wall, text="not mine")
    subscribe(ANNA, wall)
    subscribe(BEN, wall)
    url = reverse("prayers:my-data-export", args=[my_data.my_data_token(privacy.email_hash(ANNA))])
    response = client.get(url)
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == ANNA
    assert [p["id"] for p in data["prayers"]] == [p.pk for p in mine]
    assert {p["text"] for p in data["prayers"]} == {"first", "second"}
    assert [s["wall"] for s in data["subscriptions"]] == ["Kazakhstan"]
    assert BEN not in response.content.decode() and "not mine" not in response.content.decode()


def test_erase_asks_then_removes_everything_under_that_email_only(client):
    wall = WallFactory()
    mine = stored(ANNA, wall, name="Anna", text="Anna's prayer")
    lifecycle.prayer_hold(prayer=mine)
    lifecycle.prayer_publish(prayer=mine)
    other = stored(BEN, wall)
    subscribe(ANNA, wall)
    subscribe(BEN, wall)
    count = Wall.objects.get(pk=wall.pk).published_count
    url = reverse("prayers:my-data-erase", args=[my_data.my_data_token(privacy.email_hash(ANNA))])
    assert "Yes, erase everything" in client.get(url).content.decode()
    assert Prayer.objects.filter(pk=mine.pk).exists()
    done = client.post(url)
    assert "Erased 1 prayer. Cancelled 1 email subscription." in done.content.decode()
    assert not Prayer.objects.filter(email_hash=privacy.email_hash(ANNA)).exists()
    assert not Subscription.objects.filter(email=ANNA).exists()
    assert Prayer.objects.filter(pk=other.pk).exists()
    assert Subscription.objects.filter(email=BEN).exists()
    assert Wall.objects.get(pk=wall.pk).published_count == count - 1
    assert LogEntry.objects.filter(action="prayer.erased_by_author").count() == 1
    trail = json.dumps(list(LogEntry.objects.values("target_repr", "data")))
    assert ANNA not in trail and "Anna" not in trail


@pytest.mark.parametrize("view", ["my-data-detail", "my-data-export", "my-data-erase"])
def test_expired_and_forged_links_are_friendly_404s(client, monkeypatch, view):
    stored(ANNA)
    token = my_data.my_data_token(privacy.email_hash(ANNA))
    start = signing.time.time()
    monkeypatch.setattr(signing.time, "time", lambda: start + 60 * 60 + 1)
    forged = signing.dumps(privacy.email_hash(ANNA), salt="another-salt")
    for bad in (token, forged, "nonsense", token[:-2]):
        for method in (client.get, client.post):
            response = method(reverse(f"prayers:{view}", args=[bad]))
            if response.status_code == 405:
                continue
            assert response.status_code == 404
            assert "older than one hour" in response.content.decode()
    assert Prayer.objects.filter(email=ANNA).exists()


def test_a_link_within_the_hour_works(client, monkeypatch):
    stored(ANNA)
    url = detail_url(ANNA)
    start = signing.time.time()
    monkeypatch.setattr(signing.time, "time", lambda: start + 60 * 59)
    assert client.get(url).status_code == 200


def test_an_unconfirmed_address_is_asked_to_confirm_before_it_gets_the_link(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    stored(ANNA)
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, ANNA)
    [confirmation] = mailoutbox
    assert "/my-data/" not in confirmation.body
    url = re.search(r"http://[^\s]+(/email/confirm/[^\s]+/)", confirmation.body).group(1)
    response = client.post(url)
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_erasing_ends_every_earlier_link(client, django_capture_on_commit_callbacks):
    stored(ANNA)
    url = detail_url(ANNA)
    assert client.get(url).status_code == 200
    erase = reverse("prayers:my-data-erase", args=[url.rstrip("/").rsplit("/", 1)[1]])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(erase)
    assert not Prayer.objects.exists()
    assert client.get(url).status_code == 404
