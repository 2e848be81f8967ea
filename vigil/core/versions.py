"""Cache versions: a counter in the shared cache that every process reads, bumped to
invalidate whatever was cached under the previous number.

A missing counter reads as 0, so a cache flush invalidates everything at once; the
counter never expires. Bumping is atomic on every backend Django ships ("incr or add").
"""

from __future__ import annotations

from django.core.cache import cache

from vigil.core import edge, responsecache


def current(key: str) -> int:
    """The version stored under ``key`` (0 until first bumped). An answer being built
    for the response cache records that it depends on it."""
    value = int(cache.get(key, 0))
    responsecache.note_version(key, value)
    return value


def bump(key: str) -> None:
    """Move ``key`` to a new version, shared by every process at once (and have Vigil's
    nginx fetch again the pages it keeps that were built from it)."""
    try:
        cache.incr(key)
    except ValueError:  # no counter yet (or it was evicted)
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)
    edge.changed(key)


def versioned(key: str, *parts: object) -> str:
    """A cache key that changes whenever ``key`` is bumped."""
    return ":".join([key, str(current(key)), *map(str, parts)])
