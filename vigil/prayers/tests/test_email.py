"""Emails: the author's receipt, double opt-in, the publish notice, the daily digest and
one-click unsubscribe. Tasks run in the request (ImmediateBackend) after commit."""

from __future__ import annotations

import email.policy
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from vigil.core import privacy, ratelimit
from vigil.prayers import emails, formtoken
from vigil.prayers.models import Prayer, Subscription, Wall
from vigil.prayers.services import lifecycle, receipts, retention, subscriptions
from vigil.prayers.tests.factories import PrayerFactory, WallFactory, confirmed_address

pytestmark = pytest.mark.django_db

TEXT = "Lord, strengthen the believers who meet in secret, and comfort the families."
URL_RE = r"http://[^\s>]+/{}/\d+/{}/[^\s/]+/"


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Tasks run in the request, so their emails can be asserted directly."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def clocks(monkeypatch):
    monkeypatch.setattr(ratelimit, "_now", lambda: 1_000_000_040.0)
    monkeypatch.setattr(formtoken, "_clock", lambda: 1_000_000_040.0)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs the on-commit callbacks (and the tasks they enqueue) of
    the block when it ends, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def post_prayer(client, wall: Wall, address: str = "127.0.0.1", **fields):
    token = formtoken.make_form_token(wall.pk, issued_at=1_000_000_040.0 - 60)
    data = {"name": "Anna", "email": "", "text": TEXT, "website": "", "rendered": token, **fields}
    url = reverse("prayers:prayer-create", args=[wall.pk])
    return client.post(url, data, REMOTE_ADDR=address)


def link(message, kind: str, action: str) -> str:
    found = re.search(URL_RE.format(kind, action), message.body)
    assert found, message.body
    return found.group(0).removeprefix("http://127.0.0.1:8000")


def confirmed_follower(wall: Wall, email: str, at) -> Subscription:
    return Subscription.objects.create(
        email=email, email_hash=f"hash-{email}", kind=Subscription.Kind.WALL_DIGEST, wall=wall,
        token_hash="t", confirmed_at=at,
    )  # fmt: skip


# --- the receipt ---------------------------------------------------------------------


def test_a_prayer_with_an_email_gets_its_private_link_by_email(client, mailoutbox, committed):
    confirmed_address("anna@mailbox.test")
    wall = WallFactory()
    with committed():
        post_prayer(client, wall, email="anna@mailbox.test")
    [message] = mailoutbox
    assert message.to == ["anna@mailbox.test"] and not message.cc and not message.bcc
    manage = link(message, "prayers", "manage")
    assert client.get(manage).status_code == 200
    assert "confirm" not in message.body.lower()


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        (Prayer.Status.PUBLISHED, "It is published: http://"),
        (Prayer.Status.PENDING, "It is being checked. It appears when the check passes"),
        (Prayer.Status.HELD, "A moderator will read it before it appears."),
        (Prayer.Status.REMOVED, None),
    ],
)
def test_the_receipt_says_where_the_prayer_stands_and_promises_nothing(
    mailoutbox, status, sentence
):
    confirmed_address("anna@mailbox.test")
    prayer = PrayerFactory(
        status=status, email="anna@mailbox.test", email_hash=privacy.email_hash("anna@mailbox.test")
    )

    assert receipts.prayer_receipt_send(prayer_id=prayer.pk)

    [message] = mailoutbox
    assert "after review" not in message.body
    standing = ("It is published", "It is being checked", "A moderator will read it")
    if sentence is None:
        assert not any(words in message.body for words in standing)
    else:
        assert sentence in message.body


def test_an_unconfirmed_address_gets_only_the_confirmation_then_the_receipt(
    client, mailoutbox, committed
):
    """Ten posts giving someone else's address send it one email: the confirmation.
    The receipt (the private link) follows only when the address confirms."""
    wall = WallFactory()
    with committed():
        for n in range(10):
            post_prayer(
                client, wall, f"198.51.100.{n}", email="stranger@mailbox.test", text=f"{TEXT} {n}"
            )
    assert Prayer.objects.count() == 10
    [confirmation] = mailoutbox
    assert confirmation.subject.startswith("Please confirm your email address")
    assert "/manage/" not in confirmation.body
    url = re.search(r"http://[^\s]+(/email/confirm/[^\s]+/)", confirmation.body).group(1)
    assert "Yes, this address is mine" in client.get(url).content.decode()
    assert len(mailoutbox) == 1  # a GET (a mail scanner) confirms nothing
    with committed():
        client.post(url)
    receipts = mailoutbox[1:]
    assert receipts and all("/manage/" in message.body for message in receipts)
    assert len(receipts) <= emails.RECIPIENT_RATES["mail-recipient-hour"].limit


