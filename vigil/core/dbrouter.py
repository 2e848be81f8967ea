"""Reads of public pages from a read replica; everything else on the primary.

Switched on by ``DATABASE_REPLICA_URL`` (settings add the ``replica`` database, this
router and its middleware). The rules, in order:

* Writes always go to the primary (``default``), and a write pins the rest of the
  request to the primary, so a request reads what it has just written.
* Reads inside a transaction on the primary stay on the primary.
* Reads go to the replica only while ``ReplicaReadsMiddleware`` serves a public page:
  a GET or HEAD from a visitor without a session (anonymous) who has not written in
  the last ``VIGIL_REPLICA_PIN_SECONDS`` (a short cookie set by any request that wrote,
  so the page after a posted form shows the new prayer although the replica lags).
  Management commands, task workers, staff pages and form posts use the primary.
* Migrations run only on the primary; the replica receives them by replication.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse

from vigil.core import conf

PRIMARY = "default"
REPLICA = "replica"
PIN_COOKIE = "vigil_primary"
SAFE_METHODS = frozenset({"GET", "HEAD"})


@dataclass
class _Request:
    replica_allowed: bool
    wrote: bool = False


# The request being served (None outside requests: commands and task workers).
_current: ContextVar[_Request | None] = ContextVar("vigil_db_request", default=None)


def reads_public_page(request: HttpRequest) -> bool:
    """Whether a request may read from the replica (until it writes something)."""
    cookies = request.COOKIES
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in cookies
        and PIN_COOKIE not in cookies
    )


class PrimaryReplicaRouter:
    """The database router: see the module docstring for the rules."""

    def db_for_read(self, model: type[Any], **hints: Any) -> str:
        current = _current.get()
        if current is None or not current.replica_allowed or current.wrote:
            return PRIMARY
        if transaction.get_connection(PRIMARY).in_atomic_block:
            return PRIMARY
        return REPLICA

    def db_for_write(self, model: type[Any], **hints: Any) -> str:
        current = _current.get()
        if current is not None:
            current.wrote = True
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == PRIMARY


class ReplicaReadsMiddleware:
    """Marks public-page requests as replica readers, and pins a visitor whose form
    post wrote to the primary for a few seconds. Goes first in ``MIDDLEWARE``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        current = _Request(replica_allowed=reads_public_page(request))
        token = _current.set(current)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        if current.wrote and request.method not in SAFE_METHODS:
            response.set_cookie(
                PIN_COOKIE, "1", max_age=conf.replica_pin_seconds(), httponly=True, samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )  # fmt: skip
        return response
