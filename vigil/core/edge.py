"""Whole pages kept by Vigil's nginx, fetched again the moment a wall they show changes.

Behind the documented nginx (``deploy/nginx/``) every public page is kept whole in the
proxy cache for its ``s-maxage``, wall and all, so a reader's request never reaches
Vigil. nginx says so with ``X-Vigil-Edge: purge``. When Vigil answers such a request it
records, for each cache version the page was built from (each wall's: the content
version and the cache generation are left out), the page's address (``EdgeCopy``).
When a version is bumped (a prayer published, deleted, edited, hidden), a task asks
nginx's refresh listener (``VIGIL_EDGE_REFRESH_URLS``, reachable from Vigil's machines
only) for every page recorded under it: the listener always passes the request on
(``proxy_cache_bypass``) and stores the new answer under the same key, so the next
reader gets the page without the deleted prayer. Editors' changes to the profiles
(the content version) reach nginx's copies within ``s-maxage``.

Only addresses whose query is made of known parameters are recorded; any other query
is answered with the live window (``VIGIL_HTTP_LIVE_SECONDS``), so invented addresses
cannot grow the record.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.checks import CheckMessage, Error
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponseBase
from django.tasks import task

from vigil.core import conf

logger = logging.getLogger(__name__)

EDGE_HEADER = "X-Vigil-Edge"
EDGE_PURGE = "purge"
# Query parameters of public pages (a wall's language filter, the list's edition and
# order, a country filter); any other makes an address that is not recorded.
KNOWN_PARAMS = frozenset({"lang", "edition", "sort", "country"})
# Versions every page reads, bumped by changes nginx's copies need not follow at once.
_NOT_RECORDED = frozenset({"vigil:content-version", "vigil:response-generation"})
MAX_URL = 1000
TIMEOUT_SECONDS = 10
_QUEUED = "vigil:edge-refresh-queued:"
QUEUED_SECONDS = 60


def keeps_pages(request: HttpRequest) -> bool:
    """The request came through Vigil's nginx, which keeps whole pages and is told when
    one changes."""
    return request.headers.get(EDGE_HEADER, "") == EDGE_PURGE


def keeps_long(request: HttpRequest) -> bool:
    """nginx keeps this answer for ``s-maxage`` and is told when it changes: it came
    through Vigil's nginx and its address can be recorded."""
    return keeps_pages(request) and recordable(request)


def recordable(request: HttpRequest) -> bool:
    """Whether this page's address can be recorded (and so kept long by nginx)."""
    return set(request.GET) <= KNOWN_PARAMS and len(request.build_absolute_uri()) <= MAX_URL


def record(request: HttpRequest, response: HttpResponseBase, depends: Mapping[str, object]) -> None:
    """Remember that nginx keeps this page under each version it was built from."""
    if not keeps_pages(request) or request.method != "GET" or response.status_code != 200:
        return
    if "public" not in response.get("Cache-Control", "") or not recordable(request):
        return
    keys = sorted(set(depends) - _NOT_RECORDED)
    if not keys:
        return
    from vigil.core.models import EdgeCopy  # models load after this module

    url = request.build_absolute_uri()
    rows = [EdgeCopy(version_key=key, url=url) for key in keys]
    try:
        EdgeCopy.objects.bulk_create(rows, ignore_conflicts=True)
    except DatabaseError:  # a read-only replica, a locked database: the page expires
        logger.warning("could not record the page nginx keeps: %s", url, exc_info=True)


def changed(key: str) -> None:
    """``key`` was bumped: once the change is committed, have nginx fetch again every
    page recorded under it (nothing to do when no refresh listener is configured)."""
    if key in _NOT_RECORDED or not conf.edge_refresh_urls():
        return
    transaction.on_commit(lambda: _queue(key))


def _queue(key: str) -> None:
    """One refresh of ``key`` waits in the queue at a time: changes made while it waits
    are covered by it (it reads the record when it runs), so a burst of prayers on one
    wall costs one rendering per page, not one per prayer, whenever the workers are
    behind. The mark expires, should a task be lost."""
    if cache.add(_QUEUED + key, 1, timeout=QUEUED_SECONDS):
        refresh_pages.enqueue([key])


@task()
def refresh_pages(keys: list[str]) -> int:
    """Ask each refresh listener for every page recorded under ``keys``; the pages
    record themselves again as they are rebuilt. Returns the number of pages asked for."""
    from vigil.core.models import EdgeCopy

    cache.delete_many([_QUEUED + key for key in keys])  # later changes queue again

    copies = EdgeCopy.objects.filter(version_key__in=keys)
    urls = sorted(set(copies.values_list("url", flat=True)))
    copies.delete()
    for listener in conf.edge_refresh_urls():
        for url in urls:
            fetch_again(listener, url)
    return len(urls)


def fetch_again(listener: str, url: str) -> None:
    """GET ``url``'s path from the refresh listener with the page's own host and scheme,
    so nginx stores the answer under the page's key."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    request = urllib.request.Request(  # noqa: S310 - http(s) only, see listeners()
        listener.rstrip("/") + path,
        headers={"Host": parts.netloc, "X-Forwarded-Proto": parts.scheme},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310
            answer.read()
    except (urllib.error.URLError, OSError) as error:
        logger.warning("nginx at %s did not fetch %s again: %s", listener, url, error)


def listeners(value: str | Iterable[str]) -> list[str]:
    """``VIGIL_EDGE_REFRESH_URLS`` as a list (a comma-separated string from the
    environment), without the entries that are not http(s) addresses: those are named
    by ``check_listeners`` at start-up, and skipped here, so a mistake in the setting
    never fails a visitor's post."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return [item for item in (i.strip() for i in items) if item and not _invalid(item)]


def _invalid(item: str) -> bool:
    return urlsplit(item).scheme not in ("http", "https")


def check_listeners(**kwargs: object) -> list[CheckMessage]:
    """A Django system check: every ``VIGIL_EDGE_REFRESH_URLS`` entry is an http(s)
    address."""
    value = conf.value("VIGIL_EDGE_REFRESH_URLS")
    items = value.split(",") if isinstance(value, str) else list(value)
    return [
        Error(
            f"VIGIL_EDGE_REFRESH_URLS: {item.strip()!r} is not an http(s) address",
            hint="List nginx's refresh listeners, e.g. http://127.0.0.1:8079 (comma-separated).",
            id="vigil.E001",
        )
        for item in items
        if item.strip() and _invalid(item.strip())
    ]
