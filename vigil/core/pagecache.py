"""Rendered pages for anonymous visitors, cached until the published content changes.

Every cached page is keyed on a *content version* that any save or delete in a
content app bumps, so an editor's change shows at once (an app says its models are
content by calling ``track_app`` from its ``AppConfig.ready()``);
``VIGIL_PAGE_CACHE_SECONDS`` bounds how long a page can outlive an embargo time.
Pages carry no per-visitor value (the forms of a prayer wall arrive in a separate,
uncached fragment), so the same bytes go to every anonymous visitor.

The HTTP side (``vigil.core.middleware.PublicCacheMiddleware``) tells browsers and
shared caches how long they may keep a page; a view or template tag that shows live
content shortens that with ``limit_http_cache``, and one that asks ``edge_includes``
gets ``Vary: X-Vigil-Edge``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.apps import AppConfig
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse

from vigil.core import conf, edge, responsecache, versions

VERSION_KEY = "vigil:content-version"
EDGE_HEADER = "X-Vigil-Edge"
EDGE_SSI = "ssi"
View = Callable[..., HttpResponse]
_content_apps: set[str] = set()
_LIMITS = "_vigil_http_limits"
_VARY_EDGE = "_vigil_vary_edge"


def content_version() -> int:
    return versions.current(VERSION_KEY)


def bump_content_version() -> None:
    versions.bump(VERSION_KEY)


def _key(kind: str, key: str) -> str:
    return versions.versioned(VERSION_KEY, "page", kind, key)


def get(kind: str, key: str) -> Any:
    return cache.get(_key(kind, key))


def set(kind: str, key: str, value: Any) -> None:
    cache.set(_key(kind, key), value, timeout=conf.page_cache_seconds())


def limit_http_cache(request: HttpRequest, *, max_age: int, s_maxage: int) -> None:
    """Let browsers keep this response ``max_age`` seconds at most, and shared caches
    ``s_maxage`` (the shortest limit asked for during the request wins)."""
    old = http_limits(request)
    limits = (max_age, s_maxage) if old is None else (min(old[0], max_age), min(old[1], s_maxage))
    setattr(request, _LIMITS, limits)


def limit_to_live(request: HttpRequest) -> None:
    """This response shows a wall's prayers as they are now: browsers ask again every
    time, and shared caches keep it for the live window only."""
    limit_http_cache(request, max_age=0, s_maxage=conf.http_live_seconds())


def live(view: View) -> View:
    """Mark a view's answers as showing a wall's prayers as they are now (a feed of
    prayers, an API list): see ``limit_to_live``. Behind Vigil's nginx, an answer whose
    view ``follows`` the versions it shows is kept for ``s-maxage`` instead, and fetched
    again when one of them changes (``vigil.core.edge``)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        responsecache.dont_keep(request)
        response = view(request, *args, **kwargs)
        if edge.keeps_long(request) and getattr(request, _FOLLOWS, False):
            limit_http_cache(request, max_age=0, s_maxage=conf.http_shared_max_age())
        else:
            limit_to_live(request)
        return response

    return wrapper


_FOLLOWS = "_vigil_follows_versions"


def follows(request: HttpRequest | None, key: str) -> None:
    """The answer being built shows what the cache version ``key`` stands for (a wall's
    prayers): behind Vigil's nginx it is recorded under it and fetched again when it is
    bumped, so ``live`` may let nginx keep it."""
    if request is None:
        return
    versions.current(key)
    setattr(request, _FOLLOWS, True)
    setattr(request, _VARY_EDGE, True)


def http_limits(request: HttpRequest) -> tuple[int, int] | None:
    """(max-age, s-maxage) limits set by ``limit_http_cache`` for this request, if any."""
    limits: tuple[int, int] | None = getattr(request, _LIMITS, None)
    return limits


def edge_includes(request: HttpRequest) -> bool:
    """Whether the request came through Vigil's nginx, which fills server-side includes
    (it sets ``X-Vigil-Edge: ssi``); the response then varies on that header."""
    setattr(request, _VARY_EDGE, True)
    return request.headers.get(EDGE_HEADER, "") == EDGE_SSI


def varies_on_edge(request: HttpRequest) -> bool:
    return bool(getattr(request, _VARY_EDGE, False))


def cached_page(view: View) -> View:
    """Serve anonymous GETs of a page from the cache (with the HTTP limits its first
    rendering set, and once per value of the edge header)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated or request.method != "GET":
            return view(request, *args, **kwargs)
        key = f"{request.headers.get(EDGE_HEADER, '')}:{request.get_full_path()}"
        hit = get("page", key)
        if hit is not None:
            content, content_type, limits, vary_edge = hit
            if limits is not None:
                limit_http_cache(request, max_age=limits[0], s_maxage=limits[1])
            setattr(request, _VARY_EDGE, vary_edge)
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        cacheable = response.status_code == 200 and not getattr(response, "streaming", False)
        per_visitor = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if cacheable and not per_visitor and not response.has_header("Cache-Control"):
            entry = (response.content, response.get("Content-Type"))
            set("page", key, (*entry, http_limits(request), varies_on_edge(request)))
        return response

    return wrapper


def _on_change(sender: Any, **kwargs: Any) -> None:
    meta = getattr(sender, "_meta", None)
    if meta is not None and meta.app_label in _content_apps:
        bump_content_version()


def track_app(app_config: AppConfig) -> None:
    """Treat every model of ``app_config`` as published content: a save or delete
    (or a many-to-many change) bumps the content version."""
    _content_apps.add(app_config.label)
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"vigil.pagecache.{id(signal)}")
