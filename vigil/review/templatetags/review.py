"""Template helpers of the moderator queue."""

from __future__ import annotations

from typing import Any

from django import template

from vigil.review import queue

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """``mapping[key]``, or "" when absent (templates cannot index with a variable)."""
    try:
        return mapping[key]
    except (KeyError, IndexError, TypeError):
        return ""


@register.simple_tag(takes_context=True)
def held_count(context: template.Context) -> int:
    """How many prayers wait in the Held tab (reuses the queue's counts when present)."""
    counts = context.get("counts")
    if isinstance(counts, dict) and "held" in counts:
        return int(counts["held"])
    return queue.held_count()
