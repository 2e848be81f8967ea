"""Rendered pages for anonymous visitors, cached until the published content changes.

Every cached page is keyed on a *content version* that any save or delete in a
content app bumps, so an editor's change shows at once (an app says its models are
content by calling ``track_app`` from its ``AppConfig.ready()``);
``VIGIL_PAGE_CACHE_SECONDS`` bounds how long a page can outlive an embargo time.
Pages that carry a CSRF token (a form) are never cached whole: such a view caches
the form-free part of the page with ``get`` / ``set`` and renders the form live.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.apps import AppConfig
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse

from vigil.core import conf, versions

VERSION_KEY = "vigil:content-version"
View = Callable[..., HttpResponse]
_content_apps: set[str] = set()


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


def cached_page(view: View) -> View:
    """Serve anonymous GETs of a form-free page from the cache."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated or request.method != "GET":
            return view(request, *args, **kwargs)
        key = request.get_full_path()
        hit = get("page", key)
        if hit is not None:
            content, content_type = hit
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        cacheable = response.status_code == 200 and not getattr(response, "streaming", False)
        if cacheable and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            set("page", key, (response.content, response.get("Content-Type")))
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
