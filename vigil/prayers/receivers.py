"""Signal receivers of the prayers app, connected in ``PrayersConfig.ready()``."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save

from vigil.prayers import wallcache
from vigil.prayers.models import Wall, WallPolicy
from vigil.prayers.services import screening
from vigil.prayers.signals import wall_changed


def _forget_wall_policy(instance: WallPolicy, **kwargs: Any) -> None:
    screening.wall_policy_changed(instance.wall_id)


def _on_wall_changed(sender: Any, wall_id: int, **kwargs: Any) -> None:
    wallcache.bump(wall_id)


def connect() -> None:
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(_forget_wall_policy, sender=WallPolicy, dispatch_uid=f"wall-policy-{uid}")
    wall_changed.connect(_on_wall_changed, sender=Wall, dispatch_uid="vigil.prayers.wallcache")
