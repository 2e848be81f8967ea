"""Whole answers to anonymous GETs, kept in the shared cache and checked against the
versions they were built from.

A public page (one ``PublicCacheMiddleware`` made ``public`` with an ``s-maxage``) is
the same bytes for every anonymous visitor, so Vigil may keep it as a shared cache in
front of it would, for the same ``s-maxage``, and answer the next request for the URL
without the session, locale, CSRF, view and template work. Unlike a proxy it knows
what the page was built from: every cache version read while it was rendered
(``versions.current``: the content version, each wall's version) is stored beside it,
and a kept answer is served only while all of them are unchanged. So a deleted or
edited prayer, a moderation decision or an editor's save is gone from the next answer,
on every process, as it is from the page cache and the wall cache themselves.

Two places answer from it. ``KeptAnswerMiddleware``, the outermost middleware, answers
any anonymous GET or HEAD (and 304 to ``If-None-Match``), and keeps answers with every
header the other middleware added. ``KeptAnswers`` wraps the WSGI application
(``vigil.wsgi``, ``vigil.asgi``) and answers the plainest of them, a GET with no
condition, no credentials and no session, before Django builds a request at all: a
hit there costs a dictionary lookup and the version check.

``VIGIL_RESPONSE_CACHE`` turns it off (the test suite does, so that each test sees its
views run; ``core/tests/test_responsecache.py`` tests it on).
"""

from __future__ import annotations

import contextvars
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotModified
from django.http.request import split_domain_port, validate_host
from django.utils.cache import get_max_age
from django.utils.http import parse_etags

from vigil.core import conf, release, versionboard

KEY_PREFIX = "vigil:response"
# Messages waiting to be shown after a post travel in this cookie: such a request is
# rendered, so that the page shows them.
MESSAGES_COOKIE = CookieStorage.cookie_name
GENERATION_KEY = versionboard.GENERATION_KEY
# Request headers a kept answer may differ by (and nothing else): Vigil's nginx asks
# for whole pages it keeps (or pages with their wall as a server-side include), htmx
# for partials.
VARY_HEADERS = ("x-vigil-edge", "hx-request")
_reads: contextvars.ContextVar[dict[str, object] | None] = contextvars.ContextVar(
    "vigil_version_reads", default=None
)


def enabled() -> bool:
    return bool(getattr(settings, "VIGIL_RESPONSE_CACHE", True))


def note_version(key: str, value: int) -> None:
    """Called by ``versions.current``: the answer being built depends on ``key``."""
    reads = _reads.get()
    if reads is not None:
        reads.setdefault(key, value)


@contextmanager
def recording() -> Iterator[dict[str, object]]:
    """Collect the versions read inside the block; nested inside another recording,
    the same collection."""
    outer = _reads.get()
    if outer is not None:
        yield outer
        return
    reads: dict[str, object] = {}
    token = _reads.set(reads)
    try:
        yield reads
    finally:
        _reads.reset(token)


_VARY_META = tuple("HTTP_" + name.upper().replace("-", "_") for name in VARY_HEADERS)


def key_for(meta: Mapping[str, Any]) -> str:
    """The key of the answer to a request, from its WSGI environ as the server gave it
    (``request.META``): the same for the WSGI wrapper, which has no request, and the
    middleware. The scheme is part of it: an answer over HTTPS carries HSTS."""
    variant = "|".join(meta.get(name, "") for name in _VARY_META)
    path = meta.get("SCRIPT_NAME", "") + meta.get("PATH_INFO", "")
    query = meta.get("QUERY_STRING", "")
    return f"{KEY_PREFIX}:{release.release()}:{_scheme(meta)}:{variant}:{path}?{query}"


def _scheme(meta: Mapping[str, Any]) -> str:
    """``request.scheme``, read from the environ."""
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    if proxy_header:
        header, secure_value = proxy_header
        value = meta.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return str(meta.get("wsgi.url_scheme", "http"))


_DONT_KEEP = "_vigil_dont_keep"


def dont_keep(request: HttpRequest) -> None:
    """This answer reads what no cache version covers (a feed or a further page of a
    wall's prayers, straight from the database): never keep it."""
    setattr(request, _DONT_KEEP, True)


def may_answer(request: HttpRequest) -> bool:
    """An anonymous-looking GET or HEAD: no session cookie, no messages waiting to be
    shown, no credentials (and not a static file, which WhiteNoise answers)."""
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(_file_urls())
    )


def _file_urls() -> tuple[str, ...]:
    return tuple(url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url)


Entry = tuple[dict[str, object], int, list[tuple[str, str]], bytes]
# This process's copies of kept answers, so a hit need not read the answer itself from
# the shared cache: only the versions it depends on (which every process shares, so a
# bump retires the copy everywhere at once). Bounded, and each copy expires with the
# shared entry.
LOCAL_ENTRIES = 64
_local: OrderedDict[str, tuple[float, Entry]] = OrderedDict()


def _local_get(key: str) -> Entry | None:
    found = _local.get(key)
    if found is None:
        return None
    expires, entry = found
    if expires < time.monotonic():
        _local.pop(key, None)
        return None
    _local.move_to_end(key)
    return entry


def _local_set(key: str, entry: Entry, seconds: int) -> None:
    _local[key] = (time.monotonic() + seconds, entry)
    _local.move_to_end(key)
    while len(_local) > LOCAL_ENTRIES:
        _local.popitem(last=False)


