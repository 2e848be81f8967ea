"""Template filters shared across apps."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from vigil.core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """Render sanitised Markdown."""
    return mark_safe(render_markdown(text))  # noqa: S308 - nh3 sanitises the output


@register.filter
def signed(value: int | float | None) -> str:
    """Show a change with its sign: +3, -2, 0."""
    if value is None:
        return ""
    if value > 0:
        return f"+{value:g}"
    return f"{value:g}"
