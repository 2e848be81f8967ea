"""The author's receipt (their private link) — sent only to a confirmed address; an
unconfirmed one gets the confirmation email instead, and the receipts it held back
once it confirms."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation

from vigil.prayers import emails
from vigil.prayers.models import Prayer
from vigil.prayers.services import addresses
from vigil.prayers.services.subscriptions import new_subscription_token

Status = Prayer.Status


def prayer_receipt_send(*, prayer_id: int) -> bool:
    """Email the author their private link (and, if they asked to be told when the prayer
    is published, the link that confirms it) — if their address is confirmed; else send
    the confirmation (at most one a day). ``False`` when no receipt went out."""
    prayer = Prayer.objects.select_related("wall__country").filter(pk=prayer_id).first()
    if prayer is None or not prayer.email or prayer.status in {Status.REJECTED, Status.SPAM}:
        return False
    if not addresses.is_confirmed(prayer.email_hash):
        addresses.confirmation_send(email=prayer.email, then=addresses.AFTER_RECEIPTS)
        return False
    pending = prayer.subscriptions.filter(confirmed_at__isnull=True).first()
    confirm_url = pending.confirm_url(new_subscription_token(pending)) if pending else ""
    return emails.send_prayer_receipt(
        prayer, manage_url=prayer.manage_url(prayer.emailed_author_token()), confirm_url=confirm_url
    )


@task()
def send_prayer_receipt(prayer_id: int, language: str = "") -> bool:
    """Email a prayer's author their private link (enqueued on commit of the prayer), in
    ``language``, the language of the page they posted from."""
    with emails.in_language(language):
        return prayer_receipt_send(prayer_id=prayer_id)


@transaction.atomic
def address_confirm(*, email_hash: str, now: datetime | None = None) -> bool:
    """The owner of the address clicked its confirmation link. ``True`` the first time;
    the receipts of its prayers of the last days, held back until now, are then sent."""
    now = now or timezone.now()
    if not addresses.mark_confirmed(email_hash, now):
        return False
    since = now - timedelta(seconds=addresses.CONFIRM_MAX_AGE)
    recent = (
        Prayer.objects.for_email_hash(email_hash).filter(created_at__gte=since)
        .exclude(status__in=[Status.REJECTED, Status.SPAM]).values_list("pk", flat=True)
    )  # fmt: skip
    language = translation.get_language()
    for prayer_id in list(recent):
        transaction.on_commit(partial(send_prayer_receipt.enqueue, prayer_id, language))
    return True