def _current_entry(key: str) -> Entry | None:
    """The kept answer under ``key`` if every version it was built from is current."""
    entry = _local_get(key)
    if entry is None:
        entry = cache.get(key)
        if entry is None:
            return None
        # Copied for a short while only: the shared entry's own expiry is not known here.
        _local_set(key, entry, conf.http_live_seconds())
    depends = entry[0]
    if depends:
        now = versionboard.store().read_many(depends)
        if any(now[name] != value for name, value in depends.items()):
            _local.pop(key, None)
            return None
    return entry


def lookup(
    request: HttpRequest, key: str | None = None
) -> tuple[HttpResponseBase, dict[str, object]] | None:
    """The kept answer for this request and the versions it was built from, if every one
    of them is current."""
    entry = _current_entry(key or key_for(request.META))
    if entry is None:
        return None
    depends, status, headers, content = entry
    etag = dict(headers).get("ETag")
    if etag and etag in parse_etags(request.headers.get("If-None-Match", "")):
        response: HttpResponseBase = HttpResponseNotModified()
        for name in ("ETag", "Cache-Control", "Vary", "Content-Language", "Last-Modified"):
            if name in dict(headers):
                response[name] = dict(headers)[name]
        return response, depends
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response, depends


def keep(
    request: HttpRequest,
    response: HttpResponseBase,
    depends: dict[str, object],
    key: str | None = None,
) -> None:
    """Keep ``response`` for its ``s-maxage`` if it is a public answer the same for
    every visitor of this URL (``key``: the request's, taken before any middleware
    changed its environ)."""
    if request.method != "GET" or response.status_code != 200 or response.cookies:
        return
    if getattr(request, _DONT_KEEP, False) or request.path.startswith("/api/"):
        return  # the API's lists read prayers straight from the database
    if not isinstance(response, HttpResponse) or response.streaming:
        return
    control = response.get("Cache-Control", "")
    if "public" not in control or "s-maxage" not in control:
        return
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= set(VARY_HEADERS):
        return
    seconds = _shared_max_age(control) or get_max_age(response) or 0
    if seconds <= 0:
        return
    # Whatever else it read, an answer is built from the editors' content: an editor's
    # save (the content version) retires it too.
    # (imported here: pagecache imports versions, which imports this module)
    from vigil.core import pagecache

    versions = versionboard.store()
    depends.setdefault(pagecache.VERSION_KEY, versions.read(pagecache.VERSION_KEY))
    # And from this cache's contents: after a flush no copy kept in a process is served.
    depends[GENERATION_KEY] = versions.generation()
    headers = [(name, value) for name, value in response.items()]
    entry: Entry = (depends, response.status_code, headers, response.content)
    key = key or key_for(request.META)
    cache.set(key, entry, timeout=seconds)
    _local_set(key, entry, min(seconds, conf.http_live_seconds()))


def _shared_max_age(control: str) -> int | None:
    for part in control.split(","):
        name, _, value = part.strip().partition("=")
        if name == "s-maxage" and value.isdecimal():
            return int(value)
    return None


# The request headers that make ``KeptAnswers`` leave a request to Django: conditions
# (the middleware answers 304), credentials, and Vigil's nginx, whose requests are
# recorded (``edge.record``).
_LEFT_TO_DJANGO = (
    "HTTP_AUTHORIZATION",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_X_VIGIL_EDGE",
)

# Set in the environ when ``KeptAnswers`` looked for a kept answer and found none, so
# the middleware does not look again for the same request.
LOOKED_UP = "vigil.response_cache.looked_up"

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def answer(environ: MutableMapping[str, Any]) -> tuple[list[tuple[str, str]], bytes] | None:
    """The headers and body of the kept answer to a plain anonymous GET, if there is a
    current one; ``None`` leaves the request to Django (which decides what to do with a
    disallowed host, a redirect to HTTPS, a session, a condition)."""
    if environ.get("REQUEST_METHOD") != "GET" or not enabled():
        return None
    if any(name in environ for name in _LEFT_TO_DJANGO):
        return None
    cookies = environ.get("HTTP_COOKIE", "")
    if settings.SESSION_COOKIE_NAME + "=" in cookies or MESSAGES_COOKIE + "=" in cookies:
        return None
    if environ.get("PATH_INFO", "").startswith(_file_urls()):
        return None
    if settings.SECURE_SSL_REDIRECT and _scheme(environ) != "https":
        return None
    if not _allowed_host(environ):
        return None
    entry = _current_entry(key_for(environ))
    if entry is None or entry[1] != 200:
        environ[LOOKED_UP] = True
        return None
    return entry[2], entry[3]


def _allowed_host(environ: Mapping[str, Any]) -> bool:
    """``request.get_host()``'s check, without raising."""
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        host = environ["HTTP_X_FORWARDED_HOST"]
    else:
        host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    domain, _port = split_domain_port(host)
    return bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)


class KeptAnswers:
    """WSGI middleware: a plain anonymous GET with a current kept answer is answered
    here, without Django's request, middleware or signals; anything else goes to
    ``app``."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        release.release()  # digested as the server starts, not on a visitor's first request

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        kept = answer(environ)
        if kept is None:
            return self.app(environ, start_response)
        headers, body = kept
        start_response("200 OK", list(headers))
        return [body]
