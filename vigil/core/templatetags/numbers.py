"""Numbers in the page's language (``vigil.core.numbers``): ``{% load numbers %}``.

``{{ 677000|whole }}`` → "677,000"; ``{{ 11392000|millions }}`` → "11.4 million";
``{{ count|large_number }}`` picks between the two; ``{{ "11 392 000"|figures }}``
rewrites the numbers of a published figure in the same style.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template

from vigil.core import numbers

register = template.Library()


def _number(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


@register.filter
def whole(value: object) -> object:
    """A whole number grouped by thousands; anything else unchanged."""
    number = _number(value)
    return numbers.whole(number) if number is not None and value is not None else value


@register.filter
def millions(value: object) -> object:
    """A count in millions, one decimal at most."""
    number = _number(value)
    return numbers.millions(number) if number is not None and value is not None else value


@register.filter
def large_number(value: object) -> object:
    """In millions from a million, else grouped by thousands."""
    number = _number(value)
    return numbers.large_number(number) if number is not None and value is not None else value


@register.filter
def figures(value: object) -> str:
    """The numbers of a published figure (free text) in the page's style."""
    return numbers.figure_text(str(value or ""))


@register.filter
def percent(value: object) -> object:
    """A percentage: "26%" ("26 %" where the language's translators write it so)."""
    number = _number(value)
    return numbers.percent(number) if number is not None and value is not None else value
