"""Bans: hashed clients and emails that may not post."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from vigil.core.prepared import Prepared
from vigil.moderation.models import Ban

# Asked on every post: built by the ORM once per shape (``vigil.core.prepared``).
_BANNED = Prepared(
    lambda shape, now, **hashes: Ban.objects.matching(now=now, **hashes), result=Prepared.EXISTS
)


def is_banned(*, client_hash: str = "", email_hash: str = "") -> bool:
    hashes = {
        name: value
        for name, value in (("client_hash", client_hash), ("email_hash", email_hash))
        if value
    }
    if not hashes:
        return False
    return bool(_BANNED(tuple(hashes), now=timezone.now(), **hashes))


@transaction.atomic
def author_ban(
    *, client_hash: str, email_hash: str, reason: str, days: int | None, actor: Any = None
) -> list[Ban]:
    """Ban an author by each hash they left, for ``days`` (``None``: no end)."""
    until = timezone.now() + timedelta(days=days) if days else None
    bans = []
    for kind, value in ((Ban.Kind.EMAIL, email_hash), (Ban.Kind.CLIENT, client_hash)):
        if value:
            ban = Ban(kind=kind, value=value, reason=reason, until=until)
            ban.created_by = actor if actor is not None and actor.pk else None
            ban.full_clean()
            ban.save()
            bans.append(ban)
    return bans
