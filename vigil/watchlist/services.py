"""State changes of the watch list: publishing and withdrawing an edition."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from vigil.watchlist.models import Edition

logger = logging.getLogger("vigil.watchlist")


def _actor_name(actor: Any) -> str:
    return getattr(actor, "get_username", lambda: "system")() if actor else "system"


@transaction.atomic
def edition_publish(*, edition: Edition, at: datetime | None = None, actor: Any = None) -> Edition:
    """Set the edition's embargo to ``at`` (default: now) so it goes public then.

    Raises ``ValidationError`` listing every problem from ``Edition.publish_problems()``
    when something blocks publication; nothing is changed in that case.
    """
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    problems = edition.publish_problems()
    if problems:
        raise ValidationError(problems)
    edition.publish_at = at or timezone.now()
    edition.full_clean()
    edition.save(update_fields=["publish_at"])
    logger.info(
        "edition.published",
        extra={"edition": edition.year, "at": edition.publish_at, "actor": _actor_name(actor)},
    )
    return edition


@transaction.atomic
def edition_unpublish(*, edition: Edition, actor: Any = None) -> Edition:
    """Withdraw the edition from the public (clears its embargo time); staff still see it."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    edition.publish_at = None
    edition.full_clean()
    edition.save(update_fields=["publish_at"])
    logger.info("edition.unpublished", extra={"edition": edition.year, "actor": _actor_name(actor)})
    return edition
