"""Numbers in the page's language, in one style for every figure a page shows.

A whole number is grouped by thousands the way the active language writes it
("677,000" in English, "677 000" in Russian); a number of a million or more is
written in millions ("25.4 million", "25,4 миллиона"). Published figures arrive
as free text in whatever style their source used ("11 392 000", "25.4 million",
"677,000", "26%"); ``figure_text`` rewrites the numbers in such a text in this one
style and leaves its words alone.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext, pgettext

MILLION = 1_000_000
# Below this a number written without separators ("2019") may be a year: kept as written.
GROUPED_FROM = 10_000

_NUMBER = re.compile(
    r"(?<![\d.,])"
    r"(?P<digits>\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?![\d])|\d+)"
    r"(?P<fraction>\.\d+)?"
    r"(?P<unit>\s*million\b|\s*%)?",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"^ca\.\s*", re.IGNORECASE)


def _normal(value: Decimal) -> Decimal:
    """``25.40`` as ``25.4`` and ``2E+1`` as ``20``: no trailing zeros, no exponent."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def decimal(value: Decimal | int | float) -> str:
    """A number as written in the active language, with the decimals it has
    (``16.1`` → "16,1" in Russian), thousands grouped from 10,000."""
    number = _normal(Decimal(str(value)))
    return number_format(number, use_l10n=True, force_grouping=abs(number) >= GROUPED_FROM)


def whole(value: int | Decimal | float) -> str:
    """A whole number with the active language's thousands separator: "11,392,000"."""
    number = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return number_format(number, decimal_pos=0, use_l10n=True, force_grouping=True)


def _in_millions(count: Decimal) -> str:
    """``count`` millions in words: "1 million", "206 million", "25.4 million"."""
    number = decimal(count)
    if count == count.to_integral_value():
        return ngettext("%(number)s million", "%(number)s million", int(count)) % {"number": number}
    # A fraction takes one grammatical form whatever its digits ("25,4 миллиона").
    return pgettext("a number of millions with decimals, such as 25.4", "%(number)s million") % {
        "number": number
    }


def millions(value: int | Decimal | float, places: int = 1) -> str:
    """``value`` (a count of things) in millions, to ``places`` decimals at most:
    11392000 → "11.4 million"."""
    step = Decimal(1).scaleb(-places)
    count = (Decimal(str(value)) / MILLION).quantize(step, rounding=ROUND_HALF_UP)
    return _in_millions(_normal(count))


def large_number(value: int | Decimal | float) -> str:
    """A count in the site's one style: in millions from a million ("25.4 million"),
    else grouped by thousands ("677,000")."""
    if abs(Decimal(str(value))) >= MILLION:
        return millions(value)
    return whole(value)


def percent(value: Decimal | int | float) -> str:
    """``26%`` in the active language's style ("26 %" where translators say so)."""
    # Translators: a percentage; keep "%%", which shows as one percent sign.
    return gettext("%(number)s%%") % {"number": decimal(value)}


def _figure(match: re.Match[str]) -> str:
    digits, fraction = match["digits"], match["fraction"] or ""
    unit = (match["unit"] or "").strip().lower()
    grouped = not digits.isdigit()
    try:
        value = Decimal(re.sub(r"[^\d]", "", digits) + fraction)
    except InvalidOperation:  # pragma: no cover - the pattern only matches digits
        return match.group()
    if unit == "million":
        return _in_millions(_normal(value))
    if unit == "%":
        return percent(value)
    if not grouped and not fraction and value < GROUPED_FROM:
        return match.group()  # a small number or a year, as written
    return large_number(value) if not fraction else decimal(value)


def figure_text(text: str) -> str:
    """A published figure with its numbers in the page's style: "11 392 000" → "11.4
    million", "300 000" → "300,000", "ca. 18.6 million" → "ca. 18.6 million"; words
    stay as published."""
    text = (text or "").strip()
    if not text:
        return ""
    about = _ABOUT.match(text)
    body = _NUMBER.sub(_figure, text[about.end() :] if about else text)
    if about:
        # Translators: an approximate figure, such as "ca. 18.6 million".
        return pgettext("approximately", "ca. %(figure)s") % {"figure": body}
    return body
