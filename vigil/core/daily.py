"""Self-rescheduling daily tasks.

A daily task is started once (``manage.py <command> --schedule``); each run enqueues
the next one a day later. A lock per task and day in the shared cache lets only one
chain survive when it was started twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.utils import timezone

LOCK_SECONDS = 60 * 60 * 36


def run_daily[R](task: Any, work: Callable[[], R], *, skipped: R) -> R:
    """Run ``work`` once today for ``task`` (``skipped`` when it already ran), then
    schedule ``task`` for tomorrow when the backend can defer."""
    today = timezone.now().date().isoformat()
    if not cache.add(f"vigil:daily:{task.module_path}:{today}", 1, timeout=LOCK_SECONDS):
        return skipped
    result = work()
    if task.get_backend().supports_defer:
        task.using(run_after=timezone.now() + timedelta(days=1)).enqueue()
    return result
