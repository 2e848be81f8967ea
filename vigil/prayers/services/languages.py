"""The language each prayer is written in, as moderation detects it.

A new prayer takes it from its moderation verdict (``submission``, ``authors``); this
module fills it in for prayers saved without a verdict (demo content) or before the
language was the detected one (it used to fall back to the page's language).
"""

from __future__ import annotations

from dataclasses import dataclass

from vigil.moderation import services as moderation
from vigil.prayers.models import Prayer
from vigil.prayers.services.lifecycle import announce, recount_languages

BATCH_SIZE = 500


@dataclass
class Backfill:
    checked: int = 0
    changed: int = 0


def prayers_detect_languages(*, batch_size: int = BATCH_SIZE) -> Backfill:
    """Detect the language of every prayer again and store it where it differs ("" when
    moderation cannot tell), a batch at a time in id order; the walls whose prayers
    changed are told, so their cached lists (and language filters) are rebuilt."""
    done, last_id, walls = Backfill(), 0, set[int]()
    while True:
        batch = list(
            Prayer.objects.filter(pk__gt=last_id)
            .order_by("pk")
            .only("pk", "wall_id", "text", "language")[:batch_size]
        )
        if not batch:
            break
        changed = [prayer for prayer in batch if _redetect(prayer)]
        Prayer.objects.bulk_update(changed, ["language"])
        walls.update(prayer.wall_id for prayer in changed)
        done.checked, done.changed = done.checked + len(batch), done.changed + len(changed)
        last_id = batch[-1].pk
    recount_languages(sorted(walls))
    for wall_id in sorted(walls):
        announce(wall_id)
    return done


def _redetect(prayer: Prayer) -> bool:
    """Set the prayer's detected language; whether it changed."""
    language = moderation.text_language(prayer.text)
    if language == prayer.language:
        return False
    prayer.language = language
    return True
