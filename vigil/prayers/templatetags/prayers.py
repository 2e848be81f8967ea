"""``{% load prayers %}{% prayer_wall_for country %}``: a page's prayer wall in two queries,
served from ``wallcache`` for anonymous readers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import template
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from vigil.prayers import wallcache
from vigil.prayers.models import Wall, wall_for
from vigil.prayers.views import wall_context, wall_messages

register = template.Library()


def _render(context: template.Context, wall: Wall) -> SafeString:
    request = context.get("request")
    next_url = _here(request) if request is not None else wall.get_absolute_url()

    def build() -> dict[str, Any]:
        return wall_context(request, wall, next_url=next_url)

    has_messages = any(wall_messages(request, wall).values())
    if request is not None and wallcache.cacheable(request) and not has_messages:
        return wallcache.render_wall(request, wall, next_url, build)
    return mark_safe(render_to_string("prayers/wall.html", build(), request))  # noqa: S308


def _here(request: HttpRequest) -> str:
    """The page the wall is on, keeping the edition shown (``?edition=2014``) so posting
    without JavaScript comes back to the same profile; other parameters are dropped."""
    edition = request.GET.get("edition", "")
    return f"{request.path}?{urlencode({'edition': edition})}" if edition else request.path


@register.simple_tag(takes_context=True)
def prayer_wall_for(context: template.Context, owner: Any) -> SafeString:
    """The wall of a country or campaign (created on first use), with its first page."""
    return _render(context, wall_for(owner))


@register.simple_tag(takes_context=True)
def prayer_wall(context: template.Context, wall: Wall) -> SafeString:
    """A wall already at hand."""
    return _render(context, wall)


@register.filter
def outside_walls(messages: Any) -> list[Any]:
    """The page's messages except those a prayer wall shows next to its own form."""
    return [m for m in messages if not m.extra_tags.startswith("wall-")]
