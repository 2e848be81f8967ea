"""What the prayers services share: the refusal a visitor reads, retries on a locked
SQLite database, rate limits and the text fingerprint used to spot duplicates."""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable, Mapping

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import OperationalError, connection
from django.utils.translation import gettext as _

from vigil.core import ratelimit
from vigil.core.ratelimit import Rate, RateLimited
from vigil.core.text import comparison_key


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
            _("Too many requests from you or for this address. Please try again later."),
            code="rate_limited",
        )
        refused.status, refused.retry_after = 429, limited.retry_after
        raise refused from None


def text_hash(text: str) -> str:
    """The fingerprint of a text for duplicate checks: the same for texts that differ
    only in case, spacing, punctuation or look-alike letters (see ``comparison_key``).
    A text of symbols alone keeps its symbols (case and spacing folded), so that "!!!"
    and "???" are not one text."""
    key = comparison_key(text) or " ".join(text.casefold().split())
    return hashlib.sha256(key.encode()).hexdigest()


EMAIL_MAX = 254
"""The longest address email allows (RFC 5321 path limit); the model field's limit."""


def email_error(email: str) -> str:
    """What is wrong with an optional email address ("" when it is fine or empty)."""
    if not email:
        return ""
    if len(email) > EMAIL_MAX:
        return _("That address is longer than %(max)s characters; please check it.") % {
            "max": EMAIL_MAX
        }
    try:
        validate_email(email)
    except ValidationError:
        return _("Please check the email address, or leave it empty.")
    return ""
