"""Subscriptions (double opt-in): the notice that one's prayer is published, and a
wall's daily digest; with the tasks that send them."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from vigil.core import privacy
from vigil.core.daily import run_daily
from vigil.core.ratelimit import Rate
from vigil.prayers import emails
from vigil.prayers.models import Prayer, Subscription, Wall
from vigil.prayers.services import addresses
from vigil.prayers.services.common import SubmissionRefused, email_error, hit_rates

FOLLOW_RATES = {"follow-client": Rate(5, 60 * 60), "follow-email": Rate(3, 60 * 60 * 24)}
DIGEST_MAX = 50


def new_subscription_token(subscription: Subscription) -> str:
    """A fresh raw token for a confirmation link (only its hash is stored)."""
    token = privacy.new_token()
    subscription.token_hash = privacy.token_hash(token)
    Subscription.objects.filter(pk=subscription.pk).update(token_hash=subscription.token_hash)
    return token


def wall_follow(*, wall: Wall, email: str, client_hash: str) -> None:
    """Ask to follow a wall's daily digest. Nothing is sent but the confirmation email
    until the address confirms. The answer is the same whether or not it already follows."""
    email = (email or "").strip()
    problem = email_error(email) if email else _("Please enter an email address.")
    if problem:
        raise SubmissionRefused(
            _("Please check the email address."), code="invalid", errors={"email": [problem]}
        )
    digest = privacy.email_hash(email)
    hit_rates(FOLLOW_RATES, {"follow-client": client_hash, "follow-email": digest})
    subscription, _created = Subscription.objects.get_or_create(
        kind=Subscription.Kind.WALL_DIGEST, wall=wall, email_hash=digest,
        defaults={"email": email, "token_hash": privacy.token_hash(privacy.new_token())},
    )  # fmt: skip
    language = translation.get_language() or ""
    if subscription.language != language:  # the digests follow the latest page asked from
        subscription.language = language
        subscription.save(update_fields=["language"])
    if subscription.is_confirmed:
        return
    pk = subscription.pk
    transaction.on_commit(lambda: send_subscription_confirmation.enqueue(pk, language))


def subscription_confirmation_send(*, subscription_id: int) -> bool:
    """Email the link that confirms a subscription (a fresh token each time)."""
    subscription = (
        Subscription.objects.select_related("wall__country").filter(pk=subscription_id).first()
    )
    if subscription is None or subscription.is_confirmed:
        return False
    emails.send_subscription_confirmation(
        subscription, confirm_url=subscription.confirm_url(new_subscription_token(subscription))
    )
    return True


@transaction.atomic
def subscription_confirm(*, subscription: Subscription, now: datetime | None = None) -> None:
    """Confirm (double opt-in); the address counts as confirmed from now on. A publish
    notice whose prayer is already out is sent now."""
    if subscription.is_confirmed:
        return
    subscription.confirmed_at = now or timezone.now()
    subscription.save(update_fields=["confirmed_at"])
    addresses.mark_confirmed(subscription.email_hash, subscription.confirmed_at)
    prayer_id, language = subscription.prayer_id, translation.get_language()
    if prayer_id and Prayer.objects.visible().filter(pk=prayer_id).exists():
        transaction.on_commit(lambda: send_publish_notices.enqueue(prayer_id, language))


@transaction.atomic
def subscription_cancel(*, subscription: Subscription) -> None:
    """Unsubscribe: the row, and the address in it, are deleted."""
    Subscription.objects.filter(pk=subscription.pk).delete()


def publish_notices_send(*, prayer_id: int) -> int:
    """Tell the author who confirmed that their prayer is published; each notice is sent
    once, then forgotten. Returns how many were sent."""
    prayer = Prayer.objects.visible().select_related("wall__country").filter(pk=prayer_id).first()
    if prayer is None:
        return 0
    sent = 0
    for subscription in prayer.subscriptions.confirmed():
        emails.send_publish_notice(subscription, prayer)
        subscription.delete()
        sent += 1
    return sent


def wall_digest_send(*, subscription_id: int, now: datetime | None = None) -> int:
    """Send one confirmed follower the wall's prayers published since their last digest
    (or since they confirmed). Returns how many prayers it listed (0: nothing sent)."""
    now = now or timezone.now()
    subscription = (
        Subscription.objects.confirmed().wall_digests().select_related("wall__country")
        .filter(pk=subscription_id).first()
    )  # fmt: skip
    if subscription is None or subscription.wall is None:
        return 0
    since = subscription.last_sent_at or subscription.confirmed_at
    prayers = list(
        Prayer.objects.visible().for_wall(subscription.wall)
        .filter(published_at__gt=since, published_at__lte=now)
        .order_by("published_at", "id").for_display()[:DIGEST_MAX]
    )  # fmt: skip
    if prayers:
        emails.send_wall_digest(subscription, prayers)
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now)
    return len(prayers)


@task()
def send_subscription_confirmation(subscription_id: int, language: str = "") -> bool:
    """Email the confirmation link in ``language``, that of the page the visitor used."""
    with emails.in_language(language):
        return subscription_confirmation_send(subscription_id=subscription_id)


@task()
def send_publish_notices(prayer_id: int, language: str = "") -> int:
    """Tell the author who confirmed that their prayer is now published: in ``language``
    when it is known (the author confirmed just now), else in the language of the page
    the notice was asked from (a moderator published it)."""
    if not language:
        asked = Subscription.objects.filter(prayer_id=prayer_id).values_list("language", flat=True)
        language = asked.first() or ""
    with emails.in_language(language):
        return publish_notices_send(prayer_id=prayer_id)


@task()
def send_wall_digest(subscription_id: int) -> int:
    """A follower's digest, in the language of the page they followed the wall from."""
    language = Subscription.objects.filter(pk=subscription_id).values_list("language", flat=True)
    with emails.in_language(language.first() or None):
        return wall_digest_send(subscription_id=subscription_id)


def _enqueue_digests() -> int:
    ids = list(Subscription.objects.confirmed().wall_digests().values_list("pk", flat=True))
    for subscription_id in ids:
        send_wall_digest.enqueue(subscription_id)
    return len(ids)


@task()
def digest_daily() -> int:
    """Enqueue one digest per confirmed follower, then schedule tomorrow's run (started
    once with ``manage.py prayers_digest --schedule``)."""
    return run_daily(digest_daily, _enqueue_digests, skipped=0)
