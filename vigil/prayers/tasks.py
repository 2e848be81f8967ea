"""Background work of the prayers app (django.tasks)."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.tasks import task
from django.utils import timezone

from vigil.prayers import services


@task()
def purge_daily() -> dict[str, int]:
    """Run the privacy purge, then schedule tomorrow's run.

    Started once with ``manage.py prayers_purge --schedule``; each run enqueues the next.
    A cache lock per day lets only one chain survive if it was started twice.
    """
    today = timezone.now().date().isoformat()
    if not cache.add(f"vigil:prayers:purge:{today}", 1, timeout=60 * 60 * 36):
        return {}
    counts = services.prayers_purge()
    if purge_daily.get_backend().supports_defer:
        purge_daily.using(run_after=timezone.now() + timedelta(days=1)).enqueue()
    return counts
