"""My data: a magic link by email, then export or erase everything stored under it."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import translation

from vigil.core import privacy
from vigil.core.ratelimit import Rate
from vigil.prayers import emails
from vigil.prayers.models import EmailAddress, Prayer, Subscription
from vigil.prayers.services import addresses
from vigil.prayers.services.common import hit_rates, retry_when_locked
from vigil.prayers.services.lifecycle import prayer_forget
from vigil.prayers.states import PrayerAction

MY_DATA_SALT = "vigil.prayers.my-data"
MY_DATA_MAX_AGE = 60 * 60
MY_DATA_RATES = {"my-data-client": Rate(5, 60 * 60), "my-data-email": Rate(3, 60 * 60)}


_ENDED_KEY = "vigil:prayers:my-data-ended:{}"


def my_data_token(email_hash: str) -> str:
    """A signed, timestamped token naming an email by its hash (the address is not in it)."""
    return signing.dumps({"h": email_hash, "t": time.time()}, salt=MY_DATA_SALT)


def my_data_email_hash(token: str) -> str | None:
    """The email hash a magic link names, or ``None`` when forged, over an hour old, or
    issued before the data under it was erased (an erase ends every earlier link)."""
    try:
        value = signing.loads(token or "", salt=MY_DATA_SALT, max_age=MY_DATA_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or not value.get("h"):
        return None
    ended = cache.get(_ENDED_KEY.format(value["h"]))
    if ended is not None and float(value.get("t", 0)) <= ended:
        return None
    return str(value["h"])


def _end_links(email_hash: str) -> None:
    cache.set(_ENDED_KEY.format(email_hash), time.time(), timeout=MY_DATA_MAX_AGE + 60)


def my_data_link_request(*, email: str, client_hash: str) -> None:
    """Send a magic link to ``email`` if anything is stored under it. The caller answers
    the same either way, so the page never says whether an address is known."""
    email = (email or "").strip()
    digest = privacy.email_hash(email)
    hit_rates(MY_DATA_RATES, {"my-data-client": client_hash, "my-data-email": digest})
    language = translation.get_language()
    transaction.on_commit(lambda: send_my_data_link.enqueue(digest, language))


@task()
def send_my_data_link(email_hash: str, language: str = "") -> bool:
    """Email the magic link (or the address's confirmation) in ``language``, that of the
    page the visitor asked from."""
    with emails.in_language(language):
        return my_data_link_send(email_hash=email_hash)


def my_data_link_send(*, email_hash: str) -> bool:
    """Email the magic link to the address stored under ``email_hash``, if any — once the
    address is confirmed; before that, the confirmation (which leads to the data)."""
    email = addresses.stored_email(email_hash)
    if not email:
        return False
    if not addresses.is_confirmed(email_hash):
        return addresses.confirmation_send(email=email, then=addresses.AFTER_MY_DATA)
    return emails.send_my_data_link(email, url=my_data_url(email_hash))


def my_data_url(email_hash: str) -> str:
    return reverse("prayers:my-data-detail", args=[my_data_token(email_hash)])


def my_data_export(*, email_hash: str) -> dict[str, Any]:
    """Everything stored under an email, as JSON-ready data."""
    prayers = Prayer.objects.for_email_hash(email_hash).select_related("wall").order_by("id")
    subscriptions = Subscription.objects.for_email_hash(email_hash).select_related("wall")
    return {
        "email": addresses.stored_email(email_hash),
        "prayers": [_prayer_export(prayer) for prayer in prayers],
        "subscriptions": [_subscription_export(sub) for sub in subscriptions.order_by("id")],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _prayer_export(prayer: Prayer) -> dict[str, Any]:
    return {
        "id": prayer.pk, "wall": prayer.wall.display_title, "name": prayer.name,
        "email": prayer.email,
        "text": prayer.text, "language": prayer.language, "status": prayer.status,
        "created_at": _iso(prayer.created_at), "published_at": _iso(prayer.published_at),
        "edited_at": _iso(prayer.edited_at), "prayed_count": prayer.prayed_count,
        "report_count": prayer.report_count,
    }  # fmt: skip


def _subscription_export(subscription: Subscription) -> dict[str, Any]:
    return {
        "id": subscription.pk, "kind": subscription.kind, "email": subscription.email,
        "wall": subscription.wall.display_title if subscription.wall else None,
        "prayer": subscription.prayer_id, "created_at": _iso(subscription.created_at),
        "confirmed_at": _iso(subscription.confirmed_at),
        "last_sent_at": _iso(subscription.last_sent_at),
    }  # fmt: skip


@retry_when_locked
@transaction.atomic
def my_data_erase(*, email_hash: str) -> dict[str, int]:
    """Delete every prayer and subscription stored under an email. The audit trail keeps
    one entry per erased prayer, with neither the email nor the text."""
    prayers = list(Prayer.objects.for_email_hash(email_hash).select_for_update())
    for prayer in prayers:
        prayer_forget(prayer, action=PrayerAction.ERASED_BY_AUTHOR, reason="erased by its author")
    subscriptions, _ = Subscription.objects.for_email_hash(email_hash).delete()
    EmailAddress.objects.filter(email_hash=email_hash).delete()
    transaction.on_commit(lambda: _end_links(email_hash))
    return {"prayers": len(prayers), "subscriptions": subscriptions}
