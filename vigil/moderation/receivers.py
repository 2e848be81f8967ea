"""Signal receivers of the moderation app, connected in ``ModerationConfig.ready()``."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from vigil.moderation.models import Term
from vigil.moderation.terms import terms_changed


def _terms_changed(**kwargs: object) -> None:
    terms_changed()


def connect() -> None:
    post_save.connect(_terms_changed, sender=Term, dispatch_uid="vigil.moderation.terms-saved")
    post_delete.connect(_terms_changed, sender=Term, dispatch_uid="vigil.moderation.terms-deleted")
