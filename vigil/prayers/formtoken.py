"""The prayer form's token: a signed record of when the form was rendered, for which wall.

Moderation reads two signals from it: how fast the visitor posted, and whether the
token is valid at all (a missing, forged, foreign, expired or reused token holds the
prayer for review; it never refuses it). A token is good for ``LIFETIME`` seconds and
for one post: its random id is recorded in the shared cache when it is spent, so the
same token replayed on any worker or server is invalid.
"""

from __future__ import annotations

import secrets
import time

from django.core import signing
from django.core.cache import cache

_SIGNING_SALT = "vigil.prayers.form-rendered"
_SPENT_KEY = "prayers:form-token-spent:{}"
LIFETIME = 2 * 60 * 60
"""Seconds a rendered form may wait before it is posted."""


def _clock() -> float:
    return time.time()


def make_form_token(wall_id: int, issued_at: float | None = None) -> str:
    """A new signed token for the form of ``wall_id``, rendered now (or at ``issued_at``)."""
    issued = _clock() if issued_at is None else issued_at
    data = {"w": wall_id, "t": issued, "n": secrets.token_urlsafe(12)}
    return signing.dumps(data, salt=_SIGNING_SALT, compress=True)


def _load(token: str, wall_id: int) -> tuple[float, str] | None:
    """(seconds since rendering, token id) of a genuine, unexpired token for this wall."""
    try:
        data = signing.loads(token or "", salt=_SIGNING_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("w") != wall_id:
        return None
    nonce = data.get("n")
    try:
        seconds = _clock() - float(data["t"])
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(nonce, str) or not nonce or seconds > LIFETIME:
        return None
    return seconds, nonce


def read_form_token(token: str, wall_id: int) -> float | None:
    """Seconds since the form was rendered, or ``None`` for a missing, forged, foreign or
    expired token. Reading does not spend the token."""
    loaded = _load(token, wall_id)
    return None if loaded is None else loaded[0]


def spend_form_token(token: str, wall_id: int) -> float | None:
    """Like ``read_form_token``, and marks the token used: ``None`` if it already was."""
    loaded = _load(token, wall_id)
    if loaded is None:
        return None
    seconds, nonce = loaded
    remaining = max(1, int(LIFETIME - seconds) + 60)
    if not cache.add(_SPENT_KEY.format(nonce), 1, timeout=remaining):
        return None
    return seconds


def renew_form_token(token: str, wall_id: int) -> str:
    """A fresh token for a form shown again (after a refusal, with the visitor's text),
    carrying the first render's time, so the resubmission is neither refused as a reuse
    nor taken for a bot's instant post; a fresh one when ``token`` is not genuine."""
    loaded = _load(token, wall_id)
    return make_form_token(wall_id, issued_at=None if loaded is None else _clock() - loaded[0])
