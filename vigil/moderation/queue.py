"""Read models of the moderator queue: tabs, one page of cards, tab counts.

A page costs a fixed number of queries whatever the queue's size: the counts, the
page of prayers with their walls, their events, and the authors' other prayers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from vigil.moderation.models import ModerationEvent
from vigil.moderation.services import find_terms

PAGE_SIZE = 25
OTHER_PRAYERS_SCAN = 500
OTHER_PRAYERS_SHOWN = 5
TABS: dict[str, str] = {
    "held": "Held",
    "reported": "Reported",
    "rejected": "Rejected",
    "published": "Recently published",
}
_DECISIONS = {"prayer.published", "prayer.held", "prayer.rejected", "prayer.spam"}


def prayer_model() -> Any:
    return apps.get_model("prayers", "Prayer")


def tab_filter(tab: str) -> Q:
    if tab == "reported":
        return Q(report_count__gt=0, status__in=["published", "held"])
    return Q(status={"held": "held", "rejected": "rejected", "published": "published"}[tab])


def tab_counts() -> dict[str, int]:
    """How many prayers each tab holds, in one query."""
    counts = prayer_model().objects.aggregate(
        **{tab: Count("pk", filter=tab_filter(tab)) for tab in TABS}
    )
    return {tab: counts[tab] or 0 for tab in TABS}


def held_count() -> int:
    return prayer_model().objects.filter(status="held").count()


@dataclass
class Card:
    """One prayer as the queue shows it."""

    prayer: Any
    decision: ModerationEvent | None
    history: list[ModerationEvent]
    others: list[Any] = field(default_factory=list)

    @property
    def text_html(self) -> SafeString:
        return highlight(self.prayer.text, self.prayer.language)

    @property
    def name_html(self) -> SafeString:
        return highlight(self.prayer.name, self.prayer.language)

    @property
    def scores(self) -> list[tuple[str, float]]:
        scores = self.decision.scores if self.decision else {}
        return sorted(scores.items(), key=lambda item: -item[1])


def page(tab: str, before: int | None, size: int = PAGE_SIZE) -> tuple[list[Card], int | None]:
    """One page of ``tab``, newest first (keyset on id), and the id to continue before."""
    events = ModerationEvent.objects.select_related("actor").order_by("-created_at", "-id")
    prayers: QuerySet[Any] = (
        prayer_model()
        .objects.filter(tab_filter(tab))
        .select_related("wall")
        .prefetch_related(Prefetch("moderation_events", queryset=events))
        .order_by("-id")
    )
    if before:
        prayers = prayers.filter(pk__lt=before)
    rows = list(prayers[: size + 1])
    more = rows[size - 1].pk if len(rows) > size else None
    rows = rows[:size]
    others = _other_prayers(rows)
    return [_card(prayer, others) for prayer in rows], more


def _card(prayer: Any, others: list[Any]) -> Card:
    history = list(prayer.moderation_events.all())
    decision = next((e for e in history if e.action in _DECISIONS and e.actor_id is None), None)
    mine = [other for other in others if _same_author(prayer, other)]
    return Card(prayer, decision, history[:6], mine[:OTHER_PRAYERS_SHOWN])


def _same_author(prayer: Any, other: Any) -> bool:
    if other.pk == prayer.pk:
        return False
    same_client = prayer.client_hash and other.client_hash == prayer.client_hash
    return bool(same_client or (prayer.email_hash and other.email_hash == prayer.email_hash))


def _other_prayers(rows: list[Any]) -> list[Any]:
    """Recent prayers by the authors of ``rows`` (one query, capped)."""
    clients = {p.client_hash for p in rows if p.client_hash}
    emails = {p.email_hash for p in rows if p.email_hash}
    if not clients and not emails:
        return []
    author = Q(client_hash__in=clients) | Q(email_hash__in=emails)
    fields = ("id", "wall__title", "name", "text", "status", "created_at", "client_hash")
    others = prayer_model().objects.filter(author).select_related("wall").order_by("-id")
    return list(others.only(*fields, "email_hash", "wall_id")[:OTHER_PRAYERS_SCAN])


def highlight(text: str, language: str = "en") -> SafeString:
    """``text`` escaped, with listed terms wrapped in ``<mark>`` (banned or suspect)."""
    pieces: list[str] = []
    last = 0
    for hit in find_terms(text, [language or "en"]):
        if hit.start < last:
            continue
        pieces.append(escape(text[last : hit.start]))
        word = escape(text[hit.start : hit.end])
        pieces.append(f'<mark class="term term-{hit.kind}" title="{hit.kind} term">{word}</mark>')
        last = hit.end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above
