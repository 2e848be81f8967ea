"""Keyset (cursor) pagination for every list of the API.

A page is ordered by a fixed tuple of columns ending in ``id``; its cursor is the last
row's values of those columns, base64-encoded JSON. The next page is the rows strictly
after that tuple, so inserts and deletes never shift or repeat rows, and every page costs
the same query however deep it is.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

from django.db.models import Model, Q, QuerySet
from ninja import Field, Schema

from vigil.api.errors import invalid

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class PageQuery(Schema):
    cursor: str | None = Field(
        None, max_length=500, description="The `next` value of the previous page."
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")


def encode(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    """The values in ``cursor``; a 422 for anything this API did not write."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeError):
        values = None
    valid = isinstance(values, list) and len(values) == size
    if not valid or not all(_plain(value) for value in values):
        raise invalid("cursor", "Not a cursor of this list: pass the `next` value of a page.")
    return values


def _plain(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, str) or (isinstance(value, int) and abs(value) < 2**63)


def _after(order: Sequence[str], values: Sequence[Any]) -> Q:
    """Rows strictly after ``values`` in ``order`` ("-name" descending)."""
    condition = Q(pk__in=[])
    for index, field in enumerate(order):
        name = field.lstrip("-")
        step = Q(**{f"{name}__{'lt' if field.startswith('-') else 'gt'}": values[index]})
        for earlier, value in zip(order[:index], values, strict=False):
            step &= Q(**{earlier.lstrip("-"): value})
        condition |= step
    return condition


def paginate[M: Model](
    queryset: QuerySet[M], order: Sequence[str], page: PageQuery
) -> tuple[list[M], str | None]:
    """One page of ``queryset`` in ``order`` and the cursor of the next one (or ``None``)."""
    rows = queryset.order_by(*order)
    if page.cursor:
        try:
            rows = rows.filter(_after(order, decode(page.cursor, len(order))))
        except (ValueError, TypeError) as error:
            raise invalid("cursor", "Not a cursor of this list.") from error
    items = list(rows[: page.limit + 1])
    if len(items) <= page.limit:
        return items, None
    last = items[page.limit - 1]
    return items[: page.limit], encode([getattr(last, f.lstrip("-")) for f in order])
