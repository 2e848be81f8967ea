"""Template filters shared across apps."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.safestring import SafeString, mark_safe

from vigil.core.markdown import render_markdown
from vigil.core.numbers import decimal

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """Render sanitised Markdown."""
    return mark_safe(render_markdown(text))  # noqa: S308 - nh3 sanitises the output


@register.filter
def signed(value: int | float | Decimal | None) -> str:
    """Show a change with its sign, as the page's language writes numbers: +3, -2.5, 0."""
    if value is None:
        return ""
    text = decimal(Decimal(f"{abs(value):g}"))
    if value > 0:
        return f"+{text}"
    return f"-{text}" if value < 0 else text
