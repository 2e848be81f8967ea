"""Fixed-window rate limits kept in Django's cache (local memory or Redis).

``cache.add`` creates a window's counter atomically and ``cache.incr`` bumps it,
which both backends do atomically, so concurrent requests are counted exactly.
Keys contain hashed identifiers only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Rate:
    """``limit`` hits per ``window`` seconds."""

    limit: int
    window: int


@dataclass(frozen=True)
class RateLimited(Exception):
    """Raised by ``hit`` when a limit is exceeded; ``retry_after`` is in seconds."""

    scope: str
    limit: int
    window: int
    retry_after: int


def _now() -> float:
    return time.time()


def _key(scope: str, ident: str, rate: Rate, now: float) -> str:
    return f"vigil:rl:{scope}:{rate.window}:{ident}:{int(now // rate.window)}"


def hit(scope: str, ident: str, rate: Rate) -> int:
    """Count one hit against ``scope``/``ident``; raise ``RateLimited`` past the limit."""
    now = _now()
    key = _key(scope, ident, rate, now)
    window_end = (int(now // rate.window) + 1) * rate.window
    if cache.add(key, 1, timeout=rate.window + 1):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=rate.window + 1)
            count = 1
    if count > rate.limit:
        retry_after = max(1, int(window_end - now + 0.999))
        raise RateLimited(
            scope=scope, limit=rate.limit, window=rate.window, retry_after=retry_after
        )
    return count


def check(scope: str, ident: str, rate: Rate) -> None:
    """Raise ``RateLimited`` if the limit is already reached, without counting a hit."""
    now = _now()
    count = cache.get(_key(scope, ident, rate, now), 0)
    if count >= rate.limit:
        window_end = (int(now // rate.window) + 1) * rate.window
        retry_after = max(1, int(window_end - now + 0.999))
        raise RateLimited(
            scope=scope, limit=rate.limit, window=rate.window, retry_after=retry_after
        )
