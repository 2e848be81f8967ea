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

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from vigil.core import conf, pagecache, versions
from vigil.prayers.models import Cursor, Prayer, Wall

LIST_TEMPLATE = "prayers/wall.html#wall-prayers"
TIMEOUT = 60 * 60
LANGUAGE_PARAM = "lang"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _version_key(wall_id: int) -> str:
    return f"vigil:wall-version:{wall_id}"


ANY_WALL_KEY = "vigil:wall-version:any"
"""Bumped with every wall's version: what shows prayers of every wall (the feed of all
walls) follows it."""


def bump(wall_id: int) -> None:
    """Invalidate every cached rendering of a wall (``wall_changed`` calls this)."""
    versions.bump(_version_key(wall_id))
    versions.bump(ANY_WALL_KEY)


def follow(request: HttpRequest | None, wall_id: int | None = None) -> None:
    """The answer being built lists the prayers of wall ``wall_id`` (of every wall when
    ``None``) as they are now: see ``pagecache.follows``."""
    pagecache.follows(request, ANY_WALL_KEY if wall_id is None else _version_key(wall_id))


def language_param(value: str | None) -> str:
    """The ``?lang=`` of a wall's page: a language code, or "" (every language)."""
    value = (value or "").strip().lower()
    return value if _LANGUAGE_CODE.fullmatch(value) else ""


@dataclass(frozen=True)
class LanguageChoice:
    """One link of a wall's language filter: the same page showing one language (or all)."""

    code: str
    name: str
    count: int
    url: str
    current: bool


def wall_languages(wall: Wall) -> dict[str, int]:
    """The languages of the wall's visible prayers, most used first, with their counts
    (kept on the wall, so no query; prayers whose language could not be told are left
    out)."""
    counts = sorted(wall.language_counts.items(), key=lambda item: (-item[1], item[0]))
    return {language: n for language, n in counts if n > 0}


def _language_name(code: str) -> str:
    try:
        return str(translation.get_language_info(code)["name_local"])
    except KeyError:
        return code


def language_choices(
    wall: Wall, next_url: str, languages: dict[str, int], current: str
) -> list[LanguageChoice]:
    """Links to the page at ``next_url`` filtered by each language ("" for all of them):
    plain addresses, so a shared cache keeps one page per language."""
    page = urlsplit(next_url)
    kept = [(k, v) for k, v in parse_qsl(page.query) if k != LANGUAGE_PARAM]
    choices = []
    for code, count in [("", wall.published_count), *languages.items()]:
        query = urlencode(kept + ([(LANGUAGE_PARAM, code)] if code else []))
        url = f"{page.path}{'?' if query else ''}{query}#wall-{wall.pk}-list"
        name = _language_name(code) if code else ""
        choices.append(LanguageChoice(code, name, count, url, code == current))
    return choices


def list_context(
    wall: Wall, *, next_url: str, cursor: Cursor | None = None, language: str = ""
) -> dict[str, Any]:
    """What the list of prayers needs: a page of prayers (in ``language`` only, when given)
    and, on the first page, the wall's languages for the filter: one query. ``shared``:
    the list is the same for every visitor, so its forms carry no CSRF token."""
    context: dict[str, Any] = {"language_filter": []}
    if cursor is None:
        languages = wall_languages(wall)
        language = language if language in languages else ""
        if len(languages) > 1:
            context["language_filter"] = language_choices(wall, next_url, languages, language)
    prayers = Prayer.objects.for_wall(wall)
    if language:
        prayers = prayers.filter(language=language)
    page, next_cursor = prayers.page(cursor, conf.prayers_page_size())
    return {
        **context,
        "wall": wall,
        "prayers": page,
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "lang_query": f"&{urlencode({LANGUAGE_PARAM: language})}" if language else "",
        "is_first_page": cursor is None,
        "next_url": next_url,
        "shared": True,
    }


def render_list(wall: Wall, next_url: str, language: str = "", **extra: Any) -> SafeString:
    """The first page of the wall's prayers for ``next_url`` (the page the wall is on),
    in ``language`` only when given, from the shared cache when it is there."""
    key = versions.versioned(
        _version_key(wall.pk),
        "list",
        wall.published_count,
        translation.get_language(),
        language,
        next_url,
    )
    html = None if extra else cache.get(key)
    if html is None:
        context = list_context(wall, next_url=next_url, language=language)
        html = render_to_string(LIST_TEMPLATE, {**context, **extra})
        if not extra:
            cache.set(key, html, timeout=TIMEOUT)
    return mark_safe(html)  # noqa: S308 - rendered by Django templates
