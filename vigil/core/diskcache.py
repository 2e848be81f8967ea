"""The shared disk cache used without Redis: diskcache's Django backend, keeping its
SQLite connections open from one request to the next.

Django closes every cache at the end of each request (``request_finished`` →
``close_caches``). For diskcache that closes the SQLite connection of each of its
shards, so the next request opens them again and repeats diskcache's set-up
statements: measured with cProfile on a prayer POST, about 60 extra SQLite
statements and 3.5 connections opened and closed per request, more than the
request's own database work. The connections are per thread and safe to reuse, as
Django's own persistent database connections are; they close with the process.
"""

from __future__ import annotations

from typing import Any

from diskcache import DjangoCache


class PersistentDiskCache(DjangoCache):  # type: ignore[misc]
    def close(self, **kwargs: Any) -> None:
        """Keep the connections for the next request (see the module's docstring)."""
