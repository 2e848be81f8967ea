"""Background work of the moderation app (django.tasks)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.tasks import task
from django.utils import timezone

from vigil.moderation import services


@task()
def deep_assess(prayer_id: int) -> str:
    """The heavier moderation stage for one pending prayer (see ``services.deep_assess``)."""
    return services.deep_assess(prayer_id)


@task()
def held_digest() -> int:
    """Email moderators the prayers held since the last digest (see ``held_digest_send``)."""
    return services.held_digest_send(base_url=getattr(settings, "VIGIL_SITE_URL", ""))


@task()
def held_digest_daily() -> int:
    """Send the digest, then schedule tomorrow's run.

    Started once with ``manage.py moderation_digest --schedule``; each run enqueues the
    next. A cache lock per day lets only one chain survive if it was started twice.
    """
    today = timezone.now().date().isoformat()
    if not cache.add(f"vigil:moderation:digest:{today}", 1, timeout=60 * 60 * 36):
        return 0
    sent = services.held_digest_send(base_url=getattr(settings, "VIGIL_SITE_URL", ""))
    if held_digest_daily.get_backend().supports_defer:
        held_digest_daily.using(run_after=timezone.now() + timedelta(days=1)).enqueue()
    return sent
