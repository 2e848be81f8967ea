"""Praying along: "I prayed" for a wall and "Pray with" on a prayer, once a day each."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from vigil.prayers.models import PrayedMark, Prayer, Wall
from vigil.prayers.services.common import retry_when_locked
from vigil.prayers.services.lifecycle import announce


def _mark(target_type: str, target_id: int, visitor_keys: Sequence[str]) -> bool:
    """Insert today's marks for every key; ``False`` if any key was already counted."""
    day = timezone.localdate()
    marks = PrayedMark.objects.filter(target_type=target_type, target_id=target_id, day=day)
    if marks.filter(visitor__in=visitor_keys).exists():
        return False
    try:
        with transaction.atomic():
            for key in visitor_keys:
                PrayedMark.objects.create(
                    target_type=target_type, target_id=target_id, visitor=key, day=day
                )
    except IntegrityError:
        return False
    return True


@retry_when_locked
@transaction.atomic
def wall_pray(*, wall: Wall, visitor_keys: Sequence[str]) -> tuple[bool, int]:
    """Count "I prayed" once a day per visitor, until the wall's last day. Returns
    (counted now, the wall's count)."""
    counted = not wall.has_closed() and _mark(PrayedMark.Target.WALL, wall.pk, visitor_keys)
    if counted:
        Wall.objects.filter(pk=wall.pk).update(prayed_count=F("prayed_count") + 1)
    wall.prayed_count = Wall.objects.values_list("prayed_count", flat=True).get(pk=wall.pk)
    return counted, wall.prayed_count


@retry_when_locked
@transaction.atomic
def prayer_pray_with(*, prayer: Prayer, visitor_keys: Sequence[str]) -> tuple[bool, int]:
    """Count "Pray with" on a published prayer once a day per visitor."""
    if prayer.status != Prayer.Status.PUBLISHED:
        return False, prayer.prayed_count
    counted = _mark(PrayedMark.Target.PRAYER, prayer.pk, visitor_keys)
    if counted:
        Prayer.objects.filter(pk=prayer.pk).update(prayed_count=F("prayed_count") + 1)
        announce(prayer.wall_id)
    prayer.prayed_count = Prayer.objects.values_list("prayed_count", flat=True).get(pk=prayer.pk)
    return counted, prayer.prayed_count


def wall_prayed_today(*, wall: Wall, visitor_keys: Sequence[str]) -> bool:
    """Whether any of the visitor's keys pressed "I prayed" for ``wall`` today (one query)."""
    return PrayedMark.objects.filter(
        target_type=PrayedMark.Target.WALL,
        target_id=wall.pk,
        day=timezone.localdate(),
        visitor__in=visitor_keys,
    ).exists()
