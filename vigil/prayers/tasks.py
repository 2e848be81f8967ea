"""Background work of the prayers app (django.tasks)."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.tasks import task
from django.utils import timezone

from vigil.prayers import services
from vigil.prayers.models import Subscription


@task()
def purge_daily() -> dict[str, int]:
    """Run the privacy purge, then schedule tomorrow's run.

    Started once with ``manage.py prayers_purge --schedule``; each run enqueues the next.
    A cache lock per day lets only one chain survive if it was started twice.
    """
    today = timezone.now().date().isoformat()
    if not cache.add(f"vigil:prayers:purge:{today}", 1, timeout=60 * 60 * 36):
        return {}
    counts = {**services.prayers_purge(), **services.subscriptions_purge()}
    if purge_daily.get_backend().supports_defer:
        purge_daily.using(run_after=timezone.now() + timedelta(days=1)).enqueue()
    return counts


@task()
def send_prayer_receipt(prayer_id: int) -> bool:
    """Email a prayer's author their private link (enqueued on commit of the prayer)."""
    return services.prayer_receipt_send(prayer_id=prayer_id)


@task()
def send_subscription_confirmation(subscription_id: int) -> bool:
    return services.subscription_confirmation_send(subscription_id=subscription_id)


@task()
def send_publish_notices(prayer_id: int) -> int:
    """Tell the author who confirmed that their prayer is now published."""
    return services.publish_notices_send(prayer_id=prayer_id)


@task()
def send_my_data_link(email_hash: str) -> bool:
    return services.my_data_link_send(email_hash=email_hash)


@task()
def send_wall_digest(subscription_id: int) -> int:
    return services.wall_digest_send(subscription_id=subscription_id)


@task()
def digest_daily() -> int:
    """Enqueue one digest per confirmed follower, then schedule tomorrow's run.

    Started once with ``manage.py prayers_digest --schedule``; like ``purge_daily``, a
    cache lock per day lets only one chain survive if it was started twice.
    """
    today = timezone.now().date().isoformat()
    if not cache.add(f"vigil:prayers:digest:{today}", 1, timeout=60 * 60 * 36):
        return 0
    ids = list(Subscription.objects.confirmed().wall_digests().values_list("pk", flat=True))
    for subscription_id in ids:
        send_wall_digest.enqueue(subscription_id)
    if digest_daily.get_backend().supports_defer:
        digest_daily.using(run_after=timezone.now() + timedelta(days=1)).enqueue()
    return len(ids)
