"""Template filters shared across apps."""

from __future__ import annotations

import re
from decimal import Decimal

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from vigil.core.markdown import render_markdown
from vigil.core.numbers import decimal

register = template.Library()

_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")


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


@register.filter
def written_in(language: str) -> SafeString:
    """The attributes of an element holding a visitor's text: ``dir="auto"``, so a
    prayer in English reads left to right on an Arabic page and one in Arabic right to
    left on an English page, and its ``lang`` when it is known, for screen readers."""
    if language and _LANGUAGE_TAG.fullmatch(language):
        return format_html(' dir="auto" lang="{}"', language)
    return mark_safe(' dir="auto"')
