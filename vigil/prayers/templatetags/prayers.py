"""``{% load prayers %}{% prayer_wall_for country %}``: a page's prayer wall in two queries."""

from __future__ import annotations

from typing import Any

from django import template

from vigil.prayers.models import Wall, wall_for
from vigil.prayers.views import wall_context

register = template.Library()


def _context(context: template.Context, wall: Wall) -> dict[str, Any]:
    request = context.get("request")
    next_url = request.path if request is not None else wall.get_absolute_url()
    return wall_context(request, wall, next_url=next_url)


@register.inclusion_tag("prayers/wall.html", takes_context=True)
def prayer_wall_for(context: template.Context, owner: Any) -> dict[str, Any]:
    """The wall of a country or campaign (created on first use), with its first page."""
    return _context(context, wall_for(owner))


@register.inclusion_tag("prayers/wall.html", takes_context=True)
def prayer_wall(context: template.Context, wall: Wall) -> dict[str, Any]:
    """A wall already at hand."""
    return _context(context, wall)
