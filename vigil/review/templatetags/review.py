"""Template helpers of the moderator queue."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from vigil.core.models import LogEntry
from vigil.prayers.models import Prayer
from vigil.review import queue, reasons

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


@register.simple_tag
def reason(code: str) -> SafeString:
    """A reason in plain words, its code kept small beside it and in a tooltip."""
    words = reasons.reason_words(code)
    if words == str(code):
        return format_html('<span class="mod-reason">{}</span>', code)
    title = gettext("Rule code: %(code)s") % {"code": code}
    return format_html(
        '<span class="mod-reason" title="{}">{}</span> <code class="mod-code">{}</code>',
        title, words, code,
    )  # fmt: skip


@register.simple_tag
def event_sentence(entry: LogEntry, prayer: Prayer | None = None) -> str:
    """An audit entry on a prayer's card, as a sentence ("Maria approved Anna's prayer")."""
    return reasons.sentence(entry, prayer, wall=False)