def test_mail_to_one_address_is_capped_whoever_asks(client, mailoutbox, committed):
    confirmed_address("anna@mailbox.test")
    wall = WallFactory()
    with committed():
        for n in range(10):
            post_prayer(
                client, wall, f"198.51.100.{n}", email="anna@mailbox.test", text=f"{TEXT} {n}"
            )
    assert Prayer.objects.count() == 10
    assert len(mailoutbox) == emails.RECIPIENT_RATES["mail-recipient-hour"].limit


def test_no_email_no_mail(client, mailoutbox, committed):
    with committed():
        post_prayer(client, WallFactory())
    assert mailoutbox == []


def test_the_notify_box_needs_an_email(client):
    wall = WallFactory()
    response = post_prayer(client, wall, notify="on")
    assert response.status_code == 422
    assert "please give your email" in response.content.decode()
    assert not Prayer.objects.exists()


# --- "email me when my prayer is published" ------------------------------------------


def pre_moderated_post(client, committed, email="anna@mailbox.test") -> Prayer:
    confirmed_address(email)
    wall = WallFactory(moderation_mode=Wall.Mode.PRE)
    with committed():
        post_prayer(client, wall, email=email, notify="on")
    return Prayer.objects.get()


def test_an_unconfirmed_notice_is_never_sent(client, mailoutbox, committed):
    prayer = pre_moderated_post(client, committed)
    assert prayer.status == Prayer.Status.HELD
    [receipt] = mailoutbox
    assert "Please confirm that you want it" in receipt.body
    with committed():
        lifecycle.prayer_publish(prayer=prayer)
    assert len(mailoutbox) == 1
    assert Subscription.objects.get().confirmed_at is None


def test_a_confirmed_notice_is_sent_once_when_published(client, mailoutbox, committed):
    prayer = pre_moderated_post(client, committed)
    confirm = link(mailoutbox[0], "subscriptions", "confirm")
    page = client.get(confirm)
    assert "Yes, send me these emails" in page.content.decode()
    assert (
        Subscription.objects.get().confirmed_at is None
    )  # a GET (a mail scanner) confirms nothing
    with committed():
        client.post(confirm)
    assert Subscription.objects.get().confirmed_at is not None
    with committed():
        lifecycle.prayer_publish(prayer=prayer)
    notice = mailoutbox[-1]
    assert len(mailoutbox) == 2
    assert notice.to == ["anna@mailbox.test"]
    assert "is published" in notice.subject
    assert notice.extra_headers["List-Unsubscribe"].startswith("<http://")
    # as sent (the SMTP policy): the address itself, not encoded words, however long
    sent = notice.message(policy=email.policy.SMTP).as_string()
    header = re.search(r"^List-Unsubscribe: (.*)$", sent, re.M)
    assert header and header.group(1).startswith("<http://") and "=?" not in header.group(1)
    assert "/unsubscribe/" in notice.body
    assert not Subscription.objects.exists()  # sent once, then forgotten
    with committed():
        lifecycle.prayer_hold(prayer=prayer)
        lifecycle.prayer_publish(prayer=prayer)
    assert len(mailoutbox) == 2


def test_a_prayer_published_at_once_asks_for_no_notice(client, mailoutbox, committed):
    with committed():
        post_prayer(client, WallFactory(), email="anna@mailbox.test", notify="on")
    assert not Subscription.objects.exists()
    assert len(mailoutbox) == 1  # the receipt only


# --- following a wall ------------------------------------------------------------------


def follow(client, wall: Wall, email: str, **extra):
    url = reverse("prayers:wall-follow", args=[wall.pk])
    return client.post(url, {"email": email, "next": f"/walls/{wall.pk}/"}, **extra)


def test_following_sends_a_confirmation_and_nothing_else(client, mailoutbox, committed):
    wall = WallFactory()
    with committed():
        response = follow(client, wall, "ben@mailbox.test", follow=True)
    assert "Please check your inbox" in response.content.decode()
    [message] = mailoutbox
    assert message.to == ["ben@mailbox.test"]
    assert "Please confirm" in message.subject
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    PrayerFactory(wall=wall)
    assert subscriptions.digest_daily.call() == 0  # not confirmed: no digest
    assert len(mailoutbox) == 1


def test_following_with_htmx_swaps_the_follow_form(client, committed):
    wall = WallFactory()
    with committed():
        html = follow(client, wall, "ben@mailbox.test", HTTP_HX_REQUEST="true").content.decode()
    assert html.lstrip().startswith('<form class="follow-form"')
    assert "Please check your inbox" in html
    bad = follow(client, wall, "not-an-email", HTTP_HX_REQUEST="true").content.decode()
    assert "Please enter an email address like name@example.org." in bad
    assert 'value="not-an-email"' in bad


def test_following_again_answers_the_same_and_sends_nothing_new(client, mailoutbox, committed):
    wall = WallFactory()
    with committed():
        follow(client, wall, "ben@mailbox.test")
    client.post(link(mailoutbox[0], "subscriptions", "confirm"))
    with committed():
        again = follow(client, wall, "Ben@Mailbox.test", follow=True)
    assert "Please check your inbox" in again.content.decode()
    assert len(mailoutbox) == 1
    assert Subscription.objects.count() == 1


