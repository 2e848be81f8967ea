"""``{% load prayers %}{% prayer_wall_for country %}``: a page's prayer wall as every
anonymous reader gets it (see ``views.public_wall``), in one query for the wall row when
its list of prayers is in the shared cache."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import template
from django.http import HttpRequest
from django.utils.safestring import SafeString

from vigil.prayers.models import Wall, wall_for
from vigil.prayers.views import prayed_placeholder, public_wall

register = template.Library()


def _render(context: template.Context, wall: Wall) -> SafeString:
    request = context.get("request")
    next_url = _here(request) if request is not None else wall.get_absolute_url()
    return public_wall(request, wall, next_url=next_url)


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
def prayed_button_for(context: template.Context, owner: Any) -> SafeString:
    """Only the "I prayed" button and count of ``owner``'s wall (a page whose wall takes
    no written prayers, such as a prisoner's), loaded for each visitor from an uncached
    part: the page itself stays the same for everyone (one query, for the wall)."""
    wall = wall_for(owner)
    request = context.get("request")
    next_url = _here(request) if request is not None else wall.get_absolute_url()
    return prayed_placeholder(wall, next_url=next_url)


@register.simple_tag(takes_context=True)
def prayer_wall(context: template.Context, wall: Wall) -> SafeString:
    """A wall already at hand."""
    return _render(context, wall)


@register.filter
def outside_walls(messages: Any) -> list[Any]:
    """The page's messages except those a prayer wall shows next to its own form."""
    return [m for m in messages if not m.extra_tags.startswith("wall-")]
