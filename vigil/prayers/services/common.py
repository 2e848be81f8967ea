"""What the prayers services share: the refusal a visitor reads, retries on a locked
SQLite database, rate limits and the text fingerprint used to spot duplicates."""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable, Mapping

from django.db import OperationalError, connection

from vigil.core import ratelimit
from vigil.core.ratelimit import Rate, RateLimited


class SubmissionRefused(Exception):
    """Nothing was saved; ``message`` tells the visitor what to do (their text is kept)."""

    status = 422

    def __init__(
        self, message: str, *, code: str, errors: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.errors = errors or {}
        self.retry_after: int | None = None


def retry_when_locked[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    """Retry a whole transaction when SQLite reports "database is locked" (outer calls only)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(5):
            try:
                return func(*args, **kwargs)
            except OperationalError as error:
                if "locked" not in str(error) or connection.in_atomic_block or attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    return wrapper


def hit_rates(rates: Mapping[str, Rate], idents: Mapping[str, str]) -> None:
    """Count one request against each rate; a ``SubmissionRefused`` (429) past a limit."""
    try:
        for scope, rate in rates.items():
            ratelimit.hit(scope, idents[scope], rate)
    except RateLimited as limited:
        refused = SubmissionRefused(
            "Too many requests from you or for this address. Please try again later.",
            code="rate_limited",
        )
        refused.status, refused.retry_after = 429, limited.retry_after
        raise refused from None


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.casefold().split()).encode()).hexdigest()
