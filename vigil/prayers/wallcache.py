"""A wall's list of prayers, rendered once for every reader and reused until the wall
changes.

The list (the count of written prayers, the first page of prayers with their "Pray
with" buttons and report links) carries nothing of one visitor: its forms have no CSRF
token (htmx sends the one the wall's live part brought, and without JavaScript a "Pray
with" button opens a small form page). So one rendering serves everyone, from the
shared cache, under a key holding a version bumped whenever the wall's prayers change
(``wall_changed``): a deleted or edited prayer is gone from every worker at once.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from vigil.core import conf, versions
from vigil.prayers.models import Cursor, Prayer, Wall

LIST_TEMPLATE = "prayers/wall.html#wall-prayers"
TIMEOUT = 60 * 60


def _version_key(wall_id: int) -> str:
    return f"vigil:wall-version:{wall_id}"


def bump(wall_id: int) -> None:
    """Invalidate every cached rendering of a wall (``wall_changed`` calls this)."""
    versions.bump(_version_key(wall_id))


def list_context(wall: Wall, *, next_url: str, cursor: Cursor | None = None) -> dict[str, Any]:
    """What the list of prayers needs: one query for a page of prayers. ``shared``: the
    list is the same for every visitor, so its forms carry no CSRF token."""
    prayers, next_cursor = Prayer.objects.for_wall(wall).page(cursor, conf.prayers_page_size())
    return {
        "wall": wall,
        "prayers": prayers,
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "is_first_page": cursor is None,
        "next_url": next_url,
        "shared": True,
    }


def render_list(wall: Wall, next_url: str, **extra: Any) -> SafeString:
    """The first page of the wall's prayers for ``next_url`` (the page the wall is on),
    from the shared cache when it is there."""
    key = versions.versioned(
        _version_key(wall.pk),
        "list",
        wall.published_count,
        translation.get_language(),
        next_url,
    )
    html = None if extra else cache.get(key)
    if html is None:
        html = render_to_string(LIST_TEMPLATE, {**list_context(wall, next_url=next_url), **extra})
        if not extra:
            cache.set(key, html, timeout=TIMEOUT)
    return mark_safe(html)  # noqa: S308 - rendered by Django templates