def test_following_is_rate_limited(client):
    wall = WallFactory()
    statuses = [follow(client, wall, f"r{n}@mailbox.test").status_code for n in range(7)]
    assert statuses[:5] == [302] * 5 and statuses[5:] == [429, 429]


def test_a_digest_has_only_that_walls_new_published_prayers_and_no_emails(mailoutbox):
    now = timezone.now()
    wall, other = WallFactory(title="Kazakhstan"), WallFactory(title="Elsewhere")
    follower = confirmed_follower(wall, "ben@mailbox.test", now - timedelta(days=2))
    confirmed_follower(wall, "cleo@mailbox.test", now - timedelta(days=2))
    old = PrayerFactory(wall=wall, text="Before the follower confirmed", email="a@mailbox.test")
    Prayer.objects.filter(pk=old.pk).update(published_at=now - timedelta(days=3))
    PrayerFactory(wall=wall, text="New prayer one", email="dora@mailbox.test")
    PrayerFactory(wall=wall, text="Held prayer", status=Prayer.Status.HELD, published_at=None)
    PrayerFactory(wall=other, text="Another wall's prayer")
    assert (
        subscriptions.wall_digest_send(subscription_id=follower.pk, now=now + timedelta(minutes=1))
        == 1
    )
    [digest] = mailoutbox
    assert digest.to == ["ben@mailbox.test"] and not digest.cc and not digest.bcc
    assert "New prayer one" in digest.body
    for absent in ("Before the follower", "Held prayer", "Another wall", "@mailbox.test"):
        assert absent not in digest.body
    assert "/unsubscribe/" in digest.body
    assert (
        digest.extra_headers["List-Unsubscribe"]
        == f"<http://127.0.0.1:8000{follower.unsubscribe_url()}>"
    )
    later = now + timedelta(days=1)
    assert subscriptions.wall_digest_send(subscription_id=follower.pk, now=later) == 0
    assert len(mailoutbox) == 1  # nothing new: nothing sent


def test_the_daily_task_sends_one_digest_per_confirmed_follower(mailoutbox):
    wall = WallFactory()
    past = timezone.now() - timedelta(days=1)
    confirmed_follower(wall, "ben@mailbox.test", past)
    confirmed_follower(wall, "cleo@mailbox.test", past)
    Subscription.objects.create(
        email="unconfirmed@mailbox.test", email_hash="u", kind=Subscription.Kind.WALL_DIGEST,
        wall=WallFactory(), token_hash="t",
    )  # fmt: skip
    PrayerFactory(wall=wall)
    assert subscriptions.digest_daily.call() == 2
    assert sorted(m.to[0] for m in mailoutbox) == ["ben@mailbox.test", "cleo@mailbox.test"]
    assert subscriptions.digest_daily.call() == 0  # a second chain on the same day stops


# --- unsubscribing -----------------------------------------------------------------------


def test_unsubscribe_is_one_click_and_needs_no_csrf_token(mailoutbox):
    wall = WallFactory()
    follower = confirmed_follower(wall, "ben@mailbox.test", timezone.now())
    url = follower.unsubscribe_url()
    client = Client(enforce_csrf_checks=True)
    page = client.get(url)
    assert page.status_code == 200 and "<button" in page.content.decode()
    assert Subscription.objects.exists()
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert not Subscription.objects.exists()
    assert client.get(url).status_code == 404


def test_wrong_subscription_links_are_friendly_404s(client):
    follower = confirmed_follower(WallFactory(), "ben@mailbox.test", None)
    for url in (
        reverse("prayers:subscription-confirm", args=[follower.pk, "wrong"]),
        reverse("prayers:subscription-unsubscribe", args=[follower.pk, "wrong"]),
        reverse("prayers:subscription-unsubscribe", args=[999_999, follower.unsubscribe_token()]),
    ):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 404
            assert "This link does not work any more" in response.content.decode()
    assert Subscription.objects.get().confirmed_at is None


def test_unconfirmed_subscriptions_are_forgotten_after_a_week():
    wall, now = WallFactory(), timezone.now()
    fresh = confirmed_follower(wall, "a@mailbox.test", None)
    stale = Subscription.objects.create(
        email="b@mailbox.test", email_hash="b", kind=Subscription.Kind.WALL_DIGEST, wall=wall,
        token_hash="t", created_at=now - timedelta(days=8),
    )  # fmt: skip
    kept = confirmed_follower(WallFactory(), "c@mailbox.test", now - timedelta(days=30))
    Subscription.objects.filter(pk=kept.pk).update(created_at=now - timedelta(days=60))
    assert retention.subscriptions_purge(now=now) == {"subscriptions": 1}
    assert set(Subscription.objects.values_list("pk", flat=True)) == {fresh.pk, kept.pk}
    assert not Subscription.objects.filter(pk=stale.pk).exists()
