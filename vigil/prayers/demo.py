"""Demo prayers (data/demo/prayers.json), loaded idempotently by ``manage.py load_demo``.

Each row names its wall ("country:KAZ" by ISO alpha-3, or "campaign:<slug>"), a name,
a text, a status (published or held) and how many days ago it was posted. Demo content
is written straight through the ORM (no rate limits, no timing rules), but it is
cleaned like a visitor's text, every prayer gets its audit entry, and the
walls' published counts are recomputed from the prayers afterwards.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_countries import countries

from vigil.core.models import LogEntry
from vigil.core.text import clean_line, clean_text
from vigil.moderation import services as moderation
from vigil.prayers.models import Prayer, Wall, wall_for
from vigil.prayers.services.common import text_hash
from vigil.prayers.services.lifecycle import recount_languages
from vigil.prayers.signals import wall_changed
from vigil.prayers.states import ACTION_FOR

Status = Prayer.Status
DEMO_STATUSES = {"published": Status.PUBLISHED, "held": Status.HELD}
EVENT_REASONS = {
    Status.PUBLISHED: ["demo content"],
    Status.HELD: ["demo content: held for a moderator to review"],
}


def resolve_wall(key: str) -> Wall:
    """The wall a row names: "country:<ISO alpha-3>" or "campaign:<slug>".

    Owners are looked up through the app registry, so this app does not import the
    apps that own walls (they depend on prayers, not the other way round).
    """
    kind, _, ident = key.partition(":")
    owner: Any
    if kind == "country":
        code = countries.alpha2(ident)
        if not code:
            raise ValueError(f"Demo prayer wall {key!r}: unknown country code {ident!r}.")
        owner = apps.get_model("watchlist", "Country").objects.get(code=code)
    elif kind == "campaign":
        owner = apps.get_model("campaigns", "Campaign").objects.get(slug=ident)
    else:
        raise ValueError(f"Demo prayer wall {key!r}: expected country:<ISO3> or campaign:<slug>.")
    return wall_for(owner)


def recount(wall_ids: list[int]) -> None:
    """Set each wall's published count (in all and per language) from its published prayers."""
    published = (
        Prayer.objects.filter(wall=OuterRef("pk"), status=Status.PUBLISHED)
        .order_by()
        .values("wall")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Wall.objects.filter(pk__in=wall_ids).update(
        published_count=Coalesce(Subquery(published, output_field=IntegerField()), Value(0))
    )
    recount_languages(wall_ids)


def _new_prayer(wall: Wall, row: dict[str, Any], name: str, text: str, now: Any) -> Prayer:
    status = DEMO_STATUSES[row["status"]]
    # A minute apart per row, so prayers of the same day keep the file's order.
    created = now - timedelta(days=int(row["days_ago"]), minutes=int(row["_index"]))
    prayer = Prayer(
        wall=wall,
        name=name,
        text=text,
        text_hash=text_hash(text),
        language=moderation.text_language(text),
        status=status,
        created_at=created,
        published_at=created if status == Status.PUBLISHED else None,
    )
    prayer.full_clean(exclude=["wall"])
    return prayer


def _detect_missing_languages(walls: list[Wall]) -> int:
    """Demo prayers loaded before their language was stored get it now; how many did."""
    untagged = list(Prayer.objects.filter(wall__in=walls, language="").only("pk", "text"))
    for prayer in untagged:
        prayer.language = moderation.text_language(prayer.text)
    return Prayer.objects.bulk_update([p for p in untagged if p.language], ["language"])


ORDER = 90
"""Loaded after the watch list and campaigns, whose pages own the walls."""


@transaction.atomic
def load(demo_dir: Path) -> str:
    """Put the demo prayers on their walls; running it twice adds nothing."""
    rows = json.loads((demo_dir / "prayers.json").read_text(encoding="utf-8"))
    by_wall: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row["status"] not in DEMO_STATUSES:
            raise ValueError(f"Demo prayer {index}: status must be published or held.")
        by_wall[row["wall"]].append({**row, "_index": index})

    now = timezone.now()
    walls = {key: resolve_wall(key) for key in by_wall}
    tagged = _detect_missing_languages(list(walls.values()))
    existing = set(
        Prayer.objects.filter(wall__in=walls.values()).values_list("wall_id", "name", "text")
    )
    new: list[Prayer] = []
    for key, wall_rows in by_wall.items():
        wall = walls[key]
        for row in wall_rows:
            name, text = clean_line(row["name"]), clean_text(row["text"])
            if (wall.pk, name, text) in existing:
                continue
            existing.add((wall.pk, name, text))
            new.append(_new_prayer(wall, row, name, text, now))

    created = Prayer.objects.bulk_create(new)
    prayer_type = ContentType.objects.get_for_model(Prayer)
    LogEntry.objects.bulk_create(
        LogEntry(
            action=ACTION_FOR[Status(prayer.status)],
            content_type=prayer_type,
            object_id=prayer.pk,
            target_repr=str(prayer)[:200],
            data={"reasons": EVENT_REASONS[Status(prayer.status)], "scores": {}},
            created_at=prayer.created_at,
        )
        for prayer in created
    )
    wall_ids = sorted({wall.pk for wall in walls.values()})
    recount(wall_ids)
    if created or tagged:
        for wall_id in wall_ids:
            transaction.on_commit(partial(wall_changed.send, sender=Wall, wall_id=wall_id))
    held = sum(prayer.status == Status.HELD for prayer in created)
    return f"{len(created)} prayers ({held} held) on {len(walls)} walls, {len(rows)} in the file"
