"""A wall's HTML for anonymous readers, rendered once and reused until the wall changes.

The wall carries per-visitor values: the CSRF token of its forms and the signed
time at which the prayer form was rendered (posts faster than a few seconds are
held as likely bots). The cached HTML holds placeholders for both, filled in for
each request, so every visitor still gets their own token and a fresh time.
The key includes the wall's counters (read with the wall anyway) and a version
bumped when the wall's prayers change (``wall_changed``) or are prayed with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from vigil.core import versions
from vigil.prayers.forms import make_form_token
from vigil.prayers.models import Wall

CSRF_PLACEHOLDER = "vigil-csrf-placeholder"
FORM_TOKEN_PLACEHOLDER = "vigil-form-token-placeholder"  # noqa: S105 - not a secret
TIMEOUT = 60 * 60


def _version_key(wall_id: int) -> str:
    return f"vigil:wall-version:{wall_id}"


def bump(wall_id: int) -> None:
    """Invalidate every cached rendering of a wall (``wall_changed`` calls this)."""
    versions.bump(_version_key(wall_id))


def cacheable(request: HttpRequest | None) -> bool:
    return (
        request is not None
        and request.method == "GET"
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
        and not getattr(request, "htmx", False)
    )


def render_wall(
    request: HttpRequest, wall: Wall, next_url: str, build: Callable[[], dict[str, Any]]
) -> SafeString:
    """The wall's HTML for this visitor, from the cache when possible (``build`` makes
    the template context, with its query of prayers, only on a miss)."""
    key = versions.versioned(
        _version_key(wall.pk), "html", wall.prayed_count, wall.published_count, next_url
    )
    html = cache.get(key)
    if html is None:
        context = build()
        form_token = context["form"].initial["rendered"]
        html = render_to_string("prayers/wall.html", {**context, "csrf_token": CSRF_PLACEHOLDER})
        html = html.replace(form_token, FORM_TOKEN_PLACEHOLDER)
        cache.set(key, html, timeout=TIMEOUT)
    html = html.replace(CSRF_PLACEHOLDER, get_token(request))
    return mark_safe(html.replace(FORM_TOKEN_PLACEHOLDER, make_form_token(wall.pk)))  # noqa: S308
