"""The shared disk cache used without Redis: diskcache's Django backend, keeping its
SQLite connections open from one request to the next.

Django closes every cache at the end of each request (``request_finished`` →
``close_caches``). For diskcache that closes the SQLite connection of each of its
shards, so the next request opens them again and repeats diskcache's set-up
statements: measured with cProfile on a prayer POST, about 60 extra SQLite
statements and 3.5 connections opened and closed per request, more than the
request's own database work. The connections are per thread and safe to reuse, as
Django's own persistent database connections are; they close with the process.

The cache versions of a site on this cache live beside its shards, in a memory-mapped
file every worker reads without a query (``versionboard``).
"""

from __future__ import annotations

from typing import Any

from diskcache import DjangoCache

from vigil.core.versionboard import VersionBoard, board_at


class PersistentDiskCache(DjangoCache):  # type: ignore[misc]
    def close(self, **kwargs: Any) -> None:
        """Keep the connections for the next request (see the module's docstring)."""

    def version_board(self) -> VersionBoard:
        """The cache versions of this machine, beside the shards (``versionboard``)."""
        return board_at(str(self.directory))

    def clear(self) -> bool:
        """Clear the shards, and zero the versions under a new generation."""
        cleared = bool(super().clear())
        self.version_board().reset()
        return cleared
