"""Reads of public pages from a read replica; everything else on the primary.

Switched on by ``DATABASE_REPLICA_URL`` (settings add the ``replica`` database, this
router and its middleware). The rules, in order:

* Writes always go to the primary (``default``), and a write sends the rest of the
  request to the primary, so a request reads what it has just written (except the
  bookkeeping of ``BOOKKEEPING`` models, which no page reads).
* Reads inside a transaction on the primary stay on the primary.
* Reads go to the replica only while ``ReplicaReadsMiddleware`` serves a public page
  (a GET or HEAD from a visitor without a session), and only when nothing was written
  anywhere in the last ``VIGIL_REPLICA_PIN_SECONDS``: every write, from any server or
  worker, marks the shared cache for that long. Within that window the replica may
  not have replayed the write yet, and a page read from it would put the old rows into
  the page caches (a deleted prayer shown again); so the window must be longer than
  the replication lag. Management commands, task workers, staff pages and posts always
  use the primary.
* Migrations run only on the primary; the replica receives them by replication.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

from vigil.core import conf

PRIMARY = "default"
REPLICA = "replica"
RECENT_WRITE_KEY = "vigil:db:recent-write"
SAFE_METHODS = frozenset({"GET", "HEAD"})
# Models no public page reads, written while serving one (the pages nginx keeps,
# recorded by ``vigil.core.edge``): their writes do not pin reads to the primary.
BOOKKEEPING = frozenset({"core.EdgeCopy"})


@dataclass
class _Request:
    replica_allowed: bool
    wrote: bool = False
    recent_write: bool | None = None  # read from the cache once per request


# The request being served (None outside requests: commands and task workers).
_current: ContextVar[_Request | None] = ContextVar("vigil_db_request", default=None)


def reads_public_page(request: HttpRequest) -> bool:
    """Whether a request may read from the replica (until it writes something)."""
    return request.method in SAFE_METHODS and settings.SESSION_COOKIE_NAME not in request.COOKIES


def mark_write() -> None:
    """Keep public reads on the primary until the replica has replayed this write."""
    cache.set(RECENT_WRITE_KEY, 1, timeout=conf.replica_pin_seconds())


def written_recently() -> bool:
    return cache.get(RECENT_WRITE_KEY) is not None


class PrimaryReplicaRouter:
    """The database router: see the module docstring for the rules."""

    def db_for_read(self, model: type[Any], **hints: Any) -> str:
        current = _current.get()
        if current is None or not current.replica_allowed or current.wrote:
            return PRIMARY
        if transaction.get_connection(PRIMARY).in_atomic_block:
            return PRIMARY
        if current.recent_write is None:
            current.recent_write = written_recently()
        return PRIMARY if current.recent_write else REPLICA

    def db_for_write(self, model: type[Any], **hints: Any) -> str:
        if model._meta.label in BOOKKEEPING:
            return PRIMARY  # no page reads it: public pages may stay on the replica
        current = _current.get()
        if current is None:
            mark_write()
        elif not current.wrote:
            current.wrote = True
            mark_write()
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == PRIMARY


class ReplicaReadsMiddleware:
    """Marks public-page requests as replica readers. Goes first in ``MIDDLEWARE``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _current.set(_Request(replica_allowed=reads_public_page(request)))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
