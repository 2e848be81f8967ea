"""Cache versions: a counter every process reads, bumped to invalidate whatever was
cached under the previous number.

The counters live in the shared cache (Redis), or on a board of counters beside the
disk cache of a one-machine site (``versionboard``). A missing counter reads as 0, and
clearing the cache zeroes them, so a flush invalidates everything at once; a counter
never expires. A bump is atomic in both places.
"""

from __future__ import annotations

from vigil.core import edge, release, responsecache, versionboard


def current(key: str) -> int:
    """The version stored under ``key`` (0 until first bumped). An answer being built
    for the response cache records that it depends on it."""
    value = versionboard.store().read(key)
    responsecache.note_version(key, value)
    return value


def bump(key: str) -> None:
    """Move ``key`` to a new version, shared by every process at once (and have Vigil's
    nginx fetch again the pages it keeps that were built from it)."""
    versionboard.store().bump(key)
    edge.changed(key)


def versioned(key: str, *parts: object) -> str:
    """A cache key that changes whenever ``key`` is bumped, and with the release."""
    return ":".join([key, str(current(key)), release.release(), *map(str, parts)])
